#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for a fixed time. By hand, not in CI:
#   Tests/Fuzz/run.sh rubric|answers|values SECONDS [extra libFuzzer flags…]
# The engine's sources and the target file are compiled with plain swiftc (SwiftPM cannot link a
# fuzzer executable) into $FUZZ_OUT (default /tmp/archadvisor-fuzz/TARGET): the binary, its
# corpus (seeded from the repository's fixtures on every run) and any crash-* files it finds.
# One job, in-process (no -jobs: that would fork and write fuzz-N.log into the current folder).
# Keep a crasher as a regression fixture in Tests/ArchAdvisorKitTests/Fixtures/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/../.."

target=${1:?usage: run.sh rubric|answers|values SECONDS [libFuzzer flags]}
seconds=${2:?usage: run.sh rubric|answers|values SECONDS [libFuzzer flags]}
shift 2
case "$target" in
  rubric) source_file=Tests/Fuzz/RubricLoaderFuzz.swift ;;
  answers) source_file=Tests/Fuzz/AnswersReaderFuzz.swift ;;
  values) source_file=Tests/Fuzz/JSONValueSplitterFuzz.swift ;;
  *) echo "run.sh: unknown target '$target' (expected rubric, answers or values)" >&2; exit 64 ;;
esac

out=${FUZZ_OUT:-/tmp/archadvisor-fuzz/$target}
mkdir -p "$out/corpus" "$out/artifacts"

mapfile -t sources < <(find Sources/ArchAdvisorKit -name '*.swift' | sort)
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name ArchAdvisorFuzz \
  "${sources[@]}" "$source_file" -o "$out/fuzzer"

# Seeds: every JSON and JSON Lines fixture of the repository, plus the shipped rubric.
find rubrics Tests/ArchAdvisorKitTests/Fixtures Tests/archadvisorTests/Fixtures \( -name '*.json' -o -name '*.jsonl' \) \
  -exec cp {} "$out/corpus/" \;

# The answers target keeps the shipped rubric in a global, loaded once; at exit LeakSanitizer
# reports that rubric's enum boxes as leaked (it cannot see pointers kept in Swift's enum spare
# bits), a false positive that ends the run with a 0-byte "crash". Leaks are still checked by the
# rubric target, which loads a rubric per input and so covers the same allocations.
if [ "$target" = answers ]; then export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}; fi

"$out/fuzzer" "$out/corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$@"
