//! Scoring extraction against the hand-labelled gold in `tests/gold/` (see its README).
//!
//! Shared by `examples/score_extraction.rs`, which prints the figures, and by `tests/it/gold.rs`,
//! which checks the gold and the scorer. A prediction is a span of a source with, when known, a
//! kind, a value and a topic; it is matched to gold items of the same source whose spans overlap.
//! Gold items marked as boilerplate are not to be proposed: they never count towards recall, and
//! a prediction that lands only on them is a false positive.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;

use crosscheck::claims::{Approx, Claim, Dimension, Kind, Value};
use crosscheck::sources::{Corpus, Source};

/// The columns of the gold file, in order.
pub const GOLD_COLUMNS: [&str; 11] = [
    "source",
    "line",
    "occurrence",
    "quote",
    "kind",
    "value",
    "approx",
    "unit",
    "group",
    "boilerplate",
    "note",
];

/// One row of the gold file, every cell as written.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct GoldRow {
    pub source: String,
    pub line: String,
    pub occurrence: String,
    pub quote: String,
    pub kind: String,
    pub value: String,
    pub approx: String,
    pub unit: String,
    pub group: String,
    pub boilerplate: String,
    pub note: String,
}

/// A gold item placed in its source.
#[derive(Debug, Clone)]
pub struct GoldItem {
    pub source: String,
    pub line: u64,
    pub quote: String,
    pub kind: Kind,
    pub value: Value,
    pub value_text: String,
    pub approx: Approx,
    pub unit: String,
    pub group: String,
    pub boilerplate: bool,
    /// Byte offsets in the source text, end exclusive.
    pub span: Range<usize>,
}

/// Read the gold rows; the header must be exactly [`GOLD_COLUMNS`].
pub fn read_gold(path: &Path) -> Result<Vec<GoldRow>, String> {
    let mut reader =
        csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let headers = reader
        .headers()
        .map_err(|e| format!("{}: {e}", path.display()))?
        .clone();
    if headers.iter().ne(GOLD_COLUMNS) {
        return Err(format!(
            "{}: the header must be {}",
            path.display(),
            GOLD_COLUMNS.join(",")
        ));
    }
    reader
        .deserialize()
        .enumerate()
        .map(|(i, row)| row.map_err(|e| format!("{} row {}: {e}", path.display(), i + 2)))
        .collect()
}

/// Type every row and find its quote in its source. Returns the items that could be placed and
/// one message per problem (a row with a problem is left out).
pub fn place_gold(rows: &[GoldRow], corpus: &Corpus) -> (Vec<GoldItem>, Vec<String>) {
    let mut items = Vec::new();
    let mut problems = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        match place_row(row, corpus) {
            Ok(item) => items.push(item),
            Err(e) => problems.push(format!(
                "gold row {} ({} line {}): {e}",
                i + 2,
                row.source,
                row.line
            )),
        }
    }
    (items, problems)
}

fn place_row(row: &GoldRow, corpus: &Corpus) -> Result<GoldItem, String> {
    let source = corpus
        .get(&row.source)
        .ok_or_else(|| format!("unknown source '{}'", row.source))?;
    let kind: Kind = row.kind.parse()?;
    if kind == Kind::Category {
        return Err("the gold holds figures and dates, not categories".into());
    }
    let approx: Approx = row.approx.parse()?;
    let value = Value::parse(kind, &row.value)?;
    let line: u64 = row
        .line
        .parse()
        .map_err(|_| format!("line '{}' is not a number", row.line))?;
    let occurrence: usize = row
        .occurrence
        .parse()
        .ok()
        .filter(|&n| n >= 1)
        .ok_or_else(|| format!("occurrence '{}' is not a number from 1", row.occurrence))?;
    let boilerplate = match row.boilerplate.as_str() {
        "yes" => true,
        "" => false,
        other => {
            return Err(format!(
                "boilerplate is '{other}': write yes or leave it empty"
            ));
        }
    };
    if row.quote.is_empty() {
        return Err("the quote is empty".into());
    }
    let range = source
        .line_range(line)
        .ok_or_else(|| format!("the source has no line {line}"))?;
    let start =
        nth_match(&source.text[range.clone()], &row.quote, occurrence).ok_or_else(|| {
            format!(
                "'{}' does not occur {occurrence} time(s) on the line",
                row.quote
            )
        })?;
    let start = range.start + start;
    Ok(GoldItem {
        source: row.source.clone(),
        line,
        quote: row.quote.clone(),
        kind,
        value,
        value_text: row.value.clone(),
        approx,
        unit: row.unit.clone(),
        group: row.group.clone(),
        boilerplate,
        span: start..start + row.quote.len(),
    })
}

/// Byte offset of the `n`-th (1-based) match of `needle` in `haystack`, matches may overlap.
fn nth_match(haystack: &str, needle: &str, n: usize) -> Option<usize> {
    let mut from = 0;
    let mut found = None;
    for _ in 0..n {
        let at = from + haystack.get(from..)?.find(needle)?;
        found = Some(at);
        from = at + haystack[at..].chars().next().map_or(1, char::len_utf8);
    }
    found
}

/// Read and place the gold, failing on any problem.
pub fn load_gold(path: &Path, corpus: &Corpus) -> Result<Vec<GoldItem>, String> {
    let rows = read_gold(path)?;
    let (items, problems) = place_gold(&rows, corpus);
    if problems.is_empty() {
        Ok(items)
    } else {
        Err(problems.join("\n"))
    }
}

/// One proposed figure or date.
#[derive(Debug, Clone)]
pub struct Prediction {
    pub source: String,
    /// Byte offsets in the source text; `None` when the prediction could not be placed.
    pub span: Option<Range<usize>>,
    /// The row of the table the prediction counts in: its kind, or its broad class for peers.
    pub bucket: String,
    pub dimension: Dimension,
    pub kind: Option<Kind>,
    pub value: Option<Value>,
    /// The value as the predictor wrote it, for listings.
    pub value_text: String,
    /// The topic the prediction was aligned to; empty when not aligned.
    pub topic: String,
}

impl Prediction {
    /// A claim proposed by crosscheck. A claim without offsets is placed by its quote on its line.
    pub fn from_claim(claim: &Claim, corpus: &Corpus) -> Prediction {
        let span = claim.span.clone().or_else(|| {
            let source = corpus.get(&claim.source)?;
            let range = source.line_range(claim.line)?;
            let at = nth_match(&source.text[range.clone()], &claim.quote, 1)?;
            Some(range.start + at..range.start + at + claim.quote.len())
        });
        Prediction {
            source: claim.source.clone(),
            span,
            bucket: claim.kind.to_string(),
            dimension: claim.kind.dimension(),
            kind: Some(claim.kind),
            value: Some(claim.value.clone()),
            value_text: claim.value_text.clone(),
            topic: claim.topic.clone(),
        }
    }

    /// A typed prediction at a known byte span (for tests and for aligned claims).
    pub fn typed(
        source: &str,
        span: Range<usize>,
        kind: Kind,
        value: &str,
        topic: &str,
    ) -> Prediction {
        Prediction {
            source: source.to_string(),
            span: Some(span),
            bucket: kind.to_string(),
            dimension: kind.dimension(),
            kind: Some(kind),
            value: Value::parse(kind, value).ok(),
            value_text: value.to_string(),
            topic: topic.to_string(),
        }
    }
}

/// The broad class a peer's kind label falls in: time-ish labels name dates and times; all
/// others (numbers, quantities, money, durations, ordinals) are number-ish, as durations and
/// ordinals are in crosscheck's kinds.
pub fn peer_dimension(label: &str) -> Dimension {
    let label = label.to_ascii_lowercase();
    let timeish = ["date", "time", "year", "set"]
        .iter()
        .any(|cue| label.contains(cue));
    if timeish && !label.contains("duration") {
        Dimension::Time
    } else {
        Dimension::Number
    }
}

/// Name of the broad class of a dimension, used as the bucket of peer predictions.
pub fn class_name(dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Time => "time-ish",
        _ => "number-ish",
    }
}

/// Read one peer output file: one JSON object per line with `start`/`end` in code points.
/// Returns the predictions and how many could not be placed in the text.
pub fn read_peer_file(path: &Path, source: &Source) -> Result<(Vec<Prediction>, usize), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let bytes_of: Vec<usize> = source
        .text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(source.text.len()))
        .collect();
    let mut predictions = Vec::new();
    let mut unplaced = 0;
    let mut cursor = 0;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| format!("{} line {}: {e}", path.display(), i + 1))?;
        let label = record["kind"].as_str().unwrap_or("");
        let quote = record["text"].as_str().unwrap_or("");
        let start = record["start"]
            .as_u64()
            .and_then(|cp| bytes_of.get(cp as usize).copied());
        let end = record["end"]
            .as_u64()
            .and_then(|cp| bytes_of.get(cp as usize).copied());
        let span = place_peer(source, start, end, quote, cursor);
        match &span {
            Some(s) => cursor = cursor.max(s.start),
            None => unplaced += 1,
        }
        let dimension = peer_dimension(label);
        predictions.push(Prediction {
            source: source.meta.id.clone(),
            span,
            bucket: class_name(dimension).to_string(),
            dimension,
            kind: None,
            value: None,
            value_text: match &record["value"] {
                serde_json::Value::String(v) => v.clone(),
                serde_json::Value::Null => String::new(),
                other => other.to_string(),
            },
            topic: String::new(),
        });
    }
    Ok((predictions, unplaced))
}

/// Where a peer's extraction is: its offsets when both are given; otherwise its text, searched
/// on the line of its start, or from the previous extraction on (runners emit in text order).
fn place_peer(
    source: &Source,
    start: Option<usize>,
    end: Option<usize>,
    quote: &str,
    cursor: usize,
) -> Option<Range<usize>> {
    if let (Some(s), Some(e)) = (start, end) {
        return (s < e).then_some(s..e);
    }
    if quote.is_empty() {
        return None;
    }
    let from = match start {
        Some(s) => source.line_range(source.line_of(s))?.start,
        None => cursor,
    };
    let at = from + source.text.get(from..)?.find(quote)?;
    Some(at..at + quote.len())
}

/// How a prediction must relate to a gold item to count as the same figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchRule {
    /// Overlapping spans and the same dimension (number-ish or time-ish): for crosscheck.
    SameDimension,
    /// Overlapping spans only: for peers, whose labels do not map cleanly on kinds (spaCy calls
    /// "17 years" a DATE).
    AnyOverlap,
}

/// Counts behind one row of the table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold items to be found (boilerplate excluded).
    pub gold: usize,
    /// Gold items some prediction found.
    pub found: usize,
    pub predicted: usize,
    /// Predictions that landed on a gold item (not boilerplate).
    pub correct: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// A row of the table: which gold kinds and which prediction buckets it counts.
#[derive(Debug, Clone)]
pub struct Row {
    pub label: String,
    pub counts: Counts,
}

/// The two classes the extraction targets are set for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetClass {
    /// Percents, counts, money and quantities.
    Numbers,
    /// Dates and years.
    Dates,
}

impl TargetClass {
    pub fn label(self) -> &'static str {
        match self {
            TargetClass::Numbers => "numbers+percentages",
            TargetClass::Dates => "dates+years",
        }
    }

    pub fn kinds(self) -> &'static [Kind] {
        match self {
            TargetClass::Numbers => &[Kind::Percent, Kind::Count, Kind::Money, Kind::Quantity],
            TargetClass::Dates => &[Kind::Date, Kind::Year],
        }
    }

    /// The peer bucket standing for this class.
    fn peer_bucket(self) -> &'static str {
        match self {
            TargetClass::Numbers => class_name(Dimension::Number),
            TargetClass::Dates => class_name(Dimension::Time),
        }
    }
}

/// Everything the scorer measured.
#[derive(Debug, Clone)]
pub struct Scores {
    pub rule: MatchRule,
    /// Span match, one row per kind (or per broad class for peers), then the target classes
    /// and the total.
    pub span: Vec<Row>,
    /// Span and value match (empty when the predictions carry no values).
    pub value: Vec<Row>,
    /// Gold items found whose finder(s) include one of the same kind, out of gold items found.
    pub kind_agreement: (usize, usize),
    /// Predictions that could not be placed in their source.
    pub unplaced: usize,
    /// Predictions that landed on boilerplate.
    pub boilerplate_hits: usize,
}

impl Scores {
    /// The counts of a target class: span match, or span and value match.
    pub fn target(&self, class: TargetClass, with_value: bool) -> Counts {
        let rows = if with_value { &self.value } else { &self.span };
        rows.iter()
            .find(|r| r.label == class.label())
            .map(|r| r.counts)
            .unwrap_or_default()
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Equal values: the same numbers, or the same interval of days. A vague gold value
/// ("thousands" = 2000/9999) accepts any value that overlaps it: what "several" or "tens of
/// thousands" spans is a convention, and conventions differ.
pub fn same_value(gold: &GoldItem, predicted: &Value) -> bool {
    let (Some(g), Some(p)) = (gold.value.nominal(), predicted.nominal()) else {
        return false;
    };
    let same_dimension = matches!(
        (&gold.value, predicted),
        (Value::Number { .. }, Value::Number { .. }) | (Value::Time { .. }, Value::Time { .. })
    );
    if !same_dimension {
        return false;
    }
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
    if gold.approx == Approx::Vague && !g.is_point() {
        return g.overlaps(&p);
    }
    close(g.low, p.low) && close(g.high, p.high)
}

/// Which gold items and which predictions found each other.
#[derive(Debug, Clone)]
pub struct Matching<'a> {
    /// The predictions scored: every one but categories (the gold holds no qualitative claims).
    pub predictions: Vec<&'a Prediction>,
    pub gold_found: Vec<bool>,
    pub gold_valued: Vec<bool>,
    /// Found by a prediction of the same kind.
    pub gold_kind: Vec<bool>,
    pub pred_correct: Vec<bool>,
    pub pred_valued: Vec<bool>,
    /// Predictions that landed on boilerplate and nothing else.
    pub pred_boilerplate: Vec<bool>,
}

/// Match every prediction against every gold item of its source.
pub fn match_all<'a>(
    gold: &[GoldItem],
    predictions: &'a [Prediction],
    rule: MatchRule,
) -> Matching<'a> {
    let predictions: Vec<&Prediction> = predictions
        .iter()
        .filter(|p| p.dimension != Dimension::Category)
        .collect();
    let fits = |g: &GoldItem, p: &Prediction| -> bool {
        let Some(span) = &p.span else { return false };
        g.source == p.source
            && overlaps(&g.span, span)
            && (rule == MatchRule::AnyOverlap || g.kind.dimension() == p.dimension)
    };
    let mut m = Matching {
        gold_found: vec![false; gold.len()],
        gold_valued: vec![false; gold.len()],
        gold_kind: vec![false; gold.len()],
        pred_correct: vec![false; predictions.len()],
        pred_valued: vec![false; predictions.len()],
        pred_boilerplate: vec![false; predictions.len()],
        predictions,
    };
    for (pi, p) in m.predictions.iter().enumerate() {
        let mut on_boilerplate = false;
        for (gi, g) in gold.iter().enumerate() {
            if !fits(g, p) {
                continue;
            }
            if g.boilerplate {
                on_boilerplate = true;
                continue;
            }
            m.gold_found[gi] = true;
            m.pred_correct[pi] = true;
            if p.kind == Some(g.kind) {
                m.gold_kind[gi] = true;
            }
            if p.value.as_ref().is_some_and(|v| same_value(g, v)) {
                m.gold_valued[gi] = true;
                m.pred_valued[pi] = true;
            }
        }
        m.pred_boilerplate[pi] = on_boilerplate && !m.pred_correct[pi];
    }
    m
}

/// Score predictions against the gold. Category predictions (qualitative claims) are left
/// out: the gold holds figures and dates only.
pub fn score(gold: &[GoldItem], predictions: &[Prediction], rule: MatchRule) -> Scores {
    let Matching {
        predictions,
        gold_found,
        gold_valued,
        gold_kind,
        pred_correct,
        pred_valued,
        pred_boilerplate,
    } = match_all(gold, predictions, rule);
    let boilerplate_hits = pred_boilerplate.iter().filter(|b| **b).count();
    let peers = rule == MatchRule::AnyOverlap;
    let typed = !peers || predictions.iter().any(|p| p.value.is_some());
    let mut groups: Vec<(String, Vec<Kind>, Vec<String>)> = Vec::new();
    if peers {
        for dimension in [Dimension::Number, Dimension::Time] {
            let kinds = Kind::ALL
                .iter()
                .copied()
                .filter(|k| k.dimension() == dimension)
                .collect();
            groups.push((
                class_name(dimension).into(),
                kinds,
                vec![class_name(dimension).into()],
            ));
        }
    } else {
        for kind in Kind::ALL.iter().filter(|k| **k != Kind::Category) {
            groups.push((kind.to_string(), vec![*kind], vec![kind.to_string()]));
        }
    }
    for class in [TargetClass::Numbers, TargetClass::Dates] {
        let buckets = if peers {
            vec![class.peer_bucket().to_string()]
        } else {
            class.kinds().iter().map(|k| k.to_string()).collect()
        };
        groups.push((class.label().into(), class.kinds().to_vec(), buckets));
    }
    let all_buckets: Vec<String> = predictions.iter().map(|p| p.bucket.clone()).collect();
    groups.push(("all".into(), Kind::ALL.to_vec(), all_buckets));

    let count = |kinds: &[Kind], buckets: &[String], found: &[bool], correct: &[bool]| Counts {
        gold: gold
            .iter()
            .filter(|g| !g.boilerplate && kinds.contains(&g.kind))
            .count(),
        found: gold
            .iter()
            .zip(found)
            .filter(|(g, f)| **f && kinds.contains(&g.kind))
            .count(),
        predicted: predictions
            .iter()
            .filter(|p| buckets.contains(&p.bucket))
            .count(),
        correct: predictions
            .iter()
            .zip(correct)
            .filter(|(p, c)| **c && buckets.contains(&p.bucket))
            .count(),
    };
    let span = groups
        .iter()
        .map(|(label, kinds, buckets)| Row {
            label: label.clone(),
            counts: count(kinds, buckets, &gold_found, &pred_correct),
        })
        .collect();
    let value = if typed {
        groups
            .iter()
            .map(|(label, kinds, buckets)| Row {
                label: label.clone(),
                counts: count(kinds, buckets, &gold_valued, &pred_valued),
            })
            .collect()
    } else {
        Vec::new()
    };
    Scores {
        rule,
        span,
        value,
        kind_agreement: (
            gold_kind.iter().filter(|k| **k).count(),
            gold_found.iter().filter(|f| **f).count(),
        ),
        unplaced: predictions.iter().filter(|p| p.span.is_none()).count(),
        boilerplate_hits,
    }
}

/// Pairwise alignment agreement over predictions that landed on a gold item with a group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pairwise {
    /// Gold items with a group that some aligned prediction landed on.
    pub items: usize,
    /// Pairs of those items in the same predicted topic.
    pub predicted_pairs: usize,
    /// Pairs of those items in the same gold group.
    pub gold_pairs: usize,
    /// Pairs in both.
    pub agreed: usize,
    /// Pairs in the same gold group over the whole gold, for scale.
    pub gold_pairs_total: usize,
}

impl Pairwise {
    pub fn precision(&self) -> f64 {
        ratio(self.agreed, self.predicted_pairs)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.agreed, self.gold_pairs)
    }
}

/// The topic each grouped gold item was aligned to: that of the first prediction landing on it.
fn topics_of_gold<'a>(
    gold: &[GoldItem],
    predictions: &'a [Prediction],
) -> BTreeMap<usize, &'a str> {
    let mut topic_of: BTreeMap<usize, &str> = BTreeMap::new();
    for p in predictions.iter().filter(|p| !p.topic.is_empty()) {
        let Some(span) = &p.span else { continue };
        let hit = gold.iter().position(|g| {
            !g.group.is_empty()
                && !g.boilerplate
                && g.source == p.source
                && g.kind.dimension() == p.dimension
                && overlaps(&g.span, span)
        });
        if let Some(gi) = hit {
            topic_of.entry(gi).or_insert(&p.topic);
        }
    }
    topic_of
}

/// Compare predicted topics with gold groups, pair by pair. Each gold item counts once (with the
/// topic of the first prediction that landed on it).
pub fn pairwise(gold: &[GoldItem], predictions: &[Prediction]) -> Pairwise {
    let topic_of = topics_of_gold(gold, predictions);
    let placed: Vec<(&str, &str)> = topic_of
        .iter()
        .map(|(gi, topic)| (gold[*gi].group.as_str(), *topic))
        .collect();
    let mut result = Pairwise {
        items: placed.len(),
        ..Pairwise::default()
    };
    for (i, a) in placed.iter().enumerate() {
        for b in &placed[i + 1..] {
            let same_group = a.0 == b.0;
            let same_topic = a.1 == b.1;
            result.gold_pairs += usize::from(same_group);
            result.predicted_pairs += usize::from(same_topic);
            result.agreed += usize::from(same_group && same_topic);
        }
    }
    let mut sizes: BTreeMap<&str, usize> = BTreeMap::new();
    for g in gold
        .iter()
        .filter(|g| !g.group.is_empty() && !g.boilerplate)
    {
        *sizes.entry(&g.group).or_default() += 1;
    }
    result.gold_pairs_total = sizes.values().map(|n| n * (n - 1) / 2).sum();
    result
}

/// A pair of gold items the alignment got wrong: in one gold group but not one topic (missed),
/// or in one topic but not one gold group (wrong).
#[derive(Debug, Clone)]
pub struct PairError {
    pub missed: bool,
    /// Indexes into the gold items, and the topic each was aligned to.
    pub a: (usize, String),
    pub b: (usize, String),
}

/// The pairs [`pairwise`] counts against precision or recall, for whoever improves alignment.
pub fn pair_errors(gold: &[GoldItem], predictions: &[Prediction]) -> Vec<PairError> {
    let topic_of = topics_of_gold(gold, predictions);
    let placed: Vec<(usize, &str)> = topic_of.into_iter().collect();
    let mut errors = Vec::new();
    for (i, &(ga, ta)) in placed.iter().enumerate() {
        for &(gb, tb) in &placed[i + 1..] {
            let same_group = gold[ga].group == gold[gb].group;
            let same_topic = ta == tb;
            if same_group != same_topic {
                errors.push(PairError {
                    missed: same_group,
                    a: (ga, ta.to_string()),
                    b: (gb, tb.to_string()),
                });
            }
        }
    }
    errors
}

/// The pair errors one per block: the gold group, then each side's source, line, quote, topic
/// and sentence.
pub fn render_pair_errors(gold: &[GoldItem], errors: &[PairError], corpus: &Corpus) -> String {
    let mut out = String::new();
    for (missed, title) in [(true, "missed pairs"), (false, "wrong pairs")] {
        let list: Vec<&PairError> = errors.iter().filter(|e| e.missed == missed).collect();
        let _ = writeln!(out, "{title}: {}", list.len());
        for e in list {
            let _ = writeln!(out, "  {} / {}", gold[e.a.0].group, gold[e.b.0].group);
            for (gi, topic) in [&e.a, &e.b] {
                let g = &gold[*gi];
                let sentence = corpus
                    .get(&g.source)
                    .map(|s| crosscheck::align::sentence_around(&s.text, g.span.clone()))
                    .unwrap_or("");
                let _ = writeln!(
                    out,
                    "    {}:{} {:?} [{}] in {:?}",
                    g.source, g.line, g.quote, topic, sentence
                );
            }
        }
    }
    out
}

/// Score crosscheck's own extractor on a repository layout (`sources/`, `topics.toml`,
/// `tests/gold/chile.csv` under `root`).
pub fn score_crosscheck(root: &Path) -> Result<Scores, String> {
    let corpus = Corpus::load(&root.join("sources")).map_err(|e| e.to_string())?;
    let codebook = crosscheck::codebook::Codebook::load(&root.join("topics.toml"), false)
        .map_err(|e| e.to_string())?;
    let gold = load_gold(&root.join("tests/gold/chile.csv"), &corpus)?;
    let claims = crosscheck::extract::extract(&corpus, &codebook);
    let predictions: Vec<Prediction> = claims
        .iter()
        .map(|c| Prediction::from_claim(c, &corpus))
        .collect();
    Ok(score(&gold, &predictions, MatchRule::SameDimension))
}

/// The gold items missed, the items found without their value, and the wrong predictions, one
/// line each, for whoever improves the extractor.
pub fn render_misses(gold: &[GoldItem], matching: &Matching, corpus: &Corpus) -> String {
    let mut out = String::new();
    let place = |source: &str, span: &Range<usize>| -> (u64, String) {
        corpus.get(source).map_or((0, String::new()), |s| {
            (
                s.line_of(span.start),
                s.text.get(span.clone()).unwrap_or("").to_string(),
            )
        })
    };
    let _ = writeln!(out, "gold items not found:");
    for (g, _) in gold
        .iter()
        .zip(&matching.gold_found)
        .filter(|(g, found)| !g.boilerplate && !**found)
    {
        let _ = writeln!(
            out,
            "  {}:{}  {:?}  {} {}",
            g.source, g.line, g.quote, g.kind, g.value_text
        );
    }
    let _ = writeln!(out, "gold items found without their value:");
    for (i, g) in gold.iter().enumerate() {
        if g.boilerplate || !matching.gold_found[i] || matching.gold_valued[i] {
            continue;
        }
        let given: Vec<String> = matching
            .predictions
            .iter()
            .filter(|p| {
                p.source == g.source && p.span.as_ref().is_some_and(|s| overlaps(s, &g.span))
            })
            .map(|p| format!("{} {}", p.bucket, p.value_text))
            .collect();
        let _ = writeln!(
            out,
            "  {}:{}  {:?}  gold {} {}, predicted {}",
            g.source,
            g.line,
            g.quote,
            g.kind,
            g.value_text,
            given.join(" | ")
        );
    }
    let _ = writeln!(out, "predictions on no gold item (* = on boilerplate):");
    for (i, p) in matching.predictions.iter().enumerate() {
        if matching.pred_correct[i] {
            continue;
        }
        let (line, text) = p
            .span
            .as_ref()
            .map_or((0, "(not placed)".to_string()), |s| place(&p.source, s));
        let mark = if matching.pred_boilerplate[i] {
            "*"
        } else {
            " "
        };
        let _ = writeln!(
            out,
            " {mark}{}:{}  {:?}  {} {}",
            p.source, line, text, p.bucket, p.value_text
        );
    }
    out
}

/// A plain-text table of rows.
pub fn render_rows(title: &str, rows: &[Row]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{title}");
    let _ = writeln!(
        out,
        "  {:<22} {:>5} {:>6} {:>9} {:>7} {:>6} {:>6} {:>6}",
        "kind", "gold", "found", "predicted", "correct", "P", "R", "F1"
    );
    for row in rows {
        let c = row.counts;
        if c.gold == 0 && c.predicted == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "  {:<22} {:>5} {:>6} {:>9} {:>7} {:>6.3} {:>6.3} {:>6.3}",
            row.label,
            c.gold,
            c.found,
            c.predicted,
            c.correct,
            c.precision(),
            c.recall(),
            c.f1()
        );
    }
    out
}
