//! When two written names are one person or one body: a general rule for
//! transliteration variants (Volodymyr / Volodomyr, Dmitry / Dmitri,
//! Zelenskiy / Zelensky), surnames standing alone, and organisation forms.

use super::text::strip_possessive;

/// Fold a name part to a transliteration-neutral key: lowercase ASCII, y/j/i
/// unified, kh/h, ph/f, w/v, ou/u, doubled letters collapsed.
pub fn fold(part: &str) -> String {
    let mut s = String::with_capacity(part.len());
    for c in part.chars() {
        let c = match c {
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
            s.push(match c {
                'y' | 'j' => 'i',
                'w' => 'v',
                c => c,
            });
        }
    }
    let s = s
        .replace("kh", "h")
        .replace("ph", "f")
        .replace("ou", "u")
        .replace("ck", "k");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Edit distance between two short strings (names), bounded work.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Are two folded name parts spellings of the same name?
fn same_part(a: &str, b: &str, slack: usize) -> bool {
    if a == b {
        return true;
    }
    let len = a.len().min(b.len());
    len >= 5 && edit_distance(a, b) <= slack
}

/// Name parts of a person's name, possessives removed.
pub fn parts(name: &str) -> Vec<&str> {
    name.split_whitespace()
        .map(|w| strip_possessive(w).0)
        .collect()
}

/// Could `a` and `b` be the same person? Same surname (up to spelling) and, when
/// both carry given names, compatible ones (same up to spelling, or an initial).
pub fn same_person(a: &str, b: &str) -> bool {
    let (pa, pb) = (parts(a), parts(b));
    let (Some(sa), Some(sb)) = (pa.last(), pb.last()) else {
        return false;
    };
    if !same_part(&fold(sa), &fold(sb), 1) {
        return false;
    }
    let (ga, gb) = (&pa[..pa.len() - 1], &pb[..pb.len() - 1]);
    match (ga.first(), gb.first()) {
        (Some(x), Some(y)) => {
            let (fx, fy) = (fold(x), fold(y));
            let initial = |f: &str, o: &str| f.len() == 1 && o.starts_with(f);
            same_part(&fx, &fy, 2) || initial(&fx, &fy) || initial(&fy, &fx)
        }
        _ => true,
    }
}

/// Key under which organisation forms are merged: lowercase words without
/// articles and possessive markers ("the Kremlin" = "Kremlin").
pub fn org_key(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .map(|w| fold(strip_possessive(w).0))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Same body? Equal keys, or one is the other with a national qualifier in
/// front ("U.S. State Department" / "State Department").
pub fn same_org(a: &str, b: &str) -> bool {
    let (ka, kb) = (org_key(a), org_key(b));
    if ka == kb {
        return true;
    }
    let (long, short) = if ka.len() > kb.len() {
        (&ka, &kb)
    } else {
        (&kb, &ka)
    };
    if short.contains(' ') || short.len() >= 6 {
        if let Some(prefix) = long.strip_suffix(short.as_str()) {
            let prefix = prefix.trim();
            return !prefix.is_empty()
                && prefix.split(' ').count() == 1
                && super::lexicon::is_in(super::lexicon::DEMONYMS, prefix);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_variants_are_one_person() {
        assert!(same_person("Volodymyr Zelenskiy", "Volodomyr Zelensky"));
        assert!(same_person("Dmitry Peskov", "Dmitri Peskov"));
        assert!(same_person("Peskov", "Dmitry Peskov"));
        assert!(same_person("J. Smith", "John Smith"));
        assert!(!same_person("John Smith", "Mary Smith"));
        assert!(!same_person("Sergei Ryabkov", "Sergei Shoigu"));
    }

    #[test]
    fn organisation_forms() {
        assert!(same_org("the Kremlin", "Kremlin"));
        assert!(same_org("U.S. State Department", "State Department"));
        assert!(!same_org("State Department", "Defense Department"));
    }
}
