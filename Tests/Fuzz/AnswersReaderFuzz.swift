// libFuzzer target for the answers reader, over every way answers arrive: a whole file
// (`recommend --answers`), JSON Lines records (`batch`) and typed text (flags and prompts).
// Compiled together with Sources/ArchAdvisorKit by run.sh (one module, so no import); not part
// of the package.

/// The shipped rubric, read once: answers are fuzzed against it.
private let fuzzRubric: Rubric? = try? RubricLoader().load(DefaultRubric.bytes, file: nil)

/// libFuzzer's entry point: reads `data` as one answers file, then as JSON Lines records, then
/// each line as the typed answer to a factor, scoring whatever reads.
@_cdecl("LLVMFuzzerTestOneInput")
public func answersReaderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard let rubric = fuzzRubric else { fatalError("the default rubric does not load") }
  let reader = AnswersReader(rubric: rubric)
  let scorer = Scorer(rubric: rubric, options: Scorer.Options(includeFlips: true, maxFlips: 2))
  let bytes = UnsafeBufferPointer(start: data, count: size)

  func read(_ line: some Collection<UInt8>) {
    guard let value = try? JSONParser().parse(line) else { return }
    if let answers = try? reader.answers(from: value, file: "fuzz.json") {
      _ = scorer.score(answers)
    }
  }

  read(bytes)
  // A small line limit so the too-long path is reached too.
  var splitter = JSONLinesSplitter(maxLineBytes: 4096)
  var lines: [ArraySlice<UInt8>] = []
  let collect: (JSONLinesSplitter.Line) -> Void = { line in
    if case .line(_, let bytes) = line { lines.append(bytes) }
  }
  // Fed in two chunks so a line split across chunks is exercised.
  let middle = size / 2
  splitter.feed(bytes[..<middle], collect)
  splitter.feed(bytes[middle...], collect)
  splitter.finish(collect)
  for (index, line) in lines.prefix(64).enumerated() {
    read(line)
    // The same line typed at a prompt for one of the factors.
    let factor = rubric.factors[index % rubric.factors.count]
    _ = try? reader.answer(for: factor, text: String(decoding: line, as: UTF8.self))
  }
  return 0
}
