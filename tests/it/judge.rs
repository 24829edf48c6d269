//! Judging as a user meets it: verdicts in `check --format json` and the exit codes of
//! `--fail-on conflict|new-conflict`, on small invented corpora (issue 4).

use crate::align::{check_json, row, topic, topic_of};
use crate::support::{HEADER, Workspace};

const NORTH: &str = "The Northern Chronicle\n\nThe mine opened in 1957 after years of talk. On 3 March 1961, the strike began at the pits. In 1961 there were 412 strikes across the valley, and 9,800 miners walked out.\n";
const SOUTH: &str = "Southern Review\n\nThe mine opened in 1958, a year late. The strike began on 17 March 1961 and spread fast. There were 412 strikes in the valley during 1961.\n";
const EAST: &str = "Letters from the East\n\nBy 1961 some 14,000 miners walked out of the valley's pits. In 1961 there were about 400 strikes across the valley.\n";

/// A folder of three invented accounts, no manifest, and claims rows as `extract` writes them.
fn valley() -> Workspace {
    let ws = Workspace::new();
    ws.write("sources/north.txt", NORTH);
    ws.write("sources/south.txt", SOUTH);
    ws.write("sources/east.txt", EAST);
    let mut claims = HEADER.to_string();
    claims += &row("n1", "north", "year", "1957", "", "1957").csv(NORTH);
    claims += &row("n2", "north", "date", "1961-03-03", "", "3 March 1961").csv(NORTH);
    claims += &row("n3", "north", "count", "412", "strikes", "412 strikes").csv(NORTH);
    claims += &row("n4", "north", "count", "9800", "miners", "9,800 miners").csv(NORTH);
    claims += &row("s1", "south", "year", "1958", "", "1958").csv(SOUTH);
    claims += &row("s2", "south", "date", "1961-03-17", "", "17 March 1961").csv(SOUTH);
    claims += &row("s3", "south", "count", "412", "strikes", "412 strikes").csv(SOUTH);
    claims += &crate::align::Row {
        approx: "about",
        ..row(
            "e1",
            "east",
            "count",
            "14000",
            "miners",
            "some 14,000 miners",
        )
    }
    .csv(EAST);
    claims += &crate::align::Row {
        approx: "about",
        ..row("e2", "east", "count", "400", "strikes", "about 400 strikes")
    }
    .csv(EAST);
    ws.write("claims.csv", claims);
    ws
}

#[test]
fn issue_4_zero_config_surfaces_numeric_and_date_conflicts() {
    let ws = valley();
    let doc = check_json(&ws, &[]);
    // The year the mine opened: 1957 vs 1958, linked by the words around them.
    assert_eq!(topic_of(&doc, "n1"), topic_of(&doc, "s1"));
    assert_eq!(topic(&doc, &topic_of(&doc, "n1"))["verdict"], "conflict");
    // The date the strike began: 3 March vs 17 March 1961.
    let key = topic_of(&doc, "n2");
    assert_eq!(key, "strike.1961.date");
    assert_eq!(topic_of(&doc, "s2"), key);
    let strike = topic(&doc, &key);
    assert_eq!(strike["verdict"], "conflict");
    // How many miners walked out: 9,800 vs some 14,000.
    let miners = topic(&doc, &topic_of(&doc, "n4"));
    assert_eq!(topic_of(&doc, "e1"), miners["key"].as_str().unwrap());
    assert_eq!(miners["verdict"], "conflict");
    assert!(
        miners["reasoning"]
            .as_str()
            .unwrap()
            .contains("'9,800 miners' (north) allows 9750–9850; 'some 14,000 miners' (east) allows 12100–15900: no overlap"),
        "{}",
        miners["reasoning"]
    );
    // How many strikes: 412 twice, and "about 400": compatible, with the reasoning.
    let strikes = topic(&doc, "strike.1961.count");
    for id in ["n3", "s3", "e2"] {
        assert_eq!(topic_of(&doc, id), "strike.1961.count");
    }
    assert_eq!(strikes["verdict"], "compatible");
    assert_eq!(strikes["independent_sources"], 3);
    // Conflicts come first, ranked by distance.
    let topics = doc["topics"].as_array().unwrap();
    assert_eq!(topics[0]["verdict"], "conflict");
    assert!(topics[0]["distance"].as_f64() >= topics[1]["distance"].as_f64());
}

#[test]
fn issue_4_fail_on_conflict_exits_1() {
    let ws = valley();
    let out = ws
        .cmd(&["check", "--fail-on", "conflict"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = ws.cmd(&["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn issue_4_accepted_conflicts_pass_new_conflict_until_a_new_claim_conflicts() {
    let ws = valley();
    let out = ws
        .cmd(&["check", "--fail-on", "new-conflict"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    // Conflicts other than the two under test are accepted wholesale, whatever found them.
    let others: String = check_json(&ws, &[])["topics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["verdict"] == "conflict")
        .filter(|t| t["key"] != "strike.1961.date" && t["key"] != "miner.1961.count")
        .map(|t| {
            format!(
                "[[topic]]\nkey = \"{}\"\nkind = \"{}\"\naccepted = {{ reason = \"not under test\" }}\n\n",
                t["key"].as_str().unwrap(),
                t["kind"].as_str().unwrap()
            )
        })
        .collect();
    ws.write(
        "topics.toml",
        others + "[[topic]]\nkey = \"strike.1961.date\"\nquestion = \"When did the 1961 strike begin?\"\nkind = \"date\"\naccepted = { reason = \"the pits struck on different days\", claims = [\"n2\", \"s2\"] }\n\n[[topic]]\nkey = \"miner.1961.count\"\nquestion = \"How many miners walked out?\"\nkind = \"count\"\naccepted = { reason = \"estimates differ\" }\n",
    );
    let doc = check_json(&ws, &[]);
    assert_eq!(
        topic(&doc, "strike.1961.date")["accepted"],
        "the pits struck on different days"
    );
    let out = ws
        .cmd(&["check", "--fail-on", "new-conflict"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // Still a conflict for --fail-on conflict.
    let out = ws
        .cmd(&["check", "--fail-on", "conflict"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));

    // A new source gives yet another day: the accepted conflict is new again.
    let west = "West Gazette\n\nThe strike began on 24 March 1961 at the pits.\n";
    ws.write("sources/west.txt", west);
    let mut claims = ws.read("claims.csv");
    claims += &row("w1", "west", "date", "1961-03-24", "", "24 March 1961").csv(west);
    ws.write("claims.csv", claims);
    let doc = check_json(&ws, &[]);
    assert_eq!(topic_of(&doc, "w1"), "strike.1961.date");
    assert!(topic(&doc, "strike.1961.date")["accepted"].is_null());
    let out = ws
        .cmd(&["check", "--fail-on", "new-conflict"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn issue_4_the_reference_is_the_yardstick_and_a_series_counts_once() {
    let ws = valley();
    ws.write(
        "sources/sources.csv",
        "id,file,series,role\nnorth,north.txt,,reference\nsouth,south.txt,valley-press,account\neast,east.txt,valley-press,account\n",
    );
    let doc = check_json(&ws, &[]);
    let founded = topic(&doc, "strike.1961.date");
    let reasoning = founded["reasoning"].as_str().unwrap();
    assert!(
        reasoning.starts_with("Measured against the reference north"),
        "{reasoning}"
    );
    let strikes = topic(&doc, "strike.1961.count");
    assert_eq!(strikes["independent_sources"], 2);
    assert!(
        strikes["reasoning"]
            .as_str()
            .unwrap()
            .contains("one series (valley-press)"),
        "{}",
        strikes["reasoning"]
    );
}

#[test]
fn issue_4_copied_passages_do_not_corroborate() {
    let ws = Workspace::new();
    let a = "Wire copy. The dam burst on 2 June 1930 and flooded the lower town within hours.\n";
    let b = "Local paper. The dam burst on 2 June 1930 and flooded the lower town within hours, it said.\n";
    ws.write("sources/a.txt", a);
    ws.write("sources/b.txt", b);
    let mut claims = HEADER.to_string();
    claims += &row("a1", "a", "date", "1930-06-02", "", "2 June 1930").csv(a);
    claims += &row("b1", "b", "date", "1930-06-02", "", "2 June 1930").csv(b);
    ws.write("claims.csv", claims);
    ws.write(
        "topics.toml",
        "[[topic]]\nkey = \"dam.burst\"\nquestion = \"When did the dam burst?\"\nkind = \"date\"\ncontext = [\"dam\"]\n",
    );
    let doc = check_json(&ws, &[]);
    assert_eq!(topic_of(&doc, "a1"), "dam.burst");
    let t = topic(&doc, "dam.burst");
    assert_eq!(t["verdict"], "agree");
    assert_eq!(t["independent_sources"], 1);
    assert!(
        t["reasoning"]
            .as_str()
            .unwrap()
            .contains("one copies the other"),
        "{}",
        t["reasoning"]
    );
}

#[test]
fn issue_4_zero_config_extract_then_check_finds_the_conflicts() {
    // Three invented accounts, hard-wrapped, no manifest, no claims file: `extract`, then `check`.
    let ws = Workspace::new();
    ws.write(
        "sources/herald.txt",
        "THE MILL FLOOD\n\nThe flood struck the valley on 3 March 1921 after a week of rain.\nBy nightfall 40 houses had gone and 12 people were dead.\n",
    );
    ws.write(
        "sources/annals.txt",
        "Annals of the valley\n\nIn April 1921 a flood swept the mill district.\nIt destroyed 44 houses.\nMore than 30 people died in the water.\n",
    );
    ws.write(
        "sources/leaflet.txt",
        "Museum leaflet\n\nThe valley was rebuilt by 1925, four years after the flood.\n",
    );
    let out = ws
        .cmd(&["extract", "--claims", "claims.csv"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = check_json(&ws, &[]);
    let conflicts: Vec<&str> = doc["topics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["verdict"] == "conflict")
        .map(|t| t["key"].as_str().unwrap())
        .collect();
    assert!(conflicts.contains(&"disaster.1921.date"), "{conflicts:?}");
    assert!(conflicts.contains(&"death.1921.count"), "{conflicts:?}");
    // Houses and homes are one count, keyed "home".
    assert!(conflicts.contains(&"home.1921.count"), "{conflicts:?}");
}
