//! Benchmark of alignment at scale: one million synthetic claims over a synthetic corpus.
//!
//! Run with `cargo run --release --example bench_align [-- CLAIMS]`. It prints how long building
//! the corpus, aligning and judging took, how many topics came out, and the peak resident memory
//! (VmHWM from /proc/self/status). The corpus is made of sentences in the shapes histories use
//! ("In 1931 there were 5,120 strikes in Varonia.", "On 4 May 1931, the coup ..."), with the
//! same facts told by several sources, so that alignment has real groups to find.

use std::time::Instant;

use crosscheck::align;
use crosscheck::check::judge;
use crosscheck::claims::value::MONTH_NAMES;
use crosscheck::claims::{Claim, ClaimRow};
use crosscheck::codebook::Codebook;
use crosscheck::sources::{Corpus, Source, SourceMeta};

const CLAIMS_PER_SOURCE: usize = 1000;
/// How many sources tell each fact.
const TELLERS: usize = 4;

const EVENTS: [&str; 8] = [
    "coup",
    "election",
    "strike",
    "uprising",
    "treaty",
    "invasion",
    "massacre",
    "referendum",
];

/// A small deterministic generator, so every run measures the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A made-up word from syllables, so the vocabulary is large and realistic in length.
fn word(n: u64) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "lo", "mer", "tan", "vi", "so", "rem", "du", "pal", "ni", "gor", "e", "tha", "quin",
        "ba", "ru",
    ];
    let mut out = String::new();
    let mut n = n + 17;
    while n > 0 {
        out.push_str(SYLLABLES[(n % 16) as usize]);
        n /= 16;
    }
    out
}

fn name(n: u64) -> String {
    let mut w = word(n * 7 + 3);
    w[..1].make_ascii_uppercase();
    w
}

/// One fact, told alike (with small variations) by several sources.
struct Fact {
    sentence: String,
    quote: String,
    kind: &'static str,
    value: String,
    unit: String,
}

fn fact(id: u64, rng: &mut Rng) -> Fact {
    // Each fact has its own subject and year, as the facts of a real corpus mostly do; dates
    // share their event words (the lexicon is small), so same-year events of one kind meet.
    let year = 1000 + (id % 1000);
    let subject = id / 1000;
    let place = name(id % 5000);
    match id % 4 {
        0 => {
            let noun = format!("{}s", word(subject));
            let n = 100 + rng.below(90_000);
            Fact {
                sentence: format!("In {year} there were {n} {noun} across {place}."),
                quote: format!("{n} {noun}"),
                kind: "count",
                value: n.to_string(),
                unit: noun,
            }
        }
        1 => {
            let p = 1 + rng.below(98);
            let noun = word(subject + 1_000_000);
            Fact {
                sentence: format!("{place} won {p} percent of the {noun} in {year}."),
                quote: format!("{p} percent"),
                kind: "percent",
                value: p.to_string(),
                unit: "percent".into(),
            }
        }
        2 => {
            let month = rng.below(12);
            let day = 1 + rng.below(28);
            let event = EVENTS[(id / 4 % EVENTS.len() as u64) as usize];
            Fact {
                sentence: format!(
                    "On {day} {} {year}, the {event} shook {place}.",
                    MONTH_NAMES[month as usize]
                ),
                quote: format!("{day} {} {year}", MONTH_NAMES[month as usize]),
                kind: "date",
                value: format!("{year}-{:02}-{day:02}", month + 1),
                unit: String::new(),
            }
        }
        _ => {
            let n = 2 + rng.below(40);
            let noun = word(subject + 2_000_000);
            Fact {
                sentence: format!("The {noun} of {place} lasted {n} years in all."),
                quote: format!("{n} years"),
                kind: "duration",
                value: n.to_string(),
                unit: "years".into(),
            }
        }
    }
}

fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

fn main() {
    let total: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let started = Instant::now();
    let source_count = total.div_ceil(CLAIMS_PER_SOURCE);
    let facts_count = (total / TELLERS).max(1) as u64;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut sources = Vec::with_capacity(source_count);
    let mut claims: Vec<Claim> = Vec::with_capacity(total);
    for s in 0..source_count {
        let id = format!("s{s:05}");
        let mut text = String::with_capacity(CLAIMS_PER_SOURCE * 80);
        let mut line = 1;
        for c in 0..CLAIMS_PER_SOURCE {
            if claims.len() >= total {
                break;
            }
            // Each fact is told by TELLERS sources; sources take facts in a shuffled order.
            let fact_id = (s as u64 * CLAIMS_PER_SOURCE as u64 + c as u64 * 7919) % facts_count;
            let mut fact_rng = Rng(fact_id.wrapping_mul(0x2545_f491_4f6c_dd1d) | 1);
            let f = fact(fact_id, &mut fact_rng);
            // One teller in ten gives a different value: conflicts to find.
            let (sentence, quote, value) = if rng.below(10) == 0 && f.kind == "count" {
                let other = (f.value.parse::<u64>().unwrap_or(0) + 1).to_string();
                let quote = f.quote.replacen(&f.value, &other, 1);
                (f.sentence.replacen(&f.quote, &quote, 1), quote, other)
            } else {
                (f.sentence.clone(), f.quote.clone(), f.value.clone())
            };
            let start = text.len() + sentence.find(&quote).expect("quote in sentence");
            text.push_str(&sentence);
            text.push('\n');
            line += 1;
            let row = ClaimRow {
                id: format!("{id}-{c}"),
                source: id.clone(),
                kind: f.kind.into(),
                value,
                unit: f.unit.clone(),
                approx: "exact".into(),
                quote: quote.clone(),
                line: (line - 1).to_string(),
                byte_start: start.to_string(),
                byte_end: (start + quote.len()).to_string(),
                status: "auto".into(),
                origin: "extracted".into(),
                ..ClaimRow::default()
            };
            claims.push(row.parse(claims.len()).expect("synthetic rows parse"));
        }
        sources.push(Source::new(
            SourceMeta {
                id: id.clone(),
                file: format!("{id}.txt"),
                ..SourceMeta::default()
            },
            format!("{id}.txt").into(),
            text,
        ));
    }
    let corpus = Corpus {
        dir: ".".into(),
        sources,
        warnings: Vec::new(),
    };
    let codebook = Codebook::default();
    let built = started.elapsed().as_secs_f64();

    let t = Instant::now();
    let groups = align::align(&claims, &corpus, &codebook);
    let aligned = t.elapsed().as_secs_f64();
    let multi = groups.iter().filter(|g| g.members.len() > 1).count();
    let largest = groups.iter().map(|g| g.members.len()).max().unwrap_or(0);

    let t = Instant::now();
    let judged: Vec<_> = {
        use rayon::prelude::*;
        groups
            .par_iter()
            .map(|g| judge::judge(g, &claims, &corpus, &codebook).0.verdict)
            .collect()
    };
    let judging = t.elapsed().as_secs_f64();
    let conflicts = judged
        .iter()
        .filter(|v| **v == crosscheck::check::Verdict::Conflict)
        .count();

    println!("claims: {}", claims.len());
    println!("sources: {}", corpus.sources.len());
    println!("build corpus: {built:.2} s");
    println!(
        "align: {aligned:.2} s -> {} topics ({multi} with more than one claim, largest {largest})",
        groups.len()
    );
    println!("judge: {judging:.2} s -> {conflicts} conflicts");
    println!("peak RSS (VmHWM): {}", peak_rss());
}
