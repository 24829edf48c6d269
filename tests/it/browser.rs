//! `index.html` in a real browser: headless Chromium opens the page from disk, runs its script,
//! and the test reads back the DOM it ends up with, the console log, and a screenshot.
//!
//! Chromium is installed by `.ci/run`. Without it these tests fail under CI (env `CI` set) and
//! are skipped, with a message, on a developer's machine. The screenshot is left at
//! `<target>/tmp/browser/index.png` for a person to look at.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crosscheck::check::{Analysis, Verdict};
use crosscheck::report;
use crosscheck::sources::Corpus;

use crate::report::sample_analysis;

/// The browser to drive: `$CROSSCHECK_CHROMIUM`, else the first Chromium on `PATH`.
fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CROSSCHECK_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| {
            ["chromium", "chromium-browser", "google-chrome"]
                .into_iter()
                .map(move |name| dir.join(name))
        })
        .find(|candidate| candidate.is_file())
}

/// Chromium, or `None` after saying why the test is skipped. Under CI a missing browser fails.
fn chromium_or_skip(test: &str) -> Option<PathBuf> {
    match find_chromium() {
        Some(path) => Some(path),
        None if std::env::var_os("CI").is_some() => {
            panic!("CI is set but Chromium is not installed: run `apt-get install -y chromium`")
        }
        None => {
            eprintln!(
                "skipping {test}: Chromium not found (install it with `apt-get install -y \
                 chromium`, or point CROSSCHECK_CHROMIUM at a Chrome binary)"
            );
            None
        }
    }
}

/// What the browser produced for one page.
struct Visit {
    /// The DOM after scripts ran (`--dump-dom`).
    dom: String,
    /// Chromium's own log, which includes every console message and uncaught exception.
    log: String,
}

impl Visit {
    /// Console messages and uncaught errors; the report's page logs nothing when it works.
    fn console_errors(&self) -> Vec<&str> {
        self.log
            .lines()
            .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
            .collect()
    }
}

fn run_chromium(chromium: &Path, profile: &Path, args: &[String]) -> std::process::Output {
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start chromium");
    // Read the pipes on threads so a chatty browser never blocks on a full pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut buf).map(|_| buf)
    });
    let err = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut buf).map(|_| buf)
    });
    let deadline = Instant::now() + Duration::from_secs(90);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 90 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    std::process::Output {
        status,
        stdout: out.join().unwrap().unwrap_or_default(),
        stderr: err.join().unwrap().unwrap_or_default(),
    }
}

fn visit(chromium: &Path, page: &Path, extra: &[&str]) -> Visit {
    visit_url(chromium, &file_url(page), extra)
}

fn visit_url(chromium: &Path, url: &str, extra: &[&str]) -> Visit {
    let profile = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    args.push("--dump-dom".into());
    args.push(url.to_string());
    let output = run_chromium(chromium, profile.path(), &args);
    let visit = Visit {
        dom: String::from_utf8_lossy(&output.stdout).into_owned(),
        log: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    assert!(
        output.status.success() && !visit.dom.is_empty(),
        "chromium failed ({}):\n{}",
        output.status,
        visit.log
    );
    visit
}

fn file_url(page: &Path) -> String {
    format!("file://{}", page.canonicalize().unwrap().display())
}

fn screenshot(chromium: &Path, page: &Path, png: &Path) {
    let profile = tempfile::tempdir().unwrap();
    let output = run_chromium(
        chromium,
        profile.path(),
        &[
            "--window-size=1280,2400".into(),
            format!("--screenshot={}", png.display()),
            file_url(page),
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Write the reports of `analysis` into a fresh folder; returns the folder and `index.html`.
fn write_reports(analysis: &Analysis) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in report::render_all(analysis, &Corpus::default()) {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let page = dir.path().join("index.html");
    (dir, page)
}

#[test]
fn the_page_renders_its_topics_and_timeline_without_errors() {
    let Some(chromium) =
        chromium_or_skip("the_page_renders_its_topics_and_timeline_without_errors")
    else {
        return;
    };
    let analysis = sample_analysis();
    let (_dir, page) = write_reports(&analysis);
    let visit = visit(&chromium, &page, &[]);
    assert_eq!(visit.console_errors(), Vec::<&str>::new(), "{}", visit.log);

    let dom = &visit.dom;
    // The script ran and revealed the filter.
    assert!(
        dom.contains("data-filter=\"ready\""),
        "the filter script did not run"
    );
    assert!(dom.contains("<form id=\"filter\" class=\"filter\">"));
    // A row per topic: in the alignment table when two or more sources speak to it, else in
    // the single-source table.
    for (i, topic) in analysis.topics.iter().enumerate() {
        let row = if topic.verdict == Verdict::Single {
            format!("data-verdict=\"single\"><td class=\"num\">{}</td>", i + 1)
        } else {
            format!("<td class=\"num\">{}</td><th scope=\"row\">", i + 1)
        };
        assert!(dom.contains(&row), "no table row for topic {}", topic.key);
    }
    assert_eq!(
        dom.matches("<tr class=\"conflict\" data-verdict=\"conflict\">")
            .count(),
        3
    );
    // The timeline: an SVG with a lane per source, its marks, and the line joining the
    // conflicting dates.
    assert!(dom.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\""));
    assert_eq!(
        dom.matches("class=\"lane\"").count(),
        analysis.sources.len()
    );
    assert_eq!(dom.matches("<g class=\"mark\"").count(), 5);
    assert!(dom.contains("<polyline class=\"link\" data-verdict=\"conflict\""));
    // The hostile quote is text on the page, not a script that ran.
    assert!(dom.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;"));

    let png = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser/index.png");
    std::fs::create_dir_all(png.parent().unwrap()).unwrap();
    let _ = std::fs::remove_file(&png);
    screenshot(&chromium, &page, &png);
    let bytes = std::fs::read(&png).expect("a screenshot");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() > 20_000);
    eprintln!("screenshot of the report: {}", png.display());
}

#[test]
fn a_link_can_open_the_page_filtered_to_one_verdict() {
    let Some(chromium) = chromium_or_skip("a_link_can_open_the_page_filtered_to_one_verdict")
    else {
        return;
    };
    let analysis = sample_analysis();
    let (_dir, page) = write_reports(&analysis);
    let visit = visit_url(
        &chromium,
        &format!("{}#show=conflict", file_url(&page)),
        &[],
    );
    assert_eq!(visit.console_errors(), Vec::<&str>::new(), "{}", visit.log);
    let dom = &visit.dom;
    // Conflicts stay; the other verdicts' rows, cards and timeline marks are hidden.
    assert_eq!(
        dom.matches("<tr class=\"conflict\" data-verdict=\"conflict\">")
            .count(),
        3
    );
    assert!(dom.contains("<tr class=\"compatible filtered-out\" data-verdict=\"compatible\">"));
    assert!(dom.contains("<article class=\"topic agree filtered-out\""));
    assert!(dom.contains("<g class=\"mark filtered-out\" data-verdict=\"agree\""));
    assert!(dom.contains("<g class=\"mark\" data-verdict=\"conflict\""));
}

#[test]
fn the_timeline_opens_on_its_own() {
    let Some(chromium) = chromium_or_skip("the_timeline_opens_on_its_own") else {
        return;
    };
    let (dir, _page) = write_reports(&sample_analysis());
    let visit = visit(&chromium, &dir.path().join("timeline.svg"), &[]);
    // A malformed SVG shows Chromium's XML error page instead of the drawing.
    assert!(
        !visit
            .dom
            .contains("This page contains the following errors"),
        "{}",
        visit.dom
    );
    assert!(visit.dom.contains("<g class=\"mark\""));
    assert_eq!(visit.console_errors(), Vec::<&str>::new(), "{}", visit.log);
}

#[test]
fn a_script_error_would_be_caught() {
    let Some(chromium) = chromium_or_skip("a_script_error_would_be_caught") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("broken.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html><body><p>x</p><script>undefinedFunction();</script></body></html>",
    )
    .unwrap();
    let visit = visit(&chromium, &page, &[]);
    let errors = visit.console_errors();
    assert!(
        errors.iter().any(|l| l.contains("Uncaught ReferenceError")),
        "the detector missed a script error:\n{}",
        visit.log
    );
}

#[test]
fn the_bundled_corpus_page_loads_without_errors() {
    let Some(chromium) = chromium_or_skip("the_bundled_corpus_page_loads_without_errors") else {
        return;
    };
    let root = crate::support::repo();
    let corpus = Corpus::load(&root.join("sources")).unwrap();
    let claims = crosscheck::claims::ClaimsFile::read(&root.join("claims.csv")).unwrap();
    let codebook = crosscheck::codebook::Codebook::load(&root.join("topics.toml"), true).unwrap();
    let analysis = crosscheck::check::run(&corpus, &claims, &codebook);
    let (_dir, page) = write_reports(&analysis);
    let visit = visit(&chromium, &page, &[]);
    assert_eq!(visit.console_errors(), Vec::<&str>::new(), "{}", visit.log);
    assert!(visit.dom.contains("data-filter=\"ready\""));
    let compared = analysis
        .topics
        .iter()
        .filter(|t| t.verdict != Verdict::Single)
        .count();
    assert_eq!(visit.dom.matches("<th scope=\"row\">").count(), compared);
}
