"""Run crosscheck's extractor and every installed peer extractor over the same folder of texts.

usage: python3 bench/run_peers.py [--texts DIR] [--out DIR] [--peers a,b,...] [--jobs N]
                                  [--per-line-ours] [--changes-ours] [--ref-dates FILE.json] [--ours BIN]
       python3 bench/run_peers.py --show OUT      (the table of earlier runs into OUT)

Writes OUT/<peer>/<stem>.jsonl (one JSON object per extraction, code-point offsets, the format
of ../shared/peers/README.md) and OUT/timing.json, and prints one table: files, MB, wall seconds,
MB/s, start-up seconds (one run on a one-line text), MB/s once started ("warm": wall time
minus one start-up per file; shown when that leaves at least 5% of the wall time), peak RSS and
extractions per system. Each system runs as one process per text file, so a
peer's start-up (loading a model, starting a JVM) is part of its time, as it is for a user.

Defaults: --texts is the repository's sources/ (the Chile corpus), --out is ../peer-out/chile
beside the repository. The peers are the runners in ../shared/peers, each run with the Python of
its own virtualenv in $PEER_VENVS (default ../peer-venvs beside the repository), as that README
installs them; the Rust `duckling` port is a runner built at $PEER_VENVS/duckling-rs. Anything
missing is reported and skipped: on a clone without ../shared this prints why and exits 0.
Ours is target/release/examples/extract_jsonl (build: cargo build --release --example extract_jsonl).
Stdlib only.
"""
import argparse
import concurrent.futures
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

BENCH = pathlib.Path(__file__).resolve().parent
REPO = BENCH.parent
DEFAULT_REF = "2024-01-01"

# name -> (virtualenv folder, runner module in ../shared/peers)
PYTHON_PEERS = {
    "datefinder": ("datefinder", "datefinder_peer"),
    "dateparser": ("dateparser", "dateparser_search"),
    "quantulum3": ("quantulum3", "quantulum"),
    "recognizers": ("recognizers", "recognizers"),
    "duckling_hs": ("duckling_hs", "duckling_hs"),
    "heideltime": ("heideltime", "heideltime"),
    "cqe": ("cqe", "cqe_peer"),
}
ALL = ["crosscheck", *PYTHON_PEERS, "duckling_rs"]


def ours_binary(explicit):
    if explicit:
        return pathlib.Path(explicit)
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    return target / "release" / "examples" / "extract_jsonl"


def commands(args, venvs, peers_dir):
    """name -> function(text_path, ref_date) -> argv, for every system that is installed."""
    found, missing = {}, {}
    ours = ours_binary(args.ours)
    if ours.is_file():
        extra = ["--per-line"] if args.per_line_ours else []
        # --changes-ours: a change "from 240 to 273" as one record, as NewsQuant's gold writes it.
        extra += ["--changes"] if args.changes_ours else []
        # With --ref-dates, ours gets each text's date, as the peers do.
        dated = args.ref_dates is not None
        found["crosscheck"] = lambda path, ref, b=str(ours): [
            b, *extra, *(["--reference", ref] if dated else []), str(path)]
    else:
        missing["crosscheck"] = f"{ours} not built (cargo build --release --example extract_jsonl)"
    for name, (venv, module) in PYTHON_PEERS.items():
        python = venvs / venv / "bin" / "python"
        if peers_dir is None:
            missing[name] = "no ../shared/peers runners"
        elif not python.is_file():
            missing[name] = f"no virtualenv at {venvs / venv} (see ../shared/peers/README.md)"
        else:
            found[name] = lambda path, ref, p=str(python), m=module: [
                p, str(BENCH / "peer_wrap.py"), str(peers_dir), m, ref, str(path)]
    rust = venvs / "duckling-rs" / "target" / "release" / "duckling-runner"
    if rust.is_file():
        found["duckling_rs"] = lambda path, ref, b=str(rust): [b, str(path), ref]
    else:
        missing["duckling_rs"] = f"no runner at {rust} (a tiny crate using crates.io duckling 0.4.0)"
    return found, missing


def peak_rss_mb(report):
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    return int(m.group(1)) / 1024 if m else None


STARTUP_TEXT = "On 4 September 1970 about 36 percent voted.\n"


def startup_seconds(argv_of, timeout):
    """Wall time of one run on a one-line text: the fixed cost every file pays (imports, models, JVM)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "startup.txt"
        path.write_text(STARTUP_TEXT, encoding="utf-8")
        t0 = time.monotonic()
        try:
            subprocess.run(argv_of(path, DEFAULT_REF), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=timeout, env={**os.environ, "PYTHONWARNINGS": "ignore"})
        except subprocess.TimeoutExpired:
            return None
        return time.monotonic() - t0


def run_one(name, argv_of, texts, out, refs, timeout, startup):
    """Run one system over every text, one process per file; return its timing record."""
    dest = out / name
    dest.mkdir(parents=True, exist_ok=True)
    gnu_time = shutil.which("time") if os.path.exists("/usr/bin/time") else None
    rec = {"system": name, "files": 0, "bytes": 0, "seconds": 0.0, "peak_rss_mb": None,
           "extractions": 0, "failures": [],
           "startup_s": startup_seconds(argv_of, timeout) if startup else None}
    for path in texts:
        argv = argv_of(path, refs.get(path.stem, DEFAULT_REF))
        with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
            full = ["/usr/bin/time", "-v", "-o", tf.name, *argv] if gnu_time else argv
            with open(dest / f"{path.stem}.jsonl", "w", encoding="utf-8") as fout, \
                    open(dest / f"{path.stem}.err", "w", encoding="utf-8") as ferr:
                t0 = time.monotonic()
                try:
                    code = subprocess.run(full, stdout=fout, stderr=ferr, timeout=timeout,
                                          env={**os.environ, "PYTHONWARNINGS": "ignore"}).returncode
                except subprocess.TimeoutExpired:
                    code = "timeout"
                rec["seconds"] += time.monotonic() - t0
            rss = peak_rss_mb(open(tf.name).read()) if gnu_time else None
        if rss is not None:
            rec["peak_rss_mb"] = max(rec["peak_rss_mb"] or 0, rss)
        err = dest / f"{path.stem}.err"
        if err.stat().st_size == 0:
            err.unlink()
        if code != 0:
            rec["failures"].append(f"{path.name}: exit {code}")
        rec["files"] += 1
        rec["bytes"] += path.stat().st_size
        with open(dest / f"{path.stem}.jsonl", encoding="utf-8") as f:
            rec["extractions"] += sum(1 for line in f if line.strip())
    rec["mb_per_s"] = rec["bytes"] / 1e6 / rec["seconds"] if rec["seconds"] else None
    # Throughput once started: the time beyond one start-up per file.
    work = rec["seconds"] - rec["files"] * rec["startup_s"] if rec["startup_s"] is not None else None
    rec["mb_per_s_warm"] = rec["bytes"] / 1e6 / work if work and work > 0.05 * rec["seconds"] else None
    return rec


def table(records):
    head = (f"{'system':<12} {'files':>5} {'MB':>7} {'wall s':>8} {'MB/s':>9} {'start s':>7} {'warm MB/s':>9} "
            f"{'peak RSS MB':>11} {'extractions':>11}  notes")
    lines = [head, "-" * len(head)]
    for r in records:
        rss = f"{r['peak_rss_mb']:.0f}" if r["peak_rss_mb"] is not None else "-"
        mbs = f"{r['mb_per_s']:.4f}" if r["mb_per_s"] is not None else "-"
        note = f"{len(r['failures'])} failed" if r["failures"] else ""
        start = f"{r['startup_s']:.1f}" if r.get("startup_s") is not None else "-"
        warm = f"{r['mb_per_s_warm']:.4f}" if r.get("mb_per_s_warm") is not None else "-"
        lines.append(f"{r['system']:<12} {r['files']:>5} {r['bytes'] / 1e6:>7.3f} {r['seconds']:>8.1f} "
                     f"{mbs:>9} {start:>7} {warm:>9} {rss:>11} {r['extractions']:>11}  {note}")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=pathlib.Path, default=REPO / "sources")
    ap.add_argument("--out", type=pathlib.Path)
    ap.add_argument("--peers", default=",".join(ALL), help="comma-separated subset of: " + ",".join(ALL))
    ap.add_argument("--jobs", type=int, default=1, help="systems run at once (at most 2 on this machine)")
    ap.add_argument("--per-line-ours", action="store_true",
                    help="run ours on each non-empty line alone, as the peer runners do (one text per line)")
    ap.add_argument("--ref-dates", type=pathlib.Path,
                    help="JSON {stem: YYYY-MM-DD}: reference date per text for relative expressions")
    ap.add_argument("--changes-ours", action="store_true",
                    help="print each change ours reads ('rose from 240 to 273') as one {from, to} record")
    ap.add_argument("--ours", help="path of the extract_jsonl binary")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per file")
    ap.add_argument("--no-startup", action="store_true",
                    help="skip timing each system once on a one-line text (its start-up cost)")
    ap.add_argument("--show", type=pathlib.Path, metavar="OUT",
                    help="only print the table kept in OUT/timing.json by earlier runs")
    args = ap.parse_args()
    if args.show:
        kept = json.loads((args.show / "timing.json").read_text())
        print(table(sorted(kept.values(), key=lambda r: ALL.index(r["system"]))))
        return 0

    shared = pathlib.Path(os.environ.get("CROSSCHECK_SHARED", REPO.parent / "shared"))
    peers_dir = shared / "peers" if (shared / "peers" / "_common.py").is_file() else None
    venvs = pathlib.Path(os.environ.get("PEER_VENVS", REPO.parent / "peer-venvs"))
    if peers_dir is None:
        print(f"run_peers: no peer runners at {shared / 'peers'}: the peers are not available on this "
              "machine, so only crosscheck runs (set CROSSCHECK_SHARED to the shared folder).")
    if not args.texts.is_dir():
        print(f"run_peers: {args.texts} is not a folder of .txt files; nothing to run.")
        return 0
    texts = sorted(args.texts.glob("*.txt"))
    if not texts:
        print(f"run_peers: no .txt files in {args.texts}; nothing to run.")
        return 0
    out = args.out or (REPO.parent / "peer-out" / ("chile" if args.texts.resolve() == (REPO / "sources").resolve()
                                                    else args.texts.resolve().name))
    refs = json.loads(args.ref_dates.read_text()) if args.ref_dates else {}

    found, missing = commands(args, venvs, peers_dir)
    wanted = [p.strip() for p in args.peers.split(",") if p.strip()]
    unknown = [p for p in wanted if p not in ALL]
    if unknown:
        print(f"run_peers: unknown system(s) {', '.join(unknown)}; choose from {', '.join(ALL)}")
        return 2
    for name in wanted:
        if name in missing:
            print(f"run_peers: skipping {name}: {missing[name]}")
    todo = [n for n in wanted if n in found]
    if not todo:
        print("run_peers: nothing installed to run.")
        return 0
    total = sum(p.stat().st_size for p in texts)
    print(f"run_peers: {len(texts)} files, {total / 1e6:.3f} MB from {args.texts} -> {out}; "
          f"systems: {', '.join(todo)}; {min(args.jobs, 2)} at a time", flush=True)
    out.mkdir(parents=True, exist_ok=True)
    timing_path = out / "timing.json"
    previous = json.loads(timing_path.read_text()) if timing_path.is_file() else {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, min(args.jobs, 2))) as pool:
        futures = {pool.submit(run_one, n, found[n], texts, out, refs, args.timeout,
                               not args.no_startup): n for n in todo}
        records = []
        for fut in concurrent.futures.as_completed(futures):
            rec = fut.result()
            records.append(rec)
            print(f"run_peers: {rec['system']} done in {rec['seconds']:.1f} s", flush=True)
            previous[rec["system"]] = {**rec, "texts": str(args.texts), "jobs": min(args.jobs, 2),
                                       "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
            timing_path.write_text(json.dumps(previous, indent=1, sort_keys=True) + "\n")
    records.sort(key=lambda r: ALL.index(r["system"]))
    print(table(records))
    for r in records:
        for f in r["failures"]:
            print(f"run_peers: {r['system']} {f} (stderr in {out / r['system']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
