//! Every article, built-in and hostile, drawn at every terminal size from 0×0
//! to 120×50 (and a sample up to 300×100) on ratatui's `TestBackend` buffer:
//! no size, no text may panic the views, and no drawn cell may hold a control
//! character. Also: the last line of a 200,000-line article can be reached.
//!
//! A debug build (`cargo test`) walks every width at a few heights; the
//! release build (`scripts/test`) walks the whole grid.

use quoth::corpus::{build_article, hostile, Corpus, LoadReport, Source};
use quoth::tui::action::Action;
use quoth::tui::state::{Pane, State};
use quoth::tui::update::update;
use quoth::tui::view::Screen;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use rayon::prelude::*;

/// Text known to break wrapping and width arithmetic.
fn wrap_breakers() -> String {
    let marks = "\u{301}".repeat(10_000);
    format!(
        "a🌞b\n\n\
         \u{301}A paragraph that starts with a combining mark and \"quotes it,\" said Ann Lee.\n\n\
         a🌞b a🌞b 🌞🌞🌞 漢字漢字漢字 ＦＵＬＬ 👨\u{200d}👩\u{200d}👧 🇺🇦🇺🇦 e\u{301}e\u{301}\n\n\
         Z{marks} ten thousand marks on one letter\n\n\
         {}\n\n\
         \t\ttabs\tinside\t\n\n\
         🌞\n",
        "x".repeat(500)
    )
}

/// A 1 MB line of words and wide characters, no break anywhere.
fn megabyte_line() -> String {
    let unit = "“Words,” said Ann Lee 🌞漢字 a🌞b e\u{301} ";
    let mut line = String::from("A Megabyte Line\n\n");
    while line.len() < 1 << 20 {
        line.push_str(unit);
    }
    line
}

/// The built-in articles, the hostile fixtures, and the wrap breakers, loaded
/// the way the reader loads them.
fn small_corpus() -> Corpus {
    let dir = tempfile::tempdir().unwrap();
    hostile::write_corpus(dir.path(), false).unwrap();
    std::fs::write(dir.path().join("wrap_breakers.txt"), wrap_breakers()).unwrap();
    for b in quoth::corpus::builtin_sources() {
        std::fs::write(dir.path().join(&b.name), &b.text).unwrap();
    }
    let corpus = Corpus::load(&[dir.path().to_path_buf()]).unwrap();
    assert!(corpus.articles.len() >= 19, "{}", corpus.articles.len());
    corpus
}

/// Draw the whole screen at `w`×`h`; with `check`, no cell may hold a control.
fn draw(state: &State, corpus: &Corpus, w: u16, h: u16, check: bool) {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    Screen::new(state, corpus).render(area, &mut buf);
    if check {
        for cell in &buf.content {
            let bad = cell.symbol().chars().find(|&c| {
                c < ' '
                    || ('\u{7f}'..='\u{9f}').contains(&c)
                    || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            });
            assert!(bad.is_none(), "control {bad:?} drawn at {w}x{h}");
        }
    }
}

fn resize(state: &mut State, corpus: &Corpus, w: u16, h: u16) {
    update(
        state,
        corpus,
        Action::Resize {
            width: w,
            height: h,
        },
    );
}

/// Heights walked at every width: all in release, a spread in debug.
fn heights() -> Vec<u16> {
    if cfg!(debug_assertions) {
        vec![0, 1, 2, 3, 5, 24, 50]
    } else {
        (0..=50).collect()
    }
}

/// Every size of the grid, with the reader focused (narrow layouts show only
/// the focused pane), at the top and at the bottom of the article; other
/// panes and the help overlay on a subset.
fn walk_grid(corpus: &Corpus, id: usize) {
    let mut state = State::new(corpus, 120, 50);
    state.open_article(corpus, id);
    update(&mut state, corpus, Action::FocusRight);
    let heights = heights();
    for w in 0..=120u16 {
        for &h in &heights {
            resize(&mut state, corpus, w, h);
            let check = w % 10 == 7 && h % 10 == 3;
            draw(&state, corpus, w, h, check);
            if h % 4 == 0 && (w % 3 == 0 || !cfg!(debug_assertions)) {
                update(&mut state, corpus, Action::Bottom);
                draw(&state, corpus, w, h, check);
                update(&mut state, corpus, Action::NextStatement);
                draw(&state, corpus, w, h, false);
                update(&mut state, corpus, Action::Top);
            }
            if w % 6 == 0 && h % 3 == 0 {
                for pane in [Pane::Articles, Pane::Sidebar] {
                    state.focus = pane;
                    draw(&state, corpus, w, h, false);
                }
                state.focus = Pane::Reader;
                update(&mut state, corpus, Action::ToggleHelp);
                draw(&state, corpus, w, h, false);
                update(&mut state, corpus, Action::Bottom);
                draw(&state, corpus, w, h, false);
                update(&mut state, corpus, Action::ToggleHelp);
            }
        }
    }
}

/// Sizes beyond 120×50, up to 300×100, odd ones included.
const SAMPLE: &[(u16, u16)] = &[
    (121, 51),
    (133, 7),
    (160, 45),
    (200, 60),
    (211, 1),
    (255, 99),
    (256, 100),
    (299, 3),
    (300, 100),
    (1, 100),
    (300, 1),
    (2, 2),
];

#[test]
fn every_article_at_every_size_draws_without_panic() {
    let corpus = small_corpus();
    (0..corpus.articles.len()).into_par_iter().for_each(|id| {
        walk_grid(&corpus, id);
        let mut state = State::new(&corpus, 120, 50);
        state.open_article(&corpus, id);
        update(&mut state, &corpus, Action::FocusRight);
        for &(w, h) in SAMPLE {
            resize(&mut state, &corpus, w, h);
            draw(&state, &corpus, w, h, true);
            update(&mut state, &corpus, Action::Bottom);
            draw(&state, &corpus, w, h, true);
        }
    });
}

/// `a🌞b` at width 2 cannot fit the sun on the first line with `a`: wrapping
/// must move it down, never split or drop it, and never draw past the pane.
#[test]
fn a_wide_character_at_width_two_is_drawn_whole() {
    let corpus = Corpus::from_sources(
        vec![Source::plain("w.txt", "w.txt", "T\n\na🌞b\n")],
        LoadReport::default(),
    );
    let mut state = State::new(&corpus, 6, 20);
    update(&mut state, &corpus, Action::FocusRight);
    let (w, h) = (6, 20);
    resize(&mut state, &corpus, w, h);
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    Screen::new(&state, &corpus).render(area, &mut buf);
    let rows: Vec<String> = (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect())
        .collect();
    let text = rows.join("\n");
    assert!(text.contains('🌞'), "the sun is lost:\n{text}");
    assert!(text.contains('a') && text.contains('b'), "{text}");
}

/// The 1 MB line and the 200,000-line article at a sample of sizes.
#[test]
fn huge_articles_draw_at_sample_sizes() {
    let articles = [
        ("megabyte.txt", megabyte_line()),
        (
            "huge_line.txt",
            String::from_utf8(hostile::huge_line().bytes).unwrap(),
        ),
        (
            "long_article.txt",
            String::from_utf8(hostile::long_article().bytes).unwrap(),
        ),
    ];
    let corpus = corpus_of(&articles);
    let sizes: &[(u16, u16)] = if cfg!(debug_assertions) {
        &[(0, 0), (2, 5), (80, 24), (300, 100)]
    } else {
        &[
            (0, 0),
            (1, 1),
            (2, 5),
            (3, 50),
            (10, 3),
            (40, 12),
            (80, 24),
            (120, 50),
            (200, 60),
            (300, 100),
        ]
    };
    for id in 0..corpus.articles.len() {
        let mut state = State::new(&corpus, 120, 50);
        state.open_article(&corpus, id);
        update(&mut state, &corpus, Action::FocusRight);
        for &(w, h) in sizes {
            resize(&mut state, &corpus, w, h);
            draw(&state, &corpus, w, h, true);
            for a in [
                Action::PageDown,
                Action::Bottom,
                Action::PageUp,
                Action::Down,
            ] {
                update(&mut state, &corpus, a);
                draw(&state, &corpus, w, h, true);
            }
        }
    }
}

/// Articles cleaned the way loading cleans them, without attribution (which
/// is not what is tested here, and slow on 12 MB in a debug build).
fn corpus_of(articles: &[(&str, String)]) -> Corpus {
    let mut corpus = Corpus::from_sources(Vec::new(), LoadReport::default());
    corpus.articles = articles
        .iter()
        .enumerate()
        .map(|(id, (name, text))| build_article(id, Source::plain(*name, *name, text.clone())))
        .collect();
    corpus
}

/// G in the reader shows the very last line of a 200,000-line article: the
/// scroll position and line count are not limited to u16.
#[test]
fn bottom_of_a_200_000_line_article_is_reachable() {
    let text = String::from_utf8(hostile::long_article().bytes).unwrap();
    let corpus = corpus_of(&[("long_article.txt", text)]);
    let (w, h) = (100, 30);
    let mut state = State::new(&corpus, w, h);
    state.open_article(&corpus, 0);
    update(&mut state, &corpus, Action::FocusRight);
    resize(&mut state, &corpus, w, h);
    let total = state.reader.lines.len();
    assert!(total > usize::from(u16::MAX), "only {total} lines");
    update(&mut state, &corpus, Action::Bottom);
    assert_eq!(state.reader.scroll, state.reader.max_scroll());
    // Further down moves nothing.
    update(&mut state, &corpus, Action::Down);
    update(&mut state, &corpus, Action::PageDown);
    assert_eq!(state.reader.scroll, state.reader.max_scroll());

    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    Screen::new(&state, &corpus).render(area, &mut buf);
    let screen: Vec<String> = (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect())
        .collect();
    let screen = screen.join("\n");
    let last = state.reader.lines.last().unwrap();
    let last_text = corpus.articles[0].text[last.range.clone()].trim();
    assert!(last_text.ends_with("199999 and"), "{last_text}");
    assert!(corpus.articles[0].text.trim_end().ends_with(last_text));
    assert!(screen.contains(last_text), "last line not drawn:\n{screen}");
    assert!(
        screen.contains(&format!("of {total} ")),
        "position not shown:\n{screen}"
    );
    // And back to the top.
    update(&mut state, &corpus, Action::Top);
    assert_eq!(state.reader.scroll, 0);
}
