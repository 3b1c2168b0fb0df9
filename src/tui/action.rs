//! Everything the reader can be asked to do. Keys map to these through the
//! keymap; `update` is the only place that interprets them.

/// One user intent, independent of the key or mouse event that caused it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Move the selection (or the text) of the focused pane one line up.
    Up,
    /// Move the selection (or the text) of the focused pane one line down.
    Down,
    /// One page up in the focused pane.
    PageUp,
    /// One page down in the focused pane.
    PageDown,
    /// First line / item of the focused pane.
    Top,
    /// Last line / item of the focused pane.
    Bottom,
    /// Focus the next pane (articles → reader → sidebar → articles).
    FocusNext,
    /// Focus the previous pane.
    FocusPrev,
    /// Focus the pane to the left, stopping at the edge.
    FocusLeft,
    /// Focus the pane to the right, stopping at the edge.
    FocusRight,
    /// Open what is selected: an article, a speaker's statements, a statement.
    Open,
    /// Jump to the next statement in the article being read.
    NextStatement,
    /// Jump to the previous statement in the article being read.
    PrevStatement,
    /// Switch a speaker's statement list between this article and the corpus.
    ToggleScope,
    /// Show only articles quoting the selected speaker.
    FilterBySpeaker,
    /// Remove the article filter.
    ClearFilter,
    /// Cycle the article order: date, outlet, title.
    CycleSort,
    /// Return to where you were before the last jump.
    Back,
    /// Show or hide the key help.
    ToggleHelp,
    /// Close the top overlay or list; quit when there is none.
    Escape,
    /// Leave the reader.
    Quit,
    /// Copy the focused statement as a citation to the clipboard (OSC 52).
    CopyCitation,
    /// Star or unstar the focused statement (kept between runs).
    ToggleStar,
    /// Export the current speaker's statements to a Markdown file.
    Export,
    /// Mark the selected article read or unread (kept between runs).
    ToggleRead,
    /// Open the compare view's speaker picker (from anywhere).
    Compare,
    /// Show the variants of the current statement as each article carried it.
    Variants,
    /// Compare view: order rows by date or by topic.
    CompareOrder,
    /// Compare view: swap the two columns.
    SwapSides,
    /// A character typed into a text field (the picker's query).
    Type(char),
    /// Mouse wheel over a cell: positive scrolls down.
    Wheel { column: u16, row: u16, delta: i8 },
    /// The terminal now has this size.
    Resize { width: u16, height: u16 },
    /// Open the search popup (with the last query, if any).
    OpenSearch,
    /// Prompt for a word to find in the article being read.
    Find,
    /// Step to the next match of the find.
    NextMatch,
    /// Step to the previous match of the find.
    PrevMatch,
    /// Edit the text field that has the keys (search popup, find prompt).
    Edit(super::state::Edit),
    /// Leave the reader at once, from any pane, overlay or text field (Ctrl-C).
    QuitNow,
}
