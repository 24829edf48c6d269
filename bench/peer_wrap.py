"""Run one peer runner from ../shared/peers with a chosen reference date (stdlib only).

usage: python peer_wrap.py PEERS_DIR RUNNER_MODULE YYYY-MM-DD FILE.txt

The shared runners resolve relative expressions ("yesterday", "last year") against a fixed
reference date, 2024-01-01. To score normalised values on news with a known publication date
(TempEval-3's document creation time), this wrapper sets that date in the runners' helper module
before the runner is imported, so every runner sees it; the runner itself is not changed.
HeidelTime's runner keeps its document date in its own `DCT` constant, which is set too.
"""
import sys


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    peers_dir, module, ref, path = sys.argv[1:]
    sys.path.insert(0, peers_dir)
    import _common

    year, month, day = (int(x) for x in ref.split("-"))
    _common.REF_DATE = (year, month, day)
    runner = __import__(module)
    if hasattr(runner, "DCT"):
        runner.DCT = ref
    runner.run(path)


if __name__ == "__main__":
    main()
