import ArchAdvisorKit
import Foundation
import Testing

/// No output is written over an input, and `ask` never loses what was typed: through the binary.
@Suite struct OutputSafetyEndToEndTests {
  static let answers = #"{"name": "a", "answers": {"team_size": 3, "scaling": "steady"}}"# + "\n"

  func scratch() throws -> URL { try CLIFixtures.scratchFolder() }

  func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

  @Test func recommendRefusesToWriteOverItsAnswersFileEvenThroughALink() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("a.json")
    try Self.answers.write(to: file, atomically: true, encoding: .utf8)
    let link = folder.appendingPathComponent("link.json")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
    for output in [file.path, link.path] {
      let result = try BinaryRunner.run(["recommend", "--answers", file.path, "--output", output])
      #expect(result.status == 64, "\(result)")
      #expect(result.stderr.contains("--output \(output) names the answers file"), "\(result.stderr)")
      #expect(result.stdout.isEmpty)
      #expect(try bytes(file) == Data(Self.answers.utf8), "the answers are untouched")
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.json", "link.json"])
  }

  @Test func batchRefusesToWriteOverItsInputOrItsRubric() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("portfolio.jsonl")
    let lines = Self.answers + "{not json\n"
    try lines.write(to: input, atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["batch", input.path, "--format", "csv", "--output", input.path])
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.contains("names the batch input"))
    #expect(try bytes(input) == Data(lines.utf8), "the rejected line's text is still there")

    let rubric = folder.appendingPathComponent("rubric.json")
    try Data(DefaultRubric.bytes).write(to: rubric)
    let hard = folder.appendingPathComponent("hard.json")
    try FileManager.default.linkItem(at: rubric, to: hard)
    let overRubric = try BinaryRunner.run([
      "batch", input.path, "--rubric", rubric.path, "--output", hard.path,
    ])
    #expect(overRubric.status == 64)
    #expect(
      overRubric.stderr.contains("names the rubric (\(rubric.path) is the same file)"), "\(overRubric.stderr)"
    )
    #expect(try bytes(rubric) == Data(DefaultRubric.bytes))
  }

  @Test func askRefusesOneFileForTheAnswersAndTheReportBeforeAsking() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let same = folder.appendingPathComponent("same.txt").path
    let result = try BinaryRunner.run(["ask", "--save", same, "--output", same], input: "3\n")
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.contains("--save and --output both name \(same)"))
    #expect(!result.stderr.contains("Question 1"), "refused before the first question")
    #expect(!FileManager.default.fileExists(atPath: same))
  }

  @Test(arguments: ["folder", "missing/x.json"])
  func askChecksItsOutputsBeforeTheFirstQuestion(target: String) throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("folder"), withIntermediateDirectories: false)
    let path = folder.appendingPathComponent(target).path
    for option in ["--save", "--output"] {
      let result = try BinaryRunner.run(["ask", option, path], input: "3\nrarely\n")
      #expect(result.status == 74, "\(option) \(target): \(result)")
      #expect(result.stderr.hasPrefix("error: could not write the "), "\(result.stderr)")
      #expect(!result.stderr.contains("Question 1"), "nothing asked for an output that cannot be written")
    }
  }

  /// A write that still fails at the end (a full disk) loses nothing: the answers are printed on
  /// standard error as --save writes them, and the report is still shown.
  @Test func askKeepsTheAnswersWhenTheSaveFailsAtTheEnd() throws {
    let input = String(repeating: "\n", count: 12)
    let result = try BinaryRunner.run(
      ["ask", "--save", "/dev/full", "--format", "json"], input: "3\n" + input)
    #expect(result.status == 74, "\(result)")
    #expect(
      result.stderr.contains("error: could not write the answers to /dev/full: No space left on device"))
    #expect(result.stderr.contains("Your answers, as --save writes them"))
    let start = try #require(result.stderr.range(of: "{\n"))
    let end = try #require(result.stderr.range(of: "\n}\n", range: start.upperBound..<result.stderr.endIndex))
    let saved = try JSONParser().parse(Array(result.stderr[start.lowerBound..<end.upperBound].utf8))
    #expect(saved.at("answers", "team_size")?.integerValue == 3)
    let report = try JSONParser().parse(Array(result.standardOutput))
    #expect(report.at("verdict", "id")?.stringValue != nil, "the report is still written")
  }
}
