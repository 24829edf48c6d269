//! Extraction speed, measured: builds a corpus of at least 100 MB in memory by repeating the
//! bundled sources, extracts it on one thread and then on all cores (rayon), and prints MB/s,
//! claims/s and the peak resident memory.
//!
//! Run with `cargo run --release --example bench_extract [-- MB [SOURCE_MB]]`
//! (defaults: 100 MB in sources of about 1 MB each, from `sources/` of the repository, searched
//! for the cue phrases of the repository's `topics.toml`; `--no-codebook` searches for none).

use std::path::PathBuf;
use std::time::Instant;

use crosscheck::codebook::Codebook;
use crosscheck::extract::{Extractor, Options, extract};
use crosscheck::sources::{Corpus, Source, SourceMeta};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // `--no-codebook`: measure what a new corpus costs, with no qualitative topics to look for.
    let no_codebook = std::env::args().any(|a| a == "--no-codebook");
    let mut args = std::env::args().skip(1).filter(|a| a != "--no-codebook");
    let total_mb: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(100);
    let source_mb: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(1);
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let seed = Corpus::load(&repo.join("sources"))?;
    let codebook = if no_codebook {
        Codebook::default()
    } else {
        Codebook::load(&repo.join("topics.toml"), false)?
    };

    // One text that holds every source once, repeated into files of about `source_mb`.
    let mut unit = String::new();
    for source in &seed.sources {
        unit.push_str(&source.text);
        unit.push_str("\n\n");
    }
    let per_file = (source_mb * 1_000_000).div_ceil(unit.len()).max(1);
    let file_text = unit.repeat(per_file);
    let files = (total_mb * 1_000_000).div_ceil(file_text.len()).max(1);
    let sources: Vec<Source> = (0..files)
        .map(|n| {
            let meta = SourceMeta {
                id: format!("s{n:05}"),
                file: format!("s{n:05}.txt"),
                ..SourceMeta::default()
            };
            Source::new(
                meta,
                PathBuf::from(format!("s{n:05}.txt")),
                file_text.clone(),
            )
        })
        .collect();
    let corpus = Corpus {
        dir: repo.join("sources"),
        sources,
        warnings: Vec::new(),
    };
    let bytes: usize = corpus.sources.iter().map(|s| s.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {:.1} MB in {} sources of {:.2} MB (the {} bundled sources repeated)",
        mb,
        corpus.sources.len(),
        file_text.len() as f64 / 1e6,
        seed.sources.len()
    );
    println!("peak RSS after building the corpus: {} MB", peak_rss_mb());

    let start = Instant::now();
    let cpu_start = thread_cpu_seconds();
    let mut single = 0usize;
    let extractor = Extractor::new(&codebook);
    for source in &corpus.sources {
        single += extractor
            .text(source.id(), &source.text, Options::default())
            .len();
    }
    let elapsed = start.elapsed().as_secs_f64();
    let cpu = thread_cpu_seconds().map(|end| end - cpu_start.unwrap_or(0.0));
    println!(
        "single thread: {:.3} s wall, {:.1} MB/s, {:.0} claims/s ({} claims)",
        elapsed,
        mb / elapsed,
        single as f64 / elapsed,
        single
    );
    if let Some(cpu) = cpu {
        // On a shared machine the wall clock counts time spent waiting for a core.
        println!(
            "single thread, CPU time: {:.3} s on the core, {:.1} MB/s per core",
            cpu,
            mb / cpu
        );
    }

    // The single-thread run keeps no claims: this is the working memory of extraction itself.
    println!("peak RSS after the single-thread run: {} MB", peak_rss_mb());

    let start = Instant::now();
    let claims = extract(&corpus, &codebook);
    let elapsed = start.elapsed().as_secs_f64();
    println!(
        "rayon ({} threads): {:.3} s, {:.1} MB/s, {:.0} claims/s ({} claims)",
        rayon::current_num_threads(),
        elapsed,
        mb / elapsed,
        claims.len() as f64 / elapsed,
        claims.len()
    );
    assert_eq!(claims.len(), single, "both runs find the same claims");
    println!(
        "peak RSS after the rayon run, which holds every claim: {} MB",
        peak_rss_mb()
    );
    Ok(())
}

/// Time this thread has spent running on a core, from /proc/thread-self/schedstat.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos as f64 / 1e9)
}

/// VmHWM from /proc/self/status, in MB (0 where there is no /proc).
fn peak_rss_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}
