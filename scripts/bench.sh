#!/usr/bin/env bash
# Whole-binary benchmark of claimcheck on generated projects (see BENCHMARKS.md).
#
#   scripts/bench.sh                      # 10k, 100k and 1M claims, best of 3
#   SIZES="10000 100000" RUNS=5 scripts/bench.sh
#
# For each size: generates the project once (examples/generate.rs, seed 1, PLANTED
# inconsistencies of every rule kind), then times, with GNU time, `claimcheck parse-only`
# (read and parse every YAML file, in parallel, nothing else) and `claimcheck check
# --format json`, RUNS times each, alternating, and keeps the best wall time of each and
# the largest peak RSS of check. Every check report is compared with the planted set: the
# script fails unless exactly the planted inconsistencies are found. Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"10000 100000 1000000"}
RUNS=${RUNS:-3}
PLANTED=${PLANTED:-10}
WORK=${WORK:-${TMPDIR:-/tmp}/claimcheck-bench}

if ! /usr/bin/time -f "" true 2>/dev/null; then
  echo "GNU time is required at /usr/bin/time (Debian: apt-get install -y time)" >&2
  exit 1
fi

cargo build --release --quiet --bin claimcheck --example generate
BIN=$PWD/target/release/claimcheck
GEN=$PWD/target/release/examples/generate
mkdir -p "$WORK"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), \
$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# best_of FILE: the smallest first field of FILE's lines.
best_of() { sort -g "$1" | head -n 1 | cut -d' ' -f1; }
# max_of FILE: the largest second field.
max_rss() { cut -d' ' -f2 "$1" | sort -g | tail -n 1; }

rows=()
declare -A check_time
for n in $SIZES; do
  dir=$WORK/claims-$n
  if [ ! -f "$dir/planted.json" ]; then
    rm -rf "$dir"
    "$GEN" --claims "$n" --out "$dir" --seed 1 --planted "$PLANTED" >&2
  fi
  input=$(du -sb "$dir/claims" "$dir/sources" "$dir/entities" "$dir/rules" | awk '{s += $1} END {print s}')
  # Warm the page cache so every run reads from memory.
  cat "$dir"/claims/* "$dir"/sources/* "$dir"/entities/* "$dir"/rules/* >/dev/null

  parse_log=$(mktemp) check_log=$(mktemp) report=$WORK/report-$n.json
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$parse_log" -a -f "%e %M" "$BIN" parse-only "$dir" >/dev/null
    status=0
    /usr/bin/time -o "$check_log" -a -f "%e %M" "$BIN" check "$dir" --format json >"$report" || status=$?
    if [ "$status" -ne 1 ]; then
      echo "claimcheck check exited $status on $dir (expected 1: findings, no invalid input)" >&2
      exit 1
    fi
  done
  # GNU time appends "Command exited with non-zero status 1" lines: keep the figures only.
  grep -E '^[0-9.]+ [0-9]+$' "$check_log" >"$check_log.clean"
  parse=$(best_of "$parse_log")
  check=$(best_of "$check_log.clean")
  rss_kb=$(max_rss "$check_log.clean")
  if ! verdict=$("$GEN" verify "$dir" "$report"); then
    echo "$verdict" >&2
    echo "the findings on $dir are not exactly the planted ones" >&2
    exit 1
  fi
  check_time[$n]=$check
  rows+=("$(awk -v n="$n" -v input="$input" -v parse="$parse" -v check="$check" -v rss="$rss_kb" -v verdict="$verdict" 'BEGIN {
    printf "| %s | %.1f MB | %.2f s | %.2f s | %.2f | %.1f µs | %.0f MB | %.1f | %s |", \
      n, input / 1e6, parse, check, check / parse, check / n * 1e6, rss / 1024, rss * 1024 / input, verdict
  }')")
  rm -f "$parse_log" "$check_log" "$check_log.clean"
done

# The shipped corpus: the best of 20 runs, timed to the millisecond.
best_ms=""
for _ in $(seq 20); do
  start=$(date +%s%N)
  "$BIN" check . --format json >/dev/null || true
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then best_ms=$ms; fi
done

echo "| claims | input on disk | parse-only | check | check / parse | per claim | peak RSS (check) | RSS / input | planted findings |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---|"
printf '%s\n' "${rows[@]}"
echo
sizes=($SIZES)
for ((i = 1; i < ${#sizes[@]}; i++)); do
  a=${sizes[i-1]} b=${sizes[i]}
  awk -v a="$a" -v b="$b" -v ta="${check_time[$a]}" -v tb="${check_time[$b]}" 'BEGIN {
    printf "growth %s -> %s claims (x%.0f): check time x%.2f\n", a, b, b / a, tb / ta
  }'
done
echo "shipped corpus: check --format json in ${best_ms} ms (best of 20)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
