//! General English word lists the engine reasons with: titles, role and body
//! nouns, organisation head nouns, places and demonyms. No particular person is
//! listed here — names are recognised by shape and position, never looked up.

use std::sync::OnceLock;
/// Capitalised words that precede a name as a title or form part of one
/// ("Deputy Foreign Minister", "Secretary of State"): never part of the name itself.
#[rustfmt::skip]
pub static TITLE_WORDS: WordList = WordList::new(&[
    "striker", "goalkeeper", "midfielder", "defender", "coach", "manager", "captain", "actor",
    "actress", "singer", "author", "writer", "novelist", "economist", "analyst", "researcher",
    "scientist", "lawyer", "businessman", "businesswoman", "entrepreneur", "activist", "nurse",
    "legislator",
    "doctor", "surgeon", "teacher", "student", "farmer", "pastor", "priest", "officer", "agent",
    "detective", "inspector", "constable", "superintendent", "chairperson", "trustee", "mp", "mep",
    "boss", "chief", "secretary-general",
    "acting", "adm", "adm.", "admiral", "affairs", "air", "ambassador", "archbishop", "army",
    "attorney", "bishop", "brig", "brigadier", "capt", "capt.", "captain", "cardinal", "ceo",
    "chair", "chairman", "chairwoman", "chancellor", "chief", "chiefs", "col", "col.",
    "colonel", "commander", "commissioner", "congressman", "congresswoman", "councillor",
    "councilman", "dame", "defence", "defense", "deputy", "director", "dr", "dr.", "economy",
    // "Eng. Sami Roe": the engineer's style used as a title before a name.
    "eng", "eng.",
    "emir", "envoy", "finance", "first", "foreign", "former", "gen", "gen.", "general", "gov",
    "gov.", "governor", "head", "health", "imam", "interior", "joint", "judge", "justice",
    "king", "lady", "leader", "lieutenant", "lord", "lt", "lt.", "maj", "maj.", "major",
    "mayor", "minister", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "national", "navy",
    "patriarch", "pope", "premier", "president", "president-elect", "press", "prime", "prince",
    "princess", "prof", "prof.", "professor", "queen", "rabbi", "rep", "rep.", "representative",
    "secretary", "secretary-general", "security", "sen", "sen.", "senator", "senior",
    "sergeant", "sgt", "sgt.", "class", "private", "pfc", "pfc.", "spc", "spc.", "cpl", "cpl.",
    "sheikh", "sir", "special", "speaker", "spokesman",
    "spokesperson", "spokeswoman", "staff", "state", "sultan", "supreme", "vice", "trade",
    "energy", "education", "transport", "culture", "agriculture",
    "prosecutor", "co-author", "co-founder", "founder", "lawmaker", "historian", "engineer",
    "journalist", "editor", "skipper", "referee",
    "administrator", "commodore", "marshal", "corporal", "trooper", "sheriff", "magistrate",
    "treasurer", "comptroller", "auditor", "consul", "rev", "rev.", "reverend", "chaplain",
    "ombudsman", "registrar", "assemblyman", "assemblywoman", "councilwoman", "alderman",
    "alderwoman", "cmdr", "cmdr.", "vice-president", "vice-chancellor", "governor-general",
    "attorney-general", "solicitor-general", "taoiseach", "tánaiste", "tanaiste",
    "assistant", "associate", "under-secretary", "undersecretary", "permanent",
    // "the Managing Director", "Executive Director Jo Roe".
    "managing", "executive",
    // A plural title before names joined by "and": "Councilmen Jo Roe and Al Poe".
    "councilmen", "councilwomen", "congressmen", "assemblymen", "aldermen", "senators",
    "sens.", "reps.",
    // Malaysian and Malay honorifics: "Datuk Hamzah Ismail", "Tunku Aziz".
    "datuk", "dato", "dato'", "datin", "tunku", "tengku", "haji", "hajah", "puan", "encik",
    // Courtesy and council styles: "Madam Goh", "Mdm Tan", "Coun. Jo Roe", "Cllr Roe",
    // "Hon. Jo Roe".
    "madam", "madame", "mdm", "mdm.", "coun", "coun.", "cllr", "cllr.", "councilor", "hon",
    "hon.", "honourable", "honorable",
    // Police and service ranks abbreviated: "Det. Supt. Jo Roe", "Pte Al Poe".
    "supt", "supt.", "insp", "insp.", "det", "det.", "pte", "pte.", "atty", "atty.", "asst",
    "asst.", "amb", "amb.", "cdr", "cdr.", "lieut", "lieut.",
    // Commonwealth police ranks by their initials: "district police chief
    // ACP Jo Roe" (assistant commissioner), "DSP Al Poe" (deputy superintendent).
    "acp", "dcp", "scp", "sac", "dsp", "asp", "ssp",
    // Lawyers by their court style: "Senior State Counsel Ana Perera",
    // "Solicitor Jo Roe", "Advocate Al Poe".
    "counsel", "solicitor", "barrister", "advocate",
]);

/// Lowercase head nouns naming a person by role ("the spokesman", "the army chief").
#[rustfmt::skip]
pub static ROLE_NOUNS: WordList = WordList::new(&[
    "striker", "goalkeeper", "midfielder", "defender", "coach", "manager", "captain", "actor",
    "actress", "singer", "author", "writer", "novelist", "economist", "analyst", "researcher",
    "scientist", "lawyer", "businessman", "businesswoman", "entrepreneur", "activist", "nurse",
    "doctor", "surgeon", "teacher", "student", "farmer", "pastor", "priest", "officer", "agent",
    "detective", "inspector", "constable", "superintendent", "chairperson", "trustee", "mp", "mep",
    "boss", "chief", "secretary-general",
    "adviser", "advisor", "aide", "ambassador", "analyst", "attorney", "ceo", "chair",
    "chairman", "chairwoman", "chancellor", "chief", "commander", "commissioner",
    "correspondent", "counterpart", "deputy", "diplomat", "director", "economist", "envoy",
    "executive", "expert", "founder", "general", "governor", "head", "judge", "lawmaker",
    "lawyer", "leader", "legislator", "manager", "mayor", "minister", "negotiator", "officer",
    "official", "premier", "president", "prosecutor", "representative", "researcher",
    "secretary", "senator", "source", "speaker", "spokesman", "spokesperson", "spokeswoman",
    "witness", "professor", "activist", "resident", "doctor", "scientist", "coach", "owner",
    "editor", "prime", "king", "queen",
    // People named by their relation to someone ("my wife Carla", "her colleague Dan Ibe").
    "wife", "husband", "partner", "daughter", "son", "mother", "father", "brother", "sister",
    "sibling",
    "colleague", "teammate", "classmate", "roommate", "housemate", "flatmate", "friend", "neighbour", "neighbor", "chef", "mentor", "critic",
    "councillor", "councilor", "councilman", "councilwoman", "alderman", "librarian", "principal",
    "headteacher", "athlete", "player", "runner", "champion", "organiser", "organizer",
    "campaigner", "volunteer", "developer", "engineer", "physicist", "chemist", "biologist",
    "astronomer", "astrophysicist", "historian", "architect", "designer", "pilot", "sheriff",
    "firefighter", "paramedic", "consultant", "strategist", "pollster", "investor", "trader",
    "member", "delegate", "broker", "dealer", "banker", "under-secretary", "undersecretary",
    "worker", "employee", "staffer", "protester", "demonstrator", "parent", "driver",
    "passenger", "shopper", "customer", "supporter", "voter", "survivor", "shopkeeper",
    "tenant", "landlord", "patient", "villager", "bystander", "skipper", "referee",
    "woman", "man", "reporter", "journalist", "taoiseach", "tánaiste", "tanaiste",
    // "a senior party figure", "an opposition figure".
    "figure",
    "interpreter", "translator", "servant",
    // Parties to a case, as court reports name them ("the defendant told police").
    "defendant", "plaintiff", "claimant", "complainant", "appellant", "petitioner", "suspect",
    "juror",
    // Military ranks standing alone ("the colonel said").
    "colonel", "lieutenant", "sergeant", "admiral", "brigadier", "corporal", "commodore",
    // "One victim, a retired widower, wrote".
    "victim", "widow", "widower",
    // More people by trade, age or tie, as the press describes them.
    "politician", "scout", "fan", "soldier", "veteran", "lecturer", "clerk", "technician",
    "pharmacist", "mechanic", "fisherman", "miner", "imam", "rabbi", "bishop", "cleric",
    "pensioner", "retiree", "graduate", "teenager", "mourner", "relative", "uncle", "aunt",
    "grandmother", "grandfather", "cousin", "nephew", "niece", "homeowner", "commuter",
    "motorist", "cyclist", "vendor", "merchant", "trainer", "umpire", "medic", "sailor",
    "cadet", "trooper", "midwife", "dentist", "vet", "accountant", "plumber",
    "programmer", "coder", "photographer", "freelancer", "baker", "butcher",
    "carpenter", "electrician", "waiter", "waitress", "cashier", "courier", "janitor",
    // Scientists who brief the press on weather, quakes and outbreaks.
    "meteorologist", "climatologist", "seismologist", "hydrologist", "geologist",
    "volcanologist", "epidemiologist", "virologist",
    // People at a pool, a park or a trail ("another swimmer, who did not wish
    // to be named, said").
    "swimmer", "jogger", "hiker", "walker", "angler", "surfer", "skier", "climber",
    // "the State Counsel rose to object", "the barrister said".
    "counsel", "solicitor", "barrister", "advocate",
    // Artists and craftsmen, as features and obituaries call them ("the
    // composer, 58, said").
    "composer", "musician", "pianist", "violinist", "guitarist", "drummer", "conductor",
    "painter", "sculptor", "poet", "playwright", "filmmaker", "dancer", "craftsman",
    "artisan",
]);

/// Lowercase head nouns naming a body ("the ministry", "the U.S. mission to the OSCE").
#[rustfmt::skip]
pub static BODY_NOUNS: WordList = WordList::new(&[
    "administration", "agency", "alliance", "army", "authorities", "bloc", "board", "cabinet",
    "campaign", "command", "commission", "committee", "company", "council", "court",
    "delegation", "department", "embassy", "firm", "government", "group", "military",
    "ministry", "mission", "office", "parliament", "party", "police", "presidency", "regulator",
    "secretariat", "service", "team", "union", "navy", "club", "coalition", "consulate",
    "organisation", "organization", "charity", "trust", "foundation", "institute", "association",
    "federation", "network", "body", "watchdog", "bank", "assembly", "senate", "congress",
    "authority", "corporation", "utility", "university", "hospital", "prefecture", "unit",
    "society", "cartel", "municipality",
    // "the army general staff": the body of officers that runs an army.
    "staff",
    // "the municipal water operator", "the grid operator": a utility.
    "operator",
    // "the bench observed": the judges hearing a case, for their court.
    "bench",
    // "the exchange said": a stock or commodity exchange, never "the company".
    "exchange",
    // "the headquarters said in a statement".
    "headquarters",
    // "the Kestrel Heritage Center in Dunmore … the center said": a centre,
    // museum or academy named by its kind speaks as the body it heads.
    "center", "centre", "museum",
    // "a case the prosecution called …": the prosecuting side of a trial.
    "prosecution",
]);

/// Nouns for things that speak on someone's behalf ("the statement said").
#[rustfmt::skip]
pub static DOC_NOUNS: WordList = WordList::new(&[
    "complaint", "lawsuit", "indictment", "ruling", "judgment", "verdict", "motion", "petition",
    "study", "survey", "email", "filing", "order", "bulletin", "advisory", "notice",
    "announcement", "communique", "communiqué", "declaration", "document", "letter", "memo",
    "read-out", "readout", "release", "report", "statement", "transcript", "tweet", "post",
    "decree", "note", "resolution", "website", "filing",
    "paper", "papers", "filings", "records", "documents", "emails", "memos", "letters", "message",
    "messages", "audit", "review",
]);

/// Capitalised head nouns that make a name an organisation.
#[rustfmt::skip]
pub static ORG_HEADS: WordList = WordList::new(&[
    "hall", "headquarters",
    // A street that stands for the office on it ("Downing Street said").
    "street",
    "college", "school", "hospital", "museum", "church", "clinic", "trust", "charity",
    "society", "council", "exchange", "airlines", "airways", "motors", "systems", "labs",
    "robotics", "technologies", "holdings", "partners", "capital", "media", "group", "bbc",
    "academy", "administration", "agency", "alliance", "army", "assembly", "association",
    "authority", "bank", "board", "bureau", "cabinet", "center", "centre", "chamber", "club",
    "coalition", "command", "commission", "committee", "company", "congress", "corp", "corp.",
    "corporation", "council", "court", "department", "directorate", "duma", "embassy",
    "federation", "force", "forces", "foundation", "front", "fund", "government", "group",
    "guard", "house", "inc", "inc.", "institute", "league", "ltd", "ltd.", "ministry",
    "mission", "movement", "navy", "network", "office", "organisation", "organization",
    "palace", "parliament", "party", "police", "presidency", "rada", "secretariat", "senate",
    "service", "services", "tribunal", "union", "university", "nations", "times", "post", "journal", "news",
    "prefecture", "unit", "municipality",
    // A part of a department ("Tree Management Section", "Fraud Division").
    "section", "division",
    // Words that close a company's name ("Rystad Energy", "Drewry Maritime").
    "terminals", "logistics", "shipping", "maritime", "energy", "industries", "resources",
    "pharmaceuticals", "foods", "mining", "mines", "minerals", "metals", "insurance", "securities", "investments", "ventures",
    "solutions", "telecom", "petroleum", "chemicals", "properties", "entertainment", "studios",
    "brands", "consulting", "analytics", "associates", "economics", "plc", "llc", "gmbh",
    // Closing words of advocacy bodies and newspapers ("Amnesty International",
    // "Human Rights Watch", "Chicago Tribune"): never a person's surname.
    "international", "watch", "observatory", "tribune", "gazette", "herald", "chronicle",
    "telegraph", "inquirer",
    // Rail operators named by what they run ("Northern Railway", "Union
    // Pacific Railroad"), which the text then calls "the company".
    "railway", "railways", "railroad",
]);

/// Capitalised head nouns of things that are neither people nor bodies
/// (agreements, events, geography): such sequences are not entities.
#[rustfmt::skip]
pub static THING_HEADS: WordList = WordList::new(&[
    "accord", "accords", "act", "agreement", "agreements", "airport", "award", "bill", "bridge",
    "conference", "convention", "crisis", "cup", "day", "document", "exercise", "exercises",
    "format", "forum", "games", "initiative", "law", "mountains", "ocean", "operation", "pact",
    "peninsula", "plan", "prize", "protocol", "region", "river", "sea", "square", "station",
    "summit", "treaty", "war", "week", "year", "program", "programme", "project",
    "strategy", "doctrine", "coast", "bay", "lake", "island", "islands", "valley", "oblast",
    // Geography: "Remic Rapids", "Niagara Falls", "Khumbu Icefall".
    "rapids", "falls", "creek", "canyon", "glacier", "icefall", "gorge", "springs", "harbour",
    "harbor", "beach", "dam", "reservoir", "cove", "fjord", "strait", "straits", "desert",
    "forest", "delta", "lagoon", "waterfall", "volcano",
    // "Government Buildings", "Parliament Buildings": where something was said.
    "buildings",
    // Venues: "Canad Inns Stadium", "Rod Laver Arena".
    "stadium", "arena",
]);

/// Words that are never part of a name even when capitalised (sentence starts,
/// days, months, common capitalised words).
#[rustfmt::skip]
pub static NOT_NAME: WordList = WordList::new(&[
    "a", "an", "and", "april", "as", "at", "august", "but", "by", "december", "during",
    "earlier", "february", "for", "friday", "from", "he", "her", "his", "i", "if", "in", "it",
    "its", "january", "july", "june", "later", "march", "may", "meanwhile", "monday",
    "november", "of", "october", "on", "our", "saturday", "september", "she", "sunday", "that",
    "the", "their", "they", "this", "thursday", "to", "tuesday", "we", "wednesday", "when",
    "while", "with", "after", "before", "since", "some", "many", "both", "separately",
    "however", "yet", "according", "although", "though", "also", "then", "there", "these",
    "those", "what", "who", "why", "how", "where", "last", "next", "despite", "amid", "under",
    "over", "about", "not", "no", "one", "two", "three", "speaking", "asked", "mr", "western",
    "eastern", "northern", "southern", "european", "west", "east", "north", "south", "world",
    "war", "cold", "covid-19", "internet", "twitter", "facebook", "telegram", "instagram",
    "youtube", "christmas", "easter", "ramadan",
    // Prepositions, conjunctions and adverbs that open sentences capitalised
    // ("Near Debaltseve, soldiers said"; "Inside the hall, …").
    "near", "outside", "inside", "across", "along", "around", "behind", "beyond", "within",
    "throughout", "toward", "towards", "against", "between", "among", "amongst", "into",
    "through", "until", "unless", "because", "whether", "instead", "nor", "or", "so",
    "every", "each", "any", "such", "several", "only", "just", "now", "today", "yesterday",
    "tomorrow", "here", "thus", "indeed", "nevertheless", "nonetheless", "moreover",
    "furthermore", "besides", "otherwise", "elsewhere", "overnight", "early", "late",
]);

/// Demonyms and national adjectives (modifiers, never names).
#[rustfmt::skip]
pub static DEMONYMS: WordList = WordList::new(&[
    "afghan", "african", "albanian", "algerian", "american", "arab", "argentine", "armenian",
    "australian", "austrian", "azerbaijani", "belarusian", "belgian", "brazilian", "british",
    "bulgarian", "canadian", "chinese", "colombian", "croatian", "cuban", "czech", "danish",
    "dutch", "egyptian", "emirati", "english", "estonian", "ethiopian", "eu", "european",
    "finnish", "french", "georgian", "german", "greek", "hungarian", "indian", "indonesian",
    "iranian", "iraqi", "irish", "israeli", "italian", "japanese", "jordanian", "kazakh",
    "kenyan", "korean", "kurdish", "latvian", "lebanese", "libyan", "lithuanian", "malaysian",
    "mexican", "moldovan", "moroccan", "nigerian", "norwegian", "pakistani", "palestinian",
    "polish", "portuguese", "qatari", "romanian", "russian", "saudi", "scottish", "serbian",
    "slovak", "slovenian", "somali", "south", "spanish", "sudanese", "swedish", "swiss",
    "syrian", "taiwanese", "thai", "tunisian", "turkish", "u.k.", "u.n.", "u.s.", "uk",
    "ukrainian", "un", "us", "venezuelan", "vietnamese", "welsh", "yemeni", "north", "western",
    "eastern", "nato", "allied", "federal", "soviet", "israeli", "gulf", "asian", "latin",
]);

/// Nouns for a person of a country, which sports and foreign news use as a
/// role for someone already named ("said the Spaniard"). Short ones such as
/// "Dane", "Pole" or "Finn" are also names, so are left out.
#[rustfmt::skip]
pub static DEMONYM_NOUNS: WordList = WordList::new(&[
    "spaniard", "briton", "frenchman", "frenchwoman", "englishman", "englishwoman", "irishman",
    "irishwoman", "scotsman", "scotswoman", "welshman", "welshwoman", "dutchman", "dutchwoman",
    "swede", "icelander", "filipino", "filipina", "argentinian", "zealander", "luxembourger",
]);

/// Countries, capitals, large cities and well-known regions: a general gazetteer.
#[rustfmt::skip]
pub static PLACES: WordList = WordList::new(&[
    "afghanistan", "africa", "albania", "algeria", "amsterdam", "ankara", "argentina",
    "armenia", "asia", "athens", "australia", "austria", "azerbaijan", "baghdad", "baku",
    "baltic", "bangladesh", "beijing", "beirut", "belarus", "belgium", "belgrade", "berlin",
    "bern", "bolivia", "bosnia", "brazil", "brussels", "bucharest", "budapest", "bulgaria",
    "cairo", "california", "canada", "caucasus", "chechnya", "chile", "china", "colombia",
    "copenhagen", "crimea", "croatia", "cuba", "cyprus", "czechia", "damascus", "delhi",
    "denmark", "doha", "dubai", "dublin", "egypt", "england", "estonia", "ethiopia", "europe",
    "finland", "france", "gaza", "geneva", "georgia", "germany", "greece", "hague", "havana",
    "helsinki", "hong", "hungary", "india", "indonesia", "iran", "iraq", "ireland", "islamabad",
    "israel", "istanbul", "italy", "japan", "jerusalem", "jordan", "kabul", "kazakhstan",
    "kenya", "kharkiv", "kiev", "kosovo", "kuwait", "kyiv", "kyrgyzstan", "latvia", "lebanon",
    "libya", "lisbon", "lithuania", "london", "luxembourg", "lviv", "madrid", "mexico", "minsk",
    "moldova", "mongolia", "montenegro", "morocco", "moscow", "munich", "myanmar", "nairobi",
    "netherlands", "new", "nigeria", "norway", "odesa", "odessa", "oslo", "ottawa", "pakistan",
    "palestine", "paris", "peru", "philippines", "poland", "portugal", "prague", "qatar",
    "riga", "romania", "rome", "russia", "saudi", "scotland", "seoul", "serbia", "singapore",
    "slovakia", "slovenia", "sofia", "somalia", "spain", "stockholm", "sudan", "sweden",
    "switzerland", "syria", "taipei", "taiwan", "tallinn", "tbilisi", "tehran", "texas",
    "thailand", "tokyo", "tunisia", "turkey", "türkiye", "ukraine", "venezuela", "vienna",
    "vietnam", "vilnius", "warsaw", "washington", "yemen", "yerevan", "zagreb", "britain",
    "america", "korea", "emirates", "kingdom", "states", "balkans", "donbas", "donbass",
    "siberia", "kashmir", "tibet", "xinjiang", "sinai", "sahara", "scandinavia",
    "mediterranean", "canberra", "wellington", "zealand", "lagos", "johannesburg", "brasilia",
    "lima", "bogota", "caracas", "shanghai", "mumbai", "karachi", "dhaka", "jakarta", "manila",
    "hanoi", "bangkok",
]);

/// Pronouns that can be the subject of a reporting verb.
pub static PRONOUNS: WordList = WordList::new(&["he", "she", "it", "they", "we", "i"]);

/// Words that open a subordinate or prepositional chunk rather than a subject.
#[rustfmt::skip]
pub static CHUNK_OPENERS_SKIP: WordList = WordList::new(&[
    "who", "which", "whose", "where", "when", "in", "on", "at", "during", "after", "before",
    "following", "speaking", "including", "like", "citing", "meanwhile", "however",
    "separately", "instead", "too", "also", "earlier", "later", "then", "for", "with",
    "without", "from", "by", "as", "according", "referring", "adding", "saying", "noting",
    "while", "speaking", "writing", "in turn", "though", "although", "via", "amid", "despite",
    "until", "since", "ahead", "under", "over", "about", "of",
]);

/// Conjunctions that may open a chunk before its subject ("and he said").
pub static LEADING_CONJ: WordList = WordList::new(&[
    "and", "but", "or", "though", "although", "while", "as", "so", "yet", "whereas", "because",
    "when", "since", "then", "nor", "if", "that",
]);

/// Lowercase words allowed inside a noun phrase before its head
/// ("the Ukrainian army chief", "a senior government official").
#[rustfmt::skip]
pub static NP_MODIFIERS: WordList = WordList::new(&[
    "army", "military", "foreign", "defense", "defence", "senior", "top", "deputy", "former",
    "joint", "press", "government", "police", "state", "national", "presidential", "chief",
    "local", "regional", "official", "new", "interior", "finance", "health", "security",
    "intelligence", "ruling", "opposition", "white", "prime", "vice", "general", "civilian",
    "permanent", "acting", "special", "economy", "justice", "energy", "trade", "presidential",
    "ministry", "department", "group", "party", "civil", "legal", "social", "public", "news",
    "countries'", "allied", "western", "eastern", "european", "federal", "head", "lead",
    "sports",
    // Portfolios, as in "the Labour environment spokesman", "the opposition
    // housing critic", "the shadow transport secretary".
    "environment", "transport", "education", "housing", "immigration", "culture",
    "agriculture", "treasury", "home", "affairs", "communications", "infrastructure",
    "veterans", "climate", "industry", "employment", "welfare", "pensions", "digital",
    "tourism", "fisheries", "shadow", "foreign-affairs", "finance", "justice", "labor",
    "transportation", "youth", "sport", "science", "technology", "innovation", "indigenous",
    // The level of government a role serves ("the district police chief",
    // "a provincial health official", "the county sheriff").
    "district", "provincial", "municipal", "county", "city",
]);

/// A fixed list of lowercase words, put on first use into a small
/// open-addressing hash table: membership is one hash of the word and
/// usually one comparison (these lookups run for nearly every word of every
/// sentence, so a binary search's eight string compares showed in profiles).
pub struct WordList {
    words: &'static [&'static str],
    table: OnceLock<Table>,
}

struct Table {
    /// Each word with the bits of the lists holding it (1 in a single list's table).
    slots: Vec<(&'static str, u32)>,
    mask: usize,
    /// Row `n` (longer words share row 63) has bit `first & 0x1f` set when
    /// some word is `n` bytes long and starts with `first` (in either case).
    len_first: [u32; 64],
    /// Bit [`ends`] set for the first and last byte of some word: most
    /// words looked up are in no list, and most fail here before hashing.
    ends: [u64; 16],
}

/// The low five bits of a word's first and last bytes (which casing leaves
/// alone), as one of 1024 bits.
#[inline]
fn ends(word: &[u8]) -> usize {
    let (a, z) = (word[0], word[word.len() - 1]);
    usize::from(a & 0x1f) << 5 | usize::from(z & 0x1f)
}

impl Table {
    /// A table of `lists`' words, each word carrying the bits of its lists.
    fn build(lists: &[(&'static [&'static str], u32)]) -> Table {
        let count: usize = lists.iter().map(|(w, _)| w.len()).sum();
        let size = (count * 2).next_power_of_two().max(8);
        let mask = size - 1;
        let mut slots = vec![("", 0); size];
        let mut len_first = [0u32; 64];
        let mut ends_seen = [0u64; 16];
        for &(words, bit) in lists {
            for &w in words {
                if !w.is_empty() {
                    len_first[w.len().min(63)] |= first_bit(w.as_bytes());
                    let e = ends(w.as_bytes());
                    ends_seen[e / 64] |= 1 << (e % 64);
                }
                let mut i = fold_hash(w.as_bytes()) & mask;
                while !slots[i].0.is_empty() && !slots[i].0.eq_ignore_ascii_case(w) {
                    i = (i + 1) & mask;
                }
                slots[i].0 = w;
                slots[i].1 |= bit;
            }
        }
        Table {
            slots,
            mask,
            len_first,
            ends: ends_seen,
        }
    }

    /// The bits of the lists holding `word` in any ASCII casing (folding
    /// while hashing saves a lowercased copy).
    ///
    /// The length and end-byte tests are inlined into every caller: most
    /// words looked up fail there, and then no call is made at all.
    #[inline]
    fn get(&self, word: &[u8]) -> u32 {
        if word.is_empty() || self.len_first[word.len().min(63)] & first_bit(word) == 0 {
            return 0;
        }
        let e = ends(word);
        if self.ends[e / 64] & (1 << (e % 64)) == 0 {
            return 0;
        }
        self.probe(word)
    }

    /// The hashed look-up behind [`Table::get`], for words that pass its filters.
    #[inline(never)]
    fn probe(&self, word: &[u8]) -> u32 {
        let mut i = fold_hash(word) & self.mask;
        loop {
            let (s, bits) = self.slots[i];
            if s.is_empty() {
                return 0;
            }
            if s.as_bytes().eq_ignore_ascii_case(word) {
                return bits;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// A hash of the word that any ASCII casing of it shares, taken eight bytes
/// at a time: OR-ing 0x20 into every byte maps each capital letter onto its
/// lowercase form (other bytes may collide too, which only costs a probe),
/// so no per-byte lowercasing is needed.
fn fold_hash(s: &[u8]) -> usize {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = s.len() as u64;
    let mut rest = s;
    while rest.len() > 8 {
        let (c, r) = rest.split_at(8);
        h = (h.rotate_left(23) ^ (read8(c) | 0x2020_2020_2020_2020)).wrapping_mul(K);
        rest = r;
    }
    // The last one to eight bytes, read as two overlapping halves: a fixed
    // function of the word (its length is already in `h`), with no loop.
    let n = rest.len();
    let v = if n >= 4 {
        u64::from(read4(&rest[..4])) | u64::from(read4(&rest[n - 4..])) << 32
    } else if n >= 2 {
        u64::from(rest[0]) | u64::from(rest[1]) << 8 | u64::from(rest[n - 1]) << 16
    } else {
        rest.first().map_or(0, |&b| u64::from(b))
    };
    h = (h.rotate_left(23) ^ (v | 0x2020_2020_2020_2020)).wrapping_mul(K);
    // Only the low bits index the table: fold the well-mixed high bits down.
    // Truncation on 32-bit targets is fine.
    #[allow(clippy::cast_possible_truncation)]
    let h = (h ^ (h >> 32) ^ (h >> 47)) as usize;
    h
}

fn read8(c: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&c[..8]);
    u64::from_le_bytes(b)
}

fn read4(c: &[u8]) -> u32 {
    let mut b = [0u8; 4];
    b.copy_from_slice(&c[..4]);
    u32::from_le_bytes(b)
}

/// The bit of a (non-empty) word's first byte in a [`Table::len_first`] row.
#[inline]
fn first_bit(word: &[u8]) -> u32 {
    1 << (word[0] & 0x1f)
}

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordList {
            words,
            table: OnceLock::new(),
        }
    }

    #[inline]
    fn table(&self) -> &Table {
        self.table.get_or_init(|| Table::build(&[(self.words, 1)]))
    }

    /// Whether `word`, in any ASCII casing, is listed.
    #[inline]
    fn has_folded(&self, word: &[u8]) -> bool {
        self.table().get(word) != 0
    }
}

/// Bits for [`lists_of`]: the lists a name word must not be in.
pub const IN_TITLE_WORDS: u32 = 1;
pub const IN_ORG_HEADS: u32 = 1 << 1;
pub const IN_DEMONYMS: u32 = 1 << 2;
pub const IN_PLACES: u32 = 1 << 3;
pub const IN_NOT_NAME: u32 = 1 << 4;

/// Which of the lists named by the `IN_*` bits hold `w` (any case): one
/// lookup where a word is tested against several lists in a row.
pub fn lists_of(w: &str) -> u32 {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            Table::build(&[
                (TITLE_WORDS.words, IN_TITLE_WORDS),
                (ORG_HEADS.words, IN_ORG_HEADS),
                (DEMONYMS.words, IN_DEMONYMS),
                (PLACES.words, IN_PLACES),
                (NOT_NAME.words, IN_NOT_NAME),
            ])
        })
        .get(w.as_bytes())
}

/// A body's head noun standing alone as a name ("Department", "Ministry"):
/// it names whichever body of that kind the text has in mind.
pub fn is_bare_org_head(name: &str) -> bool {
    !name.contains(' ') && is_in(&ORG_HEADS, name)
}

/// Is `w` (any case) in `list`?
#[inline]
pub fn is_in(list: &WordList, w: &str) -> bool {
    list.has_folded(w.as_bytes())
}

/// [`is_in`] for a word held as bytes (built on the stack), with no UTF-8
/// check to pass first.
#[inline]
pub fn is_in_bytes(list: &WordList, w: &[u8]) -> bool {
    list.has_folded(w)
}

/// An ASCII-lowercased view of a word, on the stack when it is short (this
/// runs for most words of a text; a `String` each time showed in profiles).
/// An enum, so that a word with no capital (the usual case) only borrows:
/// no buffer is initialised for it.
pub enum Lower<'a> {
    Borrowed(&'a str),
    Short([u8; 32], u8),
    Long(String),
}

impl<'a> Lower<'a> {
    #[inline]
    pub fn new(w: &'a str) -> Self {
        if !w.bytes().any(|b| b.is_ascii_uppercase()) {
            Lower::Borrowed(w)
        } else if w.len() <= 32 {
            let mut buf = [0u8; 32];
            buf[..w.len()].copy_from_slice(w.as_bytes());
            buf[..w.len()].make_ascii_lowercase();
            Lower::Short(buf, w.len() as u8)
        } else {
            Lower::Long(w.to_ascii_lowercase())
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Borrowed(w) => w,
            // ASCII lowercasing of valid UTF-8 is valid UTF-8.
            Lower::Short(buf, len) => {
                std::str::from_utf8(&buf[..usize::from(*len)]).unwrap_or_default()
            }
            Lower::Long(s) => s,
        }
    }
}

/// Singular form of a plural role or body noun ("ministers" → "minister").
pub fn singular(w: &str) -> String {
    // The ASCII lowercasing is the same for an ASCII word, and cheaper.
    let l = if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        w.to_lowercase()
    };
    if let Some(s) = l.strip_suffix("ies") {
        format!("{s}y")
    } else if l.ends_with("ss") {
        l
    } else if let Some(s) = l.strip_suffix("men") {
        format!("{s}man")
    } else if let Some(s) = l.strip_suffix('s') {
        s.to_string()
    } else {
        l
    }
}

/// US states as a dateline or an address writes them after a town, in AP
/// style ("Duluth, Minn.", "Akron, Ohio"): the word before is a place.
#[rustfmt::skip]
pub const US_STATES_AFTER_TOWN: &[&str] = &[
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.",
    "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
    "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.",
    "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
    // Never abbreviated in AP style.
    "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah",
];
