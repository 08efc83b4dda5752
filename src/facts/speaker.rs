//! Who a quotation is given to: the name its attribution ("…,” said Dr Haruto Sakamaki) gives, and
//! whether two reports give it to the same person.
//!
//! A quotation moved to another speaker keeps every word inside its marks, so a wording's changes miss it;
//! only the words around it tell. The attribution is read in English news style, from the quotation's own
//! sentence: a verb of saying with a capitalised name before or after it. A role ("the judge said") is
//! kept as a role, for the report's naming of that role to resolve ([`super::roles`]). A pronoun ("she
//! said") or another language's verb gives no speaker, and a quotation with no speaker never conflicts
//! with one that has.

use super::extract::{PARTICLES, is_title, name_tokens, without_possessive};
use crate::normalize::{fold, is_double_quote, is_stopword};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Verbs that attribute a quotation, as a report writes them after or before it.
#[rustfmt::skip]
const SAYING: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "explained", "explains", "stated", "warned", "warns",
    "insisted", "insists", "noted", "notes", "wrote", "writes", "recalled", "recalls", "declared", "announced",
    "argued", "argues", "claimed", "claims", "admitted", "admits", "replied", "continued", "asked", "asks",
    "urged", "urges", "acknowledged", "conceded", "concedes", "stressed", "stresses", "confirmed", "confirms",
    "cautioned", "remarked", "commented", "observed", "tweeted", "posted",
];

/// Verbs of [`SAYING`] whose object is who was spoken to ("told Reuters"), never the speaker.
const AUDIENCE: &[&str] = &["told", "tells", "asked", "asks", "urged", "urges"];

/// Whether a name may hold this word in lowercase between its capitalised words ("Ursula von der Leyen"):
/// the names' particles, but for "of", which ties a speaker to their body ([`AFFILIATION`]).
fn is_particle(word: &str) -> bool {
    word != "of" && PARTICLES.contains(&word)
}

/// The most words of a name, and how far an attribution's verb may stand from the quotation.
pub(super) const NAME_WORDS: usize = 5;
const VERB_REACH: usize = 12;

/// Who an attribution gives a quotation to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Said {
    /// A person, by name: "Sakamaki said", "said Dr Haruto Sakamaki".
    Person(String),
    /// A role, by its words, lowercase, where no one is named: "the judge said" gives "judge", "the
    /// study's lead author said" gives "lead author"; or a pronoun: "she said" gives "she".
    Role(String),
}

/// A word of an attribution: its letters, whether punctuation closed it ("Sakamaki," "said:"), and whether
/// it is a possessive, a plural's too ("Sakamaki's", "Baltora Lines'").
#[derive(Clone, Copy)]
pub(super) struct Word<'a> {
    pub(super) bare: &'a str,
    pub(super) closed: bool,
    pub(super) possessive: bool,
}

pub(super) fn words_of(text: &str) -> Vec<Word<'_>> {
    text.split_whitespace()
        .map(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            // What follows the letters: a comma, a colon or a full stop ends a name, but not the stop of a
            // title or an initial ("Dr. J. Sakamaki").
            let after = &w[w.find(bare).map_or(w.len(), |k| k + bare.len())..];
            let stop = after.contains('.') && !is_title(bare) && bare.chars().count() > 1;
            let closed = stop || after.contains([',', ';', ':', '!', '?']);
            // A plural's possessive keeps only its apostrophe, which trimming took off the letters.
            let possessive =
                without_possessive(bare).len() < bare.len() || (bare.ends_with('s') && after.starts_with(['\'', '’']));
            Word { bare, closed, possessive }
        })
        .filter(|w| !w.bare.is_empty())
        .collect()
}

fn is_saying(w: &Word) -> bool {
    // Asked of every word around every quotation: a set, not a walk down the list.
    static SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| SAYING.iter().copied().collect());
    SET.contains(w.bare)
}

pub(super) fn is_capitalised(w: &Word) -> bool {
    w.bare.starts_with(|c: char| c.is_uppercase())
}

/// A possessive ("Sakamaki's spokesman") names whose words they are, not the speaker. A plural's ("the
/// European Shipowners' Council") may stand inside a body's name, and is not asked about here.
fn is_possessive(w: &Word) -> bool {
    without_possessive(w.bare).len() < w.bare.len()
}

/// The name of a run of words, titles and leading stopwords ("The", "She") dropped; `None` when nothing of
/// a name is left, or the run is another's possession.
fn name_of(run: &[Word]) -> Option<String> {
    let start = run.iter().position(|w| !is_title(w.bare) && !is_stopword(&fold(w.bare)) && !is_descriptor(w.bare))?;
    let run = &run[start..];
    // An office's words before the title go with it ("Business Secretary Helen Marsh"): the name is what
    // follows the last title, as "Helen Marsh" is named where a report gives no office.
    let run = match run.iter().rposition(|w| is_title(w.bare)) {
        Some(k) if run[k + 1..].iter().any(is_capitalised) => &run[k + 1..],
        _ => run,
    };
    if run.iter().any(is_possessive) || !run.first().is_some_and(is_capitalised) {
        return None;
    }
    // A particle ends no name, but may not end one either.
    let end = run.iter().rposition(is_capitalised)? + 1;
    Some(run[..end].iter().map(|w| w.bare).collect::<Vec<_>>().join(" "))
}

/// Whether a capitalised word before a name describes the person rather than naming them: a compound
/// whose later parts are lowercase ("Mum-of-two Ana", "Father-of-three Tom", "Ex-minister Jane Roe"). A
/// name's compound is capitalised throughout ("Okonkwo-Hale").
fn is_descriptor(word: &str) -> bool {
    word.split_once('-').is_some_and(|(_, rest)| rest.split('-').all(|p| p.starts_with(|c: char| c.is_lowercase())))
}

/// The name that starts at word `at`, read forwards: titles, capitalised words and particles, up to a
/// word closed by punctuation.
fn name_after(words: &[Word], at: usize) -> Option<String> {
    let mut end = at;
    while end < words.len() && end - at < NAME_WORDS + 2 {
        let w = &words[end];
        let particle =
            is_particle(w.bare) && words[end + 1..].iter().find(|w| !is_particle(w.bare)).is_some_and(is_capitalised);
        if !(is_capitalised(w) || particle) {
            break;
        }
        end += 1;
        if w.closed {
            break;
        }
    }
    // A name that goes on into a noun describes it ("according to North Korean state media", "said the
    // White House press office"): the speaker is unnamed.
    if end > at && !words[end - 1].closed && words.get(end).is_some_and(|w| !is_stopword(&fold(w.bare))) {
        return None;
    }
    (end > at).then(|| name_of(&words[at..end])).flatten()
}

/// The name that ends at word `end` (exclusive), read backwards: the word next to the verb may be closed by
/// a comma ("Okonkwo-Hale, said"), the words before it may not.
///
/// A person named before the body they speak for is the speaker ([`affiliated`]). Capitals that a body's
/// name ties to more words before them ("…of the University of Marden said", "…Transport and Dock Workers'
/// Union said") are no one's name.
fn name_before(words: &[Word], end: usize) -> Option<String> {
    if let Some(name) = affiliated(words, end) {
        return Some(name);
    }
    let start = run_start(words, end);
    let tied = start > 0 && !words[start - 1].closed && TIES.contains(&words[start - 1].bare);
    if start == end {
        return None;
    }
    if tied {
        return office_holder(words, start, end);
    }
    name_of(&words[start..end])
}

/// The person named in a run of capitals tied to a name before it, where that name is an office's: after
/// the title within the run ("the University of East Anglia Professor Jane Doe said") or, after "of" and a
/// title, the run's last two words ("Secretary of State Antony Blinken said", "Minister of Foreign Affairs
/// Wang Yi said"). Any other tied run is a body's name ("the University of Marden said").
fn office_holder(words: &[Word], start: usize, end: usize) -> Option<String> {
    if let Some(k) = (start + 1..end).rfind(|&k| is_title(words[k].bare)) {
        return name_of(&words[k..end]);
    }
    let office = start >= 2 && words[start - 1].bare == "of" && is_title(words[start - 2].bare);
    (office && end - start >= 3).then(|| name_of(&words[end - 2..end])).flatten()
}

/// Where the run of a name's words that ends at word `end` starts, read backwards.
fn run_start(words: &[Word], end: usize) -> usize {
    let mut start = end;
    while start > 0 && end - start < NAME_WORDS + 2 {
        let w = &words[start - 1];
        let particle = is_particle(w.bare) && start < end;
        if !(is_capitalised(w) || particle) || (w.closed && start < end) {
            break;
        }
        start -= 1;
    }
    start
}

/// The person a body is tied to before the verb at `end`: "Mark Lowry of Greater Manchester Police said",
/// "Dr Helena Varga of the University of Marden said", "Paul Mercer of the harbour police said". The
/// farthest such tie is the person's (the body's own name may hold "of"). A person's name has two words or
/// a title: "Bank of England governor Andrew Bailey said" ties no one to the bank, and a name after an
/// article is a body's ("a spokesman for the Port of Veldhaven said").
fn affiliated(words: &[Word], end: usize) -> Option<String> {
    let from = end.saturating_sub(BODY_WORDS);
    (from.max(1)..end).find_map(|k| {
        // No clause ends between the tie and the verb.
        if !AFFILIATION.contains(&words[k].bare) || words[k..end - 1].iter().any(|w| w.closed) {
            return None;
        }
        let (before, start) = (&words[k - 1], run_start(words, k));
        let after_article = start > 0 && ARTICLES.contains(&words[start - 1].bare);
        // An office ties no one to its body: "Secretary of State Antony Blinken" ([`office_holder`]).
        if !is_capitalised(before) || before.closed || is_title(before.bare) || after_article || start == k {
            return None;
        }
        let name = name_of(&words[start..k])?;
        names_person(&name, &words[start]).then_some(name)
    })
}

/// The person a body's name ending at word `end` is set apart from by a comma: "Ruth Calder, of the Tenants
/// Justice Alliance, a group that …, said". The body is the aside's first, and the person's name before
/// it may lie beyond the reach of the aside's search, which then found the body as though it spoke. A
/// person's name has two words or a title, as in [`affiliated`].
fn person_before_body(words: &[Word], end: usize) -> Option<String> {
    let mut k = run_start(words, end);
    if k > 0 && ARTICLES.contains(&words[k - 1].bare) {
        k -= 1;
    }
    let tie = k.checked_sub(1).filter(|&t| AFFILIATION.contains(&words[t].bare))?;
    tie.checked_sub(1).map(|p| &words[p]).filter(|w| w.closed && is_capitalised(w))?;
    let name = name_before(words, tie)?;
    names_person(&name, &words[run_start(words, tie)]).then_some(name)
}

/// Whether a name read from words starting at `first` is a person's: two words or more, or after a title.
/// "Network" or "KCNA" alone is a body's.
pub(super) fn names_person(name: &str, first: &Word) -> bool {
    name.contains(' ') || is_title(first.bare)
}

/// Words that join a speaker to the body they speak for ("Mark Lowry of Greater Manchester Police").
const AFFILIATION: &[&str] = &["of", "from", "at"];
/// Words that tie capitals to more of a body's name before them.
const TIES: &[&str] = &["of", "from", "at", "and", "for", "&"];
/// Words before a body's name, never a person's.
pub(super) const ARTICLES: &[&str] = &["the", "a", "an"];
/// How far before its verb a body's name may tie to its speaker.
const BODY_WORDS: usize = 12;

/// The speaker of the verb at `verb`: the name before it ("Sakamaki said", "Sakamaki, who leads the
/// team, said"), or after it ("said Dr Haruto Sakamaki", "said the team's leader, Haruto Sakamaki").
fn subject_of(words: &[Word], verb: usize) -> Option<String> {
    // An adverb or an auxiliary between the name and its verb: "Marsh also told Kellaway", "Okafor later
    // said", "Helen Marsh KC, prosecuting, had told jurors".
    //
    // After a comma, an auxiliary closes an aside ("Helen Marsh KC, prosecuting, had told"), but an adverb
    // goes on with a clause whose subject came before it ("Kim replied, friendship … since World War II,
    // also added that"), which the comma's name is not.
    let end = subject_end(words, verb);
    if end < verb {
        let auxiliary = words[end..verb].iter().any(|w| AUXILIARIES.contains(&w.bare));
        return match words[end - 1].closed {
            false => name_before(words, end),
            true if auxiliary => subject_of(words, end),
            true => None,
        };
    }
    if verb > 0 {
        let before = &words[verb - 1];
        if !before.closed {
            // A name, or a pronoun or a role, which names no one ("She said", "the minister said"), unless
            // a person is named before the role's body ("Paul Mercer of the harbour police said").
            return name_before(words, verb);
        }
        // An aside set off by commas between the name and its verb: "Sakamaki, who leads the team, said".
        // The aside opens after the name's comma with a lowercase word ("who", "from", "a"); the first
        // such comma is taken, since the aside may hold names of its own ("Marg Hollins, from Headingley,
        // whose husband …, told"), and a comma after a date opens none ("On Monday, Sakamaki, who…").
        // The aside may open with an office and its body: "Professor Miriam Hale, Head of the School of
        // Medicine, said".
        let from = verb.saturating_sub(VERB_REACH);
        let opens_aside =
            |k: usize| !is_capitalised(&words[k]) || words.get(k + 1).is_some_and(|w| AFFILIATION.contains(&w.bare));
        if let Some(k) = (from..verb - 1).find(|&k| words[k].closed && is_capitalised(&words[k]) && opens_aside(k + 1))
        {
            return person_before_body(words, k + 1).or_else(|| name_before(words, k + 1));
        }
        // Otherwise a comma before the verb ends a clause and the speaker follows ("…with North Korea, said
        // its President Vladimir Putin"), or the name stands alone between commas ("the team's leader,
        // Sakamaki, said"). A verb that takes an audience has it after it: "the federation's chief
        // executive, Simon Hale, told Reuters".
        let following = if AUDIENCE.contains(&words[verb].bare) { None } else { name_following(words, verb) };
        return following.or_else(|| is_capitalised(before).then(|| name_before(words, verb)).flatten());
    }
    name_following(words, verb)
}

/// The name after the verb at `verb`: "said Dr Haruto Sakamaki", "said its President Vladimir Putin", or,
/// after a role and its comma, "said the team's leader, Haruto Sakamaki".
///
/// Not a name a verb follows: that is the subject of what was said ("The town's mayor, Dana Whitlock, said
/// Carrowby had 'lost seven of its own'"), and the speaker stands before the verb.
fn name_following(words: &[Word], verb: usize) -> Option<String> {
    let speaking = |name: &String, from: usize| !opens_clause(words, from, name);
    if let Some(name) = name_after_role(words, verb + 1).filter(|n| speaking(n, verb + 1)) {
        return Some(name);
    }
    let to = (verb + 1 + VERB_REACH).min(words.len());
    let k = (verb + 1..to).find(|&k| words[k].closed)?;
    name_after(words, k + 1).filter(|n| speaking(n, k + 1))
}

/// Whether `name`, read from word `from` on, is the subject of a clause: an auxiliary or a modal follows
/// its last word. A speaker named after the verb ends the attribution, or an aside opens after the name.
fn opens_clause(words: &[Word], from: usize, name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    let Some(k) = (from..words.len()).find(|&k| words[k].bare == last) else { return false };
    !words[k].closed && words.get(k + 1).is_some_and(|w| CLAUSE_VERBS.contains(&w.bare))
}

/// The auxiliaries and modals that open a clause after its subject: "said Carrowby had …".
const CLAUSE_VERBS: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "might", "may", "can", "did",
    "does", "must",
];

/// The name at word `at`, after a determiner before its title ("its President Vladimir Putin") or a role
/// of a few lowercase words ("head keeper Tomás Alvarez", "chief executive Ana Ruiz"). A role's words are
/// no stopwords: "police sources in Berlin" names no one.
///
/// The role may be a body's ("White House press secretary Karoline Leavitt", "Baltora Lines' spokeswoman
/// Clara Weiss"): the body's capitalised name then stands before the role, and is not the speaker's.
fn name_after_role(words: &[Word], mut at: usize) -> Option<String> {
    if words.get(at).is_some_and(|w| DETERMINERS.contains(&w.bare)) && words.get(at + 1).is_some_and(is_capitalised) {
        at += 1;
    }
    let role_from = |at: usize| {
        let role = words[at.min(words.len())..]
            .iter()
            .take(ROLE_WORDS + 1)
            .position(|w| w.closed || is_capitalised(w) || is_particle(w.bare) || is_stopword(&fold(w.bare)))
            .unwrap_or(0);
        (words.get(at + role).is_some_and(is_capitalised) && role <= ROLE_WORDS).then_some(role)
    };
    // The body's name: capitalised words, none closed, the last of them possessive or followed by a role.
    // The role names a person only when a person's name follows it, of two words or more or with a title,
    // as in [`affiliated`]: "the North Korean state news agency KCNA" is the agency's.
    let body = words[at.min(words.len())..].iter().take(NAME_WORDS).take_while(|w| is_capitalised(w) && !w.closed);
    let body = body.clone().position(|w| w.possessive).map_or_else(|| body.count(), |k| k + 1);
    if body > 0
        && let Some(role) = role_from(at + body).filter(|&role| role > 0)
    {
        let named = at + body + role;
        let person = |name: &String| names_person(name, &words[named]);
        return name_after(words, named).filter(person);
    }
    name_after(words, at + role_from(at).unwrap_or(0))
}

/// The name after "according to", at word `at`: "according to Dr Haruto Sakamaki", "according to head
/// keeper Tomás Alvarez", or after a role and its comma, "according to the trial's statistician, Dr Tomas
/// Okafor".
fn name_according_to(words: &[Word], at: usize) -> Option<String> {
    name_after_role(words, at).or_else(|| {
        let k = (at..(at + VERB_REACH).min(words.len())).find(|&k| words[k].closed)?;
        name_after(words, k + 1)
    })
}

/// The most lowercase words of a role before a name ([`name_after_role`]).
pub(super) const ROLE_WORDS: usize = 3;

/// Adverbs that stand between a speaker and the verb of saying ([`subject_of`]).
const ADVERBS: &[&str] = &["also", "later", "then", "previously", "earlier", "again", "once", "further", "repeatedly"];

/// Pronouns as the subject of a clause: after "told", the clause told, never whom it was told to.
const SUBJECTS: &[&str] = &["he", "she", "they", "it", "we", "I", "you"];

/// Words that may stand before a speaker's title ("said its President Vladimir Putin").
const DETERMINERS: &[&str] = &["the", "its", "his", "her", "their", "our"];

/// The speaker an attribution after a quotation names: `tail` runs from the closing mark to the end of
/// the sentence.
fn after_quote(tail: &str) -> Option<Said> {
    let words = words_of(tail);
    if let [first, second, ..] = &words[..]
        && first.bare.eq_ignore_ascii_case("according")
        && second.bare == "to"
    {
        return name_according_to(&words, 2).map(Said::Person);
    }
    let verb = words.iter().take(VERB_REACH).position(is_saying)?;
    speaker_of(&words, verb)
}

/// The speaker an attribution before a quotation names: `head` runs from the start of the sentence to the
/// opening mark ("Sakamaki said:", "According to Sakamaki,").
fn before_quote(head: &str) -> Option<Said> {
    let words = words_of(head);
    if let Some(k) = words.iter().rposition(|w| w.bare.eq_ignore_ascii_case("according"))
        && words.get(k + 1).is_some_and(|w| w.bare == "to")
    {
        return name_according_to(&words, k + 2).map(Said::Person);
    }
    let verb = words.iter().rposition(is_saying)?;
    // The verb must lead into the quotation, not belong to a clause of its own before it.
    if words.len() - verb > VERB_REACH {
        return None;
    }
    // "Told" takes whom it tells before the words told: right before them, it is a headline's passive
    // ("Shoppers told 'nothing changes'"), and what stands before it was told, not telling.
    // So is "told" before the subject of what was told ("Martin Kellaway told he was the 'directing
    // mind'"): one who tells names the person told, as an object ("told him").
    let told = matches!(words[verb].bare, "told" | "tells");
    if told && words.get(verb + 1).is_none_or(|w| SUBJECTS.contains(&w.bare)) {
        return None;
    }
    speaker_of(&words, verb)
}

/// The speaker of the verb at `verb`: a person named ([`subject_of`]), or else a role ([`role_of`]).
fn speaker_of(words: &[Word], verb: usize) -> Option<Said> {
    subject_of(words, verb).map(Said::Person).or_else(|| role_of(words, verb).map(Said::Role))
}

/// The role of the speaker of the verb at `verb`, where no one is named: the last word of "the" and a few
/// lowercase words before the verb ("the judge said", "The judge also added:", "the study's lead author
/// said") or after it ("said the prosecutor."). "A judge said" gives no role: it points at no one the
/// report names.
fn role_of(words: &[Word], verb: usize) -> Option<String> {
    let end = subject_end(words, verb);
    role_ending(words, end).or_else(|| role_starting(words, verb + 1)).or_else(|| pronoun_before(words, end))
}

/// "he" or "she" as the subject right before a verb of saying ("…,” she said", "She added:"), lowercase:
/// the person the report has just named ([`super::roles`]).
fn pronoun_before(words: &[Word], end: usize) -> Option<String> {
    let w = words.get(end.checked_sub(1)?)?;
    let pronoun = w.bare.to_lowercase();
    (!w.closed && PERSONAL.contains(&pronoun.as_str())).then_some(pronoun)
}

/// The pronouns that stand for one person the report has named ([`pronoun_before`]). "They" may be a
/// body's, or several people's.
pub(super) const PERSONAL: &[&str] = &["he", "she"];

/// Where the subject of the verb at `verb` ends: before the adverbs and auxiliaries next to the verb ("also
/// said", "had told", "had also told"), up to two of them, when a subject stands before them.
fn subject_end(words: &[Word], verb: usize) -> usize {
    let mut end = verb;
    while end > 1
        && verb - end < 2
        && !words[end - 1].closed
        && (ADVERBS.contains(&words[end - 1].bare) || AUXILIARIES.contains(&words[end - 1].bare))
    {
        end -= 1;
    }
    end
}

/// Auxiliaries between a speaker and a verb of saying: "Marsh had told jurors".
const AUXILIARIES: &[&str] = &["had", "has", "have"];

/// Whether a word may be one of a role's: lowercase letters, not a stopword nor an adverb.
fn may_be_role(w: &Word) -> bool {
    w.bare.starts_with(|c: char| c.is_lowercase())
        && w.bare.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && !is_stopword(&fold(w.bare))
        && !ADVERBS.contains(&w.bare)
}

/// The role whose words end at word `end` (exclusive), after "the": "the judge", "the study's lead author".
fn role_ending(words: &[Word], end: usize) -> Option<String> {
    let last = end.checked_sub(1)?;
    if words[last].closed || words[last].possessive || !may_be_role(&words[last]) {
        return None;
    }
    let mut start = last;
    while start > 0 && last - start < ROLE_WORDS {
        let w = &words[start - 1];
        if w.closed || !may_be_role(w) {
            break;
        }
        start -= 1;
    }
    let the = start.checked_sub(1).map(|k| &words[k]).filter(|w| w.bare.eq_ignore_ascii_case("the"))?;
    (!the.closed).then(|| role_words(&words[start..=last]))
}

/// A role's words as [`Said::Role`] holds them: lowercase, the possessives before them left out ("the
/// study's lead author" is "lead author").
fn role_words(words: &[Word]) -> String {
    let words = words.iter().filter(|w| !w.possessive).map(|w| w.bare.to_lowercase());
    words.collect::<Vec<_>>().join(" ")
}

/// The role whose words start with "the" at word `at`: "said the judge.", "said the judge at the court",
/// "said the trust's chief executive". A role that goes on into a name is the name's ([`name_after_role`]).
fn role_starting(words: &[Word], at: usize) -> Option<String> {
    if !words.get(at).is_some_and(|w| w.bare.eq_ignore_ascii_case("the") && !w.closed) {
        return None;
    }
    let mut k = at + 1;
    while k < words.len() && k - at <= ROLE_WORDS + 1 && may_be_role(&words[k]) {
        let w = &words[k];
        if w.closed || words.get(k + 1).is_none_or(|next| is_stopword(&fold(next.bare)) && !w.possessive) {
            return (!w.possessive).then(|| role_words(&words[at + 1..=k]));
        }
        k += 1;
    }
    None
}

/// The speaker of the quotation whose marks stand at `open` (the opening mark's byte) and `close` (the
/// byte after the closing mark) in `text`, a block whose sentences start at `starts`.
///
/// The words after the quotation, to the end of its sentence, are read first: news gives a quotation
/// first and its speaker after. A sentence that ends with the quotation may be followed by one that only
/// attributes it ("“It is done.” Sakamaki said."). Another quotation in the same stretch ends it.
pub(super) fn speaker(text: &str, (open, close): (usize, usize), starts: &[usize]) -> Option<Said> {
    let sentence_of = |at: usize| starts.partition_point(|&s| s <= at).saturating_sub(1);
    let end_of = |s: usize| starts.get(s + 1).copied().unwrap_or(text.len());
    let up_to_quote = |t: &str| t.find(is_double_quote).unwrap_or(t.len());
    let last = sentence_of(close.saturating_sub(1));
    let tail = &text[close..end_of(last).max(close)];
    let tail = first_words(&tail[..up_to_quote(tail)], ATTRIBUTION_WORDS);
    let attribution = if tail.chars().any(char::is_alphanumeric) {
        Some(tail)
    } else {
        // A short sentence of its own after it, with no quotation of its own.
        starts
            .get(last + 1)
            .map(|&next| &text[next..end_of(last + 1)])
            .filter(|t| !t.contains(is_double_quote) && words_of(t).len() <= 6)
    };
    if let Some(said) = attribution.and_then(after_quote) {
        return Some(said);
    }
    let head = &text[starts[sentence_of(open)].min(open)..open];
    let head =
        &head[head.rfind(is_double_quote).map_or(0, |k| k + head[k..].chars().next().map_or(1, char::len_utf8))..];
    before_quote(last_words(head, ATTRIBUTION_WORDS))
}

/// The most words next to a quotation that its attribution is read from: a verb within [`VERB_REACH`] of
/// the quotation, with a name, an aside or a body ([`BODY_WORDS`]) beside it. A long sentence's other words
/// are not read: walking them all was a twentieth of the facts' time on a long pair.
const ATTRIBUTION_WORDS: usize = VERB_REACH + BODY_WORDS + NAME_WORDS + 2;

/// The first `n` words of `text`, and whatever follows the last of them up to the next word.
fn first_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (k, c) in text.char_indices() {
        let space = c.is_whitespace();
        if !space && !in_word {
            if words == n {
                return &text[..k];
            }
            words += 1;
        }
        in_word = !space;
    }
    text
}

/// The last `n` words of `text`, and the spaces after them.
fn last_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (k, c) in text.char_indices().rev() {
        let space = c.is_whitespace();
        if space && in_word {
            words += 1;
            if words == n {
                return &text[k + c.len_utf8()..];
            }
        }
        in_word = !space;
    }
    text
}

/// The words a quotation opens with, to name it beside its speakers where two reports give it in the same
/// words: the first `keep` words and "…", or the whole of a quotation of up to [`WHOLE_OPENING`] words.
pub fn opening_words(quote: &str, keep: usize) -> String {
    let words: Vec<&str> = quote.split_whitespace().collect();
    if words.len() <= WHOLE_OPENING.max(keep) { quote.to_string() } else { format!("{}…", words[..keep].join(" ")) }
}

/// The most words of a quotation [`opening_words`] shows whole.
const WHOLE_OPENING: usize = 8;

/// Whether two reports give a quotation to the same person: one name holds the other's words ("Sakamaki",
/// "Dr Haruto Sakamaki"), they end in the same word, or one spells it otherwise
/// ([`super::pair::misspells`]).
pub(crate) fn same_speaker(a: &str, b: &str) -> bool {
    let words = |n: &str| -> Vec<String> { name_tokens(n).into_iter().filter(|w| !is_title(w)).collect() };
    let (x, y) = (words(a), words(b));
    if x.is_empty() || y.is_empty() || x.last() == y.last() {
        return true;
    }
    let within = |p: &[String], q: &[String]| p.iter().all(|w| q.contains(w));
    within(&x, &y)
        || within(&y, &x)
        || super::pair::misspells(&x, &y)
        || surname_misspelt(&x, &y)
        || abbreviates(a, b)
        || abbreviates(b, a)
}

/// Whether the last words of two names are one surname, a letter or two otherwise ("Helen Cartwright",
/// "Cartright"): at most one edit for every four letters, and two in all. Only surnames of five letters or
/// more.
fn surname_misspelt(x: &[String], y: &[String]) -> bool {
    let (Some(a), Some(b)) = (x.last(), y.last()) else { return false };
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let shorter = a.len().min(b.len());
    shorter >= 5 && super::pair::edits(&a, &b) <= (shorter / 4).min(2)
}

/// Whether `short` is the initials of `long`'s capitalised words: "AWT" of "Animal Welfare Trust".
fn abbreviates(short: &str, long: &str) -> bool {
    let initials: String =
        long.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
    short.len() >= 2 && short.chars().all(|c| c.is_ascii_uppercase()) && short == initials
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Who the first quotation of `text` is given to, one sentence a line.
    fn said(text: &str) -> Option<Said> {
        let mut starts = vec![0];
        let mut joined = String::new();
        for (k, line) in text.split('\n').enumerate() {
            if k > 0 {
                joined.push(' ');
                starts.push(joined.len());
            }
            joined.push_str(line);
        }
        let open = joined.find(['“', '"', '„']).unwrap();
        let after = open + joined[open..].chars().next().unwrap().len_utf8();
        let close = after + joined[after..].find(['”', '"', '“']).unwrap();
        let close = close + joined[close..].chars().next().unwrap().len_utf8();
        speaker(&joined, (open, close), &starts)
    }

    /// The person the first quotation of `text` is given to by name, as [`said`] reads it.
    fn of(text: &str) -> Option<String> {
        match said(text) {
            Some(Said::Person(name)) => Some(name),
            _ => None,
        }
    }

    /// The role the first quotation of `text` is given to, where no one is named.
    fn role(text: &str) -> Option<String> {
        match said(text) {
            Some(Said::Role(role)) => Some(role),
            _ => None,
        }
    }

    #[test]
    fn names_after_the_quotation() {
        assert_eq!(
            of("“We will wait ten days,” said Dr Haruto Sakamaki, who leads the team.").as_deref(),
            Some("Haruto Sakamaki")
        );
        assert_eq!(of("“We will wait ten days,” Sakamaki said.").as_deref(), Some("Sakamaki"));
        assert_eq!(of("“We will wait,” Ms Ana de la Cruz told reporters.").as_deref(), Some("Ana de la Cruz"));
        assert_eq!(of("“We will wait,” Ms Ana de la Cruz later told reporters.").as_deref(), Some("Ana de la Cruz"));
        assert_eq!(of("Ms Calder also told the court: “We will wait.”").as_deref(), Some("Calder"));
        assert_eq!(of("“We will wait,” she also said."), None);
        assert_eq!(of("“We will wait,” said Ana de la Cruz.").as_deref(), Some("Ana de la Cruz"));
        assert_eq!(of("“We will wait,” Sakamaki, who leads the team, said on Monday.").as_deref(), Some("Sakamaki"));
        assert_eq!(
            of("“We will wait,” said the mission's principal investigator, Dr Miriam Okonkwo-Hale.").as_deref(),
            Some("Miriam Okonkwo-Hale")
        );
        assert_eq!(of("“We will wait,” according to Miriam Okonkwo-Hale.").as_deref(), Some("Miriam Okonkwo-Hale"));
        assert_eq!(of("“We will wait,” according to head keeper Tomás Alvarez.").as_deref(), Some("Tomás Alvarez"));
        assert_eq!(of("“We will wait,” said chief executive Ana Ruiz.").as_deref(), Some("Ana Ruiz"));
        assert_eq!(of("“We will wait,” said Business Secretary Helen Marsh.").as_deref(), Some("Helen Marsh"));
        assert_eq!(of("“We will wait,” said Mary King.").as_deref(), Some("Mary King"));
        assert_eq!(of("“We will wait,” according to police sources in Berlin."), None);
        // A body's role before the name.
        assert_eq!(of("“We will wait,” said Baltora Lines' spokeswoman Clara Weiss.").as_deref(), Some("Clara Weiss"));
        assert_eq!(of("“We will wait,” said Acme’s spokeswoman Jane Roe.").as_deref(), Some("Jane Roe"));
        assert_eq!(
            of("“We will wait,” said White House press secretary Karoline Leavitt.").as_deref(),
            Some("Karoline Leavitt")
        );
        assert_eq!(of("“We will wait,” according to the Acme board chairman Jane Roe.").as_deref(), Some("Jane Roe"));
        // The audience of "told" is no speaker.
        assert_eq!(
            of("“We will wait,” the federation's chief executive, Simon Hale, told Reuters.").as_deref(),
            Some("Simon Hale")
        );
        assert_eq!(of("“We will wait.”\nSakamaki said.").as_deref(), Some("Sakamaki"));
        assert_eq!(of("“We will wait,” the team's leader, Sakamaki, said.").as_deref(), Some("Sakamaki"));
        // A clause of the sentence ends before the verb, and the speaker follows it.
        assert_eq!(
            of("Russia vowed to “expand relations” with North Korea, said its President Vladimir Putin.").as_deref(),
            Some("Vladimir Putin")
        );
    }

    #[test]
    fn names_before_the_quotation() {
        assert_eq!(of("Sakamaki said: “We will wait ten days.”").as_deref(), Some("Sakamaki"));
        assert_eq!(
            of("On Monday, Haruto Sakamaki told reporters: “We will wait.”").as_deref(),
            Some("Haruto Sakamaki")
        );
        assert_eq!(of("According to Sakamaki, “the wait is ten days.”").as_deref(), Some("Sakamaki"));
        // A name after the verb that a verb of its own follows is the subject of what was said.
        assert_eq!(
            of("The town's mayor, Dana Whitlock, said Carrowby had “lost seven of its own”.").as_deref(),
            Some("Dana Whitlock")
        );
        assert_eq!(of("The council said Harwick would “rebuild within a year”.").as_deref(), None);
        assert_eq!(
            of("Inspector Mark Lowry of Greater Manchester Police said: “It is done.”").as_deref(),
            Some("Mark Lowry")
        );
        let of_body = |body: &str| of(&format!("Dr Helena Varga of {body} said: “It is done.”"));
        for body in
            ["the University of Marden", "the Transport and Dock Workers' Union", "the harbour police", "the TDWU"]
        {
            assert_eq!(of_body(body).as_deref(), Some("Helena Varga"), "{body}");
        }
        assert_eq!(of("A spokesman for the Port of Veldhaven said: “It is done.”"), None);
        assert_eq!(of("The head of the agency said: “It is done.”"), None);
        assert_eq!(of("Bank of England governor Andrew Bailey said: “It is done.”").as_deref(), Some("Andrew Bailey"));
        assert_eq!(
            of("Clara Weiss of the shipping line Baltora Lines said: “It is done.”").as_deref(),
            Some("Clara Weiss")
        );
        assert_eq!(of("“It is done,” Dr Varga of the University of Marden said.").as_deref(), Some("Varga"));
        // An office's holder, named after the office.
        assert_eq!(of("US Secretary of State Antony Blinken said: “It is done.”").as_deref(), Some("Antony Blinken"));
        assert_eq!(of("“It is done,” Minister of Foreign Affairs Wang Yi told reporters.").as_deref(), Some("Wang Yi"));
        assert_eq!(
            of("The University of East Anglia Professor Jane Doe said: “It is done.”").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(of("“It is done,” the Secretary of State said."), None);
        assert_eq!(of("“It is done,” the Ministry of Foreign Affairs said."), None);
        // A body may be the speaker.
        assert_eq!(
            of("“It is done,” the European Shipowners' Council said in a statement.").as_deref(),
            Some("European Shipowners Council")
        );
        assert_eq!(
            of("Marg Hollins, from Headingley, whose husband has been ill for years, told LeedsNow: “We hope.”")
                .as_deref(),
            Some("Marg Hollins")
        );
        assert_eq!(of("On Monday, Sakamaki, who leads the team, said: “We hope.”").as_deref(), Some("Sakamaki"));
        // A body set off by commas after the person, and an aside about the body after it.
        assert_eq!(
            of("Ruth Calder, of the Tenants Justice Alliance, a group that has backed many of the families, said: \
                “We hope.”")
            .as_deref(),
            Some("Ruth Calder")
        );
        assert_eq!(
            of("“We hope,” Ruth Calder, from the Tenants Union, a charity, said.").as_deref(),
            Some("Ruth Calder")
        );
        assert_eq!(of("“We hope,” Dr Calder, of the Tenants Union, a charity, said.").as_deref(), Some("Calder"));
    }

    #[test]
    fn pronouns_roles_and_audiences_name_no_speaker() {
        assert_eq!(of("“We will wait,” she said."), None);
        assert_eq!(of("“We will wait,” the minister told Parliament."), None);
        assert_eq!(of("“We will wait,” said the minister."), None);
        assert_eq!(of("“We will wait,” said Sakamaki's spokesman."), None);
        assert_eq!(of("“We will wait,” said the Sakamakis' spokesman."), None);
        assert_eq!(of("“We will wait,” said Baltora Lines' spokeswoman."), None);
        assert_eq!(of("“We will wait,” according to Reuters news agency."), None);
        assert_eq!(
            of("Putin pledged “constructive relations”, according to the North Korean state news agency KCNA."),
            None
        );
        assert_eq!(of("The agency said on Monday that it would “wait and see” before acting."), None);
        assert_eq!(of("“We will wait.” Crews then sealed the canister in a van."), None);
        assert_eq!(of("„Wir warten“, sagte Sakamaki."), None);
        assert_eq!(of("Shoppers told 'nothing changes' as chain is sold".replace('\'', "\"").as_str()), None);
        assert_eq!(of("Landlord Peter Voss told he was the “guiding hand” behind the scheme"), None);
        assert_eq!(of("Peter Voss told she had been “a model tenant”"), None);
        assert_eq!(of("Peter Voss told me: “We hope.”").as_deref(), Some("Peter Voss"));
        assert_eq!(of("Sakamaki told reporters: “We will wait.”").as_deref(), Some("Sakamaki"));
        assert_eq!(of("Putin pledged “constructive relations”, according to North Korean state media."), None);
    }

    #[test]
    fn a_role_is_kept_where_no_one_is_named() {
        assert_eq!(role("The judge added: “It is done.”").as_deref(), Some("judge"));
        assert_eq!(role("The judge also said: “It is done.”").as_deref(), Some("judge"));
        assert_eq!(role("Sentencing him, the judge said: “It is done.”").as_deref(), Some("judge"));
        assert_eq!(role("The prosecutor told the jury: “It is done.”").as_deref(), Some("prosecutor"));
        assert_eq!(role("“It is done,” said the prosecutor.").as_deref(), Some("prosecutor"));
        assert_eq!(role("“It is done,” said the judge at Manchester Crown Court.").as_deref(), Some("judge"));
        assert_eq!(role("“It is done,” the study's lead author said.").as_deref(), Some("lead author"));
        assert_eq!(role("“It is done,” said the trust's chief executive.").as_deref(), Some("chief executive"));
        assert_eq!(role("“We will wait,” the minister told Parliament.").as_deref(), Some("minister"));
        // An indefinite role points at no one, and neither does a pronoun.
        assert_eq!(role("A judge said: “It is done.”"), None);
        assert_eq!(role("“It is done,” she said.").as_deref(), Some("she"));
        assert_eq!(role("He added: “It is done.”").as_deref(), Some("he"));
        assert_eq!(role("“It is done,” they said."), None);
        assert_eq!(role("“It is done,” said Sakamaki's spokesman."), None);
        // A name wins over the role before it.
        assert_eq!(of("“It is done,” said the chief executive, Ana Ruiz.").as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_name_after_a_role_an_office_or_a_descriptor() {
        assert_eq!(
            of("“Side effects were rare,” according to the trial's statistician, Dr Tomas Okafor.").as_deref(),
            Some("Tomas Okafor")
        );
        assert_eq!(
            of("Professor Miriam Hale, Head of the School of Medicine, said: “It shows the value of it.”").as_deref(),
            Some("Miriam Hale")
        );
        assert_eq!(of("Mum-of-two Ana added: “We now need to understand it.”").as_deref(), Some("Ana"));
        assert_eq!(of("“We hope,” said Ex-minister Jane Roe.").as_deref(), Some("Jane Roe"));
        assert_eq!(of("“We hope,” said Miriam Okonkwo-Hale.").as_deref(), Some("Miriam Okonkwo-Hale"));
    }

    #[test]
    fn an_auxiliary_stands_between_a_speaker_and_the_verb() {
        assert_eq!(
            of("Helen Marsh KC, prosecuting, had told jurors: “It was a fraud.”").as_deref(),
            Some("Helen Marsh KC")
        );
        assert_eq!(of("Ms Marsh had also told the court: “It was a fraud.”").as_deref(), Some("Marsh"));
        assert_eq!(of("“It was a fraud,” Marsh has said.").as_deref(), Some("Marsh"));
        // An adverb after a comma goes on with a clause: the name before the comma is not its subject.
        assert_eq!(of("Kim replied, since World War II, also added that “ties grow”."), None);
    }

    #[test]
    fn a_second_quotation_takes_the_speaker_before_it() {
        let text = "“We will wait,” said Sakamaki, “and then we will open it.”";
        let open = text.rfind('“').unwrap();
        let close = text.len();
        assert_eq!(speaker(text, (open, close), &[0]), Some(Said::Person("Sakamaki".into())));
    }

    #[test]
    fn reads_only_the_words_next_to_the_quotation() {
        assert_eq!(first_words("a b  c d", 2), "a b  ");
        assert_eq!(last_words("a b  c d", 2), "c d");
        assert_eq!(last_words("a b ", 1), "b ");
        assert_eq!(first_words("a b", 5), "a b");
        assert_eq!(last_words("a b", 5), "a b");
        // A long sentence before the attribution is not read, and changes nothing.
        let long = "word ".repeat(200);
        assert_eq!(of(&format!("{long}, Sakamaki said: “We will wait.”")).as_deref(), Some("Sakamaki"));
        assert_eq!(of(&format!("“We will wait,” Sakamaki said, {long}.")).as_deref(), Some("Sakamaki"));
    }

    #[test]
    fn one_speaker_however_named() {
        assert!(same_speaker("Sakamaki", "Dr Haruto Sakamaki"));
        assert!(same_speaker("Haruto Sakamaki", "Dr. Sakamaki"));
        assert!(same_speaker("Miriam Okonkwo-Hale", "Miriam Okonkwo-Hall"));
        assert!(!same_speaker("Haruto Sakamaki", "Miriam Okonkwo-Hale"));
        assert!(!same_speaker("Sakamaki", "Okonkwo-Hale"));
        assert!(same_speaker("Helen Cartwright", "Cartright"));
        assert!(same_speaker("AWT", "Animal Welfare Trust"));
        assert!(!same_speaker("Sakamaki", "Sakamoto"));
        assert!(!same_speaker("BBC", "Animal Welfare Trust"));
    }
}
