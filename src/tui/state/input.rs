//! A one-line text field (the search popup, the find prompt): the text and a
//! cursor, edited the way shells and fzf do (Ctrl-W, Ctrl-U, Home/End).
//! The cursor is a byte offset that always sits on a character boundary.

/// What a key does to a text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Edit {
    /// Type a character at the cursor.
    Insert(char),
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the character under the cursor.
    Delete,
    /// Delete the word before the cursor (Ctrl-W).
    DeleteWord,
    /// Delete everything before the cursor (Ctrl-U).
    Clear,
    Left,
    Right,
    Home,
    End,
}

/// The text and where the cursor is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    pub text: String,
    /// Byte offset in `text`, on a character boundary.
    pub cursor: usize,
}

impl TextInput {
    /// A field holding `text`, cursor at the end.
    pub fn with(text: &str) -> TextInput {
        TextInput {
            text: text.to_string(),
            cursor: text.len(),
        }
    }

    /// Apply `edit`; returns whether the text changed (not just the cursor).
    pub fn apply(&mut self, edit: Edit) -> bool {
        let before = self.text.len();
        match edit {
            Edit::Insert(c) if !c.is_control() => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
            }
            Edit::Insert(_) => {}
            Edit::Backspace => {
                if let Some(c) = self.text[..self.cursor].chars().next_back() {
                    self.cursor -= c.len_utf8();
                    self.text.remove(self.cursor);
                }
            }
            Edit::Delete => {
                if self.cursor < self.text.len() {
                    self.text.remove(self.cursor);
                }
            }
            Edit::DeleteWord => {
                let head = &self.text[..self.cursor];
                let trimmed = head.trim_end();
                let start = trimmed
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(i, c)| i + c.len_utf8());
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Edit::Clear => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            Edit::Left => {
                if let Some(c) = self.text[..self.cursor].chars().next_back() {
                    self.cursor -= c.len_utf8();
                }
            }
            Edit::Right => {
                if let Some(c) = self.text[self.cursor..].chars().next() {
                    self.cursor += c.len_utf8();
                }
            }
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = self.text.len(),
        }
        self.text.len() != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> TextInput {
        let mut t = TextInput::default();
        for c in s.chars() {
            t.apply(Edit::Insert(c));
        }
        t
    }

    #[test]
    fn typing_and_deleting_around_the_cursor() {
        let mut t = typed("red lnes");
        for _ in 0..3 {
            t.apply(Edit::Left);
        }
        assert!(t.apply(Edit::Insert('i')));
        assert_eq!(t.text, "red lines");
        assert!(!t.apply(Edit::Home));
        assert!(!t.apply(Edit::Backspace), "nothing before the cursor");
        t.apply(Edit::Delete);
        assert_eq!(t.text, "ed lines");
        t.apply(Edit::End);
        t.apply(Edit::Backspace);
        assert_eq!((t.text.as_str(), t.cursor), ("ed line", 7));
    }

    #[test]
    fn ctrl_w_deletes_the_last_word_and_ctrl_u_the_line_before_the_cursor() {
        let mut t = typed("stoltenberg deeply  ");
        t.apply(Edit::DeleteWord);
        assert_eq!(t.text, "stoltenberg ");
        t.apply(Edit::DeleteWord);
        assert_eq!(t.text, "");
        let mut t = typed("@peskov said");
        t.apply(Edit::Left);
        t.apply(Edit::Clear);
        assert_eq!((t.text.as_str(), t.cursor), ("d", 0));
    }

    #[test]
    fn wide_and_multibyte_characters_stay_whole() {
        let mut t = typed("naïve 東京");
        t.apply(Edit::Left);
        t.apply(Edit::Backspace);
        assert_eq!(t.text, "naïve 京");
        t.apply(Edit::Home);
        t.apply(Edit::Right);
        t.apply(Edit::Right);
        t.apply(Edit::Right);
        t.apply(Edit::Delete);
        assert_eq!(t.text, "naïe 京");
        assert!(t.text.is_char_boundary(t.cursor));
    }
}
