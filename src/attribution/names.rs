//! When two written names are one person or one body: a general rule for
//! transliteration variants (Volodymyr / Volodomyr, Dmitry / Dmitri,
//! Zelenskiy / Zelensky), surnames standing alone, and organisation forms.

use super::text::strip_possessive;

/// Fold a name part to a transliteration-neutral key: lowercase ASCII, y/j/i
/// unified, kh/h, ph/f, w/v, ou/u, ck/k, doubled letters collapsed.
pub fn fold(part: &str) -> String {
    let mut letters: Vec<u8> = Vec::with_capacity(part.len());
    fold_into(part, &mut letters);
    // Only ASCII letters and digits were kept.
    String::from_utf8(letters).unwrap_or_default()
}

/// What an ASCII byte folds to in [`fold_into`]'s first pass: lowercased,
/// y/j unified as i and w as v; 0 for a byte that is dropped (not a letter
/// or digit).
static ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = (b as u8).to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            t[b] = match c {
                b'y' | b'j' => b'i',
                b'w' => b'v',
                c => c,
            };
        }
        b += 1;
    }
    t
};

/// [`fold`] `part`, appending its key to `out`.
fn fold_into(part: &str, out: &mut Vec<u8>) {
    let base = out.len();
    if part.is_ascii() {
        // Most names are ASCII: a table look-up per byte instead of the
        // character decoding and matching below (the same result).
        out.extend(
            part.bytes()
                .map(|b| ASCII_FOLD[usize::from(b)])
                .filter(|&f| f != 0),
        );
    } else {
        fold_chars_into(part, out);
    }
    collapse_from(out, base);
}

/// The first pass of [`fold_into`] for a part with non-ASCII letters.
fn fold_chars_into(part: &str, out: &mut Vec<u8>) {
    for c in part.chars() {
        let c = match c {
            c if c.is_ascii() => c.to_ascii_lowercase(),
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Î' | 'ı' | 'İ' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'Ó' | 'Ö' | 'Ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ü' => 'u',
            'ç' | 'č' | 'ć' | 'Ç' | 'Č' => 'c',
            'š' | 'ş' | 'ś' | 'Š' | 'Ş' => 's',
            'ž' | 'ź' | 'ż' | 'Ž' => 'z',
            'ñ' | 'ń' => 'n',
            'ğ' => 'g',
            'ł' | 'Ł' => 'l',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(match c {
                'y' | 'j' => b'i',
                'w' => b'v',
                c => c as u8,
            });
        }
    }
}

/// The second pass of [`fold_into`] over `out[base..]`: kh/h, ph/f, ou/u,
/// ck/k, doubled letters collapsed.
fn collapse_from(out: &mut Vec<u8>, base: usize) {
    // Rewritten in place: the output never runs ahead of the input.
    let letters = &mut out[base..];
    let (mut i, mut len) = (0, 0);
    while i < letters.len() {
        let (c, n) = (letters[i], letters.get(i + 1).copied());
        let (mapped, skip) = match (c, n) {
            (b'k', Some(b'h')) => (b'h', 2),
            (b'p', Some(b'h')) => (b'f', 2),
            (b'o', Some(b'u')) => (b'u', 2),
            (b'c', Some(b'k')) => (b'k', 2),
            _ => (c, 1),
        };
        if len == 0 || letters[len - 1] != mapped {
            letters[len] = mapped;
            len += 1;
        }
        i += skip;
    }
    out.truncate(base + len);
}

/// Where a [`Key`] is filed for merging (see [`Key::bucket`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Bucket {
    person: bool,
    letter: u8,
    len: usize,
}

/// A name folded once, for fast repeated comparison.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key {
    Person {
        surname: String,
        given: Option<String>,
    },
    Org(String),
}

impl Key {
    pub fn person(name: &str) -> Key {
        // The first and last of the name's parts (see [`parts`]), without
        // collecting them.
        let mut p = name.split_whitespace().map(|w| strip_possessive(w).0);
        let first = p.next();
        // Walked forwards: splitting on whitespace from the back costs more.
        let last = p.fold(None, |_, w| Some(w));
        // "al-Kaabi" and "Kaabi" are one surname: the joined particle is dropped.
        let surname = |s: &str| fold(&s[super::text::particle_prefix(s)..]);
        // "von Bredow", "Mr O Dalaigh", "Mr Mac Giolla": a particle opening
        // the name is no given name.
        let given = first.filter(|g| last.is_some() && !is_surname_particle(g));
        Key::Person {
            surname: last.or(first).map(surname).unwrap_or_default(),
            given: given.map(fold),
        }
    }

    pub fn org(name: &str) -> Key {
        Key::Org(org_key(name))
    }

    /// The bucket this key is filed under: a person by the first letter and
    /// length of the surname, a body by the first letter of its last word
    /// (national prefixes differ).
    pub fn bucket(&self) -> Bucket {
        match self {
            Key::Person { surname, .. } => Bucket {
                person: true,
                letter: surname.bytes().next().unwrap_or(0),
                len: surname.len(),
            },
            Key::Org(k) => Bucket {
                person: false,
                letter: k
                    .rsplit(' ')
                    .next()
                    .and_then(|w| w.bytes().next())
                    .unwrap_or(0),
                len: 0,
            },
        }
    }

    /// Every bucket holding keys that can be [`same`](Key::same) as this one:
    /// surnames of five letters or more may differ by one letter in length.
    pub fn probes(&self) -> impl Iterator<Item = Bucket> {
        let home = self.bucket();
        let spread = usize::from(home.person && home.len >= 4);
        (home.len.saturating_sub(spread)..=home.len + spread).map(move |len| Bucket { len, ..home })
    }

    pub fn same(&self, other: &Key) -> bool {
        match (self, other) {
            (
                Key::Person {
                    surname: sa,
                    given: ga,
                },
                Key::Person {
                    surname: sb,
                    given: gb,
                },
            ) => {
                if !same_part(sa, sb, 1) {
                    return false;
                }
                match (ga, gb) {
                    (Some(x), Some(y)) => {
                        let initial = |f: &str, o: &str| f.len() == 1 && o.starts_with(f);
                        same_part(x, y, 2) || initial(x, y) || initial(y, x)
                    }
                    _ => true,
                }
            }
            (Key::Org(a), Key::Org(b)) => same_org_key(a, b),
            _ => false,
        }
    }
}

/// A particle that opens a surname in any case ("von", "De", and the Irish
/// "Ó", "O", "Mac", "Mc", "Ní", "Nic", "Uí").
fn is_surname_particle(w: &str) -> bool {
    // "Al Pratt": a capitalised "Al" opening a name is the given name (Alan,
    // Albert); only the lowercase "al" is the Arabic particle.
    if w == "Al" {
        return false;
    }
    // Lowercased on the stack: this runs for every person key.
    let lower = super::lexicon::Lower::new(w);
    let lw = lower.as_str();
    super::phrase::is_particle(lw)
        || matches!(lw, "o" | "ó" | "Ó" | "mac" | "mc" | "ní" | "nic" | "uí")
}

/// Edit distance between two folded (ASCII) name keys, without allocating.
#[cfg(test)]
pub fn edit_distance(a: &str, b: &str) -> usize {
    edit_distance_bytes(a.as_bytes(), b.as_bytes())
}

fn edit_distance_bytes(a: &[u8], b: &[u8]) -> usize {
    if a.len() > 63 || b.len() > 63 {
        return a.len().abs_diff(b.len()).max(usize::from(a != b));
    }
    // Distances stay below 64: a byte each keeps the rows small to clear.
    let mut prev = [0u8; 64];
    let mut cur = [0u8; 64];
    for (j, p) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *p = j as u8;
    }
    for i in 1..=a.len() {
        cur[0] = i as u8;
        for j in 1..=b.len() {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    usize::from(prev[b.len()])
}

/// Are two folded name parts spellings of the same name?
fn same_part(a: &str, b: &str, slack: usize) -> bool {
    if a == b {
        return true;
    }
    let len = a.len().min(b.len());
    len >= 5
        && a.as_bytes()[0] == b.as_bytes()[0]
        && a.len().abs_diff(b.len()) <= slack
        && within_edits(a, b, slack)
}

/// Whether `a` and `b` are at most `k` edits apart: [`edit_distance`]` <= k`,
/// computed only on the diagonal band `|i - j| <= k` (a cheaper path never
/// leaves it) and given up as soon as a whole row of the band exceeds `k`.
fn within_edits(a: &str, b: &str, k: usize) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() > 63 || b.len() > 63 || k > 62 {
        return edit_distance_bytes(a, b) <= k;
    }
    if a.len().abs_diff(b.len()) > k {
        return false;
    }
    // Over the bound: any value above `k` is as good as another.
    let over = k as u8 + 1;
    let mut prev = [over; 64];
    let mut cur = [over; 64];
    for (j, p) in prev.iter_mut().enumerate().take(b.len().min(k) + 1) {
        *p = j as u8;
    }
    for i in 1..=a.len() {
        let lo = i.saturating_sub(k).max(1);
        let hi = (i + k).min(b.len());
        cur[lo - 1] = if lo == 1 && i <= k { i as u8 } else { over };
        let mut row_min = cur[lo - 1];
        for j in lo..=hi {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let v = (prev[j] + 1)
                .min(cur[j - 1] + 1)
                .min(prev[j - 1] + cost)
                .min(over);
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if hi < b.len() {
            cur[hi + 1] = over;
        }
        if row_min > k as u8 {
            return false;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= k as u8
}

/// Name parts of a person's name, possessives removed.
pub fn parts(name: &str) -> Vec<&str> {
    name.split_whitespace()
        .map(|w| strip_possessive(w).0)
        .collect()
}

/// Could `a` and `b` be the same person? Same surname (up to spelling) and, when
/// both carry given names, compatible ones (same up to spelling, or an initial).
#[cfg(test)]
pub fn same_person(a: &str, b: &str) -> bool {
    Key::person(a).same(&Key::person(b))
}

/// Key under which organisation forms are merged: lowercase words without
/// articles and possessive markers ("the Kremlin" = "Kremlin").
pub fn org_key(name: &str) -> String {
    let mut out = Vec::with_capacity(name.len());
    for (i, w) in name
        .split_whitespace()
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .enumerate()
    {
        if i > 0 {
            out.push(b' ');
        }
        fold_into(strip_possessive(w).0, &mut out);
    }
    // ASCII letters, digits and spaces only.
    String::from_utf8(out).unwrap_or_default()
}

/// Same body? Equal keys, or one is the other with a national qualifier in
/// front ("U.S. State Department" / "State Department").
#[cfg(test)]
pub fn same_org(a: &str, b: &str) -> bool {
    same_org_key(&org_key(a), &org_key(b))
}

fn same_org_key(ka: &str, kb: &str) -> bool {
    if ka == kb {
        return true;
    }
    let (long, short) = if ka.len() > kb.len() {
        (&ka, &kb)
    } else {
        (&kb, &ka)
    };
    if short.contains(' ') || short.len() >= 6 {
        if let Some(prefix) = long.strip_suffix(short) {
            let prefix = prefix.trim();
            return !prefix.is_empty()
                && prefix.split(' ').count() == 1
                && super::lexicon::is_in(&super::lexicon::DEMONYMS, prefix);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_banded_edit_check_agrees_with_the_full_distance() {
        // Every pair of short strings over a small alphabet, every bound.
        let mut all = vec![String::new()];
        for _ in 0..5 {
            let next: Vec<String> = all
                .iter()
                .filter(|s| s.len() == all.last().map_or(0, String::len))
                .flat_map(|s| ["a", "b", "c"].map(|c| format!("{s}{c}")))
                .collect();
            all.extend(next);
        }
        for a in &all {
            for b in &all {
                for k in 0..4 {
                    assert_eq!(
                        within_edits(a, b, k),
                        edit_distance(a, b) <= k,
                        "{a} {b} {k}"
                    );
                }
            }
        }
        let long = "x".repeat(70);
        assert!(within_edits(&long, &long, 1));
    }

    #[test]
    fn a_surname_with_its_particle_is_the_full_name() {
        assert!(same_person("von Hallberg", "Greta von Hallberg"));
        assert!(same_person("de Santos", "Ana de Santos"));
        assert!(!same_person("Jan Hallberg", "Greta von Hallberg"));
    }

    #[test]
    fn transliteration_variants_are_one_person() {
        assert!(same_person("Volodymyr Zelenskiy", "Volodomyr Zelensky"));
        assert!(same_person("Dmitry Peskov", "Dmitri Peskov"));
        assert!(same_person("Peskov", "Dmitry Peskov"));
        assert!(same_person("J. Smith", "John Smith"));
        assert!(!same_person("John Smith", "Mary Smith"));
        assert!(!same_person("Sergei Ryabkov", "Sergei Shoigu"));
        assert!(same_person("Rashid al-Kaabi", "al-Kaabi"));
        assert!(same_person("Kaabi", "Rashid al-Kaabi"));
    }

    #[test]
    fn organisation_forms() {
        assert!(same_org("the Kremlin", "Kremlin"));
        assert!(same_org("U.S. State Department", "State Department"));
        assert!(!same_org("State Department", "Defense Department"));
    }
}
