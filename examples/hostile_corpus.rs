//! Write the hostile corpus (see `quoth::corpus::hostile`) into a folder, for
//! trying the reader on it by hand: `cargo run --example hostile_corpus -- DIR`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: hostile_corpus DIR");
        return ExitCode::from(2);
    };
    let written = std::fs::create_dir_all(&dir)
        .and_then(|()| quoth::corpus::hostile::write_corpus(&dir, true));
    match written {
        Ok(paths) => {
            println!("wrote {} files to {}", paths.len(), dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("hostile_corpus: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
