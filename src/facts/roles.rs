//! Who a role in an attribution stands for: "the judge said" is the judge the report names ("Judge Mary
//! Okafor", "prosecutor Helen Marsh", "Helen Marsh, the prosecutor,"), where it names one person so.
//!
//! A report names a speaker once and then calls them by their role. Read as no one, such a quotation never
//! conflicted with a report that gave the same words to someone else, and the wire's "The judge added:"
//! hid a copy's "Ms Marsh told Kellaway:" with the judge's words.

use super::extract::{age_holder, is_title};
use super::speaker::{
    ARTICLES, NAME_WORDS, PERSONAL, ROLE_WORDS, Word, is_capitalised, names_person, same_speaker, words_of,
};
use super::{Fact, FactKind};
use crate::normalize::{fold, is_stopword};
use aho_corasick::AhoCorasick;
use rustc_hash::FxHashMap;

/// Give each quotation of one report's `facts` given to a role the person its `sentences` name in that
/// role, if they name exactly one, and each given to "he" or "she" the person just named. `sentences` is
/// the facts' list of sentences and their blocks; the blocks are not read here.
pub(super) fn resolve(facts: &mut [Fact], sentences: &[(&str, usize)]) {
    expand_first_names(facts);
    let is_pronoun = |f: &Fact| f.role.as_deref().is_some_and(|r| PERSONAL.contains(&r));
    if !facts.iter().any(|f| f.kind == FactKind::Quote && f.role.is_some()) {
        return;
    }
    let asked = facts.iter().filter(|f| !is_pronoun(f)).filter_map(|f| f.role.as_deref()?.rsplit(' ').next());
    let roles = Roles::of(sentences.iter().map(|s| s.0), asked);
    for f in facts.iter_mut().filter(|f| f.speaker.is_none() && !is_pronoun(f)) {
        if let Some(role) = &f.role {
            f.speaker = roles.holder(role);
        }
    }
    if facts.iter().any(is_pronoun) {
        resolve_pronouns(facts, sentences);
    }
}

/// Give each quotation given to "he" or "she" the one person the sentence before it names, or gives a
/// quotation to: "Lind cautioned against reading too much into the results. “Nobody should stop …,” she
/// said." The sentence before is the one news writes its speaker's name in; further back, another person
/// may have been named between. It may end the paragraph before: wire copy and its rewrites set each
/// sentence apart ("Fire Chief Marcus Ordway said …" over "'We will cooperate …,' he said."). Where a copy
/// moved paragraphs, the same "he said" comes after another name, but two reports that both give the words
/// to "he" or "she" are one wording and never conflict ([`super::ledger`]).
///
/// A person is a name the report gives a title, an age ("Margaret Doyle, 79,") or a quotation, or one of
/// its words ("Lind" of "Professor Ana Lind"). Not a man the report calls "Mr" for "she", nor a woman it
/// calls "Ms", "Mrs" or "Miss" for "he".
fn resolve_pronouns(facts: &mut [Fact], sentences: &[(&str, usize)]) {
    let people: Vec<String> = facts
        .iter()
        .filter_map(|f| match f.kind {
            FactKind::Entity if f.person => Some(f.text.clone()),
            FactKind::Quote => f.speaker.clone(),
            _ => None,
        })
        .collect();
    let surname = |n: &str| n.rsplit(' ').next().unwrap_or(n).to_lowercase();
    let aged: Vec<String> = facts.iter().filter_map(|f| age_holder(f)).map(surname).collect();
    let is_person = |n: &str| people.iter().any(|p| surname(p) == surname(n)) || aged.contains(&surname(n));
    // Quotations in reading order, so that one given to a pronoun after another may take its speaker.
    let mut order: Vec<usize> = (0..facts.len()).filter(|&i| facts[i].kind == FactKind::Quote).collect();
    order.sort_by_key(|&i| facts[i].sentence);
    for i in order {
        let f = &facts[i];
        let Some(pronoun) = f.role.as_deref().filter(|r| PERSONAL.contains(r)) else { continue };
        if f.speaker.is_some() || f.sentence == 0 {
            continue;
        }
        let before = f.sentence - 1;
        let named = facts.iter().filter_map(|g| match g.kind {
            FactKind::Entity if g.sentence == before && is_person(&g.text) => Some(&g.text),
            FactKind::Quote if g.sentence == before => g.speaker.as_ref(),
            _ => None,
        });
        let named: Vec<&String> = named.collect();
        // One surname, written alike: a name spelt a letter otherwise is one speaker across reports
        // ([`same_speaker`]), but within one report it is as likely another person.
        let Some(first) = named.first() else { continue };
        if !named.iter().all(|n| surname(n) == surname(first)) {
            continue;
        }
        let name = people.iter().filter(|p| surname(p) == surname(first)).max_by_key(|p| p.len()).unwrap_or(first);
        if !called_otherwise(sentences, &surname(name), pronoun) {
            facts[i].speaker = Some(name.to_string());
        }
    }
}

/// Whether the report calls the person of this surname (lowercase) by an honorific of the other sex than
/// `pronoun` says: "Mr Okafor" where "she" spoke.
fn called_otherwise(sentences: &[(&str, usize)], surname: &str, pronoun: &str) -> bool {
    let honorifics: &[&str] = if pronoun == "she" { &["mr"] } else { &["ms", "mrs", "miss"] };
    sentences.iter().any(|(s, _)| {
        let words: Vec<&str> = s.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
        // The honorific, then the surname within the name's next few words ("Mr Martin Kellaway").
        words.iter().enumerate().any(|(k, w)| {
            honorifics.contains(&w.to_lowercase().as_str())
                && words[k + 1..].iter().take(3).any(|n| n.to_lowercase() == surname)
        })
    })
}

/// Give a quotation whose speaker one of `facts`'s reports names by a first name alone ("Mum-of-two Ana
/// added:", as tabloids write) the full name the report gives that person ("Ana Lind"), if it gives one
/// person so. Read as "Ana", she was another speaker than the "Lind" of other reports.
///
/// A one-word name that ends a full name the report gives is a surname, and one speaker with it already.
fn expand_first_names(facts: &mut [Fact]) {
    let lone = |f: &Fact| f.kind == FactKind::Quote && f.speaker.as_deref().is_some_and(|n| !n.contains(' '));
    if !facts.iter().any(lone) {
        return;
    }
    let full: Vec<String> =
        facts.iter().filter(|f| f.kind == FactKind::Entity && f.text.contains(' ')).map(|f| f.text.clone()).collect();
    for f in facts.iter_mut().filter(|f| lone(f)) {
        let Some(name) = f.speaker.as_deref() else { continue };
        if full.iter().any(|n| n.rsplit(' ').next() == Some(name)) {
            continue;
        }
        let named: Vec<&String> = full.iter().filter(|n| n.split(' ').next() == Some(name)).collect();
        if let Some(first) = named.first()
            && named.iter().all(|n| same_speaker(n, first))
        {
            f.speaker = named.iter().max_by_key(|n| n.len()).map(|n| n.to_string());
        }
    }
}

/// The people a report names in each role: by the role's last word, lowercase, the words before it
/// ("prime" of "Prime Minister", "lead" of "lead author") and the name.
#[derive(Default)]
struct Roles(FxHashMap<String, Vec<(Vec<String>, String)>>);

impl Roles {
    /// The people `sentences` name in roles, read only from the sentences that hold a word of the roles
    /// `asked` (by their last words), or a shortening of one: reading every word of a long report, for
    /// the one role asked, was a tenth of the time of its facts.
    fn of<'a, 'r>(sentences: impl Iterator<Item = &'a str>, asked: impl Iterator<Item = &'r str>) -> Roles {
        let mut needles: Vec<String> = Vec::new();
        for role in asked {
            let role = unabbreviated(role);
            let short = ABBREVIATED.iter().chain(COUNSEL).filter(|(_, long)| *long == role);
            needles.extend(short.map(|(short, _)| short.to_string()));
            needles.push(role);
        }
        let Ok(holds) = AhoCorasick::builder().ascii_case_insensitive(true).build(&needles) else {
            return Roles::default();
        };
        let mut roles = Roles::default();
        for sentence in sentences.filter(|s| holds.is_match(s)) {
            let words = words_of(sentence);
            for k in 0..words.len() {
                roles.titled(&words, k);
                roles.role_before_name(&words, k);
                roles.role_after_name(&words, k);
            }
        }
        roles
    }

    /// Add `name` in the role of `words`: the last is the role, the others qualify it.
    fn add<'w>(&mut self, words: impl Iterator<Item = &'w str>, name: &str) {
        let mut words: Vec<String> = words.map(unabbreviated).collect();
        let Some(role) = words.pop() else { return };
        self.0.entry(role).or_default().push((words, name.to_string()));
    }

    /// The one person named in `role` ("judge", "lead author"): every naming of it with at least its
    /// qualifying words is one person's ("Mary Okafor", "Okafor"), and the fullest is given. "The health
    /// minister" is not "Prime Minister Keir Starmer"; two people in one role ("Judge Okafor", "Judge
    /// Reyes") name neither.
    fn holder(&self, role: &str) -> Option<String> {
        let mut words: Vec<String> = role.split(' ').map(unabbreviated).collect();
        let last = words.pop()?;
        let names: Vec<&String> = self
            .0
            .get(&last)?
            .iter()
            .filter(|(qualifiers, _)| words.iter().all(|w| qualifiers.contains(w)))
            .map(|(_, n)| n)
            .collect();
        let first = names.first()?;
        names
            .iter()
            .all(|n| same_speaker(n, first))
            .then(|| names.iter().max_by_key(|n| n.len()).unwrap_or(first).to_string())
    }

    /// Titles at word `k` before a name: "Judge Mary Okafor", "Detective Inspector Rob Sheldon", "Det Insp
    /// Rob Sheldon". Each title is a role.
    fn titled(&mut self, words: &[Word], k: usize) {
        let title = |w: &Word| is_capitalised(w) && !w.closed && is_title(w.bare);
        // Only the first of a run of titles starts one.
        if !title(&words[k]) || (k > 0 && title(&words[k - 1])) {
            return;
        }
        let mut at = k;
        while at < words.len() && title(&words[at]) {
            at += 1;
        }
        // Capitalised words right before the titles qualify them: "Fire Chief Marcus Ordway" is the fire
        // chief, as "fire chief Marcus Ordway" would be.
        let mut start = k;
        while start > 0 && k - start < ROLE_WORDS - 1 && {
            let w = &words[start - 1];
            is_capitalised(w) && !w.closed && !w.possessive && !is_stopword(&fold(w.bare))
        } {
            start -= 1;
        }
        if let Some(name) = name_at(words, at) {
            // "Detective Inspector" is an inspector and a detective.
            for end in k + 1..=at {
                self.add(words[start..end].iter().map(|w| w.bare.trim_end_matches('.')), &name);
            }
        }
    }

    /// A role in lowercase before a person's name: "prosecutor Helen Marsh", "lead author Dr Ana Lind",
    /// "campaigner Kathleen Ryder". The role is the word next to the name; the words before it qualify it.
    fn role_before_name(&mut self, words: &[Word], k: usize) {
        if words[k].closed || !is_role(&words[k]) {
            return;
        }
        let Some(name) = name_at(words, k + 1).filter(|name| names_person(name, &words[k + 1])) else { return };
        let mut start = k;
        while start > 0 && k - start < ROLE_WORDS - 1 && !words[start - 1].closed && is_role(&words[start - 1]) {
            start -= 1;
        }
        self.add(words[start..=k].iter().map(|w| w.bare), &name);
    }

    /// A role set after a person's name by a comma: "Helen Marsh, the prosecutor,", "Margaret Doyle, a
    /// victim,", "Helen Marsh KC, prosecuting,", as courts report counsel.
    fn role_after_name(&mut self, words: &[Word], k: usize) {
        // `k` is the name's last word, closed by the comma; the name is read from its first.
        if !(words[k].closed && is_capitalised(&words[k])) || words.get(k + 1).is_none() {
            return;
        }
        let mut start = k;
        while start > 0 && k - start < NAME_WORDS - 1 && is_capitalised(&words[start - 1]) && !words[start - 1].closed {
            start -= 1;
        }
        let Some(name) = name_at(words, start).filter(|name| names_person(name, &words[start])) else { return };
        let mut at = k + 1;
        if let Some(role) = COUNSEL.iter().find(|(how, _)| words[at].bare == *how).map(|(_, role)| role) {
            if words[at].closed {
                self.add(std::iter::once(*role), &name);
            }
            return;
        }
        // An article or a possessive, or both, before the role: "the prosecutor", "the study's lead
        // author", "Brightwater's founder".
        let article = ARTICLES.contains(&words[at].bare.to_lowercase().as_str()) && !words[at].closed;
        at += usize::from(article);
        let possessive = words.get(at).is_some_and(|w| w.possessive && !w.closed);
        at += usize::from(possessive);
        if !(article || possessive) || at >= words.len() {
            return;
        }
        // The role's words, up to the comma that closes the aside or a word that ties it on ("the managing
        // director of Brightwater"). Only the last is asked to be a role: "managing" qualifies one.
        let end = (at..words.len().min(at + ROLE_WORDS)).find(|&j| {
            !qualifies(&words[j]) || words[j].closed || words.get(j + 1).is_some_and(|n| is_stopword(&fold(n.bare)))
        });
        if let Some(end) = end.filter(|&j| is_role(&words[j])) {
            self.add(words[at..=end].iter().map(|w| w.bare), &name);
        }
    }
}

/// The name read from word `at`: its titles, then capitalised words up to one closed by punctuation; the
/// titles are not part of it.
fn name_at(words: &[Word], at: usize) -> Option<String> {
    let mut end = at;
    while end < words.len() && end - at < NAME_WORDS + 2 && is_capitalised(&words[end]) && !words[end].possessive {
        end += 1;
        if words[end - 1].closed {
            break;
        }
    }
    let name: Vec<&str> = words[at..end].iter().map(|w| w.bare).skip_while(|w| is_title(w)).collect();
    let first = name.first()?;
    (!is_stopword(&fold(first))).then(|| name.join(" "))
}

/// A role's word, lowercase, in full where a title shortens it ("Insp" is "inspector").
fn unabbreviated(word: &str) -> String {
    let word = word.to_lowercase();
    ABBREVIATED.iter().find(|(short, _)| *short == word).map_or(word, |(_, long)| long.to_string())
}

/// Whether a word may be a role: one that [`qualifies`] one, but no verb's past ("thanked") or participle
/// ("sentencing"), which stand before names too.
fn is_role(w: &Word) -> bool {
    qualifies(w) && !w.bare.ends_with("ed") && !w.bare.ends_with("ing")
}

/// Whether a word may be one of a role's: a lowercase word of letters, no stopword ("managing" of
/// "managing director").
fn qualifies(w: &Word) -> bool {
    let bare = w.bare;
    bare.starts_with(|c: char| c.is_lowercase())
        && bare.chars().all(char::is_alphabetic)
        && bare.chars().count() > 2
        && !is_stopword(&fold(bare))
}

/// How court reports set counsel after a name ("Helen Marsh KC, prosecuting,"), and the role that is.
const COUNSEL: &[(&str, &str)] = &[("prosecuting", "prosecutor")];

/// Titles as they are shortened before names, and the role each is.
const ABBREVIATED: &[(&str, &str)] = &[
    ("det", "detective"),
    ("insp", "inspector"),
    ("supt", "superintendent"),
    ("sgt", "sergeant"),
    ("prof", "professor"),
    ("gen", "general"),
    ("col", "colonel"),
    ("capt", "captain"),
    ("lt", "lieutenant"),
    ("cllr", "councillor"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn holder(text: &str, role: &str) -> Option<String> {
        Roles::of(text.split('\n'), role.rsplit(' ').next().into_iter()).holder(role)
    }

    #[test]
    fn a_title_before_a_name_is_a_role() {
        let text = "Sentencing him, Judge Mary Okafor said it was a grave case.\nJudge Okafor added more.";
        assert_eq!(holder(text, "judge").as_deref(), Some("Mary Okafor"));
        let text = "Det Insp Rob Sheldon, of Greater Manchester Police, spoke.";
        assert_eq!(holder(text, "inspector").as_deref(), Some("Rob Sheldon"));
        assert_eq!(holder(text, "detective").as_deref(), Some("Rob Sheldon"));
        assert_eq!(holder("Detective Inspector Rob Sheldon spoke.", "inspector").as_deref(), Some("Rob Sheldon"));
        // A capitalised word before the title qualifies it: the fire chief is the Fire Chief.
        let text = "Fire Chief Marcus Ordway said crews had worked all night.\nChief Ordway spoke again.";
        assert_eq!(holder(text, "fire chief").as_deref(), Some("Marcus Ordway"));
        assert_eq!(holder(text, "chief").as_deref(), Some("Marcus Ordway"));
        assert_eq!(holder(text, "police chief"), None);
    }

    #[test]
    fn a_lowercase_role_before_a_name_is_a_role() {
        let text = "The case was brought by prosecutor Helen Marsh in May.";
        assert_eq!(holder(text, "prosecutor").as_deref(), Some("Helen Marsh"));
        let text = "The study's lead author Dr Ana Lind spoke.";
        assert_eq!(holder(text, "author").as_deref(), Some("Ana Lind"));
        // A verb before a name is no role, and neither is a word before a body of one word.
        assert_eq!(holder("The court thanked Margaret Doyle.", "thanked"), None);
        assert_eq!(holder("The firm sued Brightwater.", "firm"), None);
    }

    #[test]
    fn a_role_after_a_name_is_a_role() {
        let text = "Helen Marsh, the prosecutor, told the court it was planned.";
        assert_eq!(holder(text, "prosecutor").as_deref(), Some("Helen Marsh"));
        let text = "Martin Kellaway, the managing director of Brightwater, denied it.";
        assert_eq!(holder(text, "director").as_deref(), Some("Martin Kellaway"));
        let text = "Helen Marsh KC, prosecuting, told jurors it was a fraud.";
        assert_eq!(holder(text, "prosecutor").as_deref(), Some("Helen Marsh KC"));
        let text = "Margaret Doyle, a victim, spoke.";
        assert_eq!(holder(text, "victim").as_deref(), Some("Margaret Doyle"));
        let text = "Professor Ana Lind, the study's lead author, said so.";
        assert_eq!(holder(text, "lead author").as_deref(), Some("Ana Lind"));
        let text = "Ana Lind, Karolinska's lead author, said so.";
        assert_eq!(holder(text, "author").as_deref(), Some("Ana Lind"));
        // A clause after the comma gives no role.
        assert_eq!(holder("Ana Lind, who led it, said so.", "led"), None);
    }

    #[test]
    fn a_qualified_role_is_only_the_one_so_named() {
        let text = "Prime Minister Keir Starmer spoke.";
        assert_eq!(holder(text, "minister").as_deref(), Some("Keir Starmer"));
        assert_eq!(holder(text, "prime minister").as_deref(), Some("Keir Starmer"));
        assert_eq!(holder(text, "health minister"), None);
        let text = "Detective Inspector Rob Sheldon spoke.";
        assert_eq!(holder(text, "detective inspector").as_deref(), Some("Rob Sheldon"));
        assert_eq!(holder(text, "det insp").as_deref(), Some("Rob Sheldon"));
    }

    /// The speaker of each quotation of an article of `sentences`, one paragraph each.
    fn speakers(sentences: &[&str]) -> Vec<Option<String>> {
        let paragraphs: Vec<&[&str]> = sentences.iter().map(std::slice::from_ref).collect();
        speakers_in(&paragraphs)
    }

    #[test]
    fn a_quotation_given_to_a_role_is_given_to_the_one_the_report_names_so() {
        let said = speakers(&[
            "Sentencing him, Judge Mary Okafor said it was a grave breach of trust.",
            "The judge added: “I have no doubt that you were the directing mind behind this scheme.”",
            "“It was a fraud from the very first day,” said the prosecutor.",
        ]);
        assert_eq!(said, [Some("Mary Okafor".to_string()), None]);
        // Named after the quotation, the judge is still the one.
        let said = speakers(&["The judge added: “I have no doubt at all.”", "Judge Okafor then rose."]);
        assert_eq!(said, [Some("Okafor".to_string())]);
        // A report that names two judges gives the quotation to neither.
        let said = speakers(&["Judge Okafor and Judge Reyes sat.", "The judge added: “I have no doubt at all.”"]);
        assert_eq!(said, [None]);
    }

    #[test]
    fn a_first_name_alone_is_the_person_the_report_names_in_full() {
        let said = speakers(&[
            "The study was led by Professor Ana Lind of the University of Carrowmore.",
            "Mum-of-two Ana added: “We now need to understand who benefits most.”",
        ]);
        assert_eq!(said, [Some("Ana Lind".to_string())]);
        // A surname alone stays as it is, and a first name two people share names neither in full.
        let said = speakers(&["Professor Ana Lind led it.", "Lind added: “We now need to understand it.”"]);
        assert_eq!(said, [Some("Lind".to_string())]);
        let said =
            speakers(&["Ana Lind and Ana Ruiz led it.", "Mum-of-two Ana added: “We now need to understand it.”"]);
        assert_eq!(said, [Some("Ana".to_string())]);
    }

    /// The speaker of each quotation of an article of `paragraphs` of sentences.
    fn speakers_in(paragraphs: &[&[&str]]) -> Vec<Option<String>> {
        let sentences: Vec<(&str, usize)> =
            paragraphs.iter().enumerate().flat_map(|(k, p)| p.iter().map(move |s| (*s, k))).collect();
        let facts = crate::facts::extract_sentences(&sentences);
        facts.into_iter().filter(|f| f.kind == FactKind::Quote).map(|f| f.speaker).collect()
    }

    #[test]
    fn he_or_she_is_the_person_the_sentence_before_names() {
        let said = speakers_in(&[
            &["Professor Ana Lind led the trial."],
            &[
                "Lind cautioned against reading too much into the results.",
                "“Nobody should stop taking their medication,” she said.",
            ],
            // Another paragraph goes on with the speaker of the quotation before it.
            &["“We now need to understand who benefits most,” she added."],
        ]);
        assert_eq!(said, [Some("Ana Lind".to_string()), Some("Ana Lind".to_string())]);
        // A name with an age is a person's.
        let said = speakers_in(&[&[
            "One victim, Margaret Doyle, 79, lost £38,000.",
            "In a statement, she said: “I lost it all.”",
        ]]);
        assert_eq!(said, [Some("Margaret Doyle".to_string())]);
        // Two people named before, a place, a man the report calls "Mr", or a name two sentences back: no
        // one.
        let said = speakers_in(&[&[
            "Professor Ana Lind and Dr Tomas Okafor led the trial.",
            "“Nobody should stop taking their medication,” she said.",
        ]]);
        assert_eq!(said, [None]);
        let said = speakers_in(&[&[
            "Dr Tomas Okafor spoke in Carrowmore.",
            "Carrowmore is a town.",
            "“It is real,” he said.",
        ]]);
        assert_eq!(said, [None]);
        let said = speakers_in(&[&[
            "Mr Martin Kellaway was jailed for seven years.",
            "“I lost everything I had saved,” she said.",
        ]]);
        assert_eq!(said, [None]);
        // The sentence before may end the paragraph before, as in copy written a sentence a paragraph.
        let said = speakers_in(&[&["One victim, Margaret Doyle, 79, lost £38,000."], &["She said: “I lost it all.”"]]);
        assert_eq!(said, [Some("Margaret Doyle".to_string())]);
        let said = speakers_in(&[
            &["Fire Chief Marcus Ordway said his crews had never seen water rise so quickly."],
            &["“We will cooperate fully with any investigation,” he said."],
        ]);
        assert_eq!(said, [Some("Marcus Ordway".to_string())]);
    }

    #[test]
    fn two_people_in_one_role_give_neither() {
        let text = "Judge Mary Okafor sat with Judge Tomás Reyes.";
        assert_eq!(holder(text, "judge"), None);
        // One person named twice, once in full, is one.
        let text = "Judge Mary Okafor spoke.\nLater Judge Okafor spoke again.";
        assert_eq!(holder(text, "judge").as_deref(), Some("Mary Okafor"));
        assert_eq!(holder(text, "prosecutor"), None);
    }
}
