import Testing

@testable import ArchAdvisorKit

/// ``AnswersReader/answerSheet(fromJSON:)`` must read exactly as ``JSONParser`` followed by
/// ``AnswersReader/answers(from:file:)`` does: the same answers, the same errors. Its fast path,
/// ``AnswerSetScanner``, is held to that on hand-picked lines and on many random mutations of
/// answer sets, and the lines it should take are checked to take it (or the tests would pass
/// without ever running it).
@Suite("Answer sheets from JSON")
struct AnswerSheetTests {
  let rubric: Rubric
  let reader: AnswersReader

  init() throws {
    rubric = try RubricLoader().load(DefaultRubric.bytes, file: nil)
    reader = AnswersReader(rubric: rubric)
  }

  /// What the general path gives for `text`: the answers, or the error as the sheet reader throws it.
  static func general(_ text: [UInt8], _ reader: AnswersReader) -> Result<Answers, AnswerSetError> {
    let value: JSONValue
    do {
      value = try JSONParser().parse(text)
    } catch {
      return .failure(.notJSON(error))
    }
    do {
      return .success(try reader.answers(from: value, file: nil))
    } catch {
      return .failure(.invalid(error, name: value.objectValue?["name"]?.stringValue))
    }
  }

  /// The fast path alone: `nil` when it leaves the text to the general path.
  static func fast(_ text: [UInt8], _ reader: AnswersReader) -> AnswerSheet? {
    text.withUnsafeBufferPointer { reader.scanner?.read($0) }
  }

  static func sheet(_ text: [UInt8], _ reader: AnswersReader) -> Result<Answers, AnswerSetError> {
    do {
      return .success(try reader.answerSheet(fromJSON: text).answersByID)
    } catch {
      return .failure(error)
    }
  }

  /// Checks both paths agree on `text`; returns whether the fast path read it.
  @discardableResult
  static func expectAgreement(
    _ text: [UInt8], _ reader: AnswersReader, sourceLocation: SourceLocation = #_sourceLocation
  )
    -> Bool
  {
    let expected = general(text, reader)
    let shown = String(decoding: text, as: UTF8.self)
    #expect(sheet(text, reader) == expected, "\(shown)", sourceLocation: sourceLocation)
    guard let fast = fast(text, reader) else { return false }
    #expect(
      fast.answersByID == (try? expected.get()),
      "the fast path read what the general path does not: \(shown)",
      sourceLocation: sourceLocation)
    #expect(fast.factorIDs == reader.factors.map(\.id), sourceLocation: sourceLocation)
    return true
  }

  @Test func theUsualShapesTakeTheFastPathAndReadTheSame() {
    let lines = [
      #"{"name": "a", "answers": {"team_size": 8, "scaling": "spiky", "skills": ["tracing", "containers"]}}"#,
      #"{"answers":{"team_size":1},"name":"b"}"#,
      #"{"name": null, "answers": {}}"#,
      #"{"answers": {"resilience": null, "skills": [], "infrastructure": ["tracing", "tracing"]}}"#,
      " \t{ \"answers\" : { \"inference\" : \"self_hosted\" , \"team_size\" : 3 } } \r\n",
      #"{"answers": {"inference": "hosted_api", "latency": "critical", "complexity": "simple", "team_size": 999999999999999}}"#,
      #"{"name": "project 7 ~!@#$%^&*()", "answers": {"ci_cd": "continuous", "budget": "ample", "stage": "pilot"}}"#,
    ]
    for line in lines {
      #expect(Self.expectAgreement(Array(line.utf8), reader), "expected the fast path: \(line)")
    }
  }

  @Test func unusualButValidAnswerSetsTakeTheGeneralPath() {
    let lines = [
      #"{"name": "caf\u00e9", "answers": {"team_size": 8}}"#,
      #"{"name": "café", "answers": {"team_size": 8}}"#,
      #"{"name": "tab\there", "answers": {}}"#,
      #"{"answers": {"team_size": 8.0}}"#,
      #"{"answers": {"team_size": 8e0}}"#,
      #"{"answers": {"team_size": 1234567890123456}}"#,
      #"{"answers": {"sc\u0061ling": "steady"}}"#,
      "\u{FEFF}{\"answers\": {}}",
    ]
    for line in lines {
      #expect(!Self.expectAgreement(Array(line.utf8), reader), "expected the general path: \(line)")
      #expect((try? Self.general(Array(line.utf8), reader).get()) != nil, "expected valid: \(line)")
    }
  }

  @Test func invalidAnswerSetsGiveTheGeneralPathsErrors() throws {
    let lines = [
      "", "{", "[]", "null", #"{"answers": {"team_size": 8}} x"#, #"{"answers": {"team_size": 8},}"#,
      #"{"answers": {"team_size": 0}}"#, #"{"answers": {"team_size": 1.5}}"#,
      #"{"answers": {"team_size": 01}}"#,
      #"{"answers": {"team_size": -}}"#, #"{"answers": {"team_size": "8"}}"#,
      #"{"answers": {"scaling": "huge"}}"#,
      #"{"answers": {"scaling": ["steady"]}}"#, #"{"answers": {"skills": "tracing"}}"#,
      #"{"answers": {"skills": ["tracing", 1]}}"#, #"{"answers": {"skills": ["nope"]}}"#,
      #"{"answers": {"team_size": 8, "team_size": 9}}"#,
      #"{"answers": {"scaling": null, "scaling": "spiky"}}"#,
      #"{"answers": {"team_sise": 8}}"#, #"{"answers": {}, "answers": {}}"#,
      #"{"name": "a", "name": "b", "answers": {}}"#,
      #"{"name": 5, "answers": {}}"#, #"{"name": "x"}"#, #"{"name": "x", "answers": [], "extra": 1}"#,
      #"{"answer": {}}"#, #"{"answers": {"scaling": "spiky""#, #"{"answers": {"scaling": nul}}"#,
    ]
    for line in lines {
      let text = Array(line.utf8)
      #expect(!Self.expectAgreement(text, reader), "expected the general path: \(line)")
      guard case .failure = Self.general(text, reader) else {
        Issue.record("expected an error: \(line)")
        continue
      }
    }
    // The name of an invalid answer set comes with its error, so a batch can say which it was.
    #expect(
      Self.sheet(Array(#"{"name": "p1", "answers": {"scaling": "huge"}}"#.utf8), reader)
        == .failure(
          .invalid(
            AnswerError(
              position: SourcePosition(line: 1, column: 39, offset: 38), path: "answers.scaling",
              factor: "scaling",
              message: #""huge" is not an option; expected one of steady, growing, spiky"#), name: "p1")))
  }

  /// Numbers of a factor that is not whole-only, with a minimum and a maximum, in the test rubric.
  @Test func numberLimitsAreTheGeneralPaths() throws {
    let reader = AnswersReader(rubric: try RubricFixture.valid())
    for value in ["89", "90", "95", "100", "101", "-0", "99.5", "1e2"] {
      Self.expectAgreement(Array(#"{"answers": {"availability": \#(value)}}"#.utf8), reader)
    }
    #expect(Self.expectAgreement(Array(#"{"answers": {"availability": 95}}"#.utf8), reader))
    #expect(!Self.expectAgreement(Array(#"{"answers": {"availability": 101}}"#.utf8), reader))
  }

  /// A number factor without limits: signs, zero, `-0` (the integer 0) and the longest integers.
  @Test func wholeNumbersReadAsTheParserReadsThem() throws {
    let rubric = TestRubrics.rubric([TestRubrics.number("delta", weight: 1, [(nil, 0, -1), (0, nil, 1)])])
    let reader = AnswersReader(rubric: rubric)
    for value in ["0", "-0", "7", "-5", "999999999999999", "-999999999999999"] {
      #expect(Self.expectAgreement(Array(#"{"answers": {"delta": \#(value)}}"#.utf8), reader), "\(value)")
    }
    let negativeZero = try reader.answerSheet(fromJSON: Array(#"{"answers": {"delta": -0}}"#.utf8))
    #expect(negativeZero.answers[0] == .number(0))
    #expect(
      negativeZero.answers[0].map { if case .number(let n) = $0 { n.sign == .plus } else { false } } == true)
    for value in ["1.5", "-0.0", "1e2", "1E+2", "9999999999999999", "00", "+1", "-"] {
      Self.expectAgreement(Array(#"{"answers": {"delta": \#(value)}}"#.utf8), reader)
    }
  }

  /// Rubrics where comparing bytes could differ from comparing strings, or where it would be slow,
  /// are left to the general path.
  @Test func theFastPathIsOnlyForRubricsItCanRead() {
    let plain = TestRubrics.lowMidHigh("plain", weight: 1)
    #expect(AnswersReader(rubric: TestRubrics.rubric([plain])).scanner != nil)
    let accented = TestRubrics.choice("caf\u{E9}", weight: 1, [("a", -1), ("b", 1)])
    #expect(AnswersReader(rubric: TestRubrics.rubric([plain, accented])).scanner == nil)
    let accentedOption = TestRubrics.choice("drink", weight: 1, [("cafe\u{301}", -1), ("tea", 1)])
    #expect(AnswersReader(rubric: TestRubrics.rubric([accentedOption])).scanner == nil)
    // Bytes that would spell another JSON string than the id.
    for id in ["a\"b", "a\\b", "a\tb"] {
      let odd = TestRubrics.choice("odd", weight: 1, [(id, -1), ("b", 1)])
      #expect(AnswersReader(rubric: TestRubrics.rubric([odd])).scanner == nil, "\(id)")
    }
    let many = (0..<65).map { TestRubrics.lowMidHigh("f\($0)", weight: 1) }
    #expect(AnswersReader(rubric: TestRubrics.rubric(many)).scanner == nil)
    #expect(AnswersReader(rubric: TestRubrics.rubric(Array(many.prefix(64)))).scanner != nil)
    // A rubric built by hand with an id twice: the general reader tells the two apart by the
    // order of the keys, so such a rubric is left to it.
    let repeated = TestRubrics.rubric([
      plain, TestRubrics.lowMidHigh("b", weight: 1), TestRubrics.choice("plain", weight: 2, [("x", 1)]),
    ])
    let reader = AnswersReader(rubric: repeated)
    #expect(reader.scanner == nil)
    for line in [
      #"{"answers": {"plain": "low"}}"#, #"{"answers": {"plain": "x"}}"#,
      #"{"answers": {"b": "low", "plain": "low"}}"#,
      #"{"answers": {"b": "low", "plain": "x"}}"#,
    ] {
      Self.expectAgreement(Array(line.utf8), reader)
    }
  }

  /// The parser's size limit holds on both paths.
  @Test func aDocumentTooLargeForTheParserIsRefused() {
    let limit = JSONParser.Limits().maxDocumentBytes
    var text = Array(#"{"answers": {}"#.utf8)
    text += [UInt8](repeating: UInt8(ascii: " "), count: limit)
    text.append(UInt8(ascii: "}"))
    guard case .failure(.notJSON(let error)) = Self.sheet(text, reader) else {
      Issue.record("expected the document to be refused as too large")
      return
    }
    #expect(error.reason == .documentTooLarge(limit: limit))
  }

  /// Sheets are equal by their content, whichever path read them.
  @Test func sheetsAreEqualByContent() throws {
    let fast = try reader.answerSheet(fromJSON: Array(#"{"answers": {"team_size": 8}}"#.utf8))
    let general = try reader.answerSheet(fromJSON: Array(#"{"answers": {"team_size": 8.0}}"#.utf8))
    #expect(Self.fast(Array(#"{"answers": {"team_size": 8}}"#.utf8), reader) != nil)
    #expect(fast == general)
    #expect(fast.hashValue == general.hashValue)
  }

  @Test func randomMutationsNeverMakeThePathsDisagree() {
    var generator = SplitMix64(seed: 0x5EED_A115)
    var fastCount = 0
    let total = 20_000
    for _ in 0..<total {
      var text = AnswerSetGenerator.line(for: rubric, using: &generator)
      let mutations = Int.random(in: 0...2, using: &generator)
      for _ in 0..<mutations { AnswerSetGenerator.mutate(&text, using: &generator) }
      if Self.expectAgreement(text, reader) { fastCount += 1 }
    }
    // Both paths must have been exercised for the agreement to mean anything.
    #expect(fastCount > total / 5, "fast path taken \(fastCount) of \(total) times")
    #expect(fastCount < total * 4 / 5, "fast path taken \(fastCount) of \(total) times")
  }

  @Test func scoringASheetIsScoringItsAnswers() throws {
    let scorer = Scorer(rubric: rubric)
    var generator = SplitMix64(seed: 42)
    var scored = 0
    for _ in 0..<2_000 {
      let text = AnswerSetGenerator.line(for: rubric, using: &generator)
      guard let sheet = try? reader.answerSheet(fromJSON: text) else { continue }
      #expect(scorer.score(sheet) == scorer.score(sheet.answersByID))
      scored += 1
    }
    #expect(scored > 1_000)
  }

  /// Option indices read for one rubric mean other options in a rubric with the same factor
  /// ids but the options in another order: such a sheet is scored by its option ids.
  @Test func aSheetOfARubricWithOtherOptionOrderIsScoredByOptionID() throws {
    let first = TestRubrics.rubric([TestRubrics.choice("scaling", weight: 1, [("steady", -1), ("spiky", 1)])])
    let second = TestRubrics.rubric([
      TestRubrics.choice("scaling", weight: 1, [("spiky", 1), ("steady", -1)])
    ])
    let text = Array(#"{"answers": {"scaling": "spiky"}}"#.utf8)
    #expect(Self.fast(text, AnswersReader(rubric: first)) != nil)
    let sheet = try AnswersReader(rubric: first).answerSheet(fromJSON: text)
    let report = Scorer(rubric: second).score(sheet)
    #expect(report.score == 100)
    #expect(report == Scorer(rubric: second).score(sheet.answersByID))
  }

  @Test func aSheetOfAnotherRubricIsScoredByID() throws {
    let other = try RubricFixture.valid()
    let sheet = try AnswersReader(rubric: other).answerSheet(
      fromJSON: Array(#"{"name": "x", "answers": {"team_size": 40, "scaling": "spiky"}}"#.utf8))
    let scorer = Scorer(rubric: rubric)
    let report = scorer.score(sheet)
    #expect(report == scorer.score(sheet.answersByID))
    #expect(report.factors.first { $0.id == "team_size" }?.answer == .number(40))
    #expect(report.name == "x")
  }
}

/// Random answer sets for a rubric as JSON Lines lines, and random damage to them.
enum AnswerSetGenerator {
  static func line(for rubric: Rubric, using generator: inout SplitMix64) -> [UInt8] {
    var members: [String] = []
    for factor in rubric.factors.shuffled(using: &generator)
    where Int.random(in: 0..<10, using: &generator) > 0 {
      let value: String
      if Int.random(in: 0..<10, using: &generator) == 0 {
        value = "null"
      } else {
        switch factor.kind {
        case .number: value = String(Int.random(in: -2...120, using: &generator))
        case .choice(let options): value = "\"\(options.randomElement(using: &generator)!.id)\""
        case .set(let spec):
          let chosen = spec.options.filter { _ in Bool.random(using: &generator) }.map { "\"\($0.id)\"" }
          value = "[" + chosen.joined(separator: ", ") + "]"
        }
      }
      members.append("\"\(factor.id)\": \(value)")
    }
    let name = Bool.random(using: &generator) ? "\"name\": \"project-\(generator.next() % 1000)\", " : ""
    return Array("{\(name)\"answers\": {\(members.joined(separator: ", "))}}".utf8)
  }

  /// Bytes and pieces that turn valid JSON into invalid JSON or into valid JSON of another shape.
  static let pieces: [String] = [
    "\"", "\\", ",", ":", "{", "}", "[", "]", " ", "\t", "\r", "\n", "null", "0", "-", ".", "e", "1.5", "1e2",
    "-0", "01", "\\u0041", "\u{00E9}", "\u{0001}", "\u{007F}", "\"team_size\": 3, ", "\"name\": \"n\", ",
    "\"scaling\": \"spiky\", ", "\"x\": 1, ", "true", "\u{FEFF}",
  ]

  static func mutate(_ text: inout [UInt8], using generator: inout SplitMix64) {
    guard !text.isEmpty else {
      text = Array(pieces.randomElement(using: &generator)!.utf8)
      return
    }
    let at = Int.random(in: 0..<text.count, using: &generator)
    switch Int.random(in: 0..<4, using: &generator) {
    case 0: text.remove(at: at)
    case 1: text.insert(contentsOf: pieces.randomElement(using: &generator)!.utf8, at: at)
    case 2: text[at] = UInt8.random(in: 0...255, using: &generator)
    default:
      let end = min(text.count, at + Int.random(in: 1...8, using: &generator))
      text.replaceSubrange(at..<end, with: pieces.randomElement(using: &generator)!.utf8)
    }
  }
}
