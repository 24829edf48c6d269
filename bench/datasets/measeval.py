"""MeasEval (SemEval-2021 Task 8) eval split: Quantity span P/R/F1 (stdlib only).

  python3 bench/datasets/measeval.py prepare [--split eval|train|trial] [--data DIR] --work DIR
  python3 bench/datasets/measeval.py score --work DIR [--pred DIR] [--misses SYSTEM]

`prepare` writes the split's paragraphs, one per line, to WORK/texts/measeval.txt (a paragraph holds
no line break; the peer runners read one line at a time, so run ours with --per-line-ours), the
Quantity gold spans to WORK/gold.json (offsets moved to that file) and WORK/paragraphs.json (where
each paragraph starts). Paragraphs without annotations stay in: they are the negatives.
`score` reads WORK/out/<system>/measeval.jsonl and prints, per system:
- 1:1 overlap span P/R/F1 (the headline figure): gold Quantities and predictions are paired one to
  one, each pair overlapping (greedy, largest overlap first); P = pairs / predictions, R = pairs / gold;
- any-overlap span P/R/F1: a prediction counts if it overlaps any gold Quantity, a gold Quantity if
  any prediction overlaps it (lenient: one wide span covering two quantities counts for both);
- exact span P/R/F1: the spans are equal;
- token-overlap F1: the mean, over gold Quantities, of the best token-level F1 against an overlapping
  prediction (0 if none) -- close to the official scorer's partial-credit span measure.
Predictions nested inside another prediction of the same system are dropped; only numeric records
count (no dates): see common.py.
"""
import argparse
import csv
import json
import pathlib
import re
import sys

sys.dont_write_bytecode = True  # keep the repository free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from common import (NUMERIC_SYSTEMS, drop_nested, is_numeric, load, numeric_value, prf,  # noqa: E402
                    print_table, systems_in)

REPO = pathlib.Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "datasets" / "extraction" / "measeval"
STEM = "measeval"


def prepare(args):
    root = (args.data or DATA) / args.split
    if not (root / "text").is_dir():
        print(f"measeval: no {root / 'text'} (../shared is not on this machine); nothing to prepare.")
        return 0
    lines, gold, paragraphs, pos = [], [], [], 0
    for txt in sorted((root / "text").glob("*.txt")):
        text = re.sub(r"[\r\n]", " ", txt.read_text(encoding="utf-8"))
        paragraphs.append([txt.stem, pos])
        tsv = root / "tsv" / f"{txt.stem}.tsv"
        if tsv.is_file():
            with tsv.open(encoding="utf-8") as f:
                for r in csv.DictReader(f, delimiter="\t"):
                    if r["annotType"] == "Quantity":
                        s, e = int(r["startOffset"]), int(r["endOffset"])
                        gold.append([pos + s, pos + e, text[s:e]])
        lines.append(text)
        pos += len(text) + 1
    texts = args.work / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    (texts / f"{STEM}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (args.work / "gold.json").write_text(json.dumps(gold))
    (args.work / "paragraphs.json").write_text(json.dumps(paragraphs))
    print(f"measeval: {len(lines)} paragraphs, {len(gold)} Quantity spans -> {args.work}")
    return 0


def tokens(text, start):
    return {(start + m.start(), start + m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)}


def token_f1(gold_span, pred_span, text):
    g = tokens(text[gold_span[0]:gold_span[1]], gold_span[0])
    p = tokens(text[pred_span[0]:pred_span[1]], pred_span[0])
    common = len(g & p)
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


def matched_pairs(gold, spans):
    """How many gold spans can be paired one-to-one with overlapping predictions (greedy, the
    largest overlaps first): one wide prediction covering two gold quantities earns one match."""
    pairs = sorted(((min(g[1], s[1]) - max(g[0], s[0]), i, j) for i, g in enumerate(gold)
                    for j, s in enumerate(spans) if g[0] < s[1] and s[0] < g[1]), reverse=True)
    used_g, used_s = set(), set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
    return len(used_g)


def context(text, span, width=40):
    return text[max(0, span[0] - width):span[1] + width].replace("\n", " / ")


def score(args):
    gold_path = args.work / "gold.json"
    if not gold_path.is_file():
        print(f"measeval: no {gold_path}; run `prepare` first (it needs ../shared).")
        return 0
    gold = [tuple(g[:2]) for g in json.loads(gold_path.read_text())]
    text = (args.work / "texts" / f"{STEM}.txt").read_text(encoding="utf-8")
    pred_dir = args.pred or args.work / "out"
    rows, differences = [], []
    for system in systems_in(pred_dir, NUMERIC_SYSTEMS):
        recs = drop_nested([r for r in load(pred_dir / system / f"{STEM}.jsonl") if is_numeric(system, r)],
                           key=lambda r, s=system: numeric_value(s, r))
        spans = [(r["start"], r["end"]) for r in recs if r.get("start") is not None]
        spans.sort()
        exact = set(gold)

        def hits(span, pool):
            return [q for q in pool if q[0] < span[1] and span[0] < q[1]]

        one_to_one = matched_pairs(gold, spans)
        o_p = sum(1 for s in spans if hits(s, gold))
        o_r = sum(1 for g in gold if hits(g, spans))
        e_p = sum(1 for s in spans if s in exact)
        e_r = sum(1 for g in gold if g in set(spans))
        tok = sum(max([token_f1(g, s, text) for s in hits(g, spans)], default=0.0) for g in gold)
        op, orr, of = prf(o_p, len(recs), o_r, len(gold))
        mp, mr, mf = prf(one_to_one, len(recs), one_to_one, len(gold))
        ep, er, ef = prf(e_p, len(recs), e_r, len(gold))
        if system == args.misses:
            for g in gold:
                if not hits(g, spans):
                    differences.append(f"missed  {text[g[0]:g[1]]!r}  | {context(text, g)}")
            for sp in spans:
                if not hits(sp, gold):
                    differences.append(f"extra   {text[sp[0]:sp[1]]!r}  | {context(text, sp)}")
        rows.append([system, len(recs), f"{mp:.3f}", f"{mr:.3f}", f"{mf:.3f}", f"{op:.3f}", f"{orr:.3f}",
                     f"{of:.3f}", f"{ep:.3f}", f"{er:.3f}",
                     f"{ef:.3f}", f"{tok / len(gold):.3f}"])
    print_table(f"MeasEval {args.work.name}: {len(gold)} gold Quantity spans (predictions from {pred_dir})",
                ["system", "pred", "1:1 P", "1:1 R", "1:1 F1", "any P", "any R", "any F1", "exact P", "exact R", "exact F1",
                 "token F1"], rows)
    if args.misses:
        print(f"{args.misses}: {len(differences)} differences"
              + (f", first {args.limit}" if len(differences) > args.limit else ""))
        for line in differences[: args.limit]:
            print("  " + line)
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--split", choices=["eval", "train", "trial"], default="eval")
    p.add_argument("--data", type=pathlib.Path)
    p.add_argument("--work", type=pathlib.Path, required=True)
    s = sub.add_parser("score")
    s.add_argument("--work", type=pathlib.Path, required=True)
    s.add_argument("--pred", type=pathlib.Path)
    s.add_argument("--misses", metavar="SYSTEM", help="also list that system's misses and false finds")
    s.add_argument("--limit", type=int, default=60, help="at most this many --misses lines")
    args = ap.parse_args()
    return prepare(args) if args.cmd == "prepare" else score(args)


if __name__ == "__main__":
    sys.exit(main())
