//! The names of the months in the languages of the pages read, beyond English: what a page's date says in
//! French or Russian, Arabic or Thai ("12 сентября 2024", "١٥ أكتوبر ٢٠٢٥", "17 ก.ย. 2567"); and the
//! months of the Solar Hijri calendar, which Iranian pages date by ("۱۹ آبان ۱۴۰۴").
//!
//! A report's publication date tells which of two reports came first (who copied whom), and a date in a
//! sentence is a date, not a count of something. English names and their abbreviations are
//! read apart; these are the other languages' names, each lowered, as a day's date spells
//! them (Russian, Ukrainian, Polish, Czech and Greek in the genitive: "12 сентября", "18 Σεπτεμβρίου").

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// Each month's names, January first.
#[rustfmt::skip]
const NAMES: [&[&str]; 12] = [
    &[
        "janvier", "janv", "januar", "januarie", "gener", "ionawr", "jänner", "enero", "gennaio", "januari", "janeiro", "janar", "stycznia", "styczeń",
        "ledna", "leden", "ianuarie", "ocak", "tammikuuta", "január", "januára", "sausio", "janvāris", "jaanuar",
        "января", "январь", "січня", "януари", "јануар", "ιανουαρίου", "ιανουαριου", "ιανουάριος",
        "يناير", "جانفي", "ژانویه", "جنوری", "ינואר",
        "जनवरी", "জানুয়ারি", "জানুয়ারি", "জানুয়ারী", "জানুয়ারী", "ஜனவரி", "ஜன", "มกราคม", "ม.ค",
    ],
    &[
        "février", "fevrier", "févr", "fév", "februar", "februarie", "febrer", "chwefror", "fev", "febrero", "febbraio", "februari", "fevereiro", "lutego", "luty",
        "února", "únor", "februarie", "şubat", "subat", "helmikuuta", "február", "februára", "vasario",
        "februāris", "veebruar",
        "февраля", "февраль", "лютого", "февруари", "фебруар", "φεβρουαρίου", "φεβρουαριου", "φεβρουάριος",
        "فبراير", "فيفري", "شباط", "فوریه", "فروری", "פברואר",
        "फ़रवरी", "फ\u{093C}रवरी", "फरवरी", "ফেব্রুয়ারি", "ফেব্রুয়ারি", "ফেব্রুয়ারী", "ফেব্রুয়ারী", "பிப்ரவரி", "பிப்",
        "กุมภาพันธ์", "ก.พ",
    ],
    &[
        "mars", "märz", "mär", "marzo", "maart", "mrt", "març", "mawrth", "março", "marts", "marca", "marzec", "března", "březen", "martie",
        "mart", "maaliskuuta", "március", "kovo", "märts", "machi", "maret",
        "марта", "март", "березня", "μαρτίου", "μαρτιου", "μάρτιος",
        "مارس", "آذار", "مارچ", "מרץ", "מרס",
        "मार्च", "মার্চ", "மார்ச்", "மார்", "มีนาคม", "มี.ค",
    ],
    &[
        "avril", "avr", "abril", "abr", "aprile", "ebrill", "kwietnia", "kwiecień", "dubna", "duben", "aprilie", "nisan", "huhtikuuta",
        "április", "apríla", "balandžio", "aprīlis", "aprill", "aprili",
        "апреля", "апрель", "квітня", "април", "απριλίου", "απριλιου", "απρίλιος",
        "أبريل", "ابريل", "إبريل", "أفريل", "نيسان", "آوریل", "اپریل", "אפריל",
        "अप्रैल", "अप्रेल", "এপ্রিল", "ஏப்ரல்", "ஏப்", "เมษายน", "เม.ย",
    ],
    &[
        "mai", "mayo", "maggio", "mei", "maig", "maio", "maj", "maja", "května", "květen", "mayıs", "mayis",
        "toukokuuta", "május", "mája", "gegužės", "maijs",
        "мая", "май", "травня", "мај", "μαΐου", "μαιου", "μαΐος", "μάιος",
        "مايو", "ماي", "أيار", "ايار", "مه", "مئی", "מאי",
        "मई", "মে", "மே", "พฤษภาคม", "พ.ค",
    ],
    &[
        "juin", "juni", "junie", "junio", "giugno", "juny", "mehefin", "junho", "czerwca", "czerwiec", "června", "červen", "iunie",
        "haziran", "kesäkuuta", "június", "júna", "birželio", "jūnijs", "juuni", "jun",
        "июня", "июнь", "червня", "юни", "јун", "ιουνίου", "ιουνιου", "ιούνιος",
        "يونيو", "يونيه", "جوان", "حزيران", "ژوئن", "جون", "יוני",
        "जून", "জুন", "ஜூன்", "มิถุนายน", "มิ.ย",
    ],
    &[
        "juillet", "juil", "juli", "julie", "julio", "luglio", "juliol", "gorffennaf", "julho", "lipca", "lipiec", "července", "červenec", "iulie",
        "temmuz", "heinäkuuta", "július", "júla", "liepos", "jūlijs", "juuli", "julai", "jul",
        "июля", "июль", "липня", "юли", "јул", "ιουλίου", "ιουλιου", "ιούλιος",
        "يوليو", "يوليه", "يوليوز", "جويلية", "تموز", "ژوئیه", "جولائی", "יולי",
        "जुलाई", "জুলাই", "ஜூலை", "กรกฎาคม", "ก.ค",
    ],
    &[
        "août", "aout", "agosto", "augustus", "agost", "awst", "augusti", "sierpnia", "sierpień", "srpna", "srpen", "ağustos",
        "agustos", "elokuuta", "augusztus", "augusta", "rugpjūčio", "augusts", "august", "agosti", "agustus",
        "avgust",
        "августа", "август", "серпня", "αυγούστου", "αυγουστου", "αύγουστος",
        "أغسطس", "اغسطس", "غشت", "أوت", "آب", "اوت", "اگست", "אוגוסט",
        "अगस्त", "আগস্ট", "ஆகஸ்ட்", "ஆக", "สิงหาคม", "ส.ค",
    ],
    &[
        "septembre", "setembre", "medi", "septiembre", "setiembre", "settembre", "setembro", "września", "wrzesień", "září",
        "septembrie", "eylül", "eylul", "syyskuuta", "szeptember", "septembra", "rugsėjo", "septembris",
        "septembar", "septemba",
        "сентября", "сентябрь", "вересня", "септември", "септембар", "σεπτεμβρίου", "σεπτεμβριου",
        "σεπτέμβριος",
        "سبتمبر", "شتنبر", "أيلول", "ايلول", "سپتامبر", "ستمبر", "ספטמבר",
        "सितंबर", "सितम्बर", "সেপ্টেম্বর", "செப்டம்பர்", "செப்", "กันยายน", "ก.ย",
    ],
    &[
        "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "hydref", "outubro", "października", "październik", "října", "říjen",
        "octombrie", "ekim", "lokakuuta", "október", "októbra", "spalio", "oktobris", "oktoober", "oktobar",
        "oktoba",
        "октября", "октябрь", "жовтня", "октомври", "октобар", "οκτωβρίου", "οκτωβριου", "οκτώβριος",
        "أكتوبر", "اكتوبر", "اکتبر", "اکتوبر", "אוקטובר",
        "अक्टूबर", "अक्तूबर", "অক্টোবর", "அக்டோபர்", "அக்", "ตุลาคม", "ต.ค",
    ],
    &[
        "novembre", "noviembre", "tachwedd", "novembro", "listopada", "listopad", "listopadu", "noiembrie", "kasım", "kasim",
        "marraskuuta", "novembra", "lapkričio", "novembris", "novembar", "novemba",
        "ноября", "ноябрь", "листопада", "ноември", "новембар", "νοεμβρίου", "νοεμβριου", "νοέμβριος",
        "نوفمبر", "نونبر", "نوامبر", "نومبر", "נובמבר",
        "नवंबर", "नवम्बर", "নভেম্বর", "நவம்பர்", "நவ", "พฤศจิกายน", "พ.ย",
    ],
    &[
        "décembre", "decembre", "déc", "dezember", "dez", "desembre", "rhagfyr", "dic", "diciembre", "dicembre", "dezembro", "grudnia", "grudzień",
        "prosince", "prosinec", "decembrie", "aralık", "aralik", "joulukuuta", "decembra", "gruodžio",
        "decembris", "detsember", "decembar", "desember", "desemba",
        "декабря", "декабрь", "грудня", "декември", "децембар", "δεκεμβρίου", "δεκεμβριου", "δεκέμβριος",
        "ديسمبر", "دجنبر", "دسامبر", "دسمبر", "דצמבר",
        "दिसंबर", "दिसम्बर", "ডিসেম্বর", "டிசம்பர்", "டிச", "ธันวาคม", "ธ.ค",
    ],
];

/// Every name of [`NAMES`], with its month's number.
static BY_NAME: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    NAMES.iter().zip(1..).flat_map(|(names, month)| names.iter().map(move |&name| (name, month))).collect()
});

/// Hebrew's preposition "in", joined to the month it stands before: "11 בספטמבר 2025".
const HEBREW_IN: char = 'ב';

/// The month a name of [`NAMES`] gives, in any case; a Hebrew name also after its "in", a Catalan one
/// after its "of" ("4 d'abril").
pub fn named(word: &str) -> Option<u32> {
    // Names run two letters to nine of three bytes each: most words are ruled out before a lowered copy.
    if !(2..=30).contains(&word.len()) {
        return None;
    }
    let find = |w: &str| {
        let prefixed = w.strip_prefix(HEBREW_IN).or_else(|| w.strip_prefix("d'")).or_else(|| w.strip_prefix("d’"));
        BY_NAME.get(w).copied().or_else(|| BY_NAME.get(prefixed?).copied())
    };
    // Every lower-case word after a day is asked ("12 people"): most need no lowered copy.
    if word.chars().any(char::is_uppercase) { find(&word.to_lowercase()) } else { find(word) }
}

/// The months of the Solar Hijri calendar, by which Iranian and Afghan pages date ("۱۹ آبان ۱۴۰۴").
const SOLAR_HIJRI: [&str; 12] =
    ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

/// The common-era date (year, month, day) of a Solar Hijri one, its day, month's name and year as written
/// ("19", "آبان", "1404" is 10 November 2025); `None` unless `month` names a month of [`SOLAR_HIJRI`] and
/// `year` is a year of it from 1300 to 1500 (1921 to 2122).
pub fn solar_hijri(day: u32, month: &str, year: &str) -> Option<(u32, u32, u32)> {
    let month = SOLAR_HIJRI.iter().position(|m| *m == month)? as u32 + 1;
    let year: u32 = (year.len() == 4).then(|| year.parse().ok()).flatten().filter(|y| (1300..=1500).contains(y))?;
    let days_in_month = if month <= 6 { 31 } else { 30 };
    (1..=days_in_month).contains(&day).then(|| from_solar_hijri(year, month, day))
}

/// The Gregorian date of a Solar Hijri one, by the arithmetic rule of 33-year cycles, which agrees with
/// the astronomical calendar Iran keeps for the years news is dated in.
fn from_solar_hijri(year: u32, month: u32, day: u32) -> (u32, u32, u32) {
    let jy = i64::from(year) + 1595;
    let month_days = if month < 7 { (i64::from(month) - 1) * 31 } else { (i64::from(month) - 7) * 30 + 186 };
    let mut days = -355_668 + 365 * jy + (jy / 33) * 8 + ((jy % 33) + 3) / 4 + i64::from(day) + month_days;
    let mut gy = 400 * (days / 146_097);
    days %= 146_097;
    if days > 36_524 {
        days -= 1;
        gy += 100 * (days / 36_524);
        days %= 36_524;
        if days >= 365 {
            days += 1;
        }
    }
    gy += 4 * (days / 1461);
    days %= 1461;
    if days > 365 {
        gy += (days - 1) / 365;
        days = (days - 1) % 365;
    }
    let leap = (gy % 4 == 0 && gy % 100 != 0) || gy % 400 == 0;
    let lengths = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut gd = days + 1;
    let mut gm = 1;
    for length in lengths {
        if gd <= length {
            break;
        }
        gd -= length;
        gm += 1;
    }
    (gy as u32, gm, gd as u32)
}

/// Whether a year written in the Buddhist era (Thai dates: 2567 is 2024) is read from `text`: it holds
/// Thai letters, whose UTF-8 opens with the bytes E0 B8 or E0 B9.
pub fn in_buddhist_era(text: &str) -> bool {
    text.as_bytes().windows(2).any(|w| w[0] == 0xe0 && matches!(w[1], 0xb8 | 0xb9))
}

/// How many years the Buddhist era runs ahead of the common one.
pub const BUDDHIST_ERA_AHEAD: u32 = 543;

/// `year` in the common era, if it is one from `earliest` to 2100; with `buddhist` (a Thai page), also a
/// year of the Buddhist era that falls in those years (2567 is 2024).
pub fn common_era_year(year: u32, earliest: u32, buddhist: bool) -> Option<u32> {
    let years = earliest..=2100;
    if years.contains(&year) {
        Some(year)
    } else if buddhist && years.contains(&year.wrapping_sub(BUDDHIST_ERA_AHEAD)) {
        Some(year - BUDDHIST_ERA_AHEAD)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_month_has_its_names_once() {
        let mut seen = FxHashMap::default();
        for (names, month) in NAMES.iter().zip(1..) {
            for name in *names {
                assert_eq!(*name, name.to_lowercase(), "names are lowered");
                if let Some(other) = seen.insert(*name, month) {
                    assert_eq!(other, month, "{name} names two months");
                }
            }
        }
    }

    #[test]
    fn solar_hijri_dates_are_their_gregorian_days() {
        // Nowruz, the first of Farvardin, falls on the March equinox.
        assert_eq!(solar_hijri(1, "فروردین", "1403"), Some((2024, 3, 20)));
        assert_eq!(solar_hijri(1, "فروردین", "1404"), Some((2025, 3, 21)));
        assert_eq!(solar_hijri(19, "آبان", "1404"), Some((2025, 11, 10)));
        assert_eq!(solar_hijri(30, "اسفند", "1403"), Some((2025, 3, 20)));
        assert_eq!(solar_hijri(10, "دی", "1402"), Some((2023, 12, 31)));
        assert_eq!(solar_hijri(31, "مهر", "1404"), None);
        assert_eq!(solar_hijri(19, "آبان", "2025"), None);
        assert_eq!(solar_hijri(19, "ماه", "1404"), None);
    }

    #[test]
    fn names_in_many_languages_and_cases() {
        for (word, month) in [
            ("сентября", 9),
            ("Вересня", 9),
            ("Σεπτεμβρίου", 9),
            ("ΣΕΠΤΕΜΒΡΙΟΥ", 9),
            ("أكتوبر", 10),
            ("בספטמבר", 9),
            ("ספטמבר", 9),
            ("नवंबर", 11),
            ("নভেম্বর", 11),
            ("ஆகஸ்ட்", 8),
            ("กันยายน", 9),
            ("ก.ย", 9),
            ("Maret", 3),
            ("Septemba", 9),
            ("października", 10),
            ("d'abril", 4),
            ("d’abril", 4),
            ("Medi", 9),
            ("okt", 10),
        ] {
            assert_eq!(named(word), Some(month), "{word}");
        }
        // Nor Spanish's and Italian's shortenings of January, "ene" and "gen": "winds of 20 ENE", "some 30
        // Gen Z voters".
        for word in ["people", "Россия", "ב", "בית", "said", "", "ENE", "Gen"] {
            assert_eq!(named(word), None, "{word}");
        }
    }
}
