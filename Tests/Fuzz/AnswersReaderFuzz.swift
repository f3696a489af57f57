// libFuzzer target for the answers reader, over every way answers arrive: a whole file
// (`recommend --answers`), JSON Lines records (`batch`, whose fast path must agree with the
// general one) and typed text (flags and prompts).
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

  // Reads the text the general way (parser, then answers reader) and the batch's way
  // (`answerSheet(fromJSON:)`, whose fast path skips the parser): they must agree exactly.
  func read(_ line: some Collection<UInt8>) {
    let text = Array(line)
    var general: Result<Answers, AnswerSetError>
    do {
      let value = try JSONParser().parse(text)
      do {
        general = .success(try reader.answers(from: value, file: nil))
      } catch {
        general = .failure(.invalid(error, name: value.objectValue?["name"]?.stringValue))
      }
    } catch {
      general = .failure(.notJSON(error))
    }
    do {
      let sheet = try reader.answerSheet(fromJSON: text)
      guard case .success(let answers) = general, sheet.answersByID == answers,
        scorer.score(sheet) == scorer.score(answers)
      else { fatalError("answerSheet(fromJSON:) read what the general path does not: \(general)") }
    } catch {
      guard case .failure(let expected) = general, expected == error else {
        fatalError("answerSheet(fromJSON:) failed unlike the general path: \(error) vs \(general)")
      }
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
