import ArchAdvisorKit
import Foundation
import Testing

/// Input made to break the tool, through the binary: pathological JSON, limits, control
/// characters in names and rubric texts, and odd answers at the prompts. Each run must end by
/// itself with the documented exit status and one clear message, and print no escape byte.
@Suite("Hostile input through the binary")
struct HostileInputEndToEndTests {
  /// A scratch folder holding `files`; removed by the caller.
  static func folder(_ files: [String: Data]) throws -> URL {
    let folder = try CLIFixtures.scratchFolder()
    for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
    return folder
  }

  /// The ways the binary reads one JSON file: as a rubric, as answers, as a batch.
  static func readers(_ path: String) -> [[String]] {
    [["rubric", "check", path], ["recommend", "--answers", path], ["batch", "--format", "json", path]]
  }

  static func expectCleanExit(_ result: BinaryRunner.Result, _ what: String, status: Int32 = 65) {
    #expect(!result.timedOut && !result.signaled, "\(what): \(result)")
    #expect(result.status == status, "\(what): \(result)")
    #expect(!result.stderr.contains("Fatal error"), "\(what): \(result)")
    #expect(!result.hasEscapeBytes, "\(what): \(result)")
  }

  // MARK: Pathological JSON

  /// Each case: a file's content and the message every reader gives for it.
  @Test(arguments: [
    ("deep", Data(repeating: UInt8(ascii: "["), count: 200_000), "1:513: nesting deeper than 512 levels"),
    ("empty", Data(), "1:1: the document is empty; expected a JSON value"),
    (
      "huge-number", Data(#"{"answers": {"team_size": 1e400}}"#.utf8),
      "1:27: number out of range (beyond ±1.8e308)"
    ),
  ])
  func everyReaderRefusesIt(_ name: String, _ content: Data, _ message: String) throws {
    let folder = try Self.folder(["\(name).json": content])
    defer { try? FileManager.default.removeItem(at: folder) }
    for arguments in Self.readers("\(name).json") {
      let result = try BinaryRunner.run(arguments, directory: folder, timeout: 30)
      Self.expectCleanExit(result, arguments.joined(separator: " "))
      if arguments[0] == "batch" {
        // The batch report lists the record's problem with its line; the reason is the same.
        let reason = String(message.drop { $0 != " " }.dropFirst())
        let said = result.stdout + result.stderr
        #expect(said.contains(name == "empty" ? "no answer sets found" : reason), "\(arguments): \(result)")
      } else {
        #expect(result.stderr.contains("\(name).json:\(message)"), "\(arguments): \(result)")
      }
    }
  }

  /// Random bytes (seeded, so a failure can be replayed): refused with a located message by every
  /// reader, never a crash.
  @Test(arguments: [1, 7, 2026] as [UInt64])
  func randomBytesAreRefused(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let bytes = Data((0..<65_536).map { _ in UInt8.random(in: 0...255, using: &random) })
    let folder = try Self.folder(["random.json": bytes])
    defer { try? FileManager.default.removeItem(at: folder) }
    for arguments in Self.readers("random.json") {
      let result = try BinaryRunner.run(arguments, directory: folder, timeout: 30)
      Self.expectCleanExit(result, "seed \(seed): \(arguments.joined(separator: " "))")
      #expect(
        result.stderr.contains("random.json:") || result.stdout.contains("random.json"),
        "seed \(seed): \(arguments): \(result)")
    }
  }

  /// A 5 MB line is an ordinary answers file or batch line: read and reported, the name kept whole.
  @Test func aFiveMegabyteLineIsRead() throws {
    let name = String(repeating: "n", count: 5_000_000)
    let line = #"{"name": "\#(name)", "answers": {"team_size": 3}}"#
    let folder = try Self.folder(["big.json": Data(line.utf8), "big.jsonl": Data((line + "\n").utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let single = try BinaryRunner.run(
      ["recommend", "--answers", "big.json", "--format", "json"], directory: folder, timeout: 60)
    Self.expectCleanExit(single, "recommend", status: 0)
    let report = try JSONParser().parse(Array(single.standardOutput))
    #expect(report.at("name")?.stringValue?.count == name.count)
    let batch = try BinaryRunner.run(
      ["batch", "big.jsonl", "--format", "csv"], directory: folder, timeout: 60)
    Self.expectCleanExit(batch, "batch", status: 0)
    #expect(batch.stdout.contains(name))
  }

  @Test func aKeyWrittenTwiceIsAnError() throws {
    var rubric = try CLIFixtures.text("rubric-custom.json")
    rubric = rubric.replacingOccurrences(of: #""id": "tiny","#, with: #""id": "tiny", "id": "tiny2","#)
    let folder = try Self.folder([
      "answers.json": Data(#"{"name": "a", "name": "b", "answers": {}}"#.utf8),
      "twice.json": Data(#"{"answers": {"team_size": 3, "team_size": 4}}"#.utf8),
      "rubric.json": Data(rubric.utf8),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let answers = try BinaryRunner.run(["recommend", "--answers", "answers.json"], directory: folder)
    Self.expectCleanExit(answers, "recommend")
    #expect(answers.stderr == "error: answers.json:1:15: key \"name\" is written twice, at 1:2 and at 1:15\n")
    let twice = try BinaryRunner.run(["recommend", "--answers", "twice.json"], directory: folder)
    Self.expectCleanExit(twice, "recommend")
    #expect(twice.stderr.contains("\"team_size\" is answered twice, at 1:14 and at 1:30"), "\(twice)")
    let check = try BinaryRunner.run(["rubric", "check", "rubric.json"], directory: folder)
    Self.expectCleanExit(check, "rubric check")
    #expect(check.stderr.contains("key `id` is written twice"), "\(check)")
  }

  /// `-0` is the integer 0: below the default rubric's minimum team size, and said so.
  @Test func negativeZeroIsZero() throws {
    let folder = try Self.folder(["zero.json": Data(#"{"answers": {"team_size": -0}}"#.utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try BinaryRunner.run(["recommend", "--answers", "zero.json"], directory: folder)
    Self.expectCleanExit(result, "recommend")
    #expect(
      result.stderr.contains("zero.json:1:27: answers.team_size: 0 is below the minimum 1"), "\(result)")
  }

  // MARK: Limits

  /// A JSON Lines line beyond the batch limit is one error entry; the lines around it are read.
  @Test func aTooLongBatchLineHasItsOwnMessage() throws {
    var content = Data(#"{"answers": {"team_size": 3}}"#.utf8 + [0x0A])
    // Beyond batch's 16 MiB line limit.
    content.append(Data(repeating: UInt8(ascii: "["), count: 17 << 20))
    content.append(Data(("\n" + #"{"answers": {"team_size": 40}}"# + "\n").utf8))
    let folder = try Self.folder(["long.jsonl": content])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try BinaryRunner.run(
      ["batch", "long.jsonl", "--format", "json"], directory: folder, timeout: 30)
    Self.expectCleanExit(result, "batch")
    let report = try JSONParser().parse(Array(result.standardOutput))
    #expect(report.at("reports")?.arrayValue?.count == 2)
    let errors = try #require(report.at("errors")?.arrayValue)
    #expect(errors.count == 1)
    #expect(errors.first?.at("line")?.integerValue == 2)
    #expect(errors.first?.at("message")?.stringValue?.contains("longer than") == true, "\(result)")
  }

  /// A 10,000-factor rubric is within every limit and checks.
  @Test func aRubricWithTenThousandFactorsChecks() throws {
    let folder = try Self.folder(["large.json": Data(Self.largeRubric(factors: 10_000).utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try BinaryRunner.run(["rubric", "check", "large.json"], directory: folder, timeout: 60)
    Self.expectCleanExit(result, "rubric check", status: 0)
    #expect(result.stdout.contains("10000 factors"), "\(result)")
  }

  /// A valid rubric of `factors` choice factors, each with two options, and three verdicts.
  static func largeRubric(factors: Int) -> String {
    let factorTexts = (0..<factors).map { index in
      """
      {"id": "f\(index)", "question": "Question \(index)?", "help": "Help \(index).", "kind": "choice",
       "weight": \(index % 5 + 1), "options": [
        {"id": "no", "label": "No", "lean": -1, "reason": "Reason \(index) no."},
        {"id": "yes", "label": "Yes", "lean": 1, "reason": "Reason \(index) yes."}]}
      """
    }
    return """
      {"schema": "archadvisor.rubric/1", "id": "large", "version": "1.0.0", "title": "Large",
       "factors": [\(factorTexts.joined(separator: ",\n"))],
       "verdicts": [
        {"id": "small", "label": "Small", "summary": "Small.", "atLeast": -100, "below": 0},
        {"id": "big", "label": "Big", "summary": "Big.", "atLeast": 0}]}
      """
  }

  // MARK: Output safety

  @Test func anEscapeInANameIsNeutralisedInText() throws {
    let result = try BinaryRunner.run([
      "recommend", "--name", "\u{1B}[31mred", "--team-size", "3", "--format", "text",
    ])
    Self.expectCleanExit(result, "recommend", status: 0)
    #expect(result.stdout.contains("\\u{1B}[31mred"), "\(result)")
  }

  @Test(arguments: ["=cmd", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=\u{301}cmd"])
  func aFormulaNameIsDefusedInCSV(_ name: String) throws {
    let result = try BinaryRunner.run(["recommend", "--name", name, "--team-size", "3", "--format", "csv"])
    Self.expectCleanExit(result, "recommend", status: 0)
    // Rows end in CRLF; a defused "\r" stays inside its quoted cell.
    let rows = result.stdout.components(separatedBy: "\r\n")
    let cell = try #require(rows.dropFirst().first)
    #expect(cell.hasPrefix("'" + name) || cell.hasPrefix("\"'" + name), "\(result)")
  }

  /// The issue's own example through `batch`: a record named `"\u001b[31mred"` prints no ESC byte
  /// as text, and the same name after `=` comes out of CSV defused.
  @Test func batchNeutralisesAndDefusesNames() throws {
    let lines = [
      #"{"name": "\u001b[31mred", "answers": {"team_size": 3}}"#,
      #"{"name": "=\u001b[31mred", "answers": {"team_size": 30}}"#,
    ]
    let folder = try Self.folder(["names.jsonl": Data((lines.joined(separator: "\n") + "\n").utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try BinaryRunner.run(["batch", "names.jsonl", "--format", "text"], directory: folder)
    Self.expectCleanExit(text, "batch text", status: 0)
    #expect(text.stdout.contains("\\u{1B}[31mred"), "\(text)")
    let csv = try BinaryRunner.run(["batch", "names.jsonl", "--format", "csv"], directory: folder)
    #expect(csv.status == 0, "\(csv)")
    let rows = csv.stdout.components(separatedBy: "\r\n")
    #expect(rows.count >= 3 && rows[2].hasPrefix("'="), "\(csv)")
  }

  /// Control characters in a custom rubric's texts (a question, a reason, a label, the title)
  /// reach no output as raw bytes, in any human format.
  @Test func aRubricWithEscapesPrintsNone() throws {
    var rubric = try CLIFixtures.text("rubric-custom.json")
    rubric = rubric.replacingOccurrences(of: "Where does it run?", with: #"Where \u001b[2J does it run?"#)
    rubric = rubric.replacingOccurrences(
      of: "The cloud scales services apart.", with: #"The cloud \u001b]0;pwned\u0007 scales | apart \u202e."#)
    rubric = rubric.replacingOccurrences(of: "A tiny test rubric", with: #"A tiny \u009b31m rubric"#)
    let folder = try Self.folder(["evil.json": Data(rubric.utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let check = try BinaryRunner.run(["rubric", "check", "evil.json"], directory: folder)
    Self.expectCleanExit(check, "rubric check", status: 0)
    let show = try BinaryRunner.run(["rubric", "show", "evil.json"], directory: folder)
    Self.expectCleanExit(show, "rubric show", status: 0)
    #expect(show.stdout.contains("Where \\u{1B}[2J does it run?"), "\(show)")
    for format in ["text", "markdown", "adr", "json"] {
      let result = try BinaryRunner.run(
        ["recommend", "--rubric", "evil.json", "--hosting", "cloud", "--format", format], directory: folder)
      Self.expectCleanExit(result, format, status: 0)
      #expect(
        !result.standardOutput.contains(0x9B) && !result.stdout.contains("\u{9B}"), "\(format): \(result)")
    }
    let ask = try BinaryRunner.run(
      ["ask", "--rubric", "evil.json"], input: "1\ncloud\nci\n", directory: folder)
    Self.expectCleanExit(ask, "ask", status: 0)
    #expect(ask.stderr.contains("Where \\u{1B}[2J does it run?"), "\(ask)")
  }

  // MARK: Interactive

  @Test func theEndOfPipedInputMidwayIsShortInput() throws {
    let result = try BinaryRunner.run(["ask"], input: "3\nrarely\n")
    Self.expectCleanExit(result, "ask", status: 65)
    #expect(result.stderr.contains("error: standard input ended after 2 of 12 answers"), "\(result)")
    #expect(result.standardOutput.isEmpty)
  }

  /// Invalid UTF-8, accented garbage and an over-long line are each asked again, with their own
  /// message; the session then goes on.
  @Test func badAnswersAreAskedAgain() throws {
    var input = Data("3\n".utf8)
    input.append(contentsOf: [0xFF, 0xFE, 0x0A])
    input.append(Data("équipe\n".utf8))
    input.append(Data(repeating: UInt8(ascii: "x"), count: 70_000))
    input.append(Data("\nrarely\n".utf8))
    let result = try BinaryRunner.run(["ask", "--format", "json"], inputBytes: input)
    // The input ends after the second answer: short input (65), after every detour was asked again.
    Self.expectCleanExit(result, "ask", status: 65)
    #expect(result.stderr.contains("That answer is not valid UTF-8 text; please type it again."), "\(result)")
    #expect(result.stderr.contains("Not an answer: \"équipe\" is not an option"), "\(result)")
    #expect(result.stderr.contains("That answer is too long; please type it again."), "\(result)")
    #expect(result.stderr.contains("Question 3 of 12"), "\(result)")
  }

  @Test func aNonASCIINameIsKept() throws {
    let result = try BinaryRunner.run([
      "recommend", "--name", "équipe 日本", "--team-size", "3", "--format", "json",
    ])
    Self.expectCleanExit(result, "recommend", status: 0)
    #expect(try JSONParser().parse(Array(result.standardOutput)).at("name")?.stringValue == "équipe 日本")
  }

  /// A narrow terminal (`COLUMNS=20`) wraps the questions and still finishes.
  @Test func aNarrowTerminalStillWorks() throws {
    let result = try BinaryRunner.run(
      ["ask", "--format", "text"], input: String(repeating: "\n", count: 12), environment: ["COLUMNS": "20"])
    Self.expectCleanExit(result, "ask", status: 0)
    #expect(result.stderr.contains("Question 12 of 12"), "\(result)")
  }
}
