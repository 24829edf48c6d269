"""TempEval-3 (TimeML TIMEX3): date/time/duration span F1 and value F1 (stdlib only).

  python3 bench/datasets/tempeval3.py prepare [--split platinum|tbaq] [--data DIR] --work DIR
  python3 bench/datasets/tempeval3.py score --work DIR [--pred DIR] [--misses SYSTEM]

`prepare` writes each document's <TEXT> with its tags stripped (offsets kept) to WORK/texts/<doc>.txt,
the TIMEX3 gold to WORK/gold.json and each document's creation date to WORK/ref_dates.json (the date
relative expressions resolve against; bench/run_peers.py --ref-dates passes it to the peers).
`score` reads WORK/out/<system>/<doc>.jsonl (bench/run_peers.py --out WORK/out) and prints, per system:
- strict span P/R/F1: a prediction counts if its span equals a gold TIMEX3 span exactly;
- relaxed span P/R/F1: a prediction counts if it overlaps a gold span (TempEval-3's two span measures:
  P = predictions that match / predictions, R = gold that is matched / gold);
- value F1: a gold TIMEX3 counts when an overlapping prediction carries its exact TIMEX3 value
  (1973-09-11, 1973-09, 1973, 197 for a decade, P17Y); value accuracy = that over relaxed-matched gold.
All four TIMEX3 types are gold (DATE, TIME, DURATION, SET); recall on DATE and DURATION alone is shown
too. Predictions nested inside another prediction of the same system are dropped first (TIMEX3 spans
do not nest). Only systems that extract dates are scored (see common.py).
"""
import argparse
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True  # keep the repository free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from common import (TEMPORAL_SYSTEMS, drop_nested, is_temporal, load, prf, print_table,  # noqa: E402
                    same_timex, systems_in, timex_value)

REPO = pathlib.Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "datasets" / "extraction"
SPLITS = {"platinum": ["tempeval3-platinum"], "tbaq": ["tempeval3-tbaq/TimeBank", "tempeval3-tbaq/AQUAINT"],
          "aquaint": ["tempeval3-tbaq/AQUAINT"], "timebank": ["tempeval3-tbaq/TimeBank"]}


def timexes(path):
    """(plain text, document creation date, [(start, end, type, value)]) of one .tml file."""
    root = ET.parse(path).getroot()
    parts, gold, pos = [], [], 0

    def walk(el):
        nonlocal pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            start = pos
            walk(child)
            if child.tag == "TIMEX3":
                gold.append((start, pos, child.get("type"), child.get("value")))
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)

    walk(root.find("TEXT"))
    dct = root.find("DCT/TIMEX3")
    date = (dct.get("value") or "")[:10] if dct is not None else ""
    return "".join(parts).replace("\r", " "), date, gold


def prepare(args):
    data = args.data or DATA
    folders = [data / sub for sub in SPLITS[args.split]]
    if not all(f.is_dir() for f in folders):
        print(f"tempeval3: no data at {folders[0]} (../shared is not on this machine); nothing to prepare.")
        return 0
    texts = args.work / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    gold, refs = {}, {}
    for folder in folders:
        for tml in sorted(folder.glob("*.tml")):
            text, date, spans = timexes(tml)
            (texts / f"{tml.stem}.txt").write_text(text, encoding="utf-8")
            gold[tml.stem] = [list(s) for s in spans]
            if len(date) == 10:
                refs[tml.stem] = date
    (args.work / "gold.json").write_text(json.dumps(gold, indent=0, sort_keys=True))
    (args.work / "ref_dates.json").write_text(json.dumps(refs, indent=0, sort_keys=True))
    n = sum(len(v) for v in gold.values())
    print(f"tempeval3: {len(gold)} documents, {n} TIMEX3 -> {args.work}")
    return 0


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def misses(system, gold, pred_dir, work, limit):
    """Print what one system missed, wrongly found, or valued differently (to improve it)."""
    lines = []
    for doc, spans in gold.items():
        text = (work / "texts" / f"{doc}.txt").read_text(encoding="utf-8")
        preds = [r for r in drop_nested([r for r in load(pred_dir / system / f"{doc}.jsonl")
                                         if is_temporal(system, r)]) if r.get("start") is not None]
        for s, e, typ, value in spans:
            hits = [r for r in preds if overlaps((s, e), (r["start"], r["end"]))]
            if not hits:
                lines.append(f"missed  {doc}: {text[s:e]!r} {typ} {value}")
            elif not any(same_timex(timex_value(system, r), value) for r in hits):
                got = ", ".join(f"{r['text']!r}={timex_value(system, r)}" for r in hits)
                lines.append(f"value   {doc}: {text[s:e]!r} {typ} {value} <- {got}")
        for r in preds:
            if not any(overlaps((r["start"], r["end"]), g) for g in spans):
                lines.append(f"extra   {doc}: {r['text']!r} ({r.get('kind')} {r.get('value')})")
    print(f"{system}: {len(lines)} differences" + (f", first {limit}" if len(lines) > limit else ""))
    for line in sorted(lines)[:limit]:
        print("  " + line)


def score_system(system, gold, pred_dir):
    counts = {"pred": 0, "strict_p": 0, "relaxed_p": 0, "gold": 0, "strict_r": 0, "relaxed_r": 0,
              "value": 0, "DATE": [0, 0], "DURATION": [0, 0]}
    for doc, spans in gold.items():
        recs = [r for r in load(pred_dir / system / f"{doc}.jsonl") if is_temporal(system, r)]
        preds = drop_nested(recs)
        located = [(r["start"], r["end"], r) for r in preds if r.get("start") is not None]
        counts["pred"] += len(preds)
        exact = {(s, e) for s, e, *_ in spans}
        counts["strict_p"] += sum(1 for s, e, _ in located if (s, e) in exact)
        counts["relaxed_p"] += sum(1 for s, e, _ in located if any(overlaps((s, e), g) for g in spans))
        for s, e, typ, value in spans:
            counts["gold"] += 1
            hits = [p for p in located if overlaps((s, e), p)]
            strict = any((p[0], p[1]) == (s, e) for p in hits)
            counts["strict_r"] += strict
            counts["relaxed_r"] += bool(hits)
            if typ in ("DATE", "DURATION"):
                counts[typ][0] += 1
                counts[typ][1] += bool(hits)
            if any(same_timex(timex_value(system, p[2]), value) for p in hits):
                counts["value"] += 1
    return counts


def score(args):
    gold_path = args.work / "gold.json"
    if not gold_path.is_file():
        print(f"tempeval3: no {gold_path}; run `prepare` first (it needs ../shared).")
        return 0
    gold = json.loads(gold_path.read_text())
    pred_dir = args.pred or args.work / "out"
    rows = []
    for system in systems_in(pred_dir, TEMPORAL_SYSTEMS):
        c = score_system(system, gold, pred_dir)
        sp, sr, sf = prf(c["strict_p"], c["pred"], c["strict_r"], c["gold"])
        rp, rr, rf = prf(c["relaxed_p"], c["pred"], c["relaxed_r"], c["gold"])
        vp, vr, vf = prf(c["value"], c["pred"], c["value"], c["gold"])
        acc = c["value"] / c["relaxed_r"] if c["relaxed_r"] else 0.0
        rows.append([system, c["pred"], f"{sp:.3f}", f"{sr:.3f}", f"{sf:.3f}", f"{rp:.3f}", f"{rr:.3f}",
                     f"{rf:.3f}", f"{vf:.3f}", f"{acc:.3f}",
                     f"{c['DATE'][1] / max(c['DATE'][0], 1):.3f}",
                     f"{c['DURATION'][1] / max(c['DURATION'][0], 1):.3f}"])
    n = sum(len(v) for v in gold.values())
    print_table(f"TempEval-3 {args.work.name}: {len(gold)} documents, {n} gold TIMEX3 (predictions from {pred_dir})",
                ["system", "pred", "strict P", "strict R", "strict F1", "relax P", "relax R", "relax F1",
                 "value F1", "value acc", "R DATE", "R DUR"], rows)
    if args.misses:
        misses(args.misses, gold, pred_dir, args.work, args.limit)
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--split", choices=sorted(SPLITS), default="platinum")
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
