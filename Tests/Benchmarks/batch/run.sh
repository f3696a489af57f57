#!/usr/bin/env bash
# `archadvisor batch --format csv` against a plain Python script doing the same weighted-sum
# scoring, in one run. By hand, not in CI:
#   Tests/Benchmarks/batch/run.sh [N]        (default N = 200000)
# Generates N and N/10 JSON Lines answer sets into Tests/Benchmarks/out/batch/ (git-ignored; reused
# when present), builds archadvisor in release, then times both sides RUNS times (default 5),
# interleaved, with /usr/bin/time (wall seconds, peak RSS), and prints records/s for the fastest
# run of each, the ratio, and archadvisor's peak memory at N/10 and N.
set -euo pipefail
cd "$(dirname "$0")/../../.."

count=${1:-200000}
small=$((count / 10))
out=Tests/Benchmarks/out/batch
mkdir -p "$out"
for n in "$count" "$small"; do
  if [ ! -s "$out/answers-$n.jsonl" ]; then
    python3 Tests/Benchmarks/batch/generate.py "$n" "$out/answers-$n.jsonl"
  fi
done

swift build -c release --scratch-path .build-batch-release >/dev/null
binary=.build-batch-release/release/archadvisor

# time_once FILE COMMAND…: runs the command once and appends "seconds peak_kib" to FILE.
time_once() {
  local into=$1
  shift
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || {
    status=$?
    # batch exits 65 only when a record is rejected; the generated data has none.
    echo "failed ($status): $*" >&2
    cat "$out/stderr.txt" >&2
    exit 1
  }
  tail -n 1 "$out/time.txt" >>"$into"
}

# fastest FILE: the line with the fewest seconds.
fastest() { sort -n "$1" | head -n 1; }

runs=${RUNS:-5}
rm -f "$out"/ours.times "$out"/python.times "$out"/small.times "$out"/cited.times "$out"/bare.times
# Interleaved, so that a slow spell on the machine falls on both sides alike; the best of each.
for _ in $(seq "$runs"); do
  time_once "$out/ours.times" "$binary" batch --format csv --output "$out/archadvisor.csv" "$out/answers-$count.jsonl"
  time_once "$out/bare.times" "$binary" batch --format csv --no-robustness --output "$out/archadvisor-bare.csv" \
    "$out/answers-$count.jsonl"
  time_once "$out/cited.times" "$binary" batch --format csv --precedents --output "$out/archadvisor-cited.csv" \
    "$out/answers-$count.jsonl"
  time_once "$out/python.times" python3 Tests/Benchmarks/batch/baseline.py rubrics/genai-architecture.json \
    "$out/answers-$count.jsonl" "$out/baseline.csv"
  time_once "$out/small.times" "$binary" batch --format csv --output "$out/archadvisor-small.csv" \
    "$out/answers-$small.jsonl"
done
cited=$(fastest "$out/cited.times")
bare=$(fastest "$out/bare.times")
ours=$(fastest "$out/ours.times")
python=$(fastest "$out/python.times")
ours_small=$(fastest "$out/small.times")

# The scores must agree exactly (both round to a tenth, half away from zero), or the comparison
# is meaningless. Verdicts may differ: the baseline has no rules.
python3 - "$out/archadvisor.csv" "$out/baseline.csv" <<'PY'
import csv, sys
ours = [(r["name"], r["score"]) for r in csv.DictReader(open(sys.argv[1], newline=""))]
theirs = [(r["name"], r["score"]) for r in csv.DictReader(open(sys.argv[2], newline=""))]
assert len(ours) == len(theirs), (len(ours), len(theirs))
bad = sum(1 for a, b in zip(ours, theirs) if a[0] != b[0] or abs(float(a[1]) - float(b[1])) > 1e-9)
print(f"scores agree on {len(ours) - bad:,} of {len(ours):,} records")
PY

awk -v n="$count" -v runs="$runs" -v ours="$ours" -v cited="$cited" -v bare="$bare" -v python="$python" -v small="$ours_small" -v ns="$small" 'BEGIN {
  split(ours, o, " "); split(python, p, " "); split(small, s, " "); split(cited, b, " "); split(bare, r, " ")
  printf "records:           %d (JSON Lines, %s), fastest of %d runs each\n", n, "all 12 factors, some unknown", runs
  printf "archadvisor batch: %.2f s  %10.0f records/s  peak RSS %6.1f MiB\n", o[1], n / o[1], o[2] / 1024
  printf "python baseline:   %.2f s  %10.0f records/s  peak RSS %6.1f MiB\n", p[1], n / p[1], p[2] / 1024
  printf "  --no-robustness: %.2f s  %10.0f records/s  peak RSS %6.1f MiB\n", r[1], n / r[1], r[2] / 1024
  printf "  --precedents:    %.2f s  %10.0f records/s  peak RSS %6.1f MiB\n", b[1], n / b[1], b[2] / 1024
  printf "speed ratio:       %.2fx with robustness (the default; target >= 3x), %.2fx with --no-robustness, %.2fx with --precedents\n", p[1] / o[1], p[1] / r[1], p[1] / b[1]
  printf "archadvisor peak RSS at %d: %.1f MiB, at %d: %.1f MiB, ratio %.2f (target <= 1.5)\n", ns, s[2] / 1024, n, o[2] / 1024, o[2] / s[2]
}'
echo "every run (s):     archadvisor $(cut -d' ' -f1 "$out/ours.times" | paste -sd' ')" \
  "| --no-robustness $(cut -d' ' -f1 "$out/bare.times" | paste -sd' ')" \
  "| --precedents $(cut -d' ' -f1 "$out/cited.times" | paste -sd' ')" \
  "| python $(cut -d' ' -f1 "$out/python.times" | paste -sd' ')"
