#!/usr/bin/env bash
# Peak memory of `batch` on bad input against good input, in every format, in one run. By hand,
# not in CI:
#   Tests/Benchmarks/memory/run.sh [N]        (default N = 1000000)
# Makes N good JSON Lines answer sets, N rejected lines, and a 60 MB JSON array of good answer
# sets, under Tests/Benchmarks/out/memory/ (git-ignored), builds archadvisor in release, and
# prints peak RSS (/usr/bin/time) for each input and format with its ratio to the good JSON
# Lines in the same format (target: within 1.5x).
set -euo pipefail
cd "$(dirname "$0")/../../.."

count=${1:-1000000}
out=Tests/Benchmarks/out/memory
mkdir -p "$out"
[ -s "$out/good.jsonl" ] || python3 Tests/Benchmarks/batch/generate.py "$count" "$out/good.jsonl"
[ -s "$out/rejected.jsonl" ] || python3 -c "
import sys
with open(sys.argv[1], 'w') as f:
    for i in range(int(sys.argv[2])):
        f.write('{\"name\": \"p%d\", \"answers\": {\"team_size\": \"many\", ' % i + '\n')
" "$out/rejected.jsonl" "$count"
[ -s "$out/array.json" ] || python3 -c "
import sys
with open(sys.argv[1]) as source, open(sys.argv[2], 'w') as sink:
    sink.write('[\n')
    size = 0
    first = True
    for line in source:
        if size > 60 * 1024 * 1024: break
        sink.write(('' if first else ',\n') + line.rstrip('\n'))
        first = False
        size += len(line)
    sink.write('\n]\n')
" "$out/good.jsonl" "$out/array.json"

swift build -c release --scratch-path .build-batch-release >/dev/null
binary=.build-batch-release/release/archadvisor

peak() {
  /usr/bin/time -f "%M" -o "$out/time.txt" "$binary" batch --format "$1" --output "$out/report" "$2" \
    >/dev/null 2>"$out/stderr.txt" || true
  tail -n 1 "$out/time.txt"
}

printf "%-9s %14s %14s %14s\n" format "good JSONL" "rejected" "60 MB array"
for format in csv text json markdown; do
  good=$(peak "$format" "$out/good.jsonl")
  rejected=$(peak "$format" "$out/rejected.jsonl")
  array=$(peak "$format" "$out/array.json")
  awk -v f="$format" -v g="$good" -v r="$rejected" -v a="$array" 'BEGIN {
    printf "%-9s %9.1f MiB %7.1f MiB %.2fx %7.1f MiB %.2fx\n", f, g / 1024, r / 1024, r / g, a / 1024, a / g
  }'
done
rm -f "$out/report"
