//! Page furniture of Chinese, Japanese and Korean pages: the marks their captions, credit lines, teaser
//! headings, copyright lines and wire end marks carry, which the word-based rules for other scripts cannot
//! see in text written without spaces.
//!
//! Every furniture rule here is asked only of a short block that opens or ends in those scripts
//! ([`may_be_cjk`]); the dateline's, of a short line the general dateline test could not read.

use crate::blocks::{IDEOGRAPHIC_SPACE, ends_sentence, looks_like_dateline};
use crate::normalize::{is_han, shape_words};

/// Whether a block may be one that [`is_furniture`] knows: it opens or ends with a character of Chinese,
/// Japanese or Korean, or one of their marks (U+3000 and above). Every furniture line those rules know does
/// ("（完）", "来源：…", a caption's "（…摄）", "…版權所有"), and few blocks in other scripts do (an emoji
/// at a line's end): two characters answer for every short block of every report, where a search through
/// each for such a character was 1.3% of comparing two long reports.
pub fn may_be_cjk(text: &str) -> bool {
    let t = text.trim();
    t.chars().next_back().is_some_and(|c| c >= '\u{3000}') || t.chars().next().is_some_and(|c| c >= '\u{3000}')
}

/// Whether a short block of a Chinese, Japanese or Korean page is page furniture by its own marks.
pub fn is_furniture(text: &str) -> bool {
    let t = text.trim();
    has_picture_credit(t)
        || is_credit_line(t)
        || heads_teasers(t)
        || is_copyright(t)
        || is_end_mark(t)
        || is_paywall_notice(t)
        || is_count_bar(t)
}

/// A date and time as those pages print them over a story, with the word for its posting or its update:
/// "2025年3月16日(日) 11:50 更新", "3/16(日) 12:08配信", "2025年3月16日 11時32分", "2025년 11월 4일
/// 화요일", "2025-06-28 15:42 发布". Figures, the units of a date (年, 月, 日, 時, 分; 년, 월, 일), its marks,
/// and words of [`DATE_WORDS`] or [`POSTING_WORDS`], and nothing else. [`crate::blocks::looks_like_dateline`] asks this of a
/// short line it could not read.
pub fn is_dateline(text: &str) -> bool {
    let t = text.trim();
    // Not asked first whether the line opens or ends in those scripts ([`may_be_cjk`]): a date of figures
    // opens and ends with a figure ("2025年3月16日(日) 12:04"), and a line of other words ends the loop
    // below at its first word.
    if t.len() > DATELINE_BYTES {
        return false;
    }
    let (mut digits, mut units) = (0, 0);
    // Where the word being read began: a word ends at a figure, a unit, a mark or a space, and must be one of
    // DATE_WORDS or POSTING_WORDS. Read as a slice of the line, not gathered: every short line of figures is
    // asked.
    let mut word: Option<usize> = None;
    let known = |word: Option<usize>, end: usize| {
        word.is_none_or(|start| [DATE_WORDS, POSTING_WORDS].iter().any(|list| list.contains(&&t[start..end])))
    };
    for (i, c) in t.char_indices() {
        if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            digits += 1;
        } else if DATE_UNITS.contains(c) && word.is_none() {
            // After letters, a unit's character ends a word instead: 日 of 星期日, 일 of 화요일.
            units += 1;
        } else if c.is_alphabetic() {
            word.get_or_insert(i);
            continue;
        } else if !DATE_MARKS.contains(c) && !c.is_whitespace() {
            return false;
        }
        if !known(word.take(), i) {
            return false;
        }
    }
    // A date and a time, or a time before now ("2時間前", "5分前").
    let ago = t.ends_with('前') && digits >= 1 && units >= 1;
    known(word, t.len()) && ((digits >= 3 && units + t.matches([':', '/', '-']).count() >= 2) || ago)
}

/// Whether a line already read as a dateline ([`crate::blocks::looks_like_dateline`]) says the story was
/// posted or updated then ("3/16(日) 12:08配信"): the mark of a report's date beside its headline even
/// without a year, which a live report's times over its entries lack. Such a line, without a year, is read
/// as a dateline only by [`is_dateline`], which need not read it again.
pub fn names_posting(line: &str) -> bool {
    POSTING_WORDS.iter().any(|w| line.contains(w))
}

/// The words of a dateline ([`is_dateline`]) that say a story was posted or updated.
#[rustfmt::skip]
const POSTING_WORDS: &[&str] = &[
    "配信", "更新", "発表", "公開", "掲載", "投稿", "発信", "发布", "發布", "发表", "發表", "입력", "수정", "업데이트",
];

/// The longest dateline [`is_dateline`] reads, in bytes: a date and time of posting and, in brackets, of
/// the last update ("2025年3月16日 11時30分（2025年3月16日 13時05分更新）").
const DATELINE_BYTES: usize = 96;

/// The units of a date and a time, in Chinese and Japanese, and in Korean.
const DATE_UNITS: &str = "年月日時时分秒号號년월일시분초";

/// The marks between a date's figures and around its day of the week.
const DATE_MARKS: &str = "/:-.,()（）［］[]：・、";

/// Words of a dateline beside [`POSTING_WORDS`]: the day of the week (日 alone is a unit), the morning or the
/// afternoon, and the posting or the update of the story in more words, in Chinese, Japanese and Korean.
#[rustfmt::skip]
const DATE_WORDS: &[&str] = &[
    "火", "水", "木", "金", "土", "曜日", "요일", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日",
    "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天", "周一", "周二", "周三", "周四",
    "周五", "周六", "周日", "週一", "週二", "週三", "週四", "週五", "週六", "週日",
    "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일", "월", "화", "수", "목", "금", "토",
    "午前", "午後", "上午", "下午", "오전", "오후",
    // A time before now: "2時間前", "5分前", "3日前".
    "前", "間前",
    "最終更新", "更新时间", "更新時間", "发布时间", "發布時間", "기사입력", "최종수정", "JST", "KST",
    // A Korean portal's link to the article at its source, set on the line of its times.
    "기사원문",
];

/// A paywall's notice, in Japanese, Chinese and Korean: "この記事は有料会員限定です。残り412文字",
/// "有料会員になると、続きをお読みいただけます。", "订阅后阅读全文". A short line that holds one of
/// [`PAYWALL_NOTICES`].
fn is_paywall_notice(t: &str) -> bool {
    PAYWALL_LABELS.contains(&t) || (shape_words(t) <= NOTICE_WORDS && PAYWALL_NOTICES.iter().any(|n| t.contains(n)))
}

/// A paid article's label on a line of its own, by its headline: "有料記事", "会員限定記事".
const PAYWALL_LABELS: &[&str] = &["有料記事", "会員限定記事", "会員限定", "付费文章", "付費文章", "유료기사"];

/// Phrases that only a paywall's notice holds.
#[rustfmt::skip]
const PAYWALL_NOTICES: &[&str] = &[
    "有料会員限定", "有料会員になると", "続きをお読みいただけます", "有料記事です", "会員限定記事",
    "付费阅读", "订阅后阅读", "訂閱後閱讀", "付費閱讀", "订阅即可阅读", "訂閱即可閱讀",
    "유료 회원", "유료회원", "구독자 전용",
];

/// A bar of a post's reactions and their counts, set apart by ideographic spaces: "役に立った 312　そう
/// 思わない 18　返信 24", "讚 56　　噓 3　　回覆　檢舉". Two or more pieces that are a few characters and
/// a count, and any others a button of a few characters alone: no sentence is cut so.
fn is_count_bar(t: &str) -> bool {
    if !t.contains(IDEOGRAPHIC_SPACE) || ends_sentence(t) {
        return false;
    }
    let (mut counted, mut pieces) = (0, 0);
    for p in t.split(IDEOGRAPHIC_SPACE).map(str::trim).filter(|p| !p.is_empty()) {
        pieces += 1;
        // The count after a space, or right after the label ("返信0").
        let (label, count) = p.rsplit_once(' ').unwrap_or_else(|| {
            let at = p.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            p.split_at(at)
        });
        let short = |l: &str| l.chars().count() <= COUNT_LABEL_CHARS && !l.contains(|c: char| c.is_ascii_digit());
        if !count.is_empty() && count.bytes().all(|b| b.is_ascii_digit()) && short(label) {
            counted += 1;
        } else if !short(p) || p.contains(' ') {
            return false;
        }
    }
    counted >= 2 && pieces <= COUNT_BAR_PIECES
}

/// The most characters of a reaction's label on a bar of counts ([`is_count_bar`]): "そう思わない".
const COUNT_LABEL_CHARS: usize = 8;
/// The most pieces of a bar of counts.
const COUNT_BAR_PIECES: usize = 8;

/// A caption that carries its picture's credit as those pages set it: in full-width brackets at its end,
/// the photographer's name before 摄 or 攝 ("taken by": "（記者許家銘攝）", "（孙悦 摄）") or 撮影 in Japanese
/// ("（白鷺台市で、白鷺台新報撮影）"), or the picture
/// desk after 图／ or 圖／ ("（圖／嵐視新聞）"); a Japanese caption's place, time and photographer after `＝`,
/// ending in 撮影 ("…手を振る沿線住民ら＝2025年3月16日、中川遥撮影"); a Korean caption's source after its
/// sentence ("… 들어 보이고 있다. 한결대 제공", "/사진=한결대 제공").
fn has_picture_credit(t: &str) -> bool {
    if let Some(body) = t.strip_suffix('）').or_else(|| t.strip_suffix(')'))
        && let Some(at) = body.rfind(['（', '('])
        && at > 0
    {
        let inside = body[at..].trim_start_matches(['（', '(']).trim();
        // A Japanese caption's credit ends in 撮影 ("（白鷺台市で、白鷺台新報撮影）").
        let taken = inside.ends_with(TAKEN_BY) || inside.ends_with("撮影");
        if inside.len() <= 60 && (taken || PICTURE_BY.iter().any(|p| inside.starts_with(p))) {
            return true;
        }
    }
    if t.ends_with("撮影") && t.contains('＝') {
        return true;
    }
    // A Korean caption: a sentence, then its source ("… 제공", "provided by") or a picture's label.
    t.rfind(". ").is_some_and(|stop| {
        let tail = &t[stop + 2..];
        !ends_sentence(tail)
            && shape_words(tail) <= 4
            && (tail.ends_with("제공") || PICTURE_BY.iter().any(|p| tail.trim_start_matches('/').starts_with(p)))
    })
}

/// What ends a photographer's credit in Chinese: "taken by", in simplified and traditional characters.
const TAKEN_BY: [char; 2] = ['摄', '攝'];

/// What opens a picture's credit: "picture/" and "picture source" in Chinese, "photo:" in Japanese, "photo="
/// in Korean.
const PICTURE_BY: &[&str] =
    &["图／", "圖／", "图/", "圖/", "图片来源", "圖片來源", "写真：", "写真＝", "写真:", "사진=", "사진 =", "사진제공"];

/// A line of the report's metadata as those pages print it, its pieces set apart by ideographic spaces:
/// at least one a credit, its label one of [`CREDIT_LABELS`] ("来源：青禾日报", "责任编辑：王琳", "記者許家銘／
/// 嵐港報導"), and every other a time ("2025-06-28 15:42:07"), another "label：value" pair ("浏览次数：4512"),
/// or a short name ("東嶼日報").
fn is_credit_line(t: &str) -> bool {
    if ends_sentence(t) || shape_words(t) > 24 {
        return false;
    }
    let pieces: Vec<&str> = t.split([IDEOGRAPHIC_SPACE, '｜', '|']).map(str::trim).filter(|p| !p.is_empty()).collect();
    // A label and its value ("来源：青禾日报", "記者許家銘／嵐港報導"), or a label alone before a bar
    // ("编辑｜小禾"). A piece that only opens with a label's word is no credit: "记者会现场" (the press
    // conference) is a subhead.
    let credit = |p: &str| {
        let (label, valued) = p.split_once(['：', ':', '／']).map_or((p, false), |(l, _)| (l.trim(), true));
        CREDIT_LABELS.iter().any(|l| label == *l || (valued && (label.ends_with(l) || label.starts_with(l))))
    };
    let pair = |p: &str| p.split_once(['：', ':']).is_some_and(|(l, v)| shape_words(l) <= 3 && !v.trim().is_empty());
    let name = |p: &str| shape_words(p) <= 3 && !p.contains(|c: char| c.is_ascii_digit());
    pieces.iter().any(|p| credit(p)) && pieces.iter().all(|p| credit(p) || pair(p) || name(p) || looks_like_dateline(p))
}

/// The labels of a credit in Chinese and Japanese: source, author, reporter, editor, reviewer.
const CREDIT_LABELS: &[&str] = &[
    "来源", "來源", "作者", "记者", "記者", "编辑", "編輯", "责编", "責編", "审核", "審核", "出典", "配信", "文／",
    "文/",
];

/// A heading over teasers for other stories: "更多社會新聞" (more news of society), "延伸閱讀" (further
/// reading), "相关阅读", "热门推荐" (popular), "【関連記事】" (related articles), "많이 본 뉴스" (most read),
/// "관련기사". A short line that is no sentence and opens with one of [`TEASER_HEADINGS`], its brackets aside.
fn heads_teasers(t: &str) -> bool {
    let core = t.trim_start_matches(['【', '[', '〔', '〈', '《', '■', '▶', '·']).trim_start();
    if shape_words(core) <= 6 && !ends_sentence(core) && TEASER_HEADINGS.iter().any(|h| core.starts_with(h)) {
        return true;
    }
    // Or a teaser's own label in brackets before its headline: "【関連】ひばり野線、3月16日再開へ".
    t.strip_prefix('【')
        .and_then(|rest| rest.split_once('】'))
        .is_some_and(|(label, headline)| (label == "関連" || TEASER_HEADINGS.contains(&label)) && !headline.is_empty())
}

/// What a heading over teasers opens with, in Chinese (simplified and traditional), Japanese and Korean.
#[rustfmt::skip]
const TEASER_HEADINGS: &[&str] = &[
    "更多", "延伸閱讀", "延伸阅读", "相關", "相关", "熱門", "热门", "推薦", "推荐", "即時新聞", "即时新闻", "看更多",
    "猜你喜欢", "猜你喜歡", "關連記事", "関連記事", "関連ニュース", "人気記事", "おすすめ", "注目記事", "もっと見る",
    "많이 본", "관련기사", "관련 기사", "추천 기사", "인기 기사", "더보기",
    // The heading of an author's box: "この記事を書いた人" (who wrote this article), "作者简介", "기자 프로필".
    "この記事を書いた人", "この記事の筆者", "筆者プロフィール", "作者简介", "作者簡介", "기자 프로필",
];

/// A copyright or no-reprint notice: "版權所有" (all rights reserved), "不得轉載" (no reprinting),
/// "無断転載を禁じます", "무단전재 및 재배포 금지". A notice is a few words, and its phrase is not the start
/// of a longer word: a story about copyright speaks of "版权所有人" (the owner of a copyright), of articles
/// "無断転載した" (reprinted without leave), and of "저작권자" (copyright holders).
fn is_copyright(t: &str) -> bool {
    const NOTICES: &[&str] = &[
        "版權所有",
        "版权所有",
        "不得轉載",
        "不得转载",
        "禁止转载",
        "禁止轉載",
        "転載を禁じ",
        "無断転載禁止",
        "무단전재 및",
        "무단 전재 및",
        "무단전재-재배포",
        "무단 전재-재배포",
        "무단전재·재배포",
        "재배포 금지",
        "재배포금지",
    ];
    let ends_word = |rest: &str| {
        let mut buf = [0u8; 4];
        !rest.chars().next().is_some_and(|c| is_han(c.encode_utf8(&mut buf).as_bytes()))
    };
    shape_words(t) <= NOTICE_WORDS
        && NOTICES.iter().any(|n| t.match_indices(n).any(|(at, _)| ends_word(&t[at + n.len()..])))
}

/// The most words of a copyright notice ([`is_copyright`]), counted as [`shape_words`] counts them.
const NOTICE_WORDS: usize = 24;

/// A wire's end mark on a line of its own: "（完）", "(完)", "【完】" in Chinese, "-끝-" in Korean.
fn is_end_mark(t: &str) -> bool {
    let core = t.trim_matches(['（', '）', '(', ')', '【', '】', '-', ' ', '—']);
    (core == "完" || core == "끝") && core.len() < t.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_with_their_credit_are_furniture() {
        assert!(is_furniture("6月28日，乘客在地铁站候车。 新华网发（李明 摄）"));
        assert!(is_furniture("變電所起火，消防人員在現場灌救。（圖／東方新聞）"));
        assert!(is_furniture("列車に手を振る住民ら＝2025年3月16日、山田太郎撮影"));
        assert!(is_furniture("開館初日、旧校舎の前に並ぶ人たち（青葉市で、青葉新報撮影）"));
        assert!(is_furniture("연구팀이 새 전지를 들어 보이고 있다. 한국대 제공"));
        // A story's sentence that speaks of a photographer, or quotes one, is not a caption.
        assert!(!is_furniture("摄影师李明说，他拍下了整个过程。"));
        assert!(!is_furniture("市民（62岁）表示满意。"));
    }

    #[test]
    fn credit_lines_need_a_credit_label() {
        assert!(is_furniture("2025-06-28 15:42:07\u{3000}来源：东方日报\u{3000}作者：李明"));
        assert!(is_furniture("2025-09-15 05:30\u{3000}東方日報\u{3000}記者王小明／台北報導"));
        assert!(is_furniture("责任编辑：王琳"));
        // A time and a place with no credit are a dateline's business, not this rule's.
        assert!(!is_furniture("2025年9月15日 星期一\u{3000}台北 27°C 多雲"));
        assert!(!is_furniture("记者从市交通局获悉，新线路将于下月开通。"));
    }

    #[test]
    fn teaser_headings_copyright_and_end_marks() {
        for t in ["更多社會新聞", "延伸閱讀", "【関連記事】", "많이 본 뉴스", "相关阅读", "（完）", "-끝-"]
        {
            assert!(is_furniture(t), "{t}");
        }
        assert!(is_furniture("Copyright © 2025 東方新聞 版權所有 不得轉載"));
        // A headline that opens with one of those words runs longer, or reads as a sentence.
        assert!(!is_furniture("更多城市加入碳中和行列，专家称今年将是关键一年。"));
        assert!(!is_furniture("完"));
    }

    #[test]
    fn a_story_s_words_about_copyright_or_a_press_conference_are_not_furniture() {
        assert!(is_furniture("ⓒ 한국일보, 무단전재 및 재배포 금지"));
        assert!(is_furniture("記事・写真の無断転載を禁じます。"));
        assert!(is_furniture("编辑｜小禾\u{3000}审核｜阿青"));
        assert!(!is_furniture("他是这些作品的版权所有人。"));
        assert!(!is_furniture("記事を無断転載したとして、男を逮捕した。"));
        assert!(!is_furniture("저작권자들은 새 법안에 반대했다."));
        assert!(!is_furniture("记者会现场"));
    }

    #[test]
    fn datelines_of_posting_and_update_are_read() {
        for t in [
            "2025年3月16日(日) 11:50 更新",
            "3/16(日) 12:08配信",
            "2025年3月16日 11時32分",
            "2025년 11월 4일 화요일",
            "2025年3月16日 11時30分（2025年3月16日 13時05分更新）",
            "2時間前",
            "2025年3月16日(日) 12:04",
        ] {
            assert!(is_dateline(t) && crate::blocks::looks_like_dateline(t), "{t}");
        }
        for t in ["2025年3月16日に全線で開通した。", "3月の全線再開へ", "1日620人の路線", "2025年 新しい路線"]
        {
            assert!(!is_dateline(t), "{t}");
        }
        // A date posted without its year is a report's date beside its headline; a time alone is none.
        assert!(names_posting("3/16(日) 12:08配信") && crate::blocks::dated_line("3/16(日) 12:08配信"));
        assert!(!names_posting("2025年3月16日") && crate::blocks::dated_line("2025年3月16日"));
        assert!(!crate::blocks::dated_line("12:08"));
    }

    #[test]
    fn paywall_notices_reaction_counts_and_author_boxes_are_furniture() {
        for t in [
            "この記事は有料会員限定です。残り412文字",
            "有料会員になると、続きをお読みいただけます。",
            "役に立った 312\u{3000}そう思わない 18\u{3000}返信 24",
            "讚 56\u{3000}\u{3000}噓 3\u{3000}\u{3000}回覆\u{3000}檢舉",
            "この記事を書いた人",
            "返信0\u{3000}共感した 412\u{3000}なるほど 18\u{3000}うーん 6",
            "有料記事",
            "【関連】青葉線、3月16日再開へ\u{3000}代行バスは15日まで",
        ] {
            assert!(is_furniture(t), "{t}");
        }
        for t in ["有料会員の数は去年より増えている。", "人口 12万人\u{3000}面積 300平方キロ", "東京\u{3000}大阪"]
        {
            assert!(!is_furniture(t), "{t}");
        }
    }
}
