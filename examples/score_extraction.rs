//! Score extraction against the hand-labelled gold (`tests/gold/chile.csv`).
//!
//! ```text
//! cargo run --release --example score_extraction                      # crosscheck's extractor
//! cargo run --release --example score_extraction -- --alignment       # + topics vs gold groups
//! cargo run --release --example score_extraction -- --predictions DIR # a peer's DIR/<stem>.jsonl
//! ```
//! `--list` also prints every miss and every wrong prediction (with `--alignment`, every missed
//! and wrong pair of gold items too). Options `--sources DIR`,
//! `--gold FILE` and `--codebook FILE` point elsewhere than the repository's own.

mod scoring;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crosscheck::claims::ClaimsFile;
use crosscheck::codebook::Codebook;
use crosscheck::sources::Corpus;

use scoring::{MatchRule, Prediction};

struct Options {
    sources: PathBuf,
    gold: PathBuf,
    codebook: PathBuf,
    predictions: Option<PathBuf>,
    alignment: bool,
    list: bool,
}

fn options() -> Result<Options, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut options = Options {
        sources: root.join("sources"),
        gold: root.join("tests/gold/chile.csv"),
        codebook: root.join("topics.toml"),
        predictions: None,
        alignment: false,
        list: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .map(PathBuf::from)
                .ok_or_else(|| format!("{name} needs a path"))
        };
        match arg.as_str() {
            "--sources" => options.sources = value("--sources")?,
            "--gold" => options.gold = value("--gold")?,
            "--codebook" => options.codebook = value("--codebook")?,
            "--predictions" => options.predictions = Some(value("--predictions")?),
            "--alignment" => options.alignment = true,
            "--list" => options.list = true,
            "-h" | "--help" => {
                return Err("usage: score_extraction [--predictions DIR] [--alignment] [--list] [--sources DIR] [--gold FILE] [--codebook FILE]".into());
            }
            other => return Err(format!("unknown argument '{other}' (try --help)")),
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("score_extraction: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let options = options()?;
    let corpus = Corpus::load(&options.sources).map_err(|e| e.to_string())?;
    let gold = scoring::load_gold(&options.gold, &corpus)?;
    let to_find = gold.iter().filter(|g| !g.boilerplate).count();
    println!(
        "gold: {} items in {} sources ({} to find, {} boilerplate not to propose), {}",
        gold.len(),
        corpus.sources.len(),
        to_find,
        gold.len() - to_find,
        options.gold.display()
    );
    match &options.predictions {
        Some(dir) => score_peer(dir, &options, &corpus, &gold),
        None => score_crosscheck(&options, &corpus, &gold),
    }
}

fn score_crosscheck(
    options: &Options,
    corpus: &Corpus,
    gold: &[scoring::GoldItem],
) -> Result<(), String> {
    let codebook = Codebook::load(&options.codebook, false).map_err(|e| e.to_string())?;
    let claims = crosscheck::extract::extract(corpus, &codebook);
    let predictions: Vec<Prediction> = claims
        .iter()
        .map(|c| Prediction::from_claim(c, corpus))
        .collect();
    println!("crosscheck extract: {} claims", claims.len());
    println!("matching: same source, overlapping spans, same dimension (number-ish or time-ish)\n");
    let scores = scoring::score(gold, &predictions, MatchRule::SameDimension);
    print!("{}", scoring::render_rows("span match", &scores.span));
    println!();
    print!(
        "{}",
        scoring::render_rows(
            "span + value match (numbers equal; dates the same interval; a vague gold value accepts any value overlapping it)",
            &scores.value
        )
    );
    println!();
    print_footer(&scores);
    if options.list {
        let matching = scoring::match_all(gold, &predictions, MatchRule::SameDimension);
        print!("\n{}", scoring::render_misses(gold, &matching, corpus));
    }
    if options.alignment {
        let mut file = ClaimsFile::empty(Path::new("claims.csv"));
        crosscheck::extract::merge::merge(&mut file, &claims, corpus);
        let analysis = crosscheck::check::run(corpus, &file, &codebook);
        let aligned: Vec<Prediction> = analysis
            .topics
            .iter()
            .flat_map(|topic| {
                topic.claims.iter().filter_map(move |c| {
                    let span = c.byte_start?..c.byte_end?;
                    Some(Prediction::typed(
                        &c.source, span, c.kind, &c.value, &topic.key,
                    ))
                })
            })
            .collect();
        let pairs = scoring::pairwise(gold, &aligned);
        println!(
            "\nalignment (crosscheck check: {} topics): pairs of gold items with a group, both found and aligned",
            analysis.topics.len()
        );
        println!(
            "  items {}  pairs in one topic {}  pairs in one gold group {}  agreed {}  (gold group pairs in all: {})",
            pairs.items,
            pairs.predicted_pairs,
            pairs.gold_pairs,
            pairs.agreed,
            pairs.gold_pairs_total
        );
        println!(
            "  pairwise P {:.3}  R {:.3}",
            pairs.precision(),
            pairs.recall()
        );
        if options.list {
            let errors = scoring::pair_errors(gold, &aligned);
            print!("\n{}", scoring::render_pair_errors(gold, &errors, corpus));
        }
    }
    Ok(())
}

fn score_peer(
    dir: &Path,
    options: &Options,
    corpus: &Corpus,
    gold: &[scoring::GoldItem],
) -> Result<(), String> {
    let mut predictions = Vec::new();
    let mut unplaced = 0;
    for source in &corpus.sources {
        let stem = source
            .path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or(&source.meta.id);
        let path = dir.join(format!("{stem}.jsonl"));
        if !path.exists() {
            println!(
                "  no predictions for {} ({} missing)",
                source.meta.id,
                path.display()
            );
            continue;
        }
        let (found, missed) = scoring::read_peer_file(&path, source)?;
        predictions.extend(found);
        unplaced += missed;
    }
    println!(
        "peer predictions: {} from {}",
        predictions.len(),
        dir.display()
    );
    println!(
        "mapping: a peer's kind label naming a date, time, year or set is time-ish (date, year); every other label (number, quantity, money, percent, ordinal, duration) is number-ish"
    );
    println!(
        "matching: same source, overlapping spans, any class (peers label durations as dates); precision counts per peer class, recall per gold class; values are not scored"
    );
    if unplaced > 0 {
        println!("{unplaced} predictions could not be placed in their source and count as wrong");
    }
    println!();
    let scores = scoring::score(gold, &predictions, MatchRule::AnyOverlap);
    print!("{}", scoring::render_rows("span match", &scores.span));
    println!();
    print_footer(&scores);
    if options.list {
        let matching = scoring::match_all(gold, &predictions, MatchRule::AnyOverlap);
        print!("\n{}", scoring::render_misses(gold, &matching, corpus));
    }
    Ok(())
}

fn print_footer(scores: &scoring::Scores) {
    if scores.boilerplate_hits > 0 {
        println!(
            "{} predictions landed on boilerplate only (counted wrong)",
            scores.boilerplate_hits
        );
    }
    if scores.rule == MatchRule::SameDimension {
        let (same, found) = scores.kind_agreement;
        println!("kind agreement on found items: {same}/{found}");
    }
    for class in [scoring::TargetClass::Numbers, scoring::TargetClass::Dates] {
        let span = scores.target(class, false);
        let line = format!(
            "target {:<20} span: P {:.3} R {:.3} (targets P >= 0.90, R >= 0.95)",
            class.label(),
            span.precision(),
            span.recall()
        );
        if scores.value.is_empty() {
            println!("{line}");
        } else {
            let value = scores.target(class, true);
            println!(
                "{line}; span+value: P {:.3} R {:.3}",
                value.precision(),
                value.recall()
            );
        }
    }
}
