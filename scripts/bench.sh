#!/usr/bin/env bash
# Whole-binary benchmark of claimcheck on generated projects (see BENCHMARKS.md).
#
#   scripts/bench.sh                               # 100k and 1M claims, 1 and 2 threads, best of 3
#   SIZES="10000 100000" THREADS="1 2 4" RUNS=5 scripts/bench.sh
#
# For each size: generates the project once (examples/generate.rs, seed 1, PLANTED
# inconsistencies of every rule kind). For each thread count (RAYON_NUM_THREADS), it times
# `claimcheck parse-only` (read and parse every YAML file, in parallel, nothing else) and
# `claimcheck check --format json`, RUNS times each, alternating, and keeps the best wall
# time of each, the CPU time (user + system) of that run, and the largest peak RSS of check.
# Every check report is compared with the planted set, and the reports of every thread
# count with each other: the script fails unless exactly the planted inconsistencies are
# found, in the same bytes at every thread count. Then `examples/phases.rs` prints the
# wall and CPU time of each phase of one check at each thread count. Not run in CI.
#
# Peak RSS comes from GNU time (/usr/bin/time) when it is installed, else from the
# kernel's account of the child (python3's resource.getrusage).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"100000 1000000"}
THREADS=${THREADS:-"1 2"}
RUNS=${RUNS:-3}
PLANTED=${PLANTED:-10}
WORK=${WORK:-${TMPDIR:-/tmp}/claimcheck-bench}

cargo build --release --quiet --bin claimcheck --example generate --example phases
BIN=$PWD/target/release/claimcheck
GEN=$PWD/target/release/examples/generate
PHASES=$PWD/target/release/examples/phases
mkdir -p "$WORK"

# measure LOG COMMAND...: appends "wall peak_kb user system" for one run of COMMAND to LOG
# and returns its exit status; COMMAND writes to this function's standard output.
if /usr/bin/time -f "" true 2>/dev/null; then
  measure() {
    local log=$1 status=0
    shift
    /usr/bin/time -o "$log.one" -f "%e %M %U %S" "$@" || status=$?
    grep -E '^[0-9.]+ [0-9]+ [0-9.]+ [0-9.]+$' "$log.one" >>"$log"
    rm -f "$log.one"
    return "$status"
  }
else
  measure() {
    local log=$1
    shift
    python3 - "$log" "$@" <<'PY'
import resource, subprocess, sys, time
log, command = sys.argv[1], sys.argv[2:]
start = time.monotonic()
status = subprocess.call(command)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(log, "a") as out:
    out.write(f"{wall:.2f} {usage.ru_maxrss} {usage.ru_utime:.2f} {usage.ru_stime:.2f}\n")
sys.exit(status)
PY
  }
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), \
$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# best LOG: the line of LOG with the smallest wall time.
best() { sort -g "$1" | head -n 1; }
# max_rss LOG: the largest peak RSS (second field) of LOG.
max_rss() { cut -d' ' -f2 "$1" | sort -g | tail -n 1; }

rows=()
phase_tables=()
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

  first_report=""
  for t in $THREADS; do
    parse_log=$(mktemp) check_log=$(mktemp) report=$WORK/report-$n-$t.json
    for _ in $(seq "$RUNS"); do
      RAYON_NUM_THREADS=$t measure "$parse_log" "$BIN" parse-only "$dir" >/dev/null
      status=0
      RAYON_NUM_THREADS=$t measure "$check_log" "$BIN" check "$dir" --format json --max-yaml 100GB >"$report" || status=$?
      if [ "$status" -ne 1 ]; then
        echo "claimcheck check exited $status on $dir (expected 1: findings, no invalid input)" >&2
        exit 1
      fi
    done
    read -r parse _ parse_user parse_sys < <(best "$parse_log")
    read -r check _ check_user check_sys < <(best "$check_log")
    rss_kb=$(max_rss "$check_log")
    if ! verdict=$("$GEN" verify "$dir" "$report"); then
      echo "$verdict" >&2
      echo "the findings on $dir are not exactly the planted ones" >&2
      exit 1
    fi
    if [ -z "$first_report" ]; then
      first_report=$report
    elif ! cmp -s "$first_report" "$report"; then
      echo "the report on $dir with $t threads differs from $first_report" >&2
      exit 1
    fi
    check_time[$n-$t]=$check
    rows+=("$(awk -v n="$n" -v t="$t" -v input="$input" -v parse="$parse" -v check="$check" \
      -v pcpu="$(awk -v u="$parse_user" -v s="$parse_sys" 'BEGIN {print u + s}')" \
      -v ccpu="$(awk -v u="$check_user" -v s="$check_sys" 'BEGIN {print u + s}')" \
      -v rss="$rss_kb" -v verdict="$verdict" 'BEGIN {
      printf "| %s | %s | %.1f MB | %.2f s (CPU %.2f s) | %.2f s (CPU %.2f s) | %.2f | %.1f µs | %.0f MB | %.2f | %s |", \
        n, t, input / 1e6, parse, pcpu, check, ccpu, check / parse, check / n * 1e6, rss * 1024 / 1e6, rss * 1024 / input, verdict
    }')")
    rm -f "$parse_log" "$check_log"
    phase_tables+=("RAYON_NUM_THREADS=$t phases $n" "$(RAYON_NUM_THREADS=$t "$PHASES" "$dir")")
  done
done

# The shipped corpus: the best of 20 runs, timed to the millisecond.
best_ms=""
for _ in $(seq 20); do
  start=$(date +%s%N)
  "$BIN" check . --format json >/dev/null || true
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then best_ms=$ms; fi
done

echo "| claims | threads | input on disk | parse-only | check | check / parse | per claim | peak RSS (check) | RSS / input | planted findings |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
printf '%s\n' "${rows[@]}"
echo
sizes=($SIZES)
for t in $THREADS; do
  for ((i = 1; i < ${#sizes[@]}; i++)); do
    a=${sizes[i-1]} b=${sizes[i]}
    awk -v a="$a" -v b="$b" -v t="$t" -v ta="${check_time[$a-$t]}" -v tb="${check_time[$b-$t]}" 'BEGIN {
      printf "growth %s -> %s claims (x%.0f), %s threads: check time x%.2f\n", a, b, b / a, t, tb / ta
    }'
  done
done
for ((i = 0; i < ${#phase_tables[@]}; i += 2)); do
  echo
  echo "${phase_tables[i]}:"
  echo "${phase_tables[i+1]}"
done
echo
echo "shipped corpus: check --format json in ${best_ms} ms (best of 20)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
