"""Score crosscheck on corpora with planted differences (stdlib only).

  python3 bench/score_plants.py [--bin PATH] [--list [--why]] CORPUS...

A CORPUS is a folder holding `sources/` (plain-text accounts, with or without a manifest) and
`plants.json`: what a reviewer planted in the accounts, a list of
  {"type": "conflict" | "agreement" | "separate" | "internal", "question": "...",
   "quotes": [["<file stem>", "<text holding the figure, once in that file>"], ...]}
The corpora of tests/fixtures/probes/ are such corpora. Each corpus is copied to a temporary folder, where `crosscheck extract` and `crosscheck check
--format json` run on it as a user would run them on a new corpus (no codebook, no claims file).
A quote stands for the claims whose span overlaps it. Then, per plant:
- conflict: found when two of its quotes, from different sources, are in one topic judged a
  conflict;
- agreement: found when two of its quotes are in one topic judged agree or compatible;
- separate: broken when two of its quotes are in one topic (they answer different questions);
- internal: found when an internal conflict holds two of its quotes.
A quote no claim overlaps is "not extracted". Conflicts and internal conflicts that hold no
planted pair are listed with --list for a person to judge: they may be false, or differences
the writers did not mean to plant. Prints one table row per corpus and a total.
"""
import argparse
import csv
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parents[1]


def source_ids(sources):
    """file stem -> source id (the manifest's id, or the stem without one)."""
    manifest = sources / "sources.csv"
    ids = {p.stem: p.stem for p in sources.glob("*.txt")}
    if manifest.is_file():
        with manifest.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row.get("file") and row.get("id"):
                    ids[pathlib.Path(row["file"]).stem] = row["id"]
    return ids


def run(binary, corpus):
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        shutil.copytree(corpus / "sources", work / "sources")
        common = ["--sources", str(work / "sources"), "--claims", str(work / "claims.csv")]
        subprocess.run([binary, "extract", "--quiet", *common], check=True, capture_output=True)
        out = subprocess.run([binary, "check", "--format", "json", *common], capture_output=True)
        if out.returncode not in (0, 1):
            sys.exit(f"{corpus}: check failed: {out.stderr.decode()}")
        return json.loads(out.stdout)


def score(binary, corpus, listing, why=False):
    sources = corpus / "sources"
    ids = source_ids(sources)
    plants = json.loads((corpus / "plants.json").read_text(encoding="utf-8"))
    report = run(binary, corpus)
    topic_of, verdict_of, claims_of = {}, {}, {}
    for topic in report["topics"]:
        verdict_of[topic["key"]] = topic["verdict"]
        claims_of[topic["key"]] = topic["claims"]
        for c in topic["claims"]:
            topic_of[c["id"]] = topic["key"]
    internal = [set(i["claims"]) for i in report["internal_conflicts"]]
    texts = {stem: (sources / f"{stem}.txt").read_bytes() for stem in ids}
    all_claims = [c for cs in claims_of.values() for c in cs]

    def claims_at(stem, phrase):
        text = texts.get(stem)
        at = text.find(phrase.encode()) if text is not None else -1
        if at < 0:
            return None
        end = at + len(phrase.encode())
        return [c for c in all_claims
                if c["source"] == ids[stem] and c["byte_start"] < end and c["byte_end"] > at]

    tally = {"conflict": [0, 0], "agreement": [0, 0], "separate": [0, 0], "internal": [0, 0]}
    missing, planted_pairs, notes = 0, set(), []
    for plant in plants:
        kind = plant["type"]
        found = [(stem, claims_at(stem, phrase)) for stem, phrase in plant["quotes"]]
        for (stem, cs), (_, phrase) in zip(found, plant["quotes"]):
            if cs is None:
                sys.exit(f"{corpus}: quote {phrase!r} is not in {stem}.txt")
            if not cs:
                missing += 1
                notes.append(f"  not extracted ({kind}: {plant['question']}): {stem}: {phrase!r}")
        hit = False
        for x in range(len(found)):
            for y in range(x + 1, len(found)):
                (sa, ca), (sb, cb) = found[x], found[y]
                for a in ca or []:
                    for b in cb or []:
                        planted_pairs.add(frozenset((a["id"], b["id"])))
                        same = topic_of.get(a["id"]) == topic_of.get(b["id"])
                        verdict = verdict_of.get(topic_of.get(a["id"]))
                        if kind == "conflict" and same and sa != sb and verdict == "conflict":
                            hit = True
                        elif kind == "agreement" and same and verdict in ("agree", "compatible"):
                            hit = True
                        elif kind == "separate" and same:
                            hit = True
                        elif kind == "internal" and any({a["id"], b["id"]} <= i for i in internal):
                            hit = True
        tally[kind][0] += hit
        tally[kind][1] += 1
        if kind == "separate" and hit or kind != "separate" and not hit:
            notes.append(f"  {'compared' if kind == 'separate' else 'missed'} {kind}: {plant['question']}")
            if why:
                for (stem, cs), (_, phrase) in zip(found, plant["quotes"]):
                    for c in cs or []:
                        key = topic_of.get(c["id"])
                        notes.append(f"      {stem}: {c['quote']!r} -> {key} ({verdict_of.get(key)})")
    others = []
    for key, verdict in verdict_of.items():
        if verdict != "conflict":
            continue
        ids_here = [c["id"] for c in claims_of[key]]
        if not any(frozenset((a, b)) in planted_pairs for a in ids_here for b in ids_here if a < b):
            quotes = "; ".join(f"{c['source']}: {c['quote']!r}" for c in claims_of[key])
            others.append(f"  other conflict {key}: {quotes}")
    for i in report["internal_conflicts"]:
        ids_here = sorted(i["claims"])
        if not any(frozenset((a, b)) in planted_pairs for a in ids_here for b in ids_here if a < b):
            others.append(f"  other internal {i['topic']} ({i['source']}): {i['reasoning']}")
    if listing:
        for line in notes + others:
            print(line)
    return tally, missing, len(others)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="+", type=pathlib.Path)
    ap.add_argument("--bin", default=str(REPO / "target" / "release" / "crosscheck"))
    ap.add_argument("--list", action="store_true", help="list each miss and each unplanted conflict")
    ap.add_argument("--why", action="store_true", help="with --list: the topic each quote of a miss went to")
    args = ap.parse_args()
    if not pathlib.Path(args.bin).is_file():
        sys.exit(f"score_plants: no {args.bin} (cargo build --release)")
    header = f"{'corpus':28} {'conflicts':>9} {'agreements':>10} {'separate kept':>13} {'internal':>8} {'not extr.':>9} {'other conf.':>11}"
    print(header)
    print("-" * len(header))
    total = {"conflict": [0, 0], "agreement": [0, 0], "separate": [0, 0], "internal": [0, 0]}
    t_missing = t_other = 0
    for corpus in args.corpora:
        if args.list:
            print(f"{corpus}:")
        tally, missing, other = score(args.bin, corpus, args.list, args.why)
        for k in total:
            total[k][0] += tally[k][0]
            total[k][1] += tally[k][1]
        t_missing += missing
        t_other += other
        row(corpus.name, tally, missing, other)
    if len(args.corpora) > 1:
        row("all", total, t_missing, t_other)


def row(name, tally, missing, other):
    c, a, s, i = (tally[k] for k in ("conflict", "agreement", "separate", "internal"))
    print(f"{name:28} {c[0]:>4} / {c[1]:<2} {a[0]:>5} / {a[1]:<2} {s[1] - s[0]:>8} / {s[1]:<2} "
          f"{i[0]:>3} / {i[1]:<2} {missing:>9} {other:>11}")


if __name__ == "__main__":
    main()
