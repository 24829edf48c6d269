"""NewsQuant (the CQE paper's news test set): quantity value F1 and value+unit F1 (stdlib only).

  python3 bench/datasets/newsquant.py prepare [--data DIR] --work DIR
  python3 bench/datasets/newsquant.py score --work DIR [--pred DIR] [--misses SYSTEM]

`prepare` writes the 590 sentences, one per line, to WORK/texts/newsquant.txt (the peer runners feed
a file one line at a time, so each sentence is read on its own; run ours with --per-line-ours) and
the gold quantities to WORK/gold.json. `score` reads WORK/out/<system>/newsquant.jsonl.

Value matching, per sentence, as the CQE paper describes its evaluation: every predicted quantity
is matched to at most one gold quantity of the same sentence with the same value (numbers equal
within 1e-6 relative; a gold range "252.0-287.0" needs a predicted range with both ends equal);
P = matched predictions / predictions, R = matched gold / gold. Value+unit also needs the unit to
agree: after lower-casing, dropping a plural "s" and a small synonym table (percent = % =
percentage, $ = USD = dollar ...), the predicted unit must equal the gold normalised unit or the gold
surface unit; a gold unit "-" (a bare number) matches a prediction with no unit. Unit names differ
between systems, so value+unit is approximate; value F1 is the comparable figure.
Predictions nested inside another prediction of the same system are dropped (a number inside a
money amount), and only numeric records count (no dates): see common.py.
"""
import argparse
import json
import pathlib
import re
import sys

sys.dont_write_bytecode = True  # keep the repository free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from common import (NUMERIC_SYSTEMS, drop_nested, is_numeric, load, numeric_value, prf,  # noqa: E402
                    print_table, systems_in)

REPO = pathlib.Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "datasets" / "extraction" / "newsquant"
STEM = "newsquant"

SYNONYMS = {
    "%": "percentage", "percent": "percentage", "pc": "percentage", "per cent": "percentage",
    "percentage point": "percentage", "$": "dollar", "usd": "dollar", "us$": "dollar",
    "united states dollar": "dollar", "us dollar": "dollar", "eur": "euro", "€": "euro",
    "gbp": "pound sterling", "£": "pound sterling", "british pound": "pound sterling",
    "jpy": "japanese yen", "yen": "japanese yen", "cny": "chinese yuan", "yuan": "chinese yuan",
    "dimensionless": "-", "": "-", "none": "-", "count": "-", "number": "-",
    "yr": "year", "mph": "mile per hour", "km": "kilometre", "kilometer": "kilometre",
    "meter": "metre", "m": "metre", "kg": "kilogram", "lb": "pound-mass", "pound": "pound-mass",
    "second": "second", "sec": "second", "min": "minute", "hr": "hour",
    "years old": "year of age", "year-old": "year of age", "year old": "year of age",
}


def unit_key(unit):
    u = re.sub(r"\s+", " ", str(unit or "").strip().lower())
    if u in SYNONYMS:
        return SYNONYMS[u]
    if len(u) > 3 and u.endswith("s") and not u.endswith("ss"):
        u = u[:-1]
    return SYNONYMS.get(u, u)


def gold_value(text):
    """(low, high) of a gold value string: '6.0' or '252.0-287.0' (a range)."""
    m = re.fullmatch(r"\s*(-?[\d.]+(?:e[+-]?\d+)?)\s*-\s*(-?[\d.]+(?:e[+-]?\d+)?)\s*", text)
    if m:
        return (float(m.group(1)), float(m.group(2)))
    return (float(text), float(text))


def same(a, b):
    return all(abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y)) for x, y in zip(a, b))


def decimals(x):
    """Decimals a predicted number is written with (33.33 -> 2, 50.0 -> 1, 1e-05 -> 5)."""
    text = repr(float(x))
    if "e" in text:
        mantissa, exp = text.split("e")
        return max(0, len(mantissa.split(".")[1]) if "." in mantissa else 0) - int(exp)
    return len(text.split(".")[1]) if "." in text else 0


def same_as_fraction(value, unit, gold):
    """A percentage equals the plain fraction it is: 50 percent = 0.5, 33.33 percent = 0.3333.
    The gold writes some shares as fractions ("half" = 0.5, "a third" = 0.333...) and others as
    percentages ("36%" = 36); a percentage matches a gold fraction when value / 100 equals it to
    the precision the value is written in (33.33 percent is 1/3 to two decimals). The same for
    every system."""
    if unit_key(unit) != "percentage":
        return False
    return all(abs(x / 100 - g) <= 0.5 * 10 ** -(decimals(x) + 2) + 1e-12 for x, g in zip(value, gold))


def prepare(args):
    data = args.data or DATA
    src = data / "NewsQuant.json"
    if not src.is_file():
        print(f"newsquant: no {src} (../shared is not on this machine); nothing to prepare.")
        return 0
    sentences = json.load(src.open(encoding="utf-8"))
    texts = args.work / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    lines = [re.sub(r"[\r\n]", " ", s["text"]) for s in sentences]
    (texts / f"{STEM}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold = [[[q["value"], q["unit"], q["normalized_unit"], q["change"]] for q in s["quantities"]]
            for s in sentences]
    (args.work / "gold.json").write_text(json.dumps(gold))
    print(f"newsquant: {len(gold)} sentences, {sum(map(len, gold))} quantities -> {args.work}")
    return 0


def sentence_of(starts, offset):
    lo, hi = 0, len(starts)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid
    return lo


def match(preds, golds, with_unit):
    """Pair each prediction with at most one unpaired gold quantity of the sentence.
    Returns (pairs, unpaired predictions, unpaired gold)."""
    free, extra, pairs = list(golds), [], 0
    for value, unit, surface in preds:
        for g in free:
            if (same(value, gold_value(g[0])) or same_as_fraction(value, unit, gold_value(g[0]))) and (
                    not with_unit or unit_key(unit) in (unit_key(g[2]), unit_key(g[1]))):
                free.remove(g)
                pairs += 1
                break
        else:
            extra.append((value, unit, surface))
    return pairs, extra, free


def score(args):
    gold_path = args.work / "gold.json"
    if not gold_path.is_file():
        print(f"newsquant: no {gold_path}; run `prepare` first (it needs ../shared).")
        return 0
    gold = json.loads(gold_path.read_text())
    text = (args.work / "texts" / f"{STEM}.txt").read_text(encoding="utf-8")
    sentences = text.split("\n")
    starts = [0] + [m.end() for m in re.finditer("\n", text)][: len(gold) - 1]
    pred_dir = args.pred or args.work / "out"
    n_gold = sum(map(len, gold))
    rows, differences = [], []
    for system in systems_in(pred_dir, NUMERIC_SYSTEMS):
        recs = [r for r in load(pred_dir / system / f"{STEM}.jsonl") if is_numeric(system, r)]
        by_sentence = [[] for _ in gold]
        n_pred = 0
        for r in drop_nested(recs, key=lambda r, s=system: numeric_value(s, r)):
            n_pred += 1
            anchor = r.get("start") if r.get("start") is not None else r.get("line_start")
            value = numeric_value(system, r)
            if anchor is None or value is None:
                continue  # counted as a prediction that matches nothing
            by_sentence[sentence_of(starts, anchor)].append((value, r.get("unit"), r.get("text")))
        tp_value = tp_unit = 0
        for i, (preds, golds) in enumerate(zip(by_sentence, gold)):
            pairs, extra, missed = match(preds, golds, with_unit=False)
            tp_value += pairs
            tp_unit += match(preds, golds, with_unit=True)[0]
            if system == args.misses:
                for g in missed:
                    differences.append(f"missed  #{i} {g[0]} {g[1]!r}  | {sentences[i][:110]}")
                for value, unit, surface in extra:
                    differences.append(f"extra   #{i} {surface!r} = {value} {unit!r}  | {sentences[i][:80]}")
        vp, vr, vf = prf(tp_value, n_pred, tp_value, n_gold)
        up, ur, uf = prf(tp_unit, n_pred, tp_unit, n_gold)
        rows.append([system, n_pred, f"{vp:.3f}", f"{vr:.3f}", f"{vf:.3f}", f"{up:.3f}", f"{ur:.3f}", f"{uf:.3f}"])
    print_table(f"NewsQuant: {len(gold)} sentences, {n_gold} gold quantities (predictions from {pred_dir})",
                ["system", "pred", "value P", "value R", "value F1", "v+unit P", "v+unit R", "v+unit F1"], rows)
    if args.misses:
        print(f"{args.misses}: {len(differences)} differences (value matching)"
              + (f", first {args.limit}" if len(differences) > args.limit else ""))
        for line in differences[: args.limit]:
            print("  " + line)
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
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
