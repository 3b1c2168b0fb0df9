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
/// keys. A key the user binds wins over a default binding of the same key;
/// returns the bindings and warnings: unknown actions, bad default key names,
/// a key the user bound to two actions (the earlier action keeps it), and a
/// default action left without any key because the user took its keys.
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
    // The user's keys first, in the reader's order of actions.
    let mut owner: BTreeMap<KeySpec, String> = BTreeMap::new();
    let mut chosen: BTreeMap<&str, Vec<KeySpec>> = BTreeMap::new();
    for d in defaults {
        let Some(list) = overrides.get(d.action) else {
            continue;
        };
        let mut kept = Vec::new();
        for &k in list.keys() {
            match owner.get(&k) {
                Some(first) if first != d.action => warnings.push(format!(
                    "key \"{k}\" is bound to both {first} and {}; {first} keeps it",
                    d.action
                )),
                Some(_) => {}
                None => {
                    owner.insert(k, d.action.to_string());
                    kept.push(k);
                }
            }
        }
        chosen.insert(d.action, kept);
    }
    let user_keys = owner.clone();
    let mut out = Vec::with_capacity(defaults.len());
    for d in defaults {
        if let Some(keys) = chosen.remove(d.action) {
            out.push(Binding {
                action: d.action.to_string(),
                keys,
            });
            continue;
        }
        let mut kept = Vec::new();
        let mut taken = Vec::new();
        for k in d.keys {
            let k = match parse_key(k) {
                Ok(k) => k,
                Err(e) => {
                    warnings.push(format!("default binding of {}: {e}", d.action));
                    continue;
                }
            };
            if let Some(user) = user_keys.get(&k) {
                taken.push(format!("\"{k}\" is now {user}"));
            } else if let Some(first) = owner.get(&k) {
                warnings.push(format!(
                    "key \"{k}\" is bound to both {first} and {}; {first} keeps it",
                    d.action
                ));
            } else {
                owner.insert(k, d.action.to_string());
                kept.push(k);
            }
        }
        if kept.is_empty() && !taken.is_empty() {
            warnings.push(format!(
                "{} has no key left ({}); bind it in [keys]",
                d.action,
                taken.join(", ")
            ));
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
        o.insert(
            "search".to_string(),
            KeyList::Many(vec![parse_key("n").unwrap(), parse_key("/").unwrap()]),
        );
        let (b, w) = resolve(&DEFAULTS, &o);
        // The user's "q" beats quit's default "q"; quit keeps ctrl-c.
        assert_eq!(keys(&b, "next"), ["q"]);
        assert_eq!(keys(&b, "quit"), ["ctrl-c"]);
        // Two user bindings of "n": the earlier action in the reader's order keeps it.
        assert_eq!(keys(&b, "search"), ["n", "/"]);
        assert_eq!(
            w,
            [
                "keys.fly: no such action",
                "key \"n\" is bound to both search and next; search keeps it"
            ]
        );
    }

    #[test]
    fn an_action_robbed_of_all_its_keys_is_reported() {
        let mut o = BTreeMap::new();
        o.insert("next".to_string(), KeyList::One(parse_key("/").unwrap()));
        let (b, w) = resolve(&DEFAULTS, &o);
        assert!(keys(&b, "search").is_empty());
        assert_eq!(
            w,
            ["search has no key left (\"/\" is now next); bind it in [keys]"]
        );
    }
}
