//! Developer aid for the speed work: print every field the attribution pass
//! produces (statements, speakers, entities with their mentions and places)
//! for the built-in corpus or the files and folders given, so two builds can
//! be compared with `diff`.

fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let corpus = if paths.is_empty() {
        quoth::corpus::Corpus::builtin()
    } else {
        quoth::corpus::Corpus::load(&paths).expect("load")
    };
    let articles = &corpus.articles;
    let a = quoth::attribution::attribute(articles);
    for s in &a.statements {
        println!("S {s:?}");
    }
    for s in &a.speakers {
        println!("P {s:?}");
    }
    for e in &a.entities {
        println!("E {e:?}");
    }
    for art in articles {
        println!("=== {} ({})", art.file, art.title);
        print!("{}", quoth::attribution::explain(art));
    }
}
