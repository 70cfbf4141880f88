//! Splitting a block of text into words and punctuation, with sentence starts marked.

use super::data::Reference;
use super::names::{is_all_caps, is_capitalised, is_dotted_initials};
use crate::EntityKind;

/// A word or a punctuation mark; `start..end` is a byte range in the block's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    /// End of the word without a possessive "'s".
    pub end: usize,
    /// End including the possessive, when there is one.
    pub full_end: usize,
    pub word: bool,
    /// The word carried a possessive "'s" or "’s".
    pub possessive: bool,
    /// First word of a sentence, of a block, or of a quotation.
    pub sentence_start: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or_default()
    }

    /// The token's first character (a space when it has none), for punctuation tokens.
    fn first_char(&self, text: &str) -> char {
        text.get(self.start..)
            .and_then(|rest| rest.chars().next())
            .unwrap_or(' ')
    }
}

/// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Capt",
    "Sgt", "Prof", "Rev", "Maj", "Adm", "Cmdr", "Inc", "Corp", "Co", "Ltd", "Mt", "Ft", "Brig",
    "Amb", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct",
    "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
];

/// Prefixes that attach to a name without being part of it: "pro-Russia", "anti-NATO".
const PREFIXES: &[&str] = &[
    "pro-", "anti-", "non-", "ex-", "post-", "pre-", "mid-", "neo-",
];

/// "the American-flag tanker", "a Liberian-registered vessel", "U.S.-flagged ships": the
/// country whose flag a ship flies, before a hyphen (the place stays a word of its own; a
/// demonym is dropped later as any is).
const REGISTRY_TAILS: &[&str] = &["flag", "flagged", "registered"];

fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | '-' | '‐' | '&')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»')
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str, reference: &Reference) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(c) = at(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            tokens.push(Token {
                start: offset(i),
                end: offset(i + 1),
                full_end: offset(i + 1),
                word: false,
                possessive: false,
                sentence_start: false,
            });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            while at(j).is_some_and(char::is_alphanumeric) {
                j += 1;
            }
            // "underground.Credit": a full stop with no space after a lowercase word or a
            // number, before a capital, ends a sentence that a page glued to the next
            // ("U.S.", "Doug.Licker", "amci360.com" stay one word).
            let glued_sentence = at(j) == Some('.')
                && at(j - 1).is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
                && at(j + 1).is_some_and(char::is_uppercase)
                && j >= i + 3;
            if at(j).is_some_and(is_joiner)
                && at(j + 1).is_some_and(char::is_alphanumeric)
                && !glued_sentence
            {
                j += 2;
                continue;
            }
            // "Novo Industri A/S", "A/S Ferrosan": a firm's legal form abroad written as two
            // capitals about a slash is one word ("C/C++" stays apart).
            let legal_pair = j == i + 1
                && at(i).is_some_and(|c| c.is_ascii_uppercase())
                && at(j) == Some('/')
                && at(j + 1).is_some_and(|c| c.is_ascii_uppercase())
                && !at(j + 2).is_some_and(char::is_alphanumeric)
                && reference.is_legal_form_abroad(text.get(offset(i)..offset(j + 2)).unwrap_or(""));
            if legal_pair {
                j += 2;
            }
            break;
        }
        let mut start = offset(i);
        let word = &text[start..offset(j)];
        // "the Xbox One S. That ...": a capital alone at a block's end or before a function
        // word that opens a sentence is no initial.
        let single = word.chars().count() == 1 && is_capitalised(word);
        let sentence_next = || {
            let mut k = j + 1;
            while at(k).is_some_and(char::is_whitespace) {
                k += 1;
            }
            let from = k;
            while at(k).is_some_and(char::is_alphanumeric) {
                k += 1;
            }
            let next = &text[offset(from)..offset(k)];
            next.is_empty() || is_capitalised(next) && reference.is_stop(next)
        };
        let with_dot = at(j) == Some('.')
            && ((is_dotted_initials(&format!("{word}.")) || single)
                && !(single && sentence_next())
                || ABBREVIATIONS.contains(&word));
        // "al- Assad": a particle's hyphen belongs to it even before a space.
        let particle_hyphen = at(j) == Some('-')
            && reference.is_particle(word)
            && at(j + 1).is_some_and(char::is_whitespace);
        if with_dot || particle_hyphen {
            j += 1;
        }
        let mut end = offset(j);
        let mut full_end = end;
        let mut possessive = false;
        let word = &text[start..end];
        // "B and C's earnings", "the Xbox One X's upgrades": a capital letter alone takes a
        // possessive too (a lowercase one is a letter's plural: "mind your p's").
        let letter = word.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        for suffix in ["'s", "’s"] {
            let stem = word.len().saturating_sub(suffix.len());
            if (stem > 1 || stem == 1 && letter) && word.ends_with(suffix) {
                end -= suffix.len();
                possessive = true;
            }
        }
        if !possessive
            && word.ends_with('s')
            && at(j).is_some_and(is_apostrophe)
            && !at(j + 1).is_some_and(char::is_alphanumeric)
        {
            possessive = true;
            j += 1;
            full_end = offset(j);
        }
        // "pro-Russia" → "Russia"; "ISIL-related" → "ISIL" followed by a lowercase word.
        let word = &text[start..end];
        if let Some(p) = PREFIXES.iter().find(|p| {
            word.len() > p.len()
                && word.is_char_boundary(p.len())
                && word[..p.len()].eq_ignore_ascii_case(p)
        }) {
            if is_capitalised(&word[p.len()..]) {
                start += p.len();
            }
        }
        let word = &text[start..end];
        if let Some(h) = word.rfind('-') {
            let (head, tail) = (&word[..h], &word[h + 1..]);
            if is_capitalised(head)
                && (reference.is_adjectival(tail) || REGISTRY_TAILS.contains(&tail))
            {
                tokens.push(Token {
                    start,
                    end: start + h,
                    full_end: start + h,
                    word: true,
                    possessive: false,
                    sentence_start: false,
                });
                start += h + 1;
            }
        }
        tokens.push(Token {
            start,
            end,
            full_end,
            word: true,
            possessive,
            sentence_start: false,
        });
        i = j;
    }
    mark_sentence_starts(text, &mut tokens);
    mark_starts_after_initials(text, &mut tokens, reference);
    mark_currency_codes(text, &mut tokens);
    mark_coded_amounts(text, &mut tokens);
    mark_time_zones(text, &mut tokens);
    mark_ages(text, &mut tokens);
    mark_labels(text, &mut tokens, reference);
    mark_currency_places(text, &mut tokens, reference);
    mark_short_dates(text, &mut tokens);
    mark_code_and_addresses(text, &mut tokens);
    mark_furniture(text, &mut tokens, reference);
    mark_quoted_titles(text, &mut tokens, reference);
    tokens
}

/// Turns into plain tokens the words of a web address (`pic.twitter.com/U7PMa4oNGN`,
/// `https://example.org/About`) and of an identifier joined by underscores
/// ("EMSCRIPTEN_KEEPALIVE", "MAX_SIZE"): what a page shows of a link or of code names no one.
fn mark_code_and_addresses(text: &str, tokens: &mut [Token]) {
    let mut k = 0;
    while k < tokens.len() {
        // A stretch of tokens with no space between them.
        let mut end = k + 1;
        while end < tokens.len() && tokens[end].start == tokens[end - 1].full_end {
            end += 1;
        }
        let part = &text[tokens[k].start..tokens[end - 1].full_end];
        let domain = |w: &str| {
            w.rsplit_once('.').is_some_and(|(host, tld)| {
                !host.is_empty()
                    && (2..=4).contains(&tld.len())
                    && tld.bytes().all(|b| b.is_ascii_lowercase())
            })
        };
        let address = part.contains("://")
            || part.contains('/')
                && tokens[k..end]
                    .iter()
                    .any(|t| t.word && domain(t.text(text)));
        let snake = part.contains('_');
        if address || snake {
            for t in &mut tokens[k..end] {
                t.word = false;
            }
        }
        k = end;
    }
}

/// Whether `t` is a currency sign, which a currency's code is glued to ("US$", "$A").
fn is_currency_sign(text: &str, t: &Token) -> bool {
    !t.word && matches!(t.first_char(text), '$' | '€' | '£' | '¥')
}

/// Turns into plain tokens the codes that open an amount of money: one to three capitals
/// glued to a currency sign ("US$171-million", "A$5", "HK$2bn", "C$", "R$"). They say which
/// dollar, not which country the news is about.
fn mark_currency_codes(text: &str, tokens: &mut [Token]) {
    for k in 0..tokens.len().saturating_sub(1) {
        let (code, sign) = (tokens[k], tokens[k + 1]);
        let w = code.text(text);
        let glued_sign = is_currency_sign(text, &sign) && sign.start == code.full_end;
        if code.word
            && glued_sign
            && (1..=3).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase())
        {
            tokens[k].word = false;
        }
    }
}

/// Turns into plain tokens an amount whose currency code follows the sign, as Australian
/// and New Zealand copy writes it ("$A8,800", "$US5 million", "$NZ2.5 billion"): the word
/// glued to the sign ("A8", "US5", "NZ2.5") is letters for which dollar and the amount's
/// first digits, no name.
fn mark_coded_amounts(text: &str, tokens: &mut [Token]) {
    for k in 1..tokens.len() {
        let (sign, amount) = (tokens[k - 1], tokens[k]);
        let glued_sign = is_currency_sign(text, &sign) && amount.start == sign.full_end;
        let w = amount.text(text);
        let letters = w.bytes().take_while(u8::is_ascii_uppercase).count();
        let coded =
            (1..=3).contains(&letters) && w.as_bytes().get(letters).is_some_and(u8::is_ascii_digit);
        if amount.word && glued_sign && coded {
            tokens[k].word = false;
        }
    }
}

/// Turns into plain tokens a label in capitals that opens a sentence or a block before a
/// colon, as wire copy writes its notes ("NOTE: 1985 figures restated", "UPDATE:"): a
/// common word in capitals, no acronym and no name ("WASHINGTON:", "NATO:" and "AIDS:" stay,
/// the first no common word, the others known names).
fn mark_labels(text: &str, tokens: &mut [Token], reference: &Reference) {
    for k in 0..tokens.len().saturating_sub(1) {
        let t = tokens[k];
        let w = t.text(text);
        let capitals = w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase());
        let colon = !tokens[k + 1].word
            && tokens[k + 1].start == t.full_end
            && tokens[k + 1].first_char(text) == ':';
        if t.word
            && t.sentence_start
            && capitals
            && colon
            && reference.is_common_word(w)
            && reference.lookup(w).is_none()
        {
            tokens[k].word = false;
        }
    }
}

/// Words that tell a time of day, after which a time zone is written ("at noon AEDT").
const TIME_OF_DAY: &[&str] = &[
    "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "noon", "midday", "midnight", "hours", "hrs",
];

/// Turns into plain tokens the abbreviation of a time zone after a time of day ("4:00pm
/// AEDT", "11am [AEDT]", "1:00am (ACDT)", "16:00 GMT", "noon EST"): two to five capitals
/// ending in "T", or "UTC". It says which clock, no name.
fn mark_time_zones(text: &str, tokens: &mut [Token]) {
    let is_time = |t: &Token| {
        let w = t.text(text).to_ascii_lowercase();
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        t.word
            && (TIME_OF_DAY.contains(&w.as_str())
                || digits > 0 && TIME_OF_DAY.contains(&&w[digits..])
                || digits == w.len() && (1..=4).contains(&digits))
    };
    for k in 1..tokens.len() {
        let w = tokens[k].text(text);
        let zone = tokens[k].word
            && (w == "UTC"
                || (2..=5).contains(&w.len())
                    && w.bytes().all(|b| b.is_ascii_uppercase())
                    && w.ends_with('T'));
        if !zone {
            continue;
        }
        let bracket = |t: &Token| !t.word && matches!(t.first_char(text), '(' | '[');
        let b = match tokens.get(k - 1) {
            Some(t) if bracket(t) => k.checked_sub(2),
            _ => Some(k - 1),
        };
        // A bare number is a time only after a colon ("16:00 GMT", not "about 300 EST").
        let clock = b.and_then(|b| tokens.get(b)).is_some_and(|t| {
            let bare = t.text(text).bytes().all(|c| c.is_ascii_digit());
            let after_colon = b
                .and_then(|b| b.checked_sub(1))
                .and_then(|c| tokens.get(c))
                .is_some_and(|c| !c.word && c.first_char(text) == ':');
            is_time(t) && (!bare || after_colon)
        });
        if clock {
            tokens[k].word = false;
        }
    }
}

/// Turns into plain tokens an age written as one hyphenated word ("Twenty-eight-year-old
/// Mohammed Afroz", "the 26-year-old's lawyer"): capitalised at a sentence's start, it is no
/// part of the name after it.
fn mark_ages(text: &str, tokens: &mut [Token]) {
    const AGES: &[&str] = &[
        "-year-old",
        "-year-olds",
        "-month-old",
        "-month-olds",
        "-week-old",
        "-day-old",
    ];
    for t in tokens.iter_mut().filter(|t| t.word) {
        let w = t.text(text).as_bytes();
        let age = |a: &&str| {
            w.len()
                .checked_sub(a.len())
                .and_then(|at| w.get(at..))
                .is_some_and(|end| end.eq_ignore_ascii_case(a.as_bytes()))
        };
        if AGES.iter().any(age) {
            t.word = false;
        }
    }
}

/// Months shortened without a full stop, as wire datelines write them ("LONDON, Mar 2 -").
const SHORT_MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Turns into plain tokens a shortened month before a day's number ("Mar 2", "Feb 26"): a
/// date, not a name.
fn mark_short_dates(text: &str, tokens: &mut [Token]) {
    for k in 0..tokens.len().saturating_sub(1) {
        let day = tokens[k + 1].text(text);
        let is_day = tokens[k + 1].word
            && (1..=2).contains(&day.len())
            && day.bytes().all(|b| b.is_ascii_digit());
        if tokens[k].word && is_day && SHORT_MONTHS.contains(&tokens[k].text(text)) {
            tokens[k].word = false;
        }
    }
}

/// Words that name a currency after its country: "dollars", and "dlrs" as wire copy writes it.
const CURRENCY_WORDS: &[&str] = &["dollar", "dollars", "dlr", "dlrs"];

/// Turns into plain tokens a place that says which dollar an amount is in: "13 mln U.S.
/// dlrs", "the Hong Kong dollar", and in any case ("figures in U.S. Dollars", "145 mln U.S.
/// Dlrs": wire copy recased from capitals writes the word after "U.S." with one). The
/// currency is named, not the country (the place's other mentions in the story stay), and
/// the currency's word is no name either.
fn mark_currency_places(text: &str, tokens: &mut [Token], reference: &Reference) {
    for k in 1..tokens.len() {
        let w = tokens[k].text(text);
        if !(tokens[k].word && CURRENCY_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w))) {
            continue;
        }
        let from = (k.saturating_sub(3)..k)
            .find(|&f| {
                tokens[f..k]
                    .iter()
                    .all(|t| t.word && !t.possessive && is_capitalised(t.text(text)))
            })
            .unwrap_or(k);
        let place = text.get(tokens[from].start..tokens[k - 1].end);
        let known = place
            .filter(|_| from < k)
            .and_then(|p| reference.lookup(p))
            .and_then(|id| reference.known(id))
            .is_some_and(|kn| kn.kind == EntityKind::Place);
        if known {
            for t in &mut tokens[from..=k] {
                t.word = false;
            }
        }
    }
}

/// Labels that open a picture credit ("Credit Jane Doe/Reuters", "Photo: Jane Doe/AP").
const CREDIT_LABELS: &[&str] = &[
    "Credit",
    "Credits",
    "Photo",
    "Photos",
    "Photograph",
    "Image",
    "Picture",
    "Illustration",
];

/// Stock exchanges that news names before a ticker and a colon: "(NYSE: GS)".
const STOCK_EXCHANGES: &[&str] = &[
    "NYSE", "NASDAQ", "Nasdaq", "AMEX", "NYSEArca", "TSX", "LSE", "ASX", "OTC",
];

/// Lowercase words a picture credit may hold besides its names ("Jane Doe/Reuters via AP").
/// "(Photo by Jane Doe/Getty Images)".
const CREDIT_WORDS: &[&str] = &["via", "and", "for", "of", "the", "photo", "courtesy", "by"];

/// Turns into plain tokens the words that are page furniture, not the article's text:
/// social-media handles and hashtags ("@jdoe", "#Hamilton"), and a picture credit that ends the
/// block, photographers and agencies written with slashes between them ("(Jane Doe/AFP/Getty
/// Images)", "Credit Jane Doe/Reuters", or a caption line "JANE DOE/AFP/Getty Images"). A
/// credit names who took the picture, not whom the news is about.
fn mark_furniture(text: &str, tokens: &mut [Token], reference: &Reference) {
    let mut k = 0;
    while k + 1 < tokens.len() {
        let glued = tokens[k + 1].start == tokens[k].end;
        // A handle's "@" stands after a space or a bracket; an e-mail address's follows a word.
        let after_word = k > 0 && tokens[k - 1].word && tokens[k - 1].full_end == tokens[k].start;
        if !tokens[k].word
            && matches!(tokens[k].first_char(text), '@' | '#')
            && glued
            && !after_word
        {
            let mut m = k + 1;
            while m < tokens.len() && (m == k + 1 || tokens[m].start == tokens[m - 1].full_end) {
                tokens[m].word = false;
                m += 1;
            }
            k = m;
        } else {
            k += 1;
        }
    }
    // "(NASDAQ:AMZN)", "(NYSE: GS)": a stock's ticker after its exchange is a code, not a
    // name (the exchange stays one).
    for k in 1..tokens.len().saturating_sub(1) {
        let exchange = !tokens[k].word
            && tokens[k].first_char(text) == ':'
            && tokens[k - 1].word
            && STOCK_EXCHANGES.contains(&tokens[k - 1].text(text));
        let ticker = tokens[k + 1].text(text);
        if exchange
            && (1..=6).contains(&ticker.len())
            && ticker.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
        {
            tokens[k + 1].word = false;
        }
    }
    mark_wire_tickers(text, tokens);
    mark_party_tags(text, tokens, reference);
    mark_kicker(text, tokens, reference);
    let Some(start) = credit_start(text, tokens)
        .or_else(|| caption_credit(text, tokens, reference))
        .or_else(|| for_credit(text, tokens, reference))
    else {
        return;
    };
    for t in &mut tokens[start..] {
        t.word = false;
    }
}

/// Whether a word has the shape of a stock ticker: two to five capitals, with an exchange's
/// letters after a full stop ("NKKT.T", "BCOM.L", "MONI.MI") or not ("CSBK", "SB").
fn is_ticker_shape(word: &str) -> bool {
    let (code, exchange) = word.split_once('.').unwrap_or((word, "A"));
    (1..=5).contains(&code.len())
        && (1..=2).contains(&exchange.len())
        && code
            .bytes()
            .chain(exchange.bytes())
            .all(|b| b.is_ascii_uppercase())
}

/// "Volvo <VOLV ST>", "Montedison Spa <MONI.MI>", "Coastal Bancorp <CSBK>", "SKF (SKFR ST>":
/// the stock ticker that wire copy writes in angle brackets after a company's name is a code,
/// not a name (the company before it stays one). A ticker with its exchange (a suffix after a
/// full stop, or a second word of one or two capitals, "ST") is one wherever it stands; a bare
/// code in brackets only right after a name, as "its <SMS> unit" names a unit.
fn mark_wire_tickers(text: &str, tokens: &mut [Token]) {
    for k in 0..tokens.len() {
        let open = tokens[k];
        if open.word || !matches!(open.first_char(text), '<' | '(') {
            continue;
        }
        let code = tokens.get(k + 1).filter(|t| t.word);
        let second = tokens.get(k + 2).filter(|t| t.word);
        let close_at = k + 2 + usize::from(second.is_some());
        let closed = tokens
            .get(close_at)
            .is_some_and(|t| !t.word && t.first_char(text) == '>');
        let Some(code) = code.filter(|c| closed && is_ticker_shape(c.text(text))) else {
            continue;
        };
        let exchange = second.map(|t| t.text(text));
        let with_exchange = code.text(text).contains('.')
            || exchange.is_some_and(|e| e.len() <= 2 && e.bytes().all(|b| b.is_ascii_uppercase()));
        let after_name = k > 0
            && tokens[..k]
                .iter()
                .rev()
                .find(|t| t.word || t.first_char(text) != '.')
                .is_some_and(|t| t.word && is_capitalised(t.text(text)));
        if !(with_exchange || exchange.is_none() && after_name) {
            continue;
        }
        for t in &mut tokens[k + 1..close_at] {
            t.word = false;
        }
    }
}

/// "Sen. Jane Doe (R-Ariz.) said", "Rep. John Doe, D-N.Y., said": the party's letter and the
/// state after a member of Congress's name, in brackets or between commas, are a tag, not a
/// name (no organisation "R-Ariz"). The shape is the rule: one of the parties' letters R, D
/// or I, a hyphen and a capitalised state ("Texas", "Calif", "N.Y", "W.Va"), with a bracket or
/// a comma before it and a bracket, a comma, the abbreviation's full stop or the text's end
/// after it; or, whatever stands around it, a known state after the letter ("Jane Doe R-Ariz.
/// said").
fn mark_party_tags(text: &str, tokens: &mut [Token], reference: &Reference) {
    let r = reference;
    let known_state = |state: &str| {
        [state.to_string(), format!("{state}.")]
            .iter()
            .filter_map(|s| r.lookup(s).and_then(|id| r.known(id)))
            .any(|k| k.kind == EntityKind::Place && !k.country)
    };
    // "(R–Ariz.)": an en or em dash splits the tag into three tokens.
    for k in 0..tokens.len().saturating_sub(2) {
        let [party, dash, state] = [tokens[k], tokens[k + 1], tokens[k + 2]];
        let glued = dash.start == party.end && state.start == dash.end;
        if party.word
            && matches!(party.text(text), "R" | "D" | "I")
            && !dash.word
            && matches!(dash.first_char(text), '–' | '—')
            && glued
            && state.word
            && known_state(state.text(text))
        {
            tokens[k].word = false;
            tokens[k + 2].word = false;
        }
    }
    for k in 1..tokens.len() {
        let t = tokens[k];
        let Some(state) = ["R-", "D-", "I-"]
            .iter()
            .find_map(|p| t.text(text).strip_prefix(p))
        else {
            continue;
        };
        let state_shape = is_capitalised(state)
            && state.len() <= 8
            && state.chars().all(|c| c.is_alphabetic() || c == '.')
            && !state.contains("..");
        let before = !tokens[k - 1].word && matches!(tokens[k - 1].first_char(text), '(' | ',');
        // "said Sen. Jane Doe, R-Ariz." at a sentence's end: the abbreviation's full stop.
        let after = tokens.get(k + 1).is_none_or(|a| {
            !a.word
                && (matches!(a.first_char(text), ')' | ',')
                    || a.start == t.end && a.first_char(text) == '.')
        });
        // "Sen. Jane Doe R-Ariz. said", "(R–Ariz.)" with other marks around it: a known
        // state (as `places.tsv` has its abbreviations) makes the tag whatever stands around.
        if t.word && (state_shape && before && after || known_state(state)) {
            tokens[k].word = false;
        }
    }
}

/// "IN TEXAS: Family of patient quarantined": a kicker in capitals before a colon, opened by a
/// preposition or a label that never starts a name ("IN", "FROM", "ALSO", "NOW WATCH"), at
/// a sentence's start, is page furniture (a section's or a related story's label), not the
/// article's text; the names in it are no mentions. A speaker's name in capitals before a
/// colon ("JANE DOE: Yes.", a transcript) opens with no such word and stays.
fn mark_kicker(text: &str, tokens: &mut [Token], reference: &Reference) {
    let mut k = 0;
    while k < tokens.len() {
        let w = tokens[k].text(text);
        // Short stop words in capitals may be names too ("US", "WHO", "IT"): only the
        // prepositions and conjunctions of headlines, or a longer stop word, open a kicker.
        // The shape first: the label's lowercase copy only for a sentence's first word in
        // capitals, not for every token.
        let opens = tokens[k].word
            && tokens[k].sentence_start
            && is_all_caps(w)
            && (HEADLINE_LOWERCASE.contains(&w.to_lowercase().as_str())
                || w.len() >= 4 && reference.is_stop(w));
        if !opens {
            k += 1;
            continue;
        }
        let mut end = k;
        while end < tokens.len() && end - k < 5 && tokens[end].word {
            if !is_all_caps(tokens[end].text(text)) {
                break;
            }
            end += 1;
        }
        let colon = tokens
            .get(end)
            .is_some_and(|c| !c.word && c.first_char(text) == ':');
        if colon && end > k {
            for t in &mut tokens[k..end] {
                t.word = false;
            }
        }
        k = end.max(k + 1);
    }
}

/// The most words a quoted title may hold.
const MAX_TITLE_WORDS: usize = 10;

/// `wear their “Make America Great Again” caps`, `singing “Take Me Out to the Ballgame”`,
/// `“Once Upon A Time in Hollywood”`: a quotation in Title Case (three words or more, each
/// capitalised but the short words headlines keep in lowercase) whose first word is a common
/// word or a function word ("Make", "Once", "The") is the title of a work or a slogan; the
/// names inside it are no mentions of their entities. In prose only: a Title Case headline
/// capitalises every quotation. Not a quotation that is a name: one that the reference data
/// knows, whole or from its first word ("“New York Times”"), or that ends in an
/// organisation's or a place's head word ("“Smart Projects SRL”"); nor an epithet that ends
/// in a name the reference data knows ("the “Father of Texas”", "the “Seven Wise Men of
/// Greece”"), which names that place or body as much as prose would. A quoted name alone
/// ("“Kerry”") or a quotation in sentence case ("“Kerry said we must go”") is untouched.
fn mark_quoted_titles(text: &str, tokens: &mut [Token], reference: &Reference) {
    let r = reference;
    let mut k = 0;
    while k < tokens.len() {
        let open = tokens[k];
        let close = match open.first_char(text) {
            '“' => '”',
            '"' => '"',
            '‘' => '’',
            _ => '\0',
        };
        let spaced_before = k == 0 || tokens[k - 1].full_end < open.start;
        let glued_after = tokens
            .get(k + 1)
            .is_some_and(|t| t.word && t.start == open.end);
        if open.word || close == '\0' || !spaced_before || !glued_after {
            k += 1;
            continue;
        }
        // The quotation's words, up to its closing mark (a comma or a full stop before it).
        let mut end = k + 1;
        while end < tokens.len() && tokens[end].word && end - k <= MAX_TITLE_WORDS {
            end += 1;
        }
        let mut after = end;
        if tokens
            .get(after)
            .is_some_and(|t| !t.word && matches!(t.first_char(text), ',' | '.' | '!' | '?'))
        {
            after += 1;
        }
        let closed = tokens.get(after).is_some_and(|t| {
            !t.word && (t.first_char(text) == close || close == '"' && t.first_char(text) == '”')
        });
        let words: Vec<&str> = tokens[k + 1..end].iter().map(|t| t.text(text)).collect();
        let title_case = words
            .iter()
            .all(|w| is_capitalised(w) || HEADLINE_LOWERCASE.contains(w));
        let Some((first, last)) = words.first().zip(words.last()) else {
            k += 1;
            continue;
        };
        let common_first = r.is_common_word(first) && !r.is_stop(first);
        let known_from_first = (2..=r.longest_from(first).min(words.len())).any(|n| {
            text.get(tokens[k + 1].start..tokens[k + n].end)
                .and_then(|p| r.lookup(p))
                .is_some()
        });
        let named_head = r.is_org_last(last)
            || r.is_legal_form(last)
            || r.is_place_last(last)
            || r.lookup(last).is_some();
        let title = closed
            && words.len() >= 3
            && title_case
            && common_first
            && !known_from_first
            && !named_head;
        if title && !is_title_case(text, tokens) && !is_all_caps_line(text, tokens) {
            for t in &mut tokens[k + 1..end] {
                t.word = false;
            }
        }
        k = end.max(k + 1);
    }
}

/// "The Moulin Rouge cabaret in Paris Jane Doe/Reuters": where the credit that ends a
/// caption begins, a photographer's given name and surname, then agencies after slashes, with
/// no full stop after them.
fn caption_credit(text: &str, tokens: &[Token], reference: &Reference) -> Option<usize> {
    if text.trim_end().ends_with(['.', '!', '?', '"', '”', ')']) {
        return None;
    }
    let slash = tokens
        .iter()
        .position(|t| !t.word && t.first_char(text) == '/')?;
    let tail_ok = tokens[slash..].iter().all(|t| {
        if t.word {
            is_capitalised(t.text(text))
        } else {
            t.first_char(text) == '/'
        }
    }) && tokens[slash..]
        .windows(2)
        .all(|w| w[1].start == w[0].full_end);
    let given = slash.checked_sub(2)?;
    let name = tokens[given..slash]
        .iter()
        .all(|t| t.word && is_capitalised(t.text(text)) && !reference.is_stop(t.text(text)))
        && tokens[slash - 1].full_end == tokens[slash].start;
    (tail_ok && name && reference.is_given_name(tokens[given].text(text))).then_some(given)
}

/// "Jane Doe for The New York Times": a block that is only a photographer's name (a given
/// name and one or two more capitalised words), "for" and the name of the outlet the
/// picture was taken for, with no full stop, is a picture's credit.
fn for_credit(text: &str, tokens: &[Token], reference: &Reference) -> Option<usize> {
    if text.trim_end().ends_with(['.', '!', '?', '"', '”']) || tokens.iter().any(|t| !t.word) {
        return None;
    }
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let at = words.iter().position(|w| *w == "for")?;
    let (name, outlet) = (words.get(..at)?, words.get(at + 1..)?);
    let name_ok = (2..=3).contains(&name.len())
        && name
            .iter()
            .all(|w| is_capitalised(w) && !reference.is_stop(w))
        && name.first().is_some_and(|w| reference.is_given_name(w));
    let outlet_ok = (1..=5).contains(&outlet.len())
        && outlet.iter().all(|w| is_capitalised(w))
        && outlet
            .iter()
            .skip(1)
            .all(|w| !reference.is_stop(w) || *w == "The");
    (name_ok && outlet_ok).then_some(0)
}

/// Where the picture credit that ends a block begins, if the block ends with one.
fn credit_start(text: &str, tokens: &[Token]) -> Option<usize> {
    let credit_like = |from: usize, to: usize| {
        let part = &tokens[from..to];
        part.iter().any(|t| !t.word && t.first_char(text) == '/')
            && part.iter().filter(|t| t.word).count() <= 12
            && part.iter().filter(|t| t.word).all(|t| {
                let w = t.text(text);
                is_capitalised(w) || CREDIT_WORDS.contains(&w)
            })
    };
    let mut end = tokens.len();
    while end > 0 && !tokens[end - 1].word && tokens[end - 1].first_char(text) == '.' {
        end -= 1;
    }
    if end > 0 && tokens[end - 1].first_char(text) == ')' {
        let open = tokens[..end - 1]
            .iter()
            .rposition(|t| !t.word && t.first_char(text) == '(')?;
        // "... to the right. (Reuters)": a source in brackets after the last sentence.
        let after_sentence = open > 0
            && matches!(tokens[open - 1].first_char(text), '.' | '!' | '?')
            && (open + 1..end - 1).all(|k| tokens[k].word && is_capitalised(tokens[k].text(text)))
            && end - 1 - open <= 4;
        return (after_sentence || credit_like(open + 1, end - 1)).then_some(open);
    }
    let label = tokens[..end].iter().rposition(|t| {
        let w = t.text(text);
        t.word
            && t.sentence_start
            && (CREDIT_LABELS.contains(&w)
                || CREDIT_LABELS.iter().any(|l| {
                    w.strip_prefix(l)
                        .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
                }))
    });
    // "CreditJane Doe for The Times": a label glued to the name is a page's credit even
    // without a slash.
    let glued_label = |l: usize| {
        let w = tokens[l].text(text);
        !CREDIT_LABELS.contains(&w)
            && tokens[l + 1..end].iter().filter(|t| t.word).all(|t| {
                let w = t.text(text);
                is_capitalised(w) || CREDIT_WORDS.contains(&w)
            })
    };
    // "Image: Courtesy of Jane Doe", "Photo: Jane Doe": a label and a colon before names
    // alone, a few, with no slash.
    let colon_label = |l: usize| {
        let rest = tokens.get(l + 2..end).unwrap_or_default();
        let names = rest.iter().filter(|t| t.word).count();
        tokens
            .get(l + 1)
            .is_some_and(|t| !t.word && t.first_char(text) == ':')
            && (1..=6).contains(&names)
            && rest.iter().all(|t| {
                let w = t.text(text);
                if t.word {
                    is_capitalised(w) || CREDIT_WORDS.contains(&w)
                } else {
                    matches!(t.first_char(text), '/' | '-' | ',' | '|')
                }
            })
    };
    // "... arrives at the Capitol. REUTERS/Jane Doe", "... on Thursday. Jane Doe / AFP -
    // Getty Images": names and agencies with slashes between them, as the last sentence of a
    // block that no full stop ends.
    let last_sentence = || {
        if text.trim_end().ends_with(['.', '!', '?', '"', '”']) {
            return None;
        }
        let k = tokens[..end]
            .iter()
            .rposition(|t| t.word && t.sentence_start)?;
        let after_stop = k > 0 && matches!(tokens[k - 1].first_char(text), '.' | '!' | '?');
        (after_stop && credit_like(k, end)).then_some(k)
    };
    match label {
        Some(l) if credit_like(l + 1, end) || glued_label(l) || colon_label(l) => Some(l),
        _ => credit_like(0, end).then_some(0).or_else(last_sentence),
    }
}

/// Marks the first word of each sentence and of each quotation.
fn mark_sentence_starts(text: &str, tokens: &mut [Token]) {
    let mut next_starts = true;
    let mut prev_end: Option<usize> = None;
    for k in 0..tokens.len() {
        let t = tokens[k];
        if t.word {
            tokens[k].sentence_start = next_starts;
            next_starts = false;
        } else {
            let c = text[t.start..t.end].chars().next().unwrap_or(' ');
            let spaced_before = prev_end.is_none_or(|e| e < t.start);
            let joined_after = tokens.get(k + 1).is_some_and(|n| n.start == t.end);
            let ends_sentence = matches!(c, '.' | '!' | '?' | ':' | '…');
            let opens_quote = is_quote(c) && spaced_before && joined_after;
            // "eat eggs: 1) Deviled, 2) Scotch, 3) Scrambled": an item of an inline list opens
            // after its number or letter and a closing bracket, with a capital whatever the
            // word.
            let list_item = c == ')'
                && k.checked_sub(1).is_some_and(|n| {
                    let marker = tokens[n].text(text);
                    let short = marker.len() <= 2 && marker.bytes().all(|b| b.is_ascii_digit())
                        || marker.len() == 1 && marker.bytes().all(|b| b.is_ascii_lowercase());
                    tokens[n].word && short && n.checked_sub(1).is_none_or(|p| !tokens[p].word)
                });
            if ends_sentence || opens_quote || list_item {
                next_starts = true;
            }
        }
        prev_end = Some(t.full_end);
    }
}

/// "in the U.S. The talks ...", and wire copy's "the U.S. And Canada", "the U.S. Said
/// Iranians ...", "the U.S. On ways to ...": the full stop of initials ("U.S.", "U.K.",
/// "D.C.") may end a sentence too, and wire copy recased from capitals writes the word after
/// them with a capital. A function word or a speech verb with a capital there opens a
/// sentence (its capital proves nothing, and no name runs on across it); a name's word after
/// initials ("U.S. Senate", "D.C. Circuit") is left as it is.
fn mark_starts_after_initials(text: &str, tokens: &mut [Token], reference: &Reference) {
    for k in 1..tokens.len() {
        let (before, t) = (tokens[k - 1], tokens[k]);
        let initials = before.word
            && !before.possessive
            && before
                .text(text)
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                >= 2
            && is_dotted_initials(before.text(text));
        let w = t.text(text);
        let opener = is_capitalised(w)
            && !is_all_caps(w)
            && (reference.is_stop(w) || reference.is_speech(&w.to_lowercase()));
        if t.word && initials && opener {
            tokens[k].sentence_start = true;
        }
    }
}

/// Lowercase words that Title Case headlines leave in lowercase.
const HEADLINE_LOWERCASE: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "for", "so", "yet", "on", "at", "to", "by", "of",
    "in", "as", "up", "off", "out", "with", "from", "into", "onto", "over", "upon", "amid", "via",
    "vs", "per", "than", "after", "about", "under", "near",
];

/// Whether a block reads as a headline in Title Case, where capitals say nothing: two or
/// more capitalised words, and no lowercase word but the short ones headlines keep.
pub fn is_title_case(text: &str, tokens: &[Token]) -> bool {
    let words: Vec<&str> = words_of(text, tokens)
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let caps = words.iter().filter(|w| is_capitalised(w)).count();
    let prose = words
        .iter()
        .any(|w| !is_capitalised(w) && !HEADLINE_LOWERCASE.contains(w));
    caps >= 2 && !prose
}

/// Whether a block is written in capitals throughout (a tag line or shouted headline).
pub fn is_all_caps_line(text: &str, tokens: &[Token]) -> bool {
    let words: Vec<&str> = words_of(text, tokens)
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let letters: usize = words
        .iter()
        .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
        .sum();
    words.len() >= 2 && letters >= 8 && words.iter().all(|w| is_all_caps(w))
}

/// Labels of a signature line, which names the writer, not the news.
const SIGNATURE_LABELS: &[&str] = &[
    "Analysis",
    "Comment",
    "Commentary",
    "Opinion",
    "Reporting",
    "Writing",
    "Editing",
];

/// Whether a block is a signature line: a label, a colon, then names and roles between
/// commas, no sentence ("Analysis: Jane Doe, BBC News, Washington", "Reporting: Jane Doe").
pub fn is_signature_line(text: &str, tokens: &[Token]) -> bool {
    let words = tokens.iter().filter(|t| t.word).count();
    let colon = tokens
        .get(1)
        .is_some_and(|t| !t.word && text[t.start..].starts_with(':'));
    let sentence = tokens[2.min(tokens.len())..].iter().any(|t| {
        !t.word
            && matches!(
                text[t.start..].chars().next(),
                Some('.' | '!' | '?' | ':' | ';')
            )
    });
    tokens
        .first()
        .is_some_and(|t| t.word && SIGNATURE_LABELS.contains(&t.text(text)))
        && colon
        && !sentence
        && words <= 12
}

/// Whether a block is a story's closing source line ("CNNMoney (New York) First published
/// February 1, 2016: 1:28 AM ET"): the outlet and its city say who published it.
pub fn is_published_line(text: &str, tokens: &[Token]) -> bool {
    tokens.len() <= 40
        && tokens.iter().filter(|t| t.word).count() <= 16
        && tokens.windows(2).any(|w| {
            w[0].word
                && w[1].word
                && matches!(
                    (w[0].text(text), w[1].text(text)),
                    ("First", "published") | ("Last", "updated")
                )
        })
}

/// Words that open a line of source code ("import os", "class Tests(Base):", "def run():").
const CODE_OPENERS: &[&str] = &[
    "import", "from", "class", "def", "return", "var", "let", "const", "function", "fn", "pub",
    "int", "void", "public", "private", "static", "#include", "$", ">>>",
];

/// Whether a block is a line of source code that a page shows ("from django.test import
/// LiveServerTestCase", "results = WebDriverWait(self.browser, 5)", "int add(int x) { return x;
/// }"): its capitals are identifiers, not names. A block with no sentence break that opens
/// with a keyword and a lowercase identifier and holds a call, an assignment or an import;
/// that holds braces and a semicolon; or that calls ("name(") and ends as code lines end
/// ("{", "(", "):") or assigns with " = ".
pub fn is_code_line(text: &str, tokens: &[Token]) -> bool {
    let trimmed = text.trim();
    // Code calls, assigns, imports or has braces.
    if !trimmed.contains(['(', '{', '=']) && !trimmed.contains(" import ") {
        return false;
    }
    // Prose: a sentence ends inside the block.
    if [". ", "! ", "? "].iter().any(|stop| trimmed.contains(stop)) {
        return false;
    }
    let mut words = trimmed.split_whitespace();
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    // "run(", "WebDriverWait(": a name glued to an opening bracket, as code calls.
    let call = tokens.windows(2).any(|w| {
        w[0].word
            && !w[1].word
            && w[1].start == w[0].full_end
            && text[w[1].start..].starts_with('(')
    });
    let marks = call || trimmed.contains(" = ") || trimmed.contains(" import ");
    let keyword = CODE_OPENERS.contains(&first)
        && second
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c == '(' || c == '_')
        && marks;
    let braces = trimmed.contains('{') && trimmed.contains('}') && trimmed.contains(';');
    let ends = ["{", "(", "):"].iter().any(|e| trimmed.ends_with(e)) && call;
    let assigns = trimmed.contains(" = ") && call;
    keyword || braces || ends || assigns
}

/// Whether a block is a syndication note, which says where the story was first published,
/// not what it is about: "This article originally appeared on X.", "This story was first
/// published by X", "Originally published at X", "A version of this article appeared in X".
/// A short block (30 words at most) that opens so.
pub fn is_syndication_line(text: &str, tokens: &[Token]) -> bool {
    let opener = tokens.iter().find(|t| t.word).map(|t| t.text(text));
    if !matches!(opener, Some("This" | "Originally" | "A")) {
        return false;
    }
    let words: Vec<&str> = words_of(text, tokens).collect();
    if words.len() > 30 {
        return false;
    }
    let story = |w: &str| matches!(w, "article" | "story" | "post" | "piece" | "report");
    let ran = |w: &str| matches!(w, "appeared" | "published" | "ran" | "posted");
    match words.as_slice() {
        ["This", noun, rest @ ..] if story(noun) => {
            let rest: Vec<&str> = rest.iter().take(4).copied().collect();
            rest.iter().any(|w| matches!(*w, "originally" | "first")) && rest.iter().any(|w| ran(w))
        }
        ["Originally", verb, ..] => ran(verb),
        ["A", "version", "of", "this", noun, ..] => story(noun),
        _ => false,
    }
}

/// Whether a block is a copyright notice, a page's furniture like a source line: "Copyright
/// 2016 Cable News Network.", "© 2015 The Associated Press. All rights reserved.", "(c)
/// Reuters Limited 1996", "Cable News Network. All rights reserved.".
pub fn is_copyright_line(text: &str, tokens: &[Token]) -> bool {
    if tokens.len() > 40 {
        return false;
    }
    let words: Vec<&str> = words_of(text, tokens).collect();
    let start = text.trim_start();
    let opens = start.starts_with('©')
        || start.starts_with("(c) ")
        || start.starts_with("(C) ")
        || words.first() == Some(&"Copyright");
    // "... Cable News Network. All rights reserved." ends the block.
    let reserved = matches!(words.as_slice(), [.., all, "rights", "reserved"] if all.eq_ignore_ascii_case("all"));
    opens || reserved
}

/// A page title without what a site appends after its last " | " (the site, the section or
/// the writer: "Whale strandings | Jane Doe"), when that is short.
pub fn headline_of(title: &str) -> &str {
    match title.rfind(" | ") {
        Some(cut) if title[cut + 3..].split_whitespace().count() <= 5 && cut > 0 => &title[..cut],
        _ => title,
    }
}

/// The words of a block, in order, without its punctuation.
fn words_of<'t>(text: &'t str, tokens: &'t [Token]) -> impl Iterator<Item = &'t str> + 't {
    tokens.iter().filter(|t| t.word).map(|t| t.text(text))
}

/// Whether a block is a wire story's sign-off, which closes the story and names nothing in
/// it: one word in capitals and nothing else but dots ("REUTER", "REUTER...", "ENDS"). Asked of
/// an article's last block only, where an agency signs its copy.
pub fn is_sign_off_line(text: &str, tokens: &[Token]) -> bool {
    let mut words = words_of(text, tokens);
    let one = words.next();
    let marks_only = tokens
        .iter()
        .filter(|t| !t.word)
        .all(|t| matches!(t.first_char(text), '.' | '-' | '(' | ')'));
    words.next().is_none() && marks_only && one.is_some_and(is_all_caps)
}

/// Whether a block is a widget's credit: "Powered by X".
pub fn is_powered_line(text: &str, tokens: &[Token]) -> bool {
    let mut words = words_of(text, tokens);
    words.next() == Some("Powered") && words.next() == Some("by") && tokens.len() <= 12
}

/// Nouns of a writer's trade in a closing bio ("X is a reporter for Y").
const WRITER_NOUNS: &[&str] = &[
    "reporter",
    "writer",
    "correspondent",
    "editor",
    "columnist",
    "contributor",
    "journalist",
    "producer",
];

/// Whether a block is a writer's bio, as pages close a story: "Jane Doe is a reporter for The
/// Daily Ledger covering ... Follow her on Twitter". Names, then "is a" and a writer's noun
/// within three words.
pub fn is_bio_line(text: &str, tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens
        .iter()
        .take(12)
        .filter(|t| t.word)
        .map(|t| t.text(text))
        .collect();
    let names = words.iter().take_while(|w| is_capitalised(w)).count();
    (2..=4).contains(&names)
        && words.get(names) == Some(&"is")
        && matches!(words.get(names + 1), Some(&("a" | "an")))
        && words
            .iter()
            .skip(names + 2)
            .take(3)
            .any(|w| WRITER_NOUNS.contains(w))
}

/// Whether a block is a social-media plug, a writer's contact line or a page's list of
/// sources, page furniture that names the author, the site and the network, not the news:
/// "Follow Jane Doe on Twitter.", "Follow us on Instagram @x", sentences of that kind one
/// after another ("Jane Doe may be reached at jdoe@example.com. Follow her on Twitter @jdoe.
/// Find Example.com on Facebook."), "Sources: X, Y / Photo Credit: Z".
pub fn is_follow_line(text: &str, tokens: &[Token]) -> bool {
    // "Sources: New York Times, NBC News / Photo Credit: Jane Doe/Flickr": where a page got
    // its text and pictures.
    let sources = tokens
        .first()
        .is_some_and(|t| t.word && matches!(t.text(text), "Source" | "Sources"))
        && tokens
            .get(1)
            .is_some_and(|t| !t.word && text[t.start..].starts_with(':'))
        && tokens.len() <= 60;
    if sources {
        return true;
    }
    let words: Vec<(&str, bool)> = tokens
        .iter()
        .filter(|t| t.word)
        .map(|t| (t.text(text), t.sentence_start))
        .collect();
    let plug = |words: &[(&str, bool)]| {
        let network = || {
            words
                .windows(2)
                .any(|pair| pair[0].0 == "on" && is_capitalised(pair[1].0))
        };
        let reached = || {
            words
                .windows(3)
                .any(|w| matches!(w[0].0, "be" | "is") && w[1].0 == "reached" && w[2].0 == "at")
        };
        words.len() <= 12
            && (matches!(
                words.first().map(|w| w.0),
                Some("Follow" | "Find" | "Like" | "Connect")
            ) && network()
                || reached())
    };
    let mut start = 0;
    while start < words.len() {
        let end = words[start + 1..]
            .iter()
            .position(|w| w.1)
            .map_or(words.len(), |p| start + 1 + p);
        if !plug(&words[start..end]) {
            return false;
        }
        start = end;
    }
    !words.is_empty()
}

#[cfg(test)]
mod tests {
    use super::super::data::reference;
    use super::*;

    fn words(text: &str) -> Vec<(String, bool, bool)> {
        tokenize(text, reference())
            .iter()
            .filter(|t| t.word)
            .map(|t| (t.text(text).to_string(), t.possessive, t.sentence_start))
            .collect()
    }

    #[test]
    fn words_possessives_and_abbreviations() {
        let w = words("The U.S. envoy met Russia’s Mr. Ivanov's aide. Then al- Assad spoke.");
        let texts: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "The", "U.S.", "envoy", "met", "Russia", "Mr.", "Ivanov", "aide", "Then", "al-",
                "Assad", "spoke"
            ]
        );
        assert!(w[4].1 && w[6].1);
        assert!(w[0].2 && !w[2].2 && !w[5].2 && w[8].2);
    }

    #[test]
    fn quotes_and_colons_start_sentences() {
        let w = words("He said, “There is hope.” Kerry: Much work");
        let starts: Vec<&str> = w.iter().filter(|x| x.2).map(|x| x.0.as_str()).collect();
        assert_eq!(starts, ["He", "There", "Kerry", "Much"]);
    }

    #[test]
    fn prefixes_and_adjectival_hyphens_are_split_off() {
        let w = words("pro-Russia rebels and ISIL-related targets, Ki-moon");
        let texts: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            texts,
            ["Russia", "rebels", "and", "ISIL", "related", "targets", "Ki-moon"]
        );
    }

    #[test]
    fn headline_shapes() {
        let r = reference();
        let t = "Kerry Says Russia 'Knows What It Needs To Do' To Reach Truce";
        assert!(is_title_case(t, &tokenize(t, r)));
        let t = "Russia denies air attacks";
        assert!(!is_title_case(t, &tokenize(t, r)));
        let t = "Reporting by Ann Lee and Bo Chen in Cairo; editing by Sam Ray";
        assert!(!is_title_case(t, &tokenize(t, r)));
        let t = "Storm Makes Landfall in Texas, Thousands Without Power";
        assert!(is_title_case(t, &tokenize(t, r)));
        let t = "BREAKING NEWS FROM THE FRONT";
        assert!(is_all_caps_line(t, &tokenize(t, r)));
        let t = "CNN —";
        assert!(!is_all_caps_line(t, &tokenize(t, r)));
    }
}
