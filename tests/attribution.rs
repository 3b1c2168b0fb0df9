//! The attribution engine end to end: scored against the gold for the built-in
//! articles (and a held-out set written independently), by the same rules as
//! the shared `score.py` — and, when that script is present, checked against it.

use quoth::attribution::score::{parse_gold, predictions, score, Predicted};
use quoth::corpus::Corpus;
use std::path::{Path, PathBuf};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

fn gold(rel: &str) -> Vec<quoth::attribution::score::GoldQuote> {
    let text = std::fs::read_to_string(fixture(rel)).expect("gold file");
    parse_gold(&text).expect("gold JSON lines")
}

#[test]
fn builtin_articles_score_at_least_095_end_to_end() {
    let corpus = Corpus::builtin();
    let s = score(&gold("quote-gold/seeds.jsonl"), &predictions(&corpus));
    println!("{}", s.summary());
    for m in &s.misses {
        println!("MISSED {m:?}");
    }
    for w in &s.wrong {
        println!("SPEAKER {w:?}");
    }
    assert!(
        s.e2e_f1 >= 0.95,
        "end-to-end F1 {:.3} < 0.95\n{}",
        s.e2e_f1,
        s.summary()
    );
}

/// Held-out articles written for this project in other house styles (AP,
/// Reuters, BBC, Guardian, dpa, press release, …), gold written before tuning.
#[test]
fn unseen_articles_score_at_least_085_end_to_end() {
    held_out("unseen", "quote-gold/unseen.jsonl");
}

/// A second held-out set, written after the first was in use.
#[test]
fn second_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen2", "quote-gold/unseen2.jsonl");
}

/// A third held-out set (first run 0.857 before the rules it prompted).
#[test]
fn third_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen3", "quote-gold/unseen3.jsonl");
}

/// A fourth, small held-out set (first run 0.818).
#[test]
fn fourth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen4", "quote-gold/unseen4.jsonl");
}

/// A fifth held-out set, gold written before the engine first ran on it:
/// Reuters business copy, AP sports, a science feature in the present tense
/// with a nested quotation, a British council story in single quotes.
/// First run 0.901 (gender-blind "she said", "he recalls", "and says" with no
/// earlier cue in the sentence).
#[test]
fn fifth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen5", "quote-gold/unseen5.jsonl");
}

/// A sixth held-out set, gold written first: a press release, a local fire
/// story, an interview Q&A, a magazine piece with a quotation continued over
/// paragraphs. First run 0.936 ("My wife Carla said" gave "My"; "it said"
/// after an unnamed lowercase body).
#[test]
fn sixth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen6", "quote-gold/unseen6.jsonl");
}

/// A seventh held-out set, gold written before the first run: AFP wire
/// diplomacy, an NPR web piece, a US court report, UK tabloid sport in curly
/// single quotes, tech business copy, a Commons committee story, an obituary,
/// a science press item. First run 0.910 (bodies named after a programme,
/// `?"` before its attribution, "one engineer", phrases between subject and
/// verb, "according to the paper").
#[test]
fn seventh_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen7", "quote-gold/unseen7.jsonl");
}

/// An eighth held-out set, gold written first: Reuters markets, AP politics
/// with party tags, BBC with partial quotes, Al Jazeera with al- surnames, a
/// Guardian feature, a local police story, US health, a football report.
/// First run 0.815 (name particles, names after long titles, "D-N.M." taken
/// as a name, "Saudi-led", a family speaking as "they").
#[test]
fn eighth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen8", "quote-gold/unseen8.jsonl");
}

/// A ninth held-out set, gold written first and run once the seventh and
/// eighth sets' rules were in: a Kyiv war report, Indian state politics, a
/// Washington House hearing, a tornado story, a central bank decision, a
/// Chinese foreign ministry briefing, an NBA post-game, an EU asylum story.
/// First run 0.888 (agencies taken for the person they quote, surname-first
/// names, "von" at a speaker's head, "testified").
#[test]
fn ninth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen9", "quote-gold/unseen9.jsonl");
}

/// Tenth blind set, written in the seeds' own field (security and diplomacy)
/// but other outlets and years: Moscow Times 2014, BBC 2008, AP 2022, TASS
/// 2021, Politico Europe 2023, Kyodo 2017, a Pentagon briefing, Meduza in
/// translation. First run 0.900 (unnamed sources replaced by a nearby name,
/// "Commenting on …" taken for a name, partial quotes after "calling").
#[test]
fn tenth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen10", "quote-gold/unseen10.jsonl");
}

/// Eleventh blind set, same field, eight more outlets and years (Reuters
/// 2018, Guardian 2015, DW 2022, Kyiv Post 2016, NYT 2017, UN News 2022, VOA
/// 2020, The Hill 2019). First run 0.873.
#[test]
fn eleventh_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen11", "quote-gold/unseen11.jsonl");
}

/// Twelfth blind set: stories as web-page text dumps, with navigation, related
/// and most-read headlines (quotes and "says" in them), newsletter boxes,
/// captions, pull quotes and footers. First run 0.825 (headline lists joined
/// into one paragraph by the hard-wrap rule).
#[test]
fn twelfth_unseen_set_of_page_dumps_scores_at_least_085_end_to_end() {
    held_out("unseen12", "quote-gold/unseen12.jsonl");
}

/// Thirteenth blind set, written while the 10th to 12th sets' rules were
/// being made: RFE/RL 2014 and Moscow Times 2021 page dumps, Interfax-Ukraine
/// 2019, Euronews 2020, France 24 2023, Yonhap 2018, Irish Times 2020, dpa
/// 2016. First run 0.897 (a role named before its holder, "Downing Street",
/// Irish names, "according to her").
#[test]
fn thirteenth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen13", "quote-gold/unseen13.jsonl");
}

/// Fourteenth blind set, the seeds' field in six page dumps and two wire
/// stories (Al Jazeera 2023, Kyiv Independent 2024, Reuters 2019, AFP 2015,
/// RFA 2020, BBC 2011, Japan Times 2022, ABC Australia 2021). First run 0.906.
#[test]
fn fourteenth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen14", "quote-gold/unseen14.jsonl");
}

/// Fifteenth blind set, news beyond security (a court ruling, bank results and
/// a regulator, an election night, a care-home outbreak, a climate summit, a
/// sports selection row, a copyright vote, a council sale). First run 0.872;
/// 0.981 after general rules for what it exposed (ages and indefinite
/// descriptions in apposition, coordinated cues, a bare quotation after a
/// paragraph about a known speaker, "the deputy mayor" is not the mayor).
#[test]
fn fifteenth_unseen_set_beyond_security_scores_at_least_085_end_to_end() {
    held_out("unseen15", "quote-gold/unseen15.jsonl");
}

fn held_out(dir: &str, gold_file: &str) {
    held_out_at_least(dir, gold_file, 0.85);
}

/// [`held_out`] with its own floor, for a set the engine does not yet read
/// to 0.85: the floor is its score when added, so it can only rise.
fn held_out_at_least(dir: &str, gold_file: &str, floor: f64) {
    let corpus = Corpus::load(&[fixture(dir)]).expect("unseen fixtures");
    let s = score(&gold(gold_file), &predictions(&corpus));
    println!("{}", s.summary());
    for m in &s.misses {
        println!("MISSED {m:?}");
    }
    for m in &s.spurious {
        println!("SPURIOUS {m:?}");
    }
    for w in &s.wrong {
        println!("SPEAKER {w:?}");
    }
    assert!(
        s.e2e_f1 >= floor,
        "end-to-end F1 {:.3} < {floor}\n{}",
        s.e2e_f1,
        s.summary()
    );
}

/// Where the reference scorer lives when the shared folder sits beside the checkout.
fn reference_scorer() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/quote-gold/score.py");
    let python = std::process::Command::new("python3")
        .arg("--version")
        .output()
        .is_ok();
    (p.exists() && python).then_some(p)
}

fn to_jsonl(preds: &[Predicted]) -> String {
    preds
        .iter()
        .map(|p| {
            serde_json::json!({"article": p.article, "text": p.text, "speaker": p.speaker})
                .to_string()
                + "\n"
        })
        .collect()
}

#[test]
fn rust_scorer_agrees_with_score_py() {
    let Some(script) = reference_scorer() else {
        println!("skipped: ../shared/quote-gold/score.py or python3 not available");
        return;
    };
    let corpus = Corpus::builtin();
    let mut preds = predictions(&corpus);
    // Perturb the predictions so the comparison also covers misses, spurious
    // rows and wrong speakers, not only a perfect run.
    preds.truncate(preds.len().saturating_sub(3));
    if let Some(p) = preds.get_mut(0) {
        p.speaker = Some("Somebody Else".into());
    }
    preds.push(Predicted {
        article: corpus.articles[0].file.clone(),
        text: "words nobody said at all".into(),
        speaker: None,
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let pred_path = dir.path().join("pred.jsonl");
    std::fs::write(&pred_path, to_jsonl(&preds)).expect("write predictions");
    let gold_path = fixture("quote-gold/seeds.jsonl");
    let out = std::process::Command::new("python3")
        .arg(&script)
        .arg(&gold_path)
        .arg(&pred_path)
        .output()
        .expect("run score.py");
    let py = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let rust = score(&gold("quote-gold/seeds.jsonl"), &preds).summary();
    assert_eq!(rust, py);
}

#[test]
fn speakers_are_listed_once_however_spelled() {
    let corpus = Corpus::builtin();
    let count = |needle: &str| {
        corpus
            .speakers
            .iter()
            .filter(|s| s.name.contains(needle) || s.aliases.iter().any(|a| a.contains(needle)))
            .count()
    };
    assert_eq!(count("Blinken"), 1);
    assert_eq!(count("Zelensk"), 1);
    // "foreign ministers" (one article) and "Group of Seven foreign ministers"
    // (another) are one speaker.
    let groups: Vec<&str> = corpus
        .speakers
        .iter()
        .filter(|s| s.name.to_lowercase().ends_with("foreign ministers"))
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(groups.len(), 1, "{groups:?}");
    let blinken = corpus
        .speakers
        .iter()
        .find(|s| s.name.contains("Blinken"))
        .unwrap();
    assert_eq!(blinken.name, "Antony Blinken");
    assert!(blinken.aliases.iter().any(|a| a == "Blinken"));
}

#[test]
fn statements_point_inside_their_marks() {
    let corpus = Corpus::builtin();
    for s in &corpus.statements {
        let text = &corpus.articles[s.article].text;
        assert_eq!(&text[s.range.clone()], s.text);
        let before = text[..s.range.start].chars().next_back().unwrap();
        assert!(
            matches!(before, '"' | '“' | '‘' | '\'' | '„' | '«'),
            "{:?} before {:?}",
            before,
            s.text
        );
        if let (Some(c), Some(r)) = (&s.cue, &s.cue_range) {
            assert_eq!(&text[r.clone()], c);
        }
        assert_eq!(
            corpus.articles[s.article].paragraph_at(s.range.start),
            Some(s.paragraph)
        );
    }
}

fn quoth(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_quoth"))
        .args(args)
        .output()
        .expect("run quoth")
}

fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

#[test]
fn quotes_json_has_the_documented_fields() {
    let out = quoth(&["quotes", "--json"]);
    assert!(out.status.success());
    let rows = json_lines(&out.stdout);
    assert!(rows.len() >= 70, "{} rows", rows.len());
    for r in &rows {
        for key in [
            "article",
            "text",
            "speaker",
            "speaker_kind",
            "role",
            "cue",
            "start",
            "end",
        ] {
            assert!(r.get(key).is_some(), "missing {key} in {r}");
        }
    }
    assert!(rows.iter().any(|r| r["speaker_kind"] == "organisation"));
}

#[test]
fn quotes_speaker_filter_matches_any_alias_case_insensitively() {
    let out = quoth(&["quotes", "--json", "--speaker", "peskov"]);
    assert!(out.status.success());
    let rows = json_lines(&out.stdout);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["speaker"] == "Dmitry Peskov"));
}

#[test]
fn speakers_json_lists_each_speaker_once() {
    let out = quoth(&["speakers", "--json"]);
    assert!(out.status.success());
    let rows = json_lines(&out.stdout);
    let names: Vec<&str> = rows.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(
        names.iter().filter(|n| n.contains("Blinken")).count(),
        1,
        "{names:?}"
    );
    let blinken = rows.iter().find(|r| r["name"] == "Antony Blinken").unwrap();
    assert!(blinken["statements"].as_u64().unwrap() >= 5);
    assert!(blinken["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a == "Blinken"));
    assert_eq!(blinken["kind"], "person");
}

/// The format fixtures (JSON, RSS, JSON lines, plain text) carry quotations in
/// straight marks with lowercase roles before the name ("said councillor X",
/// "head librarian X said"): each must come out with its named speaker.
#[test]
fn format_fixtures_attribute_lowercase_titled_speakers() {
    let corpus = Corpus::load(&[fixture("formats")]).expect("format fixtures");
    let said = |needle: &str| -> Option<String> {
        corpus
            .statements
            .iter()
            .find(|s| s.text.starts_with(needle))
            .and_then(|s| s.speaker)
            .map(|i| corpus.speakers[i].name.clone())
    };
    assert_eq!(said("We cannot sign").as_deref(), Some("Priya Natarajan"));
    assert_eq!(said("Students asked").as_deref(), Some("Ines Duarte"));
    assert_eq!(said("Passengers deserve").as_deref(), Some("Ada Okafor"));
    assert_eq!(said("We have never started").as_deref(), Some("Paul Verne"));
}

/// Sixteenth blind set, Russia and its neighbours in eight outlets (TASS 2018,
/// Ukrainska Pravda 2022, Novaya Gazeta Europe 2023, RFE/RL Belarus 2020,
/// Politico Europe 2019, Defense News 2017, Euractiv 2024, ERR News 2022).
/// First run 0.834; 0.952 after general rules for what it exposed ("him" in a
/// person's own clause, an envoy or diplomat for an ambassador, "Source:" and
/// "Quote:" page labels, a description with the name in apposition, labels
/// called a "designation", object relative clauses, "recommends", a party's
/// initials in brackets after a name).
#[test]
fn sixteenth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen16", "quote-gold/unseen16.jsonl");
}

/// Seventeenth blind set: a live-blog page dump, a feature in single quotes
/// with quotations run on over paragraphs, an analysis without byline, a
/// newsletter with dash-signed quotations, a brief with bold lead-ins, a
/// British strike story, two more page dumps. First run 0.772; 0.886 after
/// general rules for what it exposed (single-marked run-on quotations, "That
/// was X" / "So argues X", dash signatures, a bare quotation after a
/// paragraph about "she", findings and forecast verbs, names given).
#[test]
fn seventeenth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen17", "quote-gold/unseen17.jsonl");
}

/// Eighteenth blind set, Russia and Ukraine 2014-2023 from eight outlets, some
/// as page dumps (a Minsk ceasefire, the Crimea vote, a Moscow briefing digest,
/// mobilisation queues, a frontline report, sanctions, a Senate hearing, the
/// grain deal).
/// First run 0.862; 0.873 after general rules for what it exposed (a rank
/// alone as a role noun, a two-place dateline after a standfirst,
/// "the headquarters said").
#[test]
fn eighteenth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen18", "quote-gold/unseen18.jsonl");
}

/// Nineteenth blind set, world English-language outlets (Indian, Australian,
/// Canadian, Nigerian, Kenyan, Philippine, Pakistani and South African house
/// styles: initials-first names, honorifics, a court report, a communique, a
/// stock-exchange filing, page dumps). First run 0.837; 0.925 after general
/// rules for what it exposed ("the judge" for a Justice, "the Managing
/// Director", an unnamed victim who writes, a role subject after a bracketed
/// short name, "opined", a spokeswoman for a minister, "the filing said" for
/// whoever issued a filing).
#[test]
fn nineteenth_unseen_set_world_outlets_scores_at_least_085_end_to_end() {
    held_out("unseen19", "quote-gold/unseen19.jsonl");
}

/// Twentieth blind set: Ukrinform 2017, Xinhua 2022, a Times of Israel live
/// blog 2021, LRT 2023, Balkan Insight 2019, NZ Herald 2018, LA Times 2015 and
/// an Evening Standard trial report 2022. First run 0.911.
#[test]
fn twentieth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen20", "quote-gold/unseen20.jsonl");
}

/// Twenty-first blind set: Anadolu 2020, The Globe and Mail 2016, a CBS News
/// hearing 2019, NHK World 2021, Kathimerini 2015, The Daily Telegraph 2017,
/// PTI 2020 and a Mail & Guardian inquiry report 2019 (205 statements).
/// First run 0.958.
#[test]
fn twenty_first_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen21", "quote-gold/unseen21.jsonl");
}

/// Twenty-second blind set: Bangkok Post 2011, The Sydney Morning Herald 2019,
/// EFE 2014, Al-Monitor 2020, The Wall Street Journal 2009, The Athletic 2022,
/// Stars and Stripes 2013 and The Jakarta Post 2018 (110 statements).
/// First run 0.913.
#[test]
fn twenty_second_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen22", "quote-gold/unseen22.jsonl");
}

/// Twenty-third blind set: The Korea Herald 2013, RTÉ News 2016, Arab News 2019,
/// The Philadelphia Inquirer 2011, RNZ 2022, The East African 2017, a
/// Breakingviews-style column 2021 and the Taipei Times 2024 (143 statements).
/// First run 0.836 (the session-start engine scored 0.846 on it).
#[test]
fn twenty_third_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen23", "quote-gold/unseen23.jsonl");
}

/// Twenty-fourth blind set: Nikkei Asia 2019, `Channel NewsAsia` 2021, The Daily
/// Star (Bangladesh) 2019, Gulf News 2012, Haaretz 2010, the Toronto Star 2023,
/// The Scotsman 2015 and the Buenos Aires Times 2018 (147 statements).
/// First run 0.949.
#[test]
fn twenty_fourth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen24", "quote-gold/unseen24.jsonl");
}

/// Twenty-fifth blind set: PA Media 2021, The Canadian Press 2012, ANSA English
/// 2019, STAT News 2023, the Miami Herald 2010, Daily Maverick 2018, The
/// Namibian 2014 and Hong Kong Free Press 2018 (168 statements).
/// First run 0.886.
#[test]
fn twenty_fifth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen25", "quote-gold/unseen25.jsonl");
}

/// Twenty-sixth blind set, three articles only (its writer ran out of time):
/// The Boston Globe 2014, the Hindustan Times 2019 and Turkish Minute 2021
/// (56 statements). First run 0.937.
#[test]
fn twenty_sixth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen26", "quote-gold/unseen26.jsonl");
}

/// Twenty-seventh blind set: The Seattle Times 2014, The Star (Malaysia) 2019,
/// The Citizen (Tanzania) 2011, RFI English 2022, Ynet News 2016, the
/// Vancouver Sun 2009, Polskie Radio 2018 and the Sowetan 2023 (145
/// statements). First run 0.868.
#[test]
fn twenty_seventh_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen27", "quote-gold/unseen27.jsonl");
}

/// Twenty-eighth blind set, five articles: The Age 2014, Mexico News Daily
/// 2019, the Irish Examiner 2021, The Japan News 2016 and `VnExpress`
/// International 2023 (69 statements). First run 0.905.
#[test]
fn twenty_eighth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen28", "quote-gold/unseen28.jsonl");
}

/// Twenty-ninth blind set: The Straits Times 2013, Khaleej Times 2017, The
/// Jerusalem Post 2019, Premium Times 2015, the Winnipeg Free Press 2010, the
/// Irish Independent 2011, the Kathmandu Post 2018 and the Jamaica Gleaner
/// 2024 (153 statements). First run 0.833.
#[test]
fn twenty_ninth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen29", "quote-gold/unseen29.jsonl");
}

/// Thirtieth blind set: the Chicago Tribune 2011, Daily Sabah 2019, Ahram
/// Online 2016, The Standard (Kenya) 2013, the Otago Daily Times 2021, The
/// Brussels Times 2022, Korea `JoongAng` Daily 2015 and `MercoPress` 2012 (180
/// statements). First run 0.966.
#[test]
fn thirtieth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen30", "quote-gold/unseen30.jsonl");
}

/// Thirty-first blind set: the Houston Chronicle 2011, the Philippine Daily
/// Inquirer 2013, Euractiv 2019, the Daily Monitor (Uganda) 2016, The Local
/// (Sweden) 2014, The Tico Times 2022, The Express Tribune 2017 and the
/// Belfast Telegraph 2009 (160 statements). First run 0.950.
#[test]
fn thirty_first_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen31", "quote-gold/unseen31.jsonl");
}

/// Thirty-second blind set: The Denver Post 2019 (live blog), the Jamaica
/// Observer 2012, Bernama 2016, The National (UAE) 2021, Times of Malta 2014,
/// Addis Standard 2020, The Canberra Times 2023 and Stabroek News 2010 (125
/// statements). First run 0.915.
#[test]
fn thirty_second_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen32", "quote-gold/unseen32.jsonl");
}

/// Thirty-third blind set: the Star Tribune 2016, Gulf Times 2019, Dhaka
/// Tribune 2021, Cyprus Mail 2015, Vanguard 2014, Yle News 2023 (live blog),
/// the Montreal Gazette 2018 (Q&A) and The Fiji Times 2009 (131 statements).
/// First run 0.919.
#[test]
fn thirty_third_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen33", "quote-gold/unseen33.jsonl");
}

/// Thirty-fourth blind set: the Tampa Bay Times 2019 (live blog), Khmer Times
/// 2016, The Astana Times 2014, Business Day 2012, Hurriyet Daily News 2018,
/// `DutchNews.nl` 2022, New Vision 2010 and the Calgary Herald 2021 (162
/// statements). First run 0.891.
#[test]
fn thirty_fourth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen34", "quote-gold/unseen34.jsonl");
}

/// Thirty-fifth blind set: the Arab Times 2009 (a debate), Malay Mail 2016,
/// Deccan Herald 2013, Kuensel 2008 (Q&A), Civil.ge 2018 (live blog), Morocco
/// World News 2023, The Irish News 2005 and the Anchorage Daily News 2025 (159
/// statements). First run 0.930.
#[test]
fn thirty_fifth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen35", "quote-gold/unseen35.jsonl");
}

/// Thirty-sixth blind set: The Peninsula 2009, Phnom Penh Post 2013, The
/// Himalayan Times 2016 (obituary), Eurasianet 2019, Globes 2022, The New
/// Times 2011, The Herald 2005 (review) and the Ottawa Citizen 2024 (a
/// two-voice feature) (138 statements). First run 0.807.
#[test]
fn thirty_sixth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen36", "quote-gold/unseen36.jsonl");
}

/// Thirty-seventh blind set: The Jordan Times 2009, The Myanmar Times 2015,
/// Mint 2017 (explainer), `TOLOnews` 2014, Armenpress 2006, Graphic Online 2024,
/// The Baltic Times 2011 (live blog) and The Salt Lake Tribune 2020 (a
/// reaction roundup) (116 statements). First run 0.948.
#[test]
fn thirty_seventh_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen37", "quote-gold/unseen37.jsonl");
}

/// Thirty-eighth blind set: Asharq Al-Awsat 2017 (a diplomatic press
/// conference), Tehran Times 2011 (a debate sketch), The Island 2008 (a court
/// report), Antara 2019 (a study), Kazinform 2023 (earnings), Lusa 2005 (an
/// obituary), Prensa Latina 2014 and `BelTA` 2025 (130 statements). First run 0.892.
#[test]
fn thirty_eighth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen38", "quote-gold/unseen38.jsonl");
}

/// Thirty-ninth blind set: The Libya Observer 2019 (a live blog), Egypt
/// Independent 2012 (a trial), Sudan Tribune 2014, `ThisDay` 2016, Liberian
/// Observer 2017 (election night), Times of Zambia 2007 (a press conference),
/// Nyasa Times 2023 (a disaster briefing) and Mmegi 2025 (a reaction roundup)
/// (137 statements). First run 0.949.
#[test]
fn thirty_ninth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen39", "quote-gold/unseen39.jsonl");
}

/// Fortieth blind set: The Copenhagen Post 2005, Iceland Review 2010 (a Q&A),
/// Novinite 2012 (a debate sketch), Romania Insider 2016, Swissinfo 2023
/// (central-bank results), The Connexion 2024 (an explainer), Wales Online 2017
/// (an obituary) and The Arizona Republic 2009 (a family in several voices)
/// (152 statements). First run 0.954.
#[test]
fn fortieth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen40", "quote-gold/unseen40.jsonl");
}

/// Forty-first blind set: Saudi Gazette 2009 (a court report), The Daily Star
/// (Lebanon) 2006 (an obituary), Gulf Daily News 2013 (a press conference),
/// Oman Observer 2019 (earnings), Republica 2015 (a live blog), Daily Mirror
/// (Sri Lanka) 2022 (a Q&A), The Borneo Post 2011 and The Philippine Star 2024
/// (149 statements). First run 0.896.
#[test]
fn forty_first_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen41", "quote-gold/unseen41.jsonl");
}

/// Forty-second blind set: The Guardian (Nigeria) 2007 (election night), Daily
/// News (Tanzania) 2012 (an explainer), Lusaka Times 2016, The Chronicle
/// (Zimbabwe) 2019 (a crash briefing), Capital FM 2022 (a reaction roundup),
/// The Citizen (South Africa) 2011 (a debate sketch), Le Mauricien 2005 (a
/// family in several voices) and The Star (Kenya) 2025 (131 statements).
/// First run 0.908.
#[test]
fn forty_second_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen42", "quote-gold/unseen42.jsonl");
}

/// Forty-third blind set: The Portugal News 2008, Hungary Today 2019 (a
/// study), Radio Prague 2013 (a Q&A), The Slovak Spectator 2016 (a verdict),
/// Malta Independent 2021 (a live blog), Luxembourg Times 2024, Manchester
/// Evening News 2011 (a press conference) and The Oregonian 2017 (an
/// obituary) (126 statements). First run 0.815, the lowest since unseen17;
/// 0.877 once a club before a role noun, a person in a fronted "after …"
/// clause, a numbered order and "the center" of a body named with its seat
/// were read as English news prose reads them.
#[test]
fn forty_third_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen43", "quote-gold/unseen43.jsonl");
}

/// Forty-fourth blind set: Philippine News Agency 2009 (flood relief), Tasnim
/// 2016 (a ministry briefing), The Kabul Times 2007, Brisbane Times 2018 (a
/// court report), Stuff 2023 (a press conference), Islands Business 2012 (a
/// column), Samoa Observer 2021 (an obituary) and Post-Courier 2025 (a study)
/// (130 statements). First run 0.961.
#[test]
fn forty_fourth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen44", "quote-gold/unseen44.jsonl");
}

/// Forty-fifth blind set: The Rio Times 2013, Colombia Reports 2016 (a trial),
/// The Nassau Guardian 2019 (a live blog), Trinidad Express 2008 (an
/// obituary), Honolulu Star-Advertiser 2022 (a study), The Chronicle Herald
/// 2017 (a press conference), Edmonton Journal 2016 (a column) and Barbados
/// Today 2024 (150 statements). First run 0.947.
#[test]
fn forty_fifth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen45", "quote-gold/unseen45.jsonl");
}

/// Forty-sixth blind set: IOL 2009 (a court report), Daily Trust 2014 (a
/// study), New Era 2017 (an obituary), Sarajevo Times 2021, Total Croatia News
/// 2016 (a press conference), Greek Reporter 2024 (a live blog), Helsinki
/// Times 2011 and The Yorkshire Post 2006 (127 statements). First run 0.909.
#[test]
fn forty_sixth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen46", "quote-gold/unseen46.jsonl");
}

/// Forty-seventh blind set: Montsame 2009 (a study), Vientiane Times 2005, The
/// Korea Times 2019 (a court report), The Manila Times 2016 (a live blog), The
/// Nation 2022 (a press conference), Eleven Myanmar 2015, Asia-Plus 2011 (a
/// Q&A) and Trend 2025 (a diplomatic briefing) (116 statements). First run
/// 0.983.
#[test]
fn forty_seventh_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen47", "quote-gold/unseen47.jsonl");
}

/// Forty-eighth blind set: Prishtina Insight 2010 (a trial), Total Slovenia
/// News 2019 (a study), `MaltaToday` 2007 (a debate sketch), `TheJournal.ie` 2016,
/// LSM 2014 (a live blog), TVP World 2023 (a press conference), NL Times 2018
/// (a company announcement) and The Press and Journal 2025 (a cup final)
/// (161 statements). First run 0.909.
#[test]
fn forty_eighth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen48", "quote-gold/unseen48.jsonl");
}

/// Forty-ninth blind set: Cayman Compass 2014, Amandala 2009 (a trial), The Des
/// Moines Register 2019 (a study), Idaho Statesman 2023 (a press conference),
/// The Reporter 2017 (a Q&A), Awoko 2005 (an obituary), Solomon Star 2021 and
/// Cook Islands News 2025 (a live blog) (140 statements). First run 0.964.
#[test]
fn forty_ninth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen49", "quote-gold/unseen49.jsonl");
}

/// Fiftieth blind set: Times of Oman 2019 (a study), Kuwait Times 2012 (a
/// trial), Georgia Today 2016 (a diplomatic press conference), News.am 2021 (a
/// live blog), Gibraltar Chronicle 2010 (a debate sketch), Jersey Evening Post
/// 2007 (an obituary), Isle of Man Today 2023 (a press conference) and Penguin
/// News 2025 (vox pops) (161 statements). First run 0.940.
#[test]
fn fiftieth_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen50", "quote-gold/unseen50.jsonl");
}

/// Fifty-first blind set: Fiji Sun 2012 (a press conference), Vanuatu Daily
/// Post 2016, Matangi Tonga 2008 (an obituary), Pacific Daily News 2023 (a live
/// blog), Saipan Tribune 2010 (a sentencing), Juneau Empire 2006 (a council
/// meeting), Yukon News 2014 (a Q&A) and Nunatsiaq News 2019 (a study)
/// (121 statements). First run 0.905.
#[test]
fn fifty_first_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen51", "quote-gold/unseen51.jsonl");
}

/// Fifty-second blind set: Zambia Daily Mail 2012 (a trial), Guyana Chronicle
/// 2017 (a council meeting), The Jamaica Star 2009 (an obituary), Iceland
/// Monitor 2014 (a Q&A), The Bhutanese 2023, New Age 2021 (a study),
/// L'Orient Today 2024 (a live blog) and Ghanaian Times 2016 (a press
/// conference) (142 statements). First run 0.947.
#[test]
fn fifty_second_unseen_set_scores_at_least_085_end_to_end() {
    held_out("unseen52", "quote-gold/unseen52.jsonl");
}
