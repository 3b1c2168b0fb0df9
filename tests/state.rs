//! The state file under a temporary `XDG_DATA_HOME`, as the reader uses it.
//! One test only: it sets an environment variable for this test binary.

use quoth::corpus::Corpus;
use quoth::state_store::StateStore;

#[test]
fn marks_persist_under_xdg_data_home_and_corruption_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    std::env::set_var("XDG_DATA_HOME", dir.path());
    let path = StateStore::default_path().unwrap();
    assert_eq!(path, dir.path().join("quoth/state.json"));

    let corpus = Corpus::builtin();
    let (a, b) = (&corpus.articles[0], &corpus.articles[2]);
    let (mut store, warnings) = StateStore::open(&path);
    assert!(warnings.is_empty());
    store.toggle_star(a, &(100..140));
    store.toggle_star(b, &(5..9));
    store.toggle_star(b, &(5..9)); // unstarred again
    store.mark_read(b);
    store.save().unwrap();

    // "Restart": a fresh load of the corpus and the store.
    let corpus = Corpus::builtin();
    let (store, warnings) = StateStore::open(&StateStore::default_path().unwrap());
    assert!(warnings.is_empty());
    assert!(store.is_starred(&corpus.articles[0], &(100..140)));
    assert!(!store.is_starred(&corpus.articles[2], &(5..9)));
    assert!(store.is_read(&corpus.articles[2]));
    assert!(!store.is_read(&corpus.articles[0]));

    // A truncated file (a crash elsewhere, a bad edit) is moved aside, not lost.
    let saved = std::fs::read(&path).unwrap();
    std::fs::write(&path, &saved[..saved.len() / 2]).unwrap();
    let (store, warnings) = StateStore::open(&path);
    assert_eq!(warnings.len(), 1);
    assert!(!store.is_read(&corpus.articles[2]));
    let kept: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("state.json.corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert!(
        warnings[0].contains(&kept[0].display().to_string()),
        "{warnings:?}"
    );
    assert_eq!(std::fs::read(&kept[0]).unwrap(), &saved[..saved.len() / 2]);
}
