use super::*;

#[test]
fn default_file_parses_back_to_defaults() {
    let docs = [
        BindingDoc {
            action: "quit",
            keys: &["q", "ctrl-c"],
            description: "Quit",
        },
        BindingDoc {
            action: "search",
            keys: &["/"],
            description: "Search",
        },
    ];
    let text = default_file(&docs);
    assert_eq!(Config::parse(&text), Ok(Config::default()));
    assert!(text.contains("# quit = [\"q\", \"ctrl-c\"]"));
    // Uncommenting a binding makes it effective.
    let rebound = text.replace("# search = \"/\"", "search = \"ctrl-f\"");
    let c = Config::parse(&rebound).unwrap();
    assert_eq!(c.keys["search"].keys(), [parse_key("ctrl-f").unwrap()]);
}

#[test]
fn bad_values_name_the_key_and_line() {
    let e = Config::parse("[theme]\naccent = \"mauve\"\n").unwrap_err();
    assert!(
        e.starts_with("line 2: theme.accent: unknown colour \"mauve\""),
        "{e}"
    );
    assert!(!e.contains('\n'));
    let e = Config::parse("[keys]\nquit = [\"q\", \"ctl-x\"]\n").unwrap_err();
    assert!(e.contains("keys.quit") && e.contains("ctl"), "{e}");
    let e = Config::parse("[keys]\nquit = 5\n").unwrap_err();
    assert!(
        e.starts_with("line 2: keys.quit: expected a key such as"),
        "{e}"
    );
    let e = Config::parse("[layout]\nsidebar = 3\n").unwrap_err();
    assert!(e.contains("unknown field `sidebar`"), "{e}");
    let e = Config::parse("[layout]\nsidebar_width = 500\n").unwrap_err();
    assert!(e.starts_with("layout.sidebar_width"), "{e}");
    let e = Config::parse("[theme\n").unwrap_err();
    assert!(e.starts_with("line 1: "), "{e}");
}

#[test]
fn bad_file_still_gives_defaults_with_one_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    assert_eq!(Config::load_from(&path), (Config::default(), vec![]));
    std::fs::write(&path, "[layout]\nsidebar_width = \"wide\"\n").unwrap();
    let (c, w) = Config::load_from(&path);
    assert_eq!(c, Config::default());
    assert_eq!(w.len(), 1);
    assert!(
        w[0].contains("config.toml: line 2: layout.sidebar_width"),
        "{w:?}"
    );
    assert!(w[0].ends_with("; using defaults"));
}

#[test]
fn good_file_and_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(
        &path,
        "[theme]\naccent = \"#ff8000\"\n[keys]\nquit = \"ctrl-q\"\nsearch = [\"/\", \"ctrl-q\"]\n[layout]\nsidebar_width = 40\n[paths]\narticles = [\"~/news\"]\n",
    )
    .unwrap();
    let (c, w) = Config::load_from(&path);
    assert_eq!(c.theme.accent, Colour::Rgb(255, 128, 0));
    assert_eq!(c.layout.sidebar_width, Some(40));
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(
        c.key_conflicts(),
        ["key \"ctrl-q\" is bound to both quit and search"]
    );
    assert_eq!(
        Paths::expand(&c.paths.articles[0], Some(Path::new("/home/u"))),
        PathBuf::from("/home/u/news")
    );
    assert_eq!(
        c.unknown_actions(&["quit"]),
        ["keys.search: no such action"]
    );
}

#[test]
fn xdg_then_home() {
    assert_eq!(
        config_path(Some("/x/cfg".into()), Some("/home/u".into())),
        Some(PathBuf::from("/x/cfg/quoth/config.toml"))
    );
    assert_eq!(
        config_path(None, Some("/home/u".into())),
        Some(PathBuf::from("/home/u/.config/quoth/config.toml"))
    );
}
