// libFuzzer target for the rubric loader: any bytes must load or come back as problems, never
// crash or hang. Compiled together with Sources/ArchAdvisorKit by run.sh (one module, so no
// import); not part of the package.

/// libFuzzer's entry point: loads `data` as a rubric and, when it loads, scores an empty answer
/// set and every example so the scorer's tables are built from fuzzed rubrics too.
@_cdecl("LLVMFuzzerTestOneInput")
public func rubricLoaderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  guard let rubric = try? RubricLoader().load(bytes, file: "fuzz.json") else { return 0 }
  // Problems must render to text without trapping; a loaded rubric must score.
  let scorer = Scorer(rubric: rubric, options: Scorer.Options(includeFlips: true, maxFlips: 2))
  _ = scorer.score(Answers(name: nil, values: [:]))
  for example in rubric.examples.prefix(4) {
    _ = scorer.score(example.answers)
  }
  return 0
}
