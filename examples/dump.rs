//! Developer aid: print the people and bodies the attribution engine tracked in
//! each article (built-in, or the files and folders given as arguments).
//!
//! With `--fields` first, every field the attribution pass produces
//! (statements, speakers, entities with their mentions) is printed before
//! that, so the output of two builds can be compared with `diff` (the speed
//! work's check that output is unchanged).

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let fields = args.first().is_some_and(|a| a == "--fields");
    if fields {
        args.remove(0);
    }
    let paths: Vec<std::path::PathBuf> = args.into_iter().map(Into::into).collect();
    let corpus = if paths.is_empty() {
        quoth::corpus::Corpus::builtin()
    } else {
        quoth::corpus::Corpus::load(&paths).expect("load")
    };
    if fields {
        let a = quoth::attribution::attribute(&corpus.articles);
        for s in &a.statements {
            println!("S {s:?}");
        }
        for s in &a.speakers {
            println!("P {s:?}");
        }
        for e in &a.entities {
            println!("E {e:?}");
        }
    }
    for a in &corpus.articles {
        println!("=== {} ({})", a.file, a.title);
        print!("{}", quoth::attribution::explain(a));
    }
}
