#!/usr/bin/env bash
# Throughput of crosscheck's extractor once started: the corpus's .txt files concatenated N times
# into one text (default sources/, N=50), extracted by one extract_jsonl process. Prints size, wall
# seconds, MB/s, peak RSS and the number of extractions.
#
#   bench/throughput.sh [N] [DIR]
#
# Build first: cargo build --release --example extract_jsonl (CARGO_TARGET_DIR is honoured).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-50}"
dir="${2:-$repo/sources}"
bin="${CARGO_TARGET_DIR:-$repo/target}/release/examples/extract_jsonl"
if [[ ! -x "$bin" ]]; then
  echo "throughput: $bin is not built (cargo build --release --example extract_jsonl)"
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for _ in $(seq "$n"); do cat "$dir"/*.txt; done > "$tmp/corpus.txt"
bytes=$(stat -c %s "$tmp/corpus.txt")
start=$(date +%s.%N)
/usr/bin/time -v -o "$tmp/time" "$bin" "$tmp/corpus.txt" > "$tmp/out.jsonl"
end=$(date +%s.%N)
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time")
python3 - "$bytes" "$start" "$end" "$rss" "$(wc -l < "$tmp/out.jsonl")" "$n" <<'EOF'
import sys
size, t0, t1, rss, found, n = sys.argv[1:]
secs = float(t1) - float(t0)
print(f"crosscheck extract_jsonl: {int(size) / 1e6:.2f} MB ({n} x corpus) in {secs:.2f} s = "
      f"{int(size) / 1e6 / secs:.2f} MB/s, peak RSS {int(rss) / 1024:.0f} MB, {found} extractions")
EOF
