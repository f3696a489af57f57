import ArchAdvisorKit
import Foundation
import Testing

/// The README's "Tracking over time" section is real output, trimmed: its commands run on the
/// files in `rubrics/examples/`, and every line it shows (bar the `…` that mark the cuts) is in
/// the output, in the same order.
@Suite struct TrackingREADMEEndToEndTests {
  static func readme() throws -> String {
    String(
      decoding: try Data(contentsOf: CLIFixtures.repository.appendingPathComponent("README.md")),
      as: UTF8.self)
  }

  /// The lines the README shows after `command` up to the end of its block.
  static func shown(after command: String, in readme: String) throws -> [String] {
    let start = try #require(readme.range(of: command + "\n"), "README lost the command \(command)")
    let end = try #require(readme[start.upperBound...].range(of: "```"))
    return readme[start.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
  }

  /// Every shown line is in `output`, in order.
  static func expectInOrder(_ shown: [String], in output: String) {
    var lines = output.split(separator: "\n").map(String.init)[...]
    for line in shown where line != "…" {
      guard let index = lines.firstIndex(of: line) else {
        Issue.record("README line not in the output (or out of order): \(line)")
        return
      }
      lines = lines[(index + 1)...]
    }
  }

  @Test func theDiffSampleIsTheRealOutput() throws {
    let command =
      "$ archadvisor diff rubrics/examples/support-bot-2026q1.json rubrics/examples/support-bot-2026q2.json"
    let shown = try Self.shown(after: command, in: try Self.readme())
    #expect(shown.count > 25)
    let result = try BinaryRunner.run(
      ["diff", "rubrics/examples/support-bot-2026q1.json", "rubrics/examples/support-bot-2026q2.json"],
      directory: CLIFixtures.repository)
    #expect(result.status == 0, "\(result)")
    Self.expectInOrder(shown, in: result.stdout)
  }

  @Test func theFailOnChangeSampleExitsOneWithItsNote() throws {
    let readme = try Self.readme()
    let command =
      "$ archadvisor diff rubrics/examples/support-bot-2026q1.json rubrics/examples/support-bot-2026q2.json "
      + "--fail-on-change --format json > diff.json"
    let shown = try Self.shown(after: command, in: readme)
    #expect(
      shown == [
        "note: the verdict moved from monolith to modular_monolith, which --fail-on-change fails on",
        "$ echo $?", "1",
      ])
    let result = try BinaryRunner.run(
      [
        "diff", "rubrics/examples/support-bot-2026q1.json", "rubrics/examples/support-bot-2026q2.json",
        "--fail-on-change", "--format", "json",
      ], directory: CLIFixtures.repository)
    #expect(result.status == 1)
    #expect(result.stderr == shown[0] + "\n")
    #expect(try JSONParser().parse(Array(result.standardOutput)).at("verdict_moved")?.boolValue == true)
  }

  @Test func theBaselineSampleIsTheRealOutput() throws {
    let shown = try Self.shown(
      after: "$ archadvisor batch --baseline q1.jsonl rubrics/examples/portfolio-2026q2.jsonl",
      in: try Self.readme())
    #expect(shown.count > 15)
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let examples = CLIFixtures.repository.appendingPathComponent("rubrics/examples")
    let first = try BinaryRunner.run(
      [
        "batch", "--format", "jsonl", "--output", "q1.jsonl",
        examples.appendingPathComponent("portfolio-2026q1.jsonl").path,
      ],
      directory: folder)
    #expect(first.status == 0, "\(first)")
    let result = try BinaryRunner.run(
      ["batch", "--baseline", "q1.jsonl", examples.appendingPathComponent("portfolio-2026q2.jsonl").path],
      directory: folder)
    #expect(result.status == 0, "\(result)")
    Self.expectInOrder(shown, in: result.stdout + result.stderr)
  }
}
