//! Drawing at every small size, every focus, with and without overlays.

use super::Screen;
use crate::tui::action::Action;
use crate::tui::state::State;
use crate::tui::testing;
use crate::tui::update::update;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn render(state: &State, corpus: &crate::corpus::Corpus, w: u16, h: u16) {
    let area = ratatui::layout::Rect::new(0, 0, w, h);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    ratatui::widgets::Widget::render(Screen::new(state, corpus), area, &mut buf);
}

fn draw(state: &State, corpus: &crate::corpus::Corpus, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| f.render_widget(Screen::new(state, corpus), f.area()))
        .unwrap();
    t.backend().to_string()
}

#[test]
fn nothing_panics_at_any_small_size() {
    let c = testing::corpus();
    let mut s = State::new(&c, 160, 45);
    let setups: &[&[Action]] = &[
        &[],
        &[Action::Open, Action::NextStatement],
        &[Action::FocusPrev, Action::Open],
        &[Action::ToggleHelp],
    ];
    for keys in setups {
        for k in *keys {
            update(&mut s, &c, *k);
        }
        for w in [0, 1, 2, 3, 4, 5, 7, 9, 13, 20, 24, 31, 60, 99, 100, 101] {
            for h in [0, 1, 2, 3, 4, 5, 6, 8, 13] {
                update(
                    &mut s,
                    &c,
                    Action::Resize {
                        width: w,
                        height: h,
                    },
                );
                render(&s, &c, w, h);
                // Also drawn at a size update was not told about.
                render(&s, &c, h, w);
            }
        }
        update(
            &mut s,
            &c,
            Action::Resize {
                width: 160,
                height: 45,
            },
        );
    }
}

#[test]
fn main_screen_shows_three_panes_and_the_current_speaker() {
    let c = testing::corpus();
    let mut s = State::new(&c, 160, 45);
    for k in [
        Action::Open,
        Action::NextStatement,
        Action::NextStatement,
        Action::NextStatement,
    ] {
        update(&mut s, &c, k);
    }
    let screen = draw(&s, &c, 160, 45);
    if std::env::var_os("SHOW").is_some() {
        println!("{screen}");
    }
    assert!(screen.contains("Articles (5)"));
    assert!(screen.contains(" Reader "));
    assert!(screen.contains("Said by John Kirby"));
    assert!(screen.contains("loaded 5 articles"));
}

#[test]
fn no_color_keeps_quotes_current_statement_and_names_distinct() {
    use ratatui::style::{Color, Modifier};
    let c = testing::corpus();
    let mut s = State::new(&c, 160, 45);
    s.theme = crate::tui::theme::Theme::no_color();
    for k in [
        Action::Open,
        Action::NextStatement,
        Action::NextStatement,
        Action::NextStatement,
    ] {
        update(&mut s, &c, k);
    }
    let area = ratatui::layout::Rect::new(0, 0, 160, 45);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    ratatui::widgets::Widget::render(Screen::new(&s, &c), area, &mut buf);
    assert!(buf
        .content
        .iter()
        .all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
    let reader = super::layout::inner(super::layout::panes(160, 45, s.focus).reader.unwrap());
    let mut kinds = (false, false, false);
    for y in reader.top()..reader.bottom() {
        for x in reader.left()..reader.right() {
            let m = buf[(x, y)].modifier;
            kinds.0 |= m.contains(Modifier::UNDERLINED);
            kinds.1 |= m.contains(Modifier::REVERSED);
            kinds.2 |= m.contains(Modifier::BOLD) && buf[(x, y)].symbol() == "K";
        }
    }
    assert_eq!(
        kinds,
        (true, true, true),
        "underlined quotes, reversed current, bold Kirby"
    );
}

#[test]
fn articles_longer_than_65535_lines_scroll_to_the_end() {
    use crate::corpus::{build_article, Corpus, Source};
    use std::fmt::Write as _;
    let mut text = String::from("A very long article\n\n");
    for i in 0..25_000 {
        let _ = write!(
            text,
            "Paragraph {i} has a few words that wrap on a narrow pane.\n\n"
        );
    }
    let source = Source {
        name: "long.txt".into(),
        origin: "long.txt".into(),
        text,
    };
    let c = Corpus {
        articles: vec![build_article(0, source)],
        ..Corpus::default()
    };
    let mut s = State::new(&c, 110, 30);
    for k in [Action::Open, Action::Bottom] {
        update(&mut s, &c, k);
    }
    assert!(s.reader.lines.len() > 70_000, "{}", s.reader.lines.len());
    assert_eq!(s.reader.scroll, s.reader.max_scroll());
    let screen = draw(&s, &c, 110, 30);
    assert!(screen.contains("Paragraph 24999"), "{screen}");
}
