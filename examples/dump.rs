//! Developer aid: print the people and bodies the attribution engine tracked in
//! each article (built-in, or the files and folders given as arguments).

fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let corpus = if paths.is_empty() {
        quoth::corpus::Corpus::builtin()
    } else {
        quoth::corpus::Corpus::load(&paths).expect("load")
    };
    for a in &corpus.articles {
        println!("=== {} ({})", a.file, a.title);
        print!("{}", quoth::attribution::explain(a));
    }
}
