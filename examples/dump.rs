//! Developer aid: print the people and bodies the attribution engine tracked in
//! each built-in article (or those whose file name starts with the argument).

fn main() {
    let corpus = quoth::corpus::Corpus::builtin();
    let want: Option<String> = std::env::args().nth(1);
    for a in &corpus.articles {
        if want.as_ref().is_some_and(|w| !a.file.starts_with(w.as_str())) {
            continue;
        }
        println!("=== {} ({})", a.file, a.title);
        print!("{}", quoth::attribution::explain(a));
    }
}
