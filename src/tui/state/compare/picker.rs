//! The speaker picker of the compare view: two slots (left, right), more
//! right-column speakers added with Space, a fuzzy query over names and aliases.

use crate::attribution::SpeakerId;
use crate::compare::most_quoted;
use crate::corpus::Corpus;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

/// One speaker listed by the picker, with how the query matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickerMatch {
    pub speaker: SpeakerId,
    /// The alias that matched, when it was not the name.
    pub alias: Option<String>,
    /// Char positions of the matched letters in the name (or the alias).
    pub positions: Vec<usize>,
}

/// The speaker picker: two slots (left, right), more right speakers added
/// with Space, a fuzzy query over names and aliases.
#[derive(Debug, Clone, Default)]
pub struct PickerState {
    pub query: String,
    /// The left speaker, then the right column's speakers in turn.
    pub chosen: Vec<SpeakerId>,
    /// The slot Enter fills: 0 left, 1 right.
    pub slot: usize,
    pub matches: Vec<PickerMatch>,
    /// Index into `matches`.
    pub selected: usize,
    /// First visible match.
    pub offset: usize,
    /// The highlight was moved by hand since the last pick, so Enter picks
    /// it even with an empty query.
    pub browsed: bool,
}

impl PickerState {
    /// A picker with `chosen` pre-filled, listing every speaker.
    pub fn new(corpus: &Corpus, chosen: Vec<SpeakerId>) -> PickerState {
        let mut p = PickerState {
            chosen,
            ..PickerState::default()
        };
        p.refilter(corpus);
        p
    }

    /// Recompute `matches` for the query: best fuzzy score first, then the
    /// most quoted; an empty query lists everyone, most quoted first.
    pub fn refilter(&mut self, corpus: &Corpus) {
        let query = self.query.trim();
        let count = |s: SpeakerId| corpus.speakers[s].statements.len();
        let mut scored: Vec<(i64, PickerMatch)> = if query.is_empty() {
            corpus
                .speakers
                .iter()
                .map(|sp| {
                    let m = PickerMatch {
                        speaker: sp.id,
                        alias: None,
                        positions: vec![],
                    };
                    (0, m)
                })
                .collect()
        } else {
            let matcher = SkimMatcherV2::default().ignore_case();
            corpus
                .speakers
                .iter()
                .filter_map(|sp| match_speaker(&matcher, sp, query))
                .collect()
        };
        scored.sort_by(|(sa, a), (sb, b)| {
            sb.cmp(sa)
                .then(count(b.speaker).cmp(&count(a.speaker)))
                .then_with(|| {
                    corpus.speakers[a.speaker]
                        .name
                        .cmp(&corpus.speakers[b.speaker].name)
                })
        });
        self.matches = scored.into_iter().map(|(_, m)| m).collect();
        self.selected = 0;
        self.offset = 0;
    }

    /// The highlighted speaker.
    pub fn highlighted(&self) -> Option<SpeakerId> {
        self.matches.get(self.selected).map(|m| m.speaker)
    }

    /// Put `speaker` in `slot`; a speaker already chosen elsewhere trades
    /// places with the one it replaces, so no speaker stands on both sides.
    pub fn assign(&mut self, slot: usize, speaker: SpeakerId) {
        let slot = slot.min(self.chosen.len());
        if let Some(at) = self.chosen.iter().position(|&s| s == speaker) {
            if slot < self.chosen.len() {
                self.chosen.swap(at, slot);
            }
            return;
        }
        if slot < self.chosen.len() {
            self.chosen[slot] = speaker;
        } else {
            self.chosen.push(speaker);
        }
    }

    /// Space: add `speaker` to the right column's speakers, or take it out.
    pub fn toggle(&mut self, speaker: SpeakerId) {
        if let Some(at) = self.chosen.iter().position(|&s| s == speaker) {
            self.chosen.remove(at);
        } else {
            self.chosen.push(speaker);
        }
        self.slot = self.slot.min(self.chosen.len()).min(1);
    }
}

/// How `query` matches speaker `sp`: ranked by its best form (name or
/// alias), shown on the name when the name matches at all, since its
/// letters are marked there.
fn match_speaker(
    matcher: &SkimMatcherV2,
    sp: &crate::attribution::Speaker,
    query: &str,
) -> Option<(i64, PickerMatch)> {
    let best = sp
        .aliases
        .iter()
        .chain(std::iter::once(&sp.name))
        .filter_map(|n| matcher.fuzzy_match(n, query))
        .max()?;
    let (alias, positions) = if let Some((_, positions)) = matcher.fuzzy_indices(&sp.name, query) {
        (None, positions)
    } else {
        sp.aliases
            .iter()
            .filter_map(|a| {
                matcher
                    .fuzzy_indices(a, query)
                    .map(|(score, p)| (score, a, p))
            })
            .max_by_key(|(score, _, _)| *score)
            .map(|(_, a, p)| (Some(a.clone()), p))?
    };
    let m = PickerMatch {
        speaker: sp.id,
        alias,
        positions,
    };
    Some((best, m))
}

/// The speakers the picker starts with: the sidebar's speaker (if any) on
/// the left, and the most quoted others to fill two slots.
pub fn default_pair(corpus: &Corpus, preferred: Option<SpeakerId>) -> Vec<SpeakerId> {
    let mut chosen: Vec<SpeakerId> = preferred.into_iter().collect();
    for s in most_quoted(&corpus.speakers, 3) {
        if chosen.len() < 2 && !chosen.contains(&s) {
            chosen.push(s);
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::testing;

    #[test]
    fn picker_filters_by_name_and_alias_and_ranks_best_first() {
        let c = testing::corpus();
        let mut p = PickerState::new(&c, vec![]);
        assert_eq!(p.matches.len(), c.speakers.len());
        // Most quoted first on an empty query (Peskov has three).
        assert_eq!(p.highlighted(), Some(3));
        p.query = "kirb".into();
        p.refilter(&c);
        assert_eq!(p.highlighted(), Some(1));
        assert_eq!(p.matches[0].alias, None);
        assert_eq!(p.matches[0].positions, vec![5, 6, 7, 8]);
        p.query = "zzq".into();
        p.refilter(&c);
        assert!(p.matches.is_empty());
    }

    #[test]
    fn assigning_a_chosen_speaker_trades_places() {
        let c = testing::corpus();
        let mut p = PickerState::new(&c, vec![0, 1]);
        p.assign(0, 1);
        assert_eq!(p.chosen, vec![1, 0]);
        p.assign(1, 3);
        assert_eq!(p.chosen, vec![1, 3]);
        p.toggle(2);
        assert_eq!(p.chosen, vec![1, 3, 2]);
        p.toggle(3);
        assert_eq!(p.chosen, vec![1, 2]);
        assert_eq!(default_pair(&c, Some(1)), vec![1, 3]);
        assert_eq!(default_pair(&c, None), vec![3, 0]);
    }
}
