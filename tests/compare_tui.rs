//! The compare view, its speaker picker and the variants view on the
//! built-in corpus: whole screens on ratatui's `TestBackend` (insta
//! snapshots) and key sequences driven through `update`.

use quoth::attribution::{SpeakerId, StatementId};
use quoth::compare::RowOrder;
use quoth::corpus::Corpus;
use quoth::tui::action::Action::{self, *};
use quoth::tui::state::{Layer, Pane, Side, State};
use quoth::tui::update::update;
use quoth::tui::view::Screen;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

fn run(state: &mut State, corpus: &Corpus, keys: &[Action]) {
    for k in keys {
        update(state, corpus, *k);
    }
}

/// Type `text` into the picker, one character at a time.
fn type_text(state: &mut State, corpus: &Corpus, text: &str) {
    for c in text.chars() {
        update(state, corpus, Type(c));
    }
}

fn draw_buffer(state: &State, corpus: &Corpus) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(state.width, state.height)).unwrap();
    t.draw(|f| f.render_widget(Screen::new(state, corpus), f.area()))
        .unwrap();
    t.backend().buffer().clone()
}

fn draw(state: &State, corpus: &Corpus) -> String {
    let mut t = Terminal::new(TestBackend::new(state.width, state.height)).unwrap();
    t.draw(|f| f.render_widget(Screen::new(state, corpus), f.area()))
        .unwrap();
    t.backend().to_string()
}

fn speaker(corpus: &Corpus, name: &str) -> SpeakerId {
    corpus
        .speakers
        .iter()
        .position(|s| s.name == name)
        .unwrap_or_else(|| panic!("{name} in the registry"))
}

/// `c`, then Blinken for the left column and Peskov for the right.
fn compare_blinken_peskov(state: &mut State, corpus: &Corpus) {
    run(state, corpus, &[Compare]);
    assert_eq!(state.layer(), Layer::Picker);
    type_text(state, corpus, "Blinken");
    run(state, corpus, &[Open]);
    type_text(state, corpus, "peskov");
    run(state, corpus, &[Open]);
    assert_eq!(state.layer(), Layer::Compare);
}

/// Read statement `id` in the reading view (select its article, step to it).
fn read_statement(state: &mut State, corpus: &Corpus, id: StatementId) {
    let article = corpus.statements[id].article;
    state.focus = Pane::Articles;
    run(state, corpus, &[Top]);
    while state.articles.selected_article() != Some(article) {
        run(state, corpus, &[Down]);
    }
    run(state, corpus, &[Open]);
    for _ in 0..corpus.statements.len() {
        if state.reader.current == Some(id) {
            return;
        }
        run(state, corpus, &[NextStatement]);
    }
    panic!("statement {id} never became current");
}

/// The statement whose text starts with `start`, in article `file_prefix`.
fn statement(corpus: &Corpus, file_prefix: &str, start: &str) -> StatementId {
    corpus
        .statements
        .iter()
        .find(|s| {
            s.text.starts_with(start) && corpus.articles[s.article].file.starts_with(file_prefix)
        })
        .unwrap_or_else(|| panic!("“{start}…” in {file_prefix}"))
        .id
}

/// Whether the screen above the status bar has no column separator: no
/// line has a `│` other than the two borders.
fn one_column(screen: &str) -> bool {
    let lines: Vec<&str> = screen.lines().collect();
    lines[..lines.len() - 1]
        .iter()
        .all(|l| l.matches('│').count() <= 2)
}

#[test]
fn compare_view_wide_and_narrow() {
    let c = Corpus::builtin();
    let mut s = State::new(&c, 160, 45);
    compare_blinken_peskov(&mut s, &c);
    let view = s.compare.view.as_ref().unwrap();
    assert_eq!(view.left_speaker(), speaker(&c, "Antony Blinken"));
    assert_eq!(view.right_speaker(), speaker(&c, "Dmitry Peskov"));
    let wide = draw(&s, &c);
    for needle in [
        "◀ Antony Blinken",
        "▶ Dmitry Peskov",
        "↔ shared:",
        "reported in 2 articles",
    ] {
        assert!(wide.contains(needle), "{needle} missing:\n{wide}");
    }
    insta::assert_snapshot!("compare_wide", wide);

    run(
        &mut s,
        &c,
        &[Resize {
            width: 70,
            height: 40,
        }],
    );
    let narrow = draw(&s, &c);
    // Stacked: one column, each statement under its speaker's name.
    assert!(one_column(&narrow), "{narrow}");
    assert!(narrow.contains("◀ Antony Blinken") && narrow.contains("▶ Dmitry Peskov"));
    insta::assert_snapshot!("compare_narrow", narrow);
}

#[test]
fn picker_filters_as_you_type() {
    let c = Corpus::builtin();
    let mut s = State::new(&c, 100, 30);
    run(&mut s, &c, &[Compare]);
    type_text(&mut s, &c, "stol");
    let screen = draw(&s, &c);
    let picker = s.compare.picker.as_ref().unwrap();
    assert_eq!(picker.highlighted(), Some(speaker(&c, "Jens Stoltenberg")));
    assert!(screen.contains("› stol"), "{screen}");
    insta::assert_snapshot!("picker_stol", screen);
}

#[test]
fn variants_of_the_g7_statement_across_002_003_004() {
    let c = Corpus::builtin();
    let g7 = statement(&c, "003", "These large-scale troop movements");
    let mut s = State::new(&c, 160, 40);
    read_statement(&mut s, &c, g7);
    // The sidebar says how many articles carried it.
    let main = draw(&s, &c);
    assert!(main.contains("Reported in 3 articles"), "{main}");
    run(&mut s, &c, &[Variants]);
    assert_eq!(s.layer(), Layer::Variants);
    let v = s.compare.variants.as_ref().unwrap();
    let files: Vec<&str> = v
        .statements
        .iter()
        .map(|&id| &c.articles[c.statements[id].article].file[..3])
        .collect();
    assert_eq!(files, ["002", "003", "004"]);
    let screen = draw(&s, &c);
    assert!(screen.contains("reported in 3 articles"), "{screen}");
    assert!(screen.contains("= same words, same order"), "{screen}");
    insta::assert_snapshot!("variants_g7", screen);
}

/// The style of the first cell showing `word` on screen after column `from_x`.
fn style_of(buf: &Buffer, word: &str, from_x: u16) -> Option<ratatui::style::Style> {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let row: String = (area.left()..area.right())
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect::<Vec<_>>()
            .concat();
        let chars: Vec<char> = row.chars().collect();
        let w: Vec<char> = word.chars().collect();
        for x in usize::from(from_x)..chars.len().saturating_sub(w.len()) {
            if chars[x..x + w.len()] == w[..] {
                return Some(buf[(x as u16, y)].style());
            }
        }
    }
    None
}

#[test]
fn stoltenberg_variants_mark_the_reordered_words_as_moved() {
    let c = Corpus::builtin();
    let first = statement(&c, "003", "unjustified, unexplained");
    let other = statement(&c, "004", "unexplained, unjustified");
    let mut s = State::new(&c, 160, 40);
    read_statement(&mut s, &c, first);
    run(&mut s, &c, &[Variants]);
    let v = s.compare.variants.as_ref().unwrap();
    assert!(v.statements.contains(&other));
    assert_eq!(v.focused(), Some(first));
    let screen = draw(&s, &c);
    assert!(screen.contains("⇄ moved: unjustified"), "{screen}");
    insta::assert_snapshot!("variants_stoltenberg", screen);

    // The moved word is styled apart from plain words and from added ones.
    let buf = draw_buffer(&s, &c);
    let column = (160 - 2) / v.statements.len() as u16;
    let k = v.statements.iter().position(|&x| x == other).unwrap() as u16;
    let moved = style_of(&buf, "unjustified", k * column).expect("moved word on screen");
    let same = style_of(&buf, "unexplained,", k * column).expect("same word on screen");
    let theme = s.theme;
    assert_eq!(
        moved.add_modifier,
        quoth::tui::view::variants::moved_style(theme).add_modifier | same.add_modifier
    );
    assert_ne!(moved, same);

    // Narrow terminals stack the variants.
    run(
        &mut s,
        &c,
        &[Resize {
            width: 70,
            height: 60,
        }],
    );
    let narrow = draw(&s, &c);
    assert!(narrow.contains("Variant 1 of") && narrow.contains("Variant 2 of"));
    assert!(one_column(&narrow), "{narrow}");
    insta::assert_snapshot!("variants_stoltenberg_narrow", narrow);
}

#[test]
fn pick_scroll_open_come_back_swap_and_reorder() {
    let c = Corpus::builtin();
    let (blinken, peskov) = (speaker(&c, "Antony Blinken"), speaker(&c, "Dmitry Peskov"));
    let mut s = State::new(&c, 160, 45);
    compare_blinken_peskov(&mut s, &c);
    let rows = s.compare.view.as_ref().unwrap().comparison.rows.len();
    assert_eq!(
        rows,
        c.speakers[blinken].statements.len() + c.speakers[peskov].statements.len()
            - s.compare
                .view
                .as_ref()
                .unwrap()
                .comparison
                .rows
                .iter()
                .filter(|r| r.is_pair())
                .count()
    );

    // Scroll: down, a page, the bottom, the top, then to the first pair.
    run(&mut s, &c, &[Down]);
    assert_eq!(s.compare.view.as_ref().unwrap().focus, 1);
    run(&mut s, &c, &[PageDown]);
    assert!(s.compare.view.as_ref().unwrap().focus > 1);
    run(&mut s, &c, &[Bottom]);
    let v = s.compare.view.as_ref().unwrap();
    assert_eq!(v.focus, rows - 1);
    assert!(v.offset > 0, "the last row is scrolled into view");
    run(&mut s, &c, &[Top]);
    assert_eq!(s.compare.view.as_ref().unwrap().offset, 0);
    let pair = s
        .compare
        .view
        .as_ref()
        .unwrap()
        .comparison
        .rows
        .iter()
        .position(quoth::compare::Row::is_pair)
        .expect("Blinken and Peskov pair on a shared subject");
    for _ in 0..pair {
        run(&mut s, &c, &[Down]);
    }
    run(&mut s, &c, &[FocusRight]);
    let v = s.compare.view.as_ref().unwrap();
    assert_eq!((v.focus, v.focused_side()), (pair, Side::Right));
    let peskovs = v.focused_statement().unwrap();
    assert_eq!(c.statements[peskovs].speaker, Some(peskov));

    // Enter reads it in the reading view; Back returns to the same row.
    run(&mut s, &c, &[Open]);
    assert_eq!(s.layer(), Layer::Pane(Pane::Reader));
    assert_eq!(s.reader.current, Some(peskovs));
    assert_eq!(s.reader.article, Some(c.statements[peskovs].article));
    let line = s.reader.line_of_statement(peskovs).unwrap();
    assert!((s.reader.scroll..s.reader.scroll + usize::from(s.reader.height)).contains(&line));
    run(&mut s, &c, &[Back]);
    assert_eq!(s.layer(), Layer::Compare);
    assert_eq!(
        s.compare.view.as_ref().unwrap().focused_statement(),
        Some(peskovs)
    );

    // Swap: Peskov on the left, the same statement still focused.
    run(&mut s, &c, &[SwapSides]);
    let v = s.compare.view.as_ref().unwrap();
    assert_eq!((v.left_speaker(), v.right_speaker()), (peskov, blinken));
    assert_eq!(v.focused_statement(), Some(peskovs));
    assert_eq!(v.focused_side(), Side::Left);
    let screen = draw(&s, &c);
    assert!(
        screen.contains("◀ Dmitry Peskov") && screen.contains("▶ Antony Blinken"),
        "{screen}"
    );

    // Order by topic: the closest pair comes first; and back to date.
    run(&mut s, &c, &[CompareOrder]);
    let v = s.compare.view.as_ref().unwrap();
    assert_eq!(v.comparison.order, RowOrder::Topic);
    assert!(v.comparison.rows[0].is_pair());
    assert_eq!(v.focused_statement(), Some(peskovs));
    let topic = v.comparison.rows[0]
        .topic
        .clone()
        .expect("a pair has a topic");
    let screen = draw(&s, &c);
    assert!(screen.contains("by topic"));
    // Each topic is named above its first row.
    assert!(screen.contains(&format!("│── {topic} ──")), "{screen}");
    run(&mut s, &c, &[CompareOrder]);
    assert_eq!(
        s.compare.view.as_ref().unwrap().comparison.order,
        RowOrder::Date
    );

    // Variants of the focused statement, and Esc back to the compare view.
    run(&mut s, &c, &[Variants]);
    assert_eq!(s.layer(), Layer::Variants);
    run(&mut s, &c, &[Escape]);
    assert_eq!(s.layer(), Layer::Compare);
    // Esc closes the compare view.
    run(&mut s, &c, &[Escape]);
    assert!(matches!(s.layer(), Layer::Pane(_)));
}

#[test]
fn more_speakers_cycle_through_the_right_column() {
    let c = Corpus::builtin();
    let (blinken, peskov, kuleba) = (
        speaker(&c, "Antony Blinken"),
        speaker(&c, "Dmitry Peskov"),
        speaker(&c, "Dmytro Kuleba"),
    );
    let mut s = State::new(&c, 160, 45);
    run(&mut s, &c, &[Compare]);
    type_text(&mut s, &c, "Blinken");
    run(&mut s, &c, &[Open]);
    type_text(&mut s, &c, "peskov");
    run(&mut s, &c, &[Open]);
    // Back in the picker (c from the view keeps the speakers); add Kuleba.
    run(&mut s, &c, &[Compare]);
    assert_eq!(
        s.compare.picker.as_ref().unwrap().chosen,
        vec![blinken, peskov]
    );
    type_text(&mut s, &c, "kuleba ");
    assert_eq!(
        s.compare.picker.as_ref().unwrap().chosen,
        vec![blinken, peskov, kuleba]
    );
    run(&mut s, &c, &[Open]);
    let v = s.compare.view.as_ref().unwrap();
    assert_eq!(v.right_speaker(), peskov);
    assert!(draw(&s, &c).contains("(1 of 2 · ] [ next)"));
    run(&mut s, &c, &[NextStatement]);
    assert_eq!(s.compare.view.as_ref().unwrap().right_speaker(), kuleba);
    assert!(draw(&s, &c).contains("▶ Dmytro Kuleba"));
    run(&mut s, &c, &[NextStatement]);
    assert_eq!(s.compare.view.as_ref().unwrap().right_speaker(), peskov);
    run(&mut s, &c, &[PrevStatement]);
    assert_eq!(s.compare.view.as_ref().unwrap().right_speaker(), kuleba);
}

#[test]
fn picker_starts_from_the_sidebar_speaker() {
    let c = Corpus::builtin();
    let mut s = State::new(&c, 160, 45);
    // The sidebar lists the first article's speakers, the first selected.
    let sidebar = s.sidebar.selected_speaker(&c).expect("a speaker selected");
    run(&mut s, &c, &[Compare]);
    let chosen = s.compare.picker.as_ref().unwrap().chosen.clone();
    assert_eq!(chosen[0], sidebar);
    assert_eq!(chosen.len(), 2);
    // With nothing picked out, Enter opens the view at once.
    run(&mut s, &c, &[Open]);
    assert_eq!(s.layer(), Layer::Compare);
    // Esc in the picker leaves things as they were.
    run(&mut s, &c, &[Escape, Compare, Escape]);
    assert_eq!(s.layer(), Layer::Pane(Pane::Articles));
}

#[test]
fn nothing_panics_at_any_small_size() {
    let c = Corpus::builtin();
    let mut s = State::new(&c, 160, 45);
    let setups: &[&[Action]] = &[&[Compare], &[Open], &[Down, Variants], &[Escape, Compare]];
    for keys in setups {
        run(&mut s, &c, keys);
        for w in [0, 1, 2, 3, 5, 9, 13, 30, 31, 60, 79, 80, 81, 99, 120] {
            for h in [0, 1, 2, 3, 4, 5, 6, 8, 13] {
                run(
                    &mut s,
                    &c,
                    &[Resize {
                        width: w,
                        height: h,
                    }],
                );
                run(&mut s, &c, &[Down, Bottom, PageUp, Top]);
                let area = ratatui::layout::Rect::new(0, 0, w, h);
                let mut buf = Buffer::empty(area);
                ratatui::widgets::Widget::render(Screen::new(&s, &c), area, &mut buf);
            }
        }
        run(
            &mut s,
            &c,
            &[Resize {
                width: 160,
                height: 45,
            }],
        );
    }
}

#[test]
fn v_on_a_sidebar_statement_shows_its_variants_and_enter_reads_one() {
    let c = Corpus::builtin();
    let first = statement(&c, "003", "unjustified, unexplained");
    let massing = statement(&c, "003", "the largest massing");
    let mut s = State::new(&c, 160, 45);
    read_statement(&mut s, &c, first);
    // Stoltenberg's statements across the corpus; select the "massing" one.
    run(&mut s, &c, &[FocusRight, ToggleScope]);
    let row = s
        .sidebar
        .rows
        .iter()
        .position(|r| *r == quoth::tui::state::SidebarRow::Statement(massing))
        .expect("listed");
    run(&mut s, &c, &[Top]);
    for _ in 0..row {
        run(&mut s, &c, &[Down]);
    }
    run(&mut s, &c, &[Variants]);
    let v = s.compare.variants.as_ref().unwrap();
    assert_eq!(v.focused(), Some(massing));
    assert_eq!(v.statements.len(), 2);
    // h/l changes the reference; Enter reads it; Back returns to the variants.
    run(&mut s, &c, &[FocusRight]);
    let other = s.compare.variants.as_ref().unwrap().focused().unwrap();
    assert_ne!(other, massing);
    run(&mut s, &c, &[Open]);
    assert_eq!(s.layer(), Layer::Pane(Pane::Reader));
    assert_eq!(s.reader.current, Some(other));
    run(&mut s, &c, &[Back]);
    assert_eq!(s.layer(), Layer::Variants);
    assert_eq!(s.compare.variants.as_ref().unwrap().focused(), Some(other));
}
