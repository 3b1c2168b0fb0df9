//! Resolving key bindings: the reader's defaults overlaid with the config
//! file's `[keys]`, with unknown actions and keys bound twice reported. The
//! TUI calls this once per key layer (keys may repeat across layers).

use super::{parse_key, BindingDoc, KeyList, KeySpec};
use std::collections::BTreeMap;

/// One action's keys after the config is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub action: String,
    pub keys: Vec<KeySpec>,
}

/// Defaults (in the reader's order) with `overrides` replacing an action's
/// keys. Returns the bindings and warnings: unknown actions, bad default key
/// names, and a key bound to two actions (the earlier action keeps it).
pub fn resolve(
    defaults: &[BindingDoc<'_>],
    overrides: &BTreeMap<String, KeyList>,
) -> (Vec<Binding>, Vec<String>) {
    let mut warnings = Vec::new();
    for action in overrides.keys() {
        if !defaults.iter().any(|d| d.action == action) {
            warnings.push(format!("keys.{action}: no such action"));
        }
    }
    let mut owner: BTreeMap<KeySpec, String> = BTreeMap::new();
    let mut out = Vec::with_capacity(defaults.len());
    for d in defaults {
        let keys: Vec<KeySpec> = match overrides.get(d.action) {
            Some(list) => list.keys().to_vec(),
            None => d
                .keys
                .iter()
                .filter_map(|k| {
                    parse_key(k)
                        .map_err(|e| warnings.push(format!("default binding of {}: {e}", d.action)))
                        .ok()
                })
                .collect(),
        };
        let mut kept = Vec::new();
        for k in keys {
            if let Some(first) = owner.get(&k) {
                warnings.push(format!(
                    "key \"{k}\" is bound to both {first} and {}; {first} keeps it",
                    d.action
                ));
            } else {
                owner.insert(k, d.action.to_string());
                kept.push(k);
            }
        }
        out.push(Binding {
            action: d.action.to_string(),
            keys: kept,
        });
    }
    (out, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULTS: [BindingDoc<'static>; 3] = [
        BindingDoc {
            action: "quit",
            keys: &["q", "ctrl-c"],
            description: "Quit",
        },
        BindingDoc {
            action: "search",
            keys: &["/"],
            description: "Search",
        },
        BindingDoc {
            action: "next",
            keys: &["j", "down"],
            description: "Next",
        },
    ];

    fn keys(b: &[Binding], action: &str) -> Vec<String> {
        b.iter()
            .find(|x| x.action == action)
            .unwrap()
            .keys
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn overrides_replace_defaults() {
        let mut o = BTreeMap::new();
        o.insert(
            "search".to_string(),
            KeyList::One(parse_key("ctrl-f").unwrap()),
        );
        let (b, w) = resolve(&DEFAULTS, &o);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(keys(&b, "search"), ["ctrl-f"]);
        assert_eq!(keys(&b, "quit"), ["q", "ctrl-c"]);
    }

    #[test]
    fn conflicts_and_unknown_actions_reported() {
        let mut o = BTreeMap::new();
        o.insert(
            "next".to_string(),
            KeyList::Many(vec![parse_key("q").unwrap(), parse_key("n").unwrap()]),
        );
        o.insert("fly".to_string(), KeyList::One(parse_key("x").unwrap()));
        let (b, w) = resolve(&DEFAULTS, &o);
        assert_eq!(keys(&b, "next"), ["n"]);
        assert_eq!(
            w,
            [
                "keys.fly: no such action",
                "key \"q\" is bound to both quit and next; quit keeps it"
            ]
        );
    }
}
