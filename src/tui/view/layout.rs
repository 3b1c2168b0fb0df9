//! Where each pane goes. Pure functions of the terminal size, shared by the
//! views (to draw) and by `update` (to know the reader's width and page size).

use crate::tui::state::Pane;
use ratatui::layout::{Constraint, Layout, Margin, Rect};

/// Below this width the panes are shown one at a time, with a tab line.
pub const NARROW: u16 = 100;

/// The rectangles of one frame; a pane that is not shown is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    /// The tab line of the narrow layout.
    pub tabs: Option<Rect>,
    pub articles: Option<Rect>,
    pub reader: Option<Rect>,
    pub sidebar: Option<Rect>,
    pub status: Option<Rect>,
}

impl Panes {
    /// The rectangle of `pane`, if shown.
    pub fn get(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::Articles => self.articles,
            Pane::Reader => self.reader,
            Pane::Sidebar => self.sidebar,
        }
    }

    /// The pane under a screen cell.
    pub fn at(&self, column: u16, row: u16) -> Option<Pane> {
        let pos = ratatui::layout::Position::new(column, row);
        Pane::ALL
            .into_iter()
            .find(|p| self.get(*p).is_some_and(|r| r.contains(pos)))
    }
}

/// Lay out a `width`×`height` screen with `focus` as the focused pane.
pub fn panes(width: u16, height: u16, focus: Pane) -> Panes {
    panes_sized(width, height, focus, None)
}

/// [`panes`] with the sidebar `sidebar` columns wide (the config's
/// `layout.sidebar_width`), narrowed if the reader would get under 30 columns.
pub fn panes_sized(width: u16, height: u16, focus: Pane, sidebar: Option<u16>) -> Panes {
    let area = Rect::new(0, 0, width, height);
    if area.is_empty() {
        return Panes::default();
    }
    let [body, status] = if height >= 2 {
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area)
    } else {
        [area, Rect::new(0, height, width, 0)]
    };
    let status = (!status.is_empty()).then_some(status);
    if width < NARROW {
        let [tabs, pane] = if body.height >= 2 {
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(body)
        } else {
            [Rect::new(0, 0, width, 0), body]
        };
        let mut p = Panes {
            tabs: (!tabs.is_empty()).then_some(tabs),
            status,
            ..Panes::default()
        };
        match focus {
            Pane::Articles => p.articles = Some(pane),
            Pane::Reader => p.reader = Some(pane),
            Pane::Sidebar => p.sidebar = Some(pane),
        }
        return p;
    }
    let side = (width / 4).clamp(24, 44);
    let right = sidebar.map_or(side, |w| w.min(width.saturating_sub(side + 30)).max(12));
    let [articles, reader, sidebar] = Layout::horizontal([
        Constraint::Length(side),
        Constraint::Fill(1),
        Constraint::Length(right),
    ])
    .areas(body);
    Panes {
        tabs: None,
        articles: Some(articles),
        reader: Some(reader),
        sidebar: Some(sidebar),
        status,
    }
}

/// The inside of a bordered pane.
pub fn inner(rect: Rect) -> Rect {
    rect.inner(Margin::new(1, 1))
}

/// First visible row of a list so that `selected` is visible, moving as little
/// as possible from `previous`. `row_height(i)` is the height of row `i`.
pub fn list_offset(
    previous: usize,
    selected: usize,
    height: usize,
    row_height: impl Fn(usize) -> usize,
) -> usize {
    if selected < previous {
        return selected;
    }
    // The lowest first row that still shows `selected` entirely.
    let mut first = selected;
    let mut used = row_height(selected);
    while first > previous {
        let h = row_height(first - 1);
        if used + h > height {
            break;
        }
        used += h;
        first -= 1;
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_screens_show_three_panes_narrow_ones_one() {
        let wide = panes(160, 45, Pane::Reader);
        assert!(wide.articles.is_some() && wide.reader.is_some() && wide.sidebar.is_some());
        assert_eq!(wide.tabs, None);
        let narrow = panes(60, 20, Pane::Sidebar);
        assert!(narrow.tabs.is_some() && narrow.sidebar.is_some());
        assert!(narrow.articles.is_none() && narrow.reader.is_none());
        assert_eq!(panes(0, 0, Pane::Reader), Panes::default());
    }

    #[test]
    fn configured_sidebar_width_leaves_the_reader_room() {
        let p = panes_sized(160, 45, Pane::Reader, Some(60));
        assert_eq!(p.sidebar.unwrap().width, 60);
        assert_eq!(p.articles.unwrap().width, 40);
        let tight = panes_sized(100, 45, Pane::Reader, Some(80));
        assert_eq!(tight.reader.unwrap().width, 30);
        assert_eq!(
            panes_sized(160, 45, Pane::Reader, None),
            panes(160, 45, Pane::Reader)
        );
    }

    #[test]
    fn offsets_follow_the_selection() {
        assert_eq!(list_offset(0, 3, 10, |_| 2), 0);
        assert_eq!(list_offset(0, 7, 10, |_| 2), 3);
        assert_eq!(list_offset(5, 2, 10, |_| 2), 2);
        assert_eq!(list_offset(0, 1, 0, |_| 2), 1);
    }
}
