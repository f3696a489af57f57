#!/usr/bin/env bash
# `archadvisor batch --format csv` against a plain Python script doing the same weighted-sum
# scoring, in one run. By hand, not in CI:
#   Tests/Benchmarks/batch/run.sh [N]        (default N = 200000)
# Generates N and N/10 JSON Lines answer sets into Tests/Benchmarks/out/batch/ (git-ignored; reused
# when present), builds archadvisor in release, then times each side best of 3 with
# /usr/bin/time (wall seconds, peak RSS) and prints records/s for both, the ratio, and
# archadvisor's peak memory at N/10 and N.
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

# best_of_3 COMMAND…: prints "seconds peak_kib" of the fastest of three runs.
best_of_3() {
  local best="" line
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || {
      status=$?
      # batch exits 65 only when a record is rejected; the generated data has none.
      echo "failed ($status): $*" >&2
      cat "$out/stderr.txt" >&2
      exit 1
    }
    line=$(tail -n 1 "$out/time.txt")
    if [ -z "$best" ] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
      best=$line
    fi
  done
  echo "$best"
}

ours=$(best_of_3 "$binary" batch --format csv --output "$out/archadvisor.csv" "$out/answers-$count.jsonl")
ours_small=$(best_of_3 "$binary" batch --format csv --output "$out/archadvisor-small.csv" "$out/answers-$small.jsonl")
python=$(best_of_3 python3 Tests/Benchmarks/batch/baseline.py rubrics/genai-architecture.json \
  "$out/answers-$count.jsonl" "$out/baseline.csv")

# The scores must agree (to the rounding: Python rounds halves to even, archadvisor away from
# zero), or the comparison is meaningless. Verdicts may differ: the baseline has no rules.
python3 - "$out/archadvisor.csv" "$out/baseline.csv" <<'PY'
import csv, sys
ours = [(r["name"], r["score"]) for r in csv.DictReader(open(sys.argv[1], newline=""))]
theirs = [(r["name"], r["score"]) for r in csv.DictReader(open(sys.argv[2], newline=""))]
assert len(ours) == len(theirs), (len(ours), len(theirs))
bad = sum(1 for a, b in zip(ours, theirs) if a[0] != b[0] or abs(float(a[1]) - float(b[1])) > 0.0101)
print(f"scores agree on {len(ours) - bad:,} of {len(ours):,} records")
PY

awk -v n="$count" -v ours="$ours" -v python="$python" -v small="$ours_small" -v ns="$small" 'BEGIN {
  split(ours, o, " "); split(python, p, " "); split(small, s, " ")
  printf "records:           %d (JSON Lines, %s)\n", n, "all 12 factors, some unknown"
  printf "archadvisor batch: %.2f s  %10.0f records/s  peak RSS %6.1f MiB\n", o[1], n / o[1], o[2] / 1024
  printf "python baseline:   %.2f s  %10.0f records/s  peak RSS %6.1f MiB\n", p[1], n / p[1], p[2] / 1024
  printf "speed ratio:       %.2fx (target >= 3x)\n", p[1] / o[1]
  printf "archadvisor peak RSS at %d: %.1f MiB, at %d: %.1f MiB, ratio %.2f (target <= 1.5)\n", ns, s[2] / 1024, n, o[2] / 1024, o[2] / s[2]
}'
