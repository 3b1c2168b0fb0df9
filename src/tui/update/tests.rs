//! Key sequences driven through `update`, no terminal.

use super::update;
use crate::tui::action::Action::{self, *};
use crate::tui::state::{Pane, Scope, SidebarMode, SidebarRow, State};
use crate::tui::testing;

fn run(state: &mut State, corpus: &crate::corpus::Corpus, keys: &[Action]) {
    for k in keys {
        update(state, corpus, *k);
    }
}

fn speaker_name(state: &State, corpus: &crate::corpus::Corpus) -> Option<String> {
    state
        .current_speaker(corpus)
        .map(|s| corpus.speakers[s].name.clone())
}

#[test]
fn open_000_jump_to_kirby_open_from_sidebar_and_go_back() {
    let c = testing::corpus();
    let mut s = State::new(&c, 160, 45);
    assert_eq!(
        s.reader.article,
        Some(0),
        "000 is the oldest and opens first"
    );
    run(&mut s, &c, &[Open]);
    assert_eq!(s.focus, Pane::Reader);
    run(&mut s, &c, &[NextStatement]);
    assert_eq!(speaker_name(&s, &c).as_deref(), Some("State Department"));
    run(&mut s, &c, &[NextStatement, NextStatement]);
    assert_eq!(speaker_name(&s, &c).as_deref(), Some("John Kirby"));
    // The sidebar selects the speaker of the current statement.
    assert_eq!(
        s.sidebar.selected_row(),
        Some(SidebarRow::Speaker { id: 1, count: 2 })
    );
    let before = (s.reader.article, s.reader.scroll, s.reader.current);

    // Open Kirby's statements from the sidebar, then the second one.
    run(&mut s, &c, &[FocusRight, Open]);
    assert_eq!(
        s.sidebar.mode,
        SidebarMode::Statements {
            speaker: 1,
            scope: Scope::Article
        }
    );
    assert_eq!(
        s.sidebar.rows,
        vec![SidebarRow::Statement(2), SidebarRow::Statement(3)]
    );
    run(&mut s, &c, &[Down, Open]);
    assert_eq!(s.focus, Pane::Reader);
    assert_eq!(s.reader.current, Some(3));
    let line = s.reader.line_of_statement(3).unwrap();
    assert!(s.reader.scroll <= line && line < s.reader.scroll + usize::from(s.reader.height));

    // Back: the statement list, then where we were reading.
    run(&mut s, &c, &[Back]);
    assert_eq!(s.focus, Pane::Sidebar);
    assert_eq!(s.reader.current, Some(2));
    run(&mut s, &c, &[Back]);
    assert_eq!(s.sidebar.mode, SidebarMode::Entities);
    assert_eq!(
        (s.reader.article, s.reader.scroll, s.reader.current),
        before
    );
}

#[test]
fn peskov_across_the_corpus_opens_other_articles() {
    let c = testing::corpus();
    let mut s = State::new(&c, 160, 45);
    run(&mut s, &c, &[Open, Bottom, PrevStatement]);
    assert_eq!(speaker_name(&s, &c).as_deref(), Some("Dmitry Peskov"));
    run(&mut s, &c, &[FocusRight, ToggleScope]);
    assert_eq!(
        s.sidebar.mode,
        SidebarMode::Statements {
            speaker: 3,
            scope: Scope::Corpus
        }
    );
    assert_eq!(s.sidebar.rows.len(), 3);
    run(&mut s, &c, &[Bottom, Open]);
    assert_eq!(s.reader.article, Some(c.statements[7].article));
    assert_eq!(s.articles.selected_article(), s.reader.article);
    assert_eq!(s.reader.current, Some(7));
    run(&mut s, &c, &[Back]);
    assert_eq!(s.reader.article, Some(0));
}

#[test]
fn filter_from_the_sidebar_and_clear_it() {
    let c = testing::corpus();
    let mut s = State::new(&c, 160, 45);
    run(&mut s, &c, &[Open, Bottom, PrevStatement, FilterBySpeaker]);
    assert_eq!(s.articles.filter, Some(3));
    assert_eq!(s.articles.order.len(), 3);
    run(&mut s, &c, &[ClearFilter]);
    assert_eq!(s.articles.order.len(), c.articles.len());
}

#[test]
fn focus_keys_move_between_panes_and_stop_at_edges() {
    let c = testing::corpus();
    let mut s = State::new(&c, 160, 45);
    run(&mut s, &c, &[FocusLeft]);
    assert_eq!(s.focus, Pane::Articles);
    run(&mut s, &c, &[FocusRight, FocusRight, FocusRight]);
    assert_eq!(s.focus, Pane::Sidebar);
    run(&mut s, &c, &[FocusNext]);
    assert_eq!(s.focus, Pane::Articles);
    run(&mut s, &c, &[FocusPrev]);
    assert_eq!(s.focus, Pane::Sidebar);
}

#[test]
fn article_list_moves_open_the_selection_and_sort_cycles() {
    let c = testing::corpus();
    let mut s = State::new(&c, 160, 45);
    run(&mut s, &c, &[Down]);
    assert_eq!(s.reader.article, s.articles.selected_article());
    assert_ne!(s.reader.article, Some(0));
    run(&mut s, &c, &[CycleSort]);
    assert_eq!(s.articles.sort.label(), "outlet");
    assert_eq!(s.reader.article, s.articles.selected_article());
}

#[test]
fn reader_scrolls_by_line_page_and_ends_and_wheel() {
    let c = testing::corpus();
    let mut s = State::new(&c, 160, 20);
    run(&mut s, &c, &[FocusNext, Down, Down]);
    assert_eq!(s.reader.scroll, 2);
    run(&mut s, &c, &[PageDown]);
    assert!(s.reader.scroll > 10);
    run(&mut s, &c, &[Bottom]);
    assert_eq!(s.reader.scroll, s.reader.max_scroll());
    run(&mut s, &c, &[Top]);
    assert_eq!(s.reader.scroll, 0);
    run(
        &mut s,
        &c,
        &[Wheel {
            column: 80,
            row: 5,
            delta: 1,
        }],
    );
    assert_eq!(s.reader.scroll, 3);
}

#[test]
fn resize_rewraps_and_keeps_scroll_in_range() {
    let c = testing::corpus();
    let mut s = State::new(&c, 160, 45);
    let wide = s.reader.lines.len();
    run(
        &mut s,
        &c,
        &[
            FocusNext,
            Bottom,
            Resize {
                width: 300,
                height: 100,
            },
        ],
    );
    assert!(s.reader.lines.len() < wide);
    assert!(s.reader.scroll <= s.reader.max_scroll());
    run(
        &mut s,
        &c,
        &[
            Resize {
                width: 1,
                height: 1,
            },
            Resize {
                width: 0,
                height: 0,
            },
        ],
    );
    run(&mut s, &c, &[Down, PageDown, NextStatement, Bottom]);
}

#[test]
fn escape_closes_help_then_the_statement_list_then_quits() {
    let c = testing::corpus();
    let mut s = State::new(&c, 160, 45);
    run(&mut s, &c, &[ToggleHelp]);
    assert!(s.help.open);
    run(&mut s, &c, &[Down, Quit]);
    assert!(!s.help.open && !s.quit);
    run(&mut s, &c, &[Open, NextStatement, Open]);
    assert!(matches!(s.sidebar.mode, SidebarMode::Statements { .. }));
    run(&mut s, &c, &[Escape]);
    assert_eq!(s.sidebar.mode, SidebarMode::Entities);
    assert!(!s.quit);
    run(&mut s, &c, &[Escape]);
    assert!(s.quit);
}

#[test]
fn help_scrolls_within_its_text() {
    let c = testing::corpus();
    let mut s = State::new(&c, 100, 12);
    run(&mut s, &c, &[ToggleHelp, Bottom]);
    let bottom = s.help.scroll;
    assert!(bottom > 0);
    run(&mut s, &c, &[Down, Down]);
    assert_eq!(s.help.scroll, bottom);
    run(&mut s, &c, &[Up]);
    assert_eq!(s.help.scroll, bottom - 1);
}

#[test]
fn enter_on_an_entity_scrolls_to_its_mention_and_back_returns() {
    let c = testing::corpus();
    let mut s = State::new(&c, 160, 20);
    run(&mut s, &c, &[FocusRight, FocusRight, Bottom]);
    assert!(matches!(
        s.sidebar.selected_row(),
        Some(SidebarRow::Entity { .. })
    ));
    run(&mut s, &c, &[Open]);
    let nato = c.entities[0].mentions[0].range.start;
    let line = s.reader.line_of_byte(nato);
    assert!(s.reader.scroll > 0);
    assert!(s.reader.scroll <= line && line < s.reader.scroll + usize::from(s.reader.height));
    run(&mut s, &c, &[Back]);
    assert_eq!(s.reader.scroll, 0);
}

#[test]
fn resize_keeps_the_text_at_the_top_of_the_pane() {
    let c = testing::corpus();
    let mut s = State::new(&c, 160, 30);
    run(&mut s, &c, &[FocusNext, PageDown, Down]);
    let top = s.reader.lines[s.reader.scroll].range.start;
    run(
        &mut s,
        &c,
        &[Resize {
            width: 110,
            height: 30,
        }],
    );
    let line = &s.reader.lines[s.reader.scroll];
    assert!(
        line.range.start <= top && top <= line.range.end,
        "{line:?} vs {top}"
    );
}

mod random {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn corpus() -> &'static crate::corpus::Corpus {
        static C: OnceLock<crate::corpus::Corpus> = OnceLock::new();
        C.get_or_init(testing::corpus)
    }

    fn action() -> impl Strategy<Value = Action> {
        prop_oneof![
            Just(Up),
            Just(Down),
            Just(PageUp),
            Just(PageDown),
            Just(Top),
            Just(Bottom),
            Just(FocusNext),
            Just(FocusPrev),
            Just(FocusLeft),
            Just(FocusRight),
            Just(Open),
            Just(NextStatement),
            Just(PrevStatement),
            Just(ToggleScope),
            Just(FilterBySpeaker),
            Just(ClearFilter),
            Just(CycleSort),
            Just(Back),
            Just(ToggleHelp),
            Just(Escape),
            Just(OpenSearch),
            Just(Find),
            Just(NextMatch),
            Just(PrevMatch),
            prop_oneof![Just('r'), Just('u'), Just(' '), Just('@'), Just('é')]
                .prop_map(|c| Edit(crate::tui::state::Edit::Insert(c))),
            Just(Edit(crate::tui::state::Edit::Backspace)),
            Just(Edit(crate::tui::state::Edit::DeleteWord)),
            (0u16..200, 0u16..60, -1i8..=1).prop_map(|(column, row, delta)| Wheel {
                column,
                row,
                delta
            }),
            (0u16..220, 0u16..70).prop_map(|(width, height)| Resize { width, height }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        /// Any key sequence keeps the state consistent: selections on
        /// existing rows, scroll within the text, the list and reader agreeing.
        #[test]
        fn any_key_sequence_keeps_the_state_consistent(keys in prop::collection::vec(action(), 1..60)) {
            let c = corpus();
            let mut s = State::new(c, 120, 40);
            for k in keys {
                if k == Escape && s.sidebar.mode == SidebarMode::Entities && !s.help.open {
                    continue; // would quit
                }
                update(&mut s, c, k);
                prop_assert!(s.reader.scroll <= s.reader.max_scroll());
                prop_assert!(s.articles.order.is_empty() || s.articles.selected < s.articles.order.len());
                prop_assert!(s.sidebar.rows.is_empty() || s.sidebar.selected < s.sidebar.rows.len());
                prop_assert!(s.find.current.is_none_or(|i| i < s.find.matches.len()));
                prop_assert!(!s.find.active() || s.find.article == s.reader.article);
                prop_assert!(s.search.input.text.is_char_boundary(s.search.input.cursor));
                if s.reader.article.is_some() && !s.reader.lines.is_empty() {
                    let panes = crate::tui::view::layout::panes(s.width, s.height, s.focus);
                    if let Some(r) = panes.reader {
                        let inner = crate::tui::view::layout::inner(r);
                        prop_assert_eq!(s.reader.wrap_width, inner.width);
                    }
                }
                if let Some(cur) = s.reader.current {
                    prop_assert_eq!(Some(c.statements[cur].article), s.reader.article);
                }
            }
        }
    }
}
