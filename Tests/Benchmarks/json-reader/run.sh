#!/usr/bin/env bash
# The JSON reader against JSONSerialization on ~50 MB of JSON Lines, in one run. By hand, not in CI:
#   Tests/Benchmarks/json-reader/run.sh [--megabytes 50] [--rounds 3] [--data FILE] [--parsers both|ours|foundation]
# Builds the reader's sources and main.swift with `swiftc -O` into a temporary folder; the data is
# generated into Tests/Benchmarks/out/ (git-ignored) on the first run and reused after (delete it
# to regenerate, e.g. with another --megabytes).
set -euo pipefail
cd "$(dirname "$0")/../../.."

build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT

# The reader is compiled as a module of its own, as in the package, so the benchmark sees only
# its public API and cross-module calls cost what they cost there (the JSON folder depends on
# nothing else in the package).
swiftc -O -wmo -parse-as-library -module-name ArchAdvisorKitJSON -emit-module -emit-library -static \
  -emit-module-path "$build/ArchAdvisorKitJSON.swiftmodule" -o "$build/libArchAdvisorKitJSON.a" \
  Sources/ArchAdvisorKit/JSON/*.swift
swiftc -O -parse-as-library -I "$build" -L "$build" -lArchAdvisorKitJSON \
  -lm -o "$build/json-reader-benchmark" Tests/Benchmarks/json-reader/main.swift

"$build/json-reader-benchmark" --data Tests/Benchmarks/out/answers.jsonl "$@"
