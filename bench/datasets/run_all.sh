#!/usr/bin/env bash
# Prepare the public extraction datasets, run crosscheck and every installed peer on them side by
# side (bench/run_peers.py), and print each dataset's score table. Stdlib Python + bash only.
#
#   bench/datasets/run_all.sh [DATASET...]     DATASET: te3-platinum newsquant measeval te3-tbaq
#
# WORK (default ../peer-out beside the repository) holds the prepared texts, the gold and every
# system's output; PEERS limits the systems (comma list, see run_peers.py); JOBS (default 1, at
# most 2) runs that many systems at once; TE3_OURS passes more options to run_peers.py on
# TempEval-3. Needs ../shared (the datasets and the peer runners): on a
# clone without it, this says so and exits 0.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${WORK:-$repo/../peer-out}"
shared="${CROSSCHECK_SHARED:-$repo/../shared}"
peers="${PEERS:-}"
jobs="${JOBS:-1}"

if [[ ! -d "$shared/datasets/extraction" ]]; then
  echo "run_all: no datasets at $shared/datasets/extraction (this clone has no ../shared); nothing to do."
  exit 0
fi

# Each dataset runs the systems that claim its task (dates, or numeric quantities).
temporal="crosscheck,heideltime,duckling_hs,duckling_rs,recognizers,dateparser,datefinder"
numeric="crosscheck,cqe,quantulum3,recognizers,duckling_hs,duckling_rs"

run() { # name, scorer, prepare args, run_peers args, systems
  local name=$1 scorer=$2 prep=$3 extra=$4 systems=${peers:-$5}
  local dir="$work/$name"
  python3 "$here/$scorer" prepare $prep --work "$dir"
  local ref=()
  [[ -f "$dir/ref_dates.json" ]] && ref=(--ref-dates "$dir/ref_dates.json")
  python3 "$repo/bench/run_peers.py" --texts "$dir/texts" --out "$dir/out" --jobs "$jobs" \
    --peers "$systems" "${ref[@]}" $extra
  python3 "$here/$scorer" score --work "$dir" | tee "$dir/scores.txt"
}

for dataset in "${@:-te3-platinum newsquant measeval}"; do
  for d in $dataset; do
    case "$d" in
      te3-platinum) run te3-platinum tempeval3.py "--split platinum" "${TE3_OURS:-}" "$temporal" ;;
      te3-tbaq) run te3-tbaq tempeval3.py "--split tbaq" "${TE3_OURS:-}" "$temporal" ;;
      newsquant) run newsquant newsquant.py "" "--per-line-ours --changes-ours" "$numeric" ;;
      measeval) run measeval-eval measeval.py "--split eval" "--per-line-ours" "$numeric" ;;
      *) echo "run_all: unknown dataset $d (te3-platinum newsquant measeval te3-tbaq)"; exit 2 ;;
    esac
  done
done
