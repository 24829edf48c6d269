"""Zero-configuration conflict detection on texts crosscheck has never seen (stdlib only).

  python3 bench/datasets/conflicts.py [--work DIR] [--bin PATH] [--misses] [--false-conflicts]

This measures the promise of DESIGN.md section 2: on a folder of texts with no manifest, no claims
file and no codebook, `crosscheck extract` then `crosscheck check` surfaces the numeric and date
conflicts between them. Nothing here was seen while the tool was written; every pair becomes its own
little corpus (one .txt per passage), run through the release binary exactly as a user would.

Positives: WikiContradict (IBM, NeurIPS 2024; ../shared/datasets/contradiction/wikicontradict), real
contradictory Wikipedia passages with an annotator's question and one answer per passage. Only the
rows whose two answers both carry a number or a date are scored (the dataset's own
`answers_have_number_or_date` flag). A "Different" row is two sources; a "Same" row is one passage
that contradicts itself. A row counts as **detected** when `check` reports a conflict (an internal
conflict for a "Same" row) holding a claim of each side whose quote carries a number that only that
side's answer has (answer "21 August 1968" vs "27 August 1968": 21 on one side, 27 on the other).
Rows whose answers share every number (nothing tells the sides apart) are not scored. "aligned,
judged compatible" means the two claims were put in one topic but their intervals overlap; "not
aligned" that both were extracted but left in different topics; "not extracted" that a side's figure
is not among the claims at all.

Negatives: EQUATE (CoNLL 2019; ../shared/datasets/contradiction/equate), the entailment pairs of its
two natural sets, RTE-Quant and NewsNLI: a premise and a hypothesis whose quantities agree in meaning
("about $7 billion" / "$7 billion"). Every conflict crosscheck reports there is counted as false (a
few may be real disagreements inside an entailed pair, so this slightly overstates the rate).

WORK (default ../peer-out/conflicts) holds one folder per pair with its texts, claims.csv and the
report. Without ../shared this says so and exits 0.
"""
import argparse
import csv
import json
import pathlib
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True  # keep the repository free of __pycache__

REPO = pathlib.Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "datasets" / "contradiction"

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "million": 1000000, "first": 1, "second": 2, "third": 3,
    "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def numbers_in(text):
    """The numbers a piece of text names, as strings: digit runs without separators ('5,295' ->
    '5295', '21st' -> '21', '3.8' -> '3.8'), number words ('nine' -> '9') and month names ('August'
    -> 'm8', so that a month can tell two dates apart)."""
    text = str(text or "")
    found = set()
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text):
        digits = m.group(0).rstrip(",").replace(",", "")
        if digits:
            found.add(digits.lstrip("0") or "0")
    for word in re.findall(r"[A-Za-z]+", text.lower()):
        if word in NUMBER_WORDS:
            found.add(str(NUMBER_WORDS[word]))
        elif word in MONTHS:
            found.add(f"m{MONTHS.index(word) + 1}")
        elif len(word) >= 3 and any(m.startswith(word) for m in MONTHS) and word not in ("mar", "may", "jun"):
            found.add(f"m{next(i for i, m in enumerate(MONTHS) if m.startswith(word)) + 1}")
    return found


def claim_numbers(claim):
    """Numbers a claim carries: those of its quote and of its normalised value (a date's value
    1968-08-21 gives 1968, m8 and 21)."""
    found = numbers_in(claim.get("quote"))
    value = str(claim.get("value") or "")
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if m:
        found.add(m.group(1))
        if m.group(2):
            found.add(f"m{int(m.group(2))}")
        if m.group(3):
            found.add(str(int(m.group(3))))
    else:
        found |= numbers_in(value)
    return found


def run(binary, folder):
    """extract then check --format json on one little corpus, as a user would; the report."""
    texts, claims = folder / "texts", folder / "claims.csv"
    for args in (["extract", "--quiet"], ["check", "--format", "json"]):
        done = subprocess.run([str(binary), *args, "--sources", str(texts), "--claims", str(claims)],
                              capture_output=True, text=True, cwd=folder)
        if done.returncode != 0:
            raise SystemExit(f"conflicts: {' '.join(args)} failed on {folder} (exit {done.returncode}):\n"
                             f"{done.stderr}")
    (folder / "report.json").write_text(done.stdout, encoding="utf-8")
    return json.loads(done.stdout)


def corpus(folder, passages):
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "texts").mkdir(parents=True)
    for name, text in passages:
        (folder / "texts" / f"{name}.txt").write_text(text.strip() + "\n", encoding="utf-8")


def conflict_groups(report):
    """Each reported conflict as (kind, [claims]): topics judged conflict, and internal conflicts."""
    claims = {c["id"]: c for t in report["topics"] for c in t["claims"]}
    groups = [("conflict", t["claims"]) for t in report["topics"] if t["verdict"] == "conflict"]
    groups += [("internal", [claims[i] for i in ic["claims"] if i in claims])
               for ic in report["internal_conflicts"]]
    return groups


def side_claims(report, source, distinct):
    return [c for t in report["topics"] for c in t["claims"]
            if (source is None or c["source"] == source) and claim_numbers(c) & distinct]


def judge_row(report, same, distinct1, distinct2):
    """'detected', 'compatible', 'not aligned' or 'not extracted' for one WikiContradict row."""
    src1, src2 = (None, None) if same else ("a", "b")
    for kind, group in conflict_groups(report):
        if same and kind != "internal":
            continue
        one = any(claim_numbers(c) & distinct1 for c in group if src1 is None or c["source"] == src1)
        two = any(claim_numbers(c) & distinct2 for c in group if src2 is None or c["source"] == src2)
        if one and two:
            return "detected"
    side1, side2 = side_claims(report, src1, distinct1), side_claims(report, src2, distinct2)
    if not side1 or not side2:
        return "not extracted"
    topic_of = {c["id"]: t["key"] for t in report["topics"] for c in t["claims"]}
    if {topic_of[c["id"]] for c in side1} & {topic_of[c["id"]] for c in side2}:
        return "compatible"
    return "not aligned"


def positives(work, binary, misses):
    data = DATA / "wikicontradict"
    flags = {r["question_ID"]: r for r in csv.DictReader((data / "numdate_flags.csv").open(encoding="utf-8"))}
    rows = [r for r in csv.DictReader((data / "WikiContradict_dataset_v1_rag_qa.csv").open(encoding="utf-8"))
            if flags[r["question_ID"]]["answers_have_number_or_date"] == "1"]
    outcomes, unscored = {}, 0
    for row in sorted(rows, key=lambda r: int(r["question_ID"])):
        n1, n2 = numbers_in(row["answer1"]), numbers_in(row["answer2"])
        distinct1, distinct2 = n1 - n2, n2 - n1
        if not distinct1 or not distinct2:
            unscored += 1
            continue
        same = row["samepassage"] == "Same" or row["context1"].strip() == row["context2"].strip()
        folder = work / "wikicontradict" / row["question_ID"]
        corpus(folder, [("a", row["context1"])] if same else [("a", row["context1"]), ("b", row["context2"])])
        outcome = judge_row(run(binary, folder), same, distinct1, distinct2)
        outcomes[row["question_ID"]] = (outcome, same, row)
    print(f"WikiContradict, rows whose answers both carry a number or date: {len(rows)} "
          f"({unscored} not scored: the answers share every number)")
    for label, want_same in (("two sources (Different)", False), ("one source (Same)", True)):
        part = [o for o, s, _ in outcomes.values() if s == want_same]
        if not part:
            continue
        counts = {k: part.count(k) for k in ("detected", "compatible", "not aligned", "not extracted")}
        print(f"  {label:24} rows {len(part):3}  detected {counts['detected']:3} "
              f"({counts['detected'] / len(part):.3f})  aligned, judged compatible {counts['compatible']:3}  "
              f"not aligned {counts['not aligned']:3}  not extracted {counts['not extracted']:3}")
    every = [o for o, _, _ in outcomes.values()]
    print(f"  {'all':24} rows {len(every):3}  detected {every.count('detected'):3} "
          f"({every.count('detected') / max(len(every), 1):.3f})")
    if misses:
        for qid, (outcome, same, row) in outcomes.items():
            if outcome != "detected":
                print(f"\n[{qid}] {outcome}{' (one source)' if same else ''}: {row['question']}")
                print(f"  answer1: {row['answer1'][:150]}\n  answer2: {row['answer2'][:150]}")
                print(f"  folder: {work / 'wikicontradict' / qid}")
    return outcomes


def negatives(work, binary, show):
    data = DATA / "equate"
    pairs = []
    for name in ("RTE_Quant", "NewsNLI"):
        for row in csv.DictReader((data / f"{name}.csv").open(encoding="utf-8")):
            if row["label"] == "entailment":
                pairs.append((name, row))
    flagged, conflicts = 0, 0
    for name, row in pairs:
        folder = work / "equate" / f"{name}-{row['sample_index']}"
        corpus(folder, [("premise", row["premise"]), ("hypothesis", row["hypothesis"])])
        found = [g for k, g in conflict_groups(run(binary, folder)) if k == "conflict"]
        if found:
            flagged += 1
            conflicts += len(found)
            if show:
                print(f"\n[{name} {row['sample_index']}] {len(found)} conflict(s)")
                for group in found:
                    print("  " + " | ".join(f"{c['source']}: {c['quote']!r} [{c['value']}]" for c in group))
    print(f"EQUATE entailment pairs (RTE-Quant + NewsNLI): {len(pairs)} pairs, {flagged} with a "
          f"reported conflict ({flagged / max(len(pairs), 1):.3f}), {conflicts} conflicts in all")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=pathlib.Path, default=REPO.parent / "peer-out" / "conflicts")
    parser.add_argument("--bin", type=pathlib.Path, default=REPO / "target" / "release" / "crosscheck")
    parser.add_argument("--misses", action="store_true", help="list the WikiContradict rows not detected")
    parser.add_argument("--false-conflicts", action="store_true", help="list the conflicts on EQUATE")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"conflicts: no datasets at {DATA} (this clone has no ../shared); nothing to do.")
        return 0
    if not args.bin.is_file():
        print(f"conflicts: no binary at {args.bin}: run `cargo build --release` first.", file=sys.stderr)
        return 2
    positives(args.work, args.bin, args.misses)
    negatives(args.work, args.bin, args.false_conflicts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
