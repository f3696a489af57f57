#!/usr/bin/env bash
# One `archadvisor recommend` against a Foundation hello-world process, in one run. By hand, not
# in CI (needs hyperfine: apt-get install hyperfine):
#   Tests/Benchmarks/startup/run.sh
# Builds both in release, then times each with hyperfine (warm-up, 50 runs) and prints the ratio
# of the means. The recommend answers every factor, so it scores, searches for flips and writes
# the full text report: everything one interactive answer costs after the questions.
set -euo pipefail
cd "$(dirname "$0")/../../.."

out=Tests/Benchmarks/out/startup
mkdir -p "$out"
swift build -c release --scratch-path .build-batch-release >/dev/null
swiftc -O Tests/Benchmarks/startup/hello.swift -o "$out/hello"
binary=.build-batch-release/release/archadvisor
recommend="$binary recommend --team-size 15 --update-frequency weekly --scaling spiky --resilience high \
--skills containers,orchestration,networking --infrastructure orchestration,monitoring --ci-cd automated \
--budget moderate --stage production --complexity moderate --latency sensitive --inference self_hosted"

hyperfine --warmup 5 --runs 50 -N --export-json "$out/times.json" "$out/hello" "$recommend" >/dev/null
python3 - "$out/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
hello, ours = results[0]["mean"], results[1]["mean"]
print(f"foundation hello world: {hello * 1000:.2f} ms (mean of {len(results[0]['times'])})")
print(f"archadvisor recommend:  {ours * 1000:.2f} ms (mean of {len(results[1]['times'])})")
print(f"ratio:                  {ours / hello:.2f}x (target <= 2x)")
PY
