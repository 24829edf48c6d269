#!/usr/bin/env bash
# Score every system's Chile-corpus output (from bench/run_peers.py) against tests/gold/chile.csv
# with the repository's scorer in its peer mode (span overlap, any class, values not scored), and
# print one Markdown table: numbers+percentages, dates+years and all, P/R/F1 each.
#
#   bench/score_chile.sh [OUT]        OUT: run_peers.py's output folder (default ../peer-out/chile)
#
# Build first: cargo build --release --example score_extraction (CARGO_TARGET_DIR is honoured).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$repo/../peer-out/chile}"
bin="${CARGO_TARGET_DIR:-$repo/target}/release/examples/score_extraction"
if [[ ! -x "$bin" ]]; then
  echo "score_chile: $bin is not built (cargo build --release --example score_extraction)"
  exit 0
fi
if [[ ! -d "$out" ]]; then
  echo "score_chile: no outputs at $out (run python3 bench/run_peers.py first)"
  exit 0
fi
echo "| system | numbers P | numbers R | numbers F1 | dates P | dates R | dates F1 | all P | all R | all F1 |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for dir in "$out"/*/; do
  system="$(basename "$dir")"
  ls "$dir"/*.jsonl > /dev/null 2>&1 || continue
  "$bin" --predictions "$dir" | awk -v name="$system" '
    $1 == "numbers+percentages" && !n { n = $6 " | " $7 " | " $8 }
    $1 == "dates+years" && !d { d = $6 " | " $7 " | " $8 }
    $1 == "all" && !a { a = $6 " | " $7 " | " $8 }
    END { print "| " name " | " n " | " d " | " a " |" }'
done
