import ArchAdvisorKit
import Foundation
import Testing

/// `batch --baseline` through the built binary: a portfolio scored in Q1 (its `--format jsonl`
/// output is the baseline) and again in Q2, where support-bot grew and moved to its own GPUs,
/// legacy-chat is gone and voice-agent is new. Each row says what it was; the summary counts the
/// moves, the new projects and those no longer present.
@Suite struct BatchBaselineEndToEndTests {
  static let q1 = DiffEndToEndTests.path("portfolio-q1.jsonl")
  static let q2 = DiffEndToEndTests.path("portfolio-q2.jsonl")

  /// Q1's JSON Lines output in a scratch folder (Q1 has one rejected record, so it exits 65).
  static func baseline(in folder: URL) throws -> String {
    let file = folder.appendingPathComponent("q1.jsonl").path
    let result = try BinaryRunner.run(["batch", q1, "--format", "jsonl", "--output", file, "--quiet"])
    #expect(result.status == 65, "\(result)")
    return file
  }

  @Test func textSaysWhatEachProjectWasAndCountsTheMoves() throws {
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = try Self.baseline(in: folder)
    let result = try BinaryRunner.run(["batch", Self.q2, "--baseline", baseline])
    #expect(result.status == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines[0].hasPrefix("NAME               VERDICT            SCORE  WAS                      CONFIDENCE"))
    #expect(
      lines[1].hasPrefix("support-bot        modular_monolith   +17.9  monolith           −6.6  medium"))
    #expect(
      lines[2].hasPrefix("doc-search         monolith            −1.2  monolith           −1.2  medium"))
    #expect(lines[4].hasPrefix("voice-agent        modular_monolith   +12.9  new "))
    #expect(lines.allSatisfy { $0.count <= 80 }, "\(result.stdout)")
    #expect(
      result.stdout.contains(
        "  1 of 3 verdicts moved since the baseline: 1 monolith → modular_monolith; 1\n    project new, 1 no "
          + "longer present."), "\(result.stdout)")
    #expect(
      result.stderr.contains(
        "batch: 1 of 3 verdicts moved since the baseline: 1 monolith → modular_monolith; 1 project new, 1 no longer "
          + "present.\n"), "\(result.stderr)")

    // Against itself nothing moved, and the rejected record is no project.
    let same = try BinaryRunner.run(["batch", Self.q1, "--baseline", baseline])
    #expect(same.status == 65)
    #expect(
      same.stderr.contains(
        "batch: 0 of 4 verdicts moved since the baseline; 0 projects new, 0 no longer present."))
  }

  @Test func jsonLinesCarryTheBaselineOnEveryReportAndInTheSummary() throws {
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = try Self.baseline(in: folder)
    let result = try BinaryRunner.run(["batch", Self.q2, "--baseline", baseline, "--format", "jsonl"])
    #expect(result.status == 0, "\(result)")
    let values = try result.stdout.split(separator: "\n").map { try JSONParser().parse(Array($0.utf8)) }
    #expect(values.count == 5)
    #expect(values[0].at("name")?.stringValue == "support-bot")
    #expect(values[0].at("baseline", "verdict")?.stringValue == "monolith")
    #expect(values[0].at("baseline", "score")?.doubleValue == -6.6)
    #expect(values[0].at("baseline", "moved")?.boolValue == true)
    #expect(values[1].at("baseline", "moved")?.boolValue == false)
    #expect(values[3].at("name")?.stringValue == "voice-agent")
    #expect(values[3].at("baseline")?.isNull == true)
    let summary = try #require(values[4].at("summary", "baseline"))
    #expect(summary.at("file")?.stringValue == baseline)
    #expect(summary.at("compared")?.integerValue == 3)
    #expect(summary.at("moved")?.integerValue == 1)
    #expect(summary.at("new")?.integerValue == 1)
    #expect(summary.at("gone")?.integerValue == 1)
    #expect(summary.at("moves")?.arrayValue?.first?.at("to")?.stringValue == "modular_monolith")
    // Its output is itself a baseline for the next quarter.
    let next = folder.appendingPathComponent("q2.jsonl").path
    try result.stdout.write(toFile: next, atomically: true, encoding: .utf8)
    let again = try BinaryRunner.run(["batch", Self.q2, "--baseline", next, "--quiet", "--format", "csv"])
    #expect(again.status == 0, "\(again)")
    let rows = again.stdout.split(separator: "\r\n").map(String.init)
    #expect(rows[0].hasSuffix(",error,baseline_verdict,baseline_score,baseline"))
    #expect(rows[1].hasSuffix(",modular_monolith,17.9,same"), "\(rows[1])")
  }

  @Test func markdownAndJSONHaveTheColumnsAndTheSummaryToo() throws {
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = try Self.baseline(in: folder)
    let markdown = try BinaryRunner.run(["batch", Self.q2, "--baseline", baseline, "--format", "markdown"])
    #expect(markdown.stdout.contains("| Name | Verdict | Score | Was | Confidence |"))
    #expect(markdown.stdout.contains("| support-bot | Modular monolith | +17.9 | **Monolith (−6.6)** |"))
    #expect(markdown.stdout.contains("| voice-agent | Modular monolith | +12.9 | *new* |"))
    #expect(markdown.stdout.contains("### Since the baseline\n\n1 of 3 verdicts moved since the baseline"))
    let json = try BinaryRunner.run(["batch", Self.q2, "--baseline", baseline, "--format", "json"])
    let value = try JSONParser().parse(Array(json.standardOutput))
    #expect(value.at("reports")?.arrayValue?.first?.at("baseline", "moved")?.boolValue == true)
    #expect(value.at("summary", "baseline", "gone")?.integerValue == 1)
  }

  @Test func withoutABaselineNothingChanges() throws {
    let result = try BinaryRunner.run(["batch", Self.q2, "--format", "jsonl", "--quiet"])
    #expect(!result.stdout.contains("\"baseline\""))
    let text = try BinaryRunner.run(["batch", Self.q2])
    #expect(!text.stdout.contains("WAS"))
    #expect(!text.stderr.contains("since the baseline"))
  }

  @Test func aBadBaselineIsOneSentenceBeforeAnythingIsScored() throws {
    let missing = try BinaryRunner.run(["batch", Self.q2, "--baseline", "/nowhere/q1.jsonl"])
    #expect(missing.status == 66, "\(missing)")
    #expect(missing.stdout.isEmpty)
    let answers = try BinaryRunner.run(["batch", Self.q2, "--baseline", Self.q1])
    #expect(answers.status == 65, "\(answers)")
    #expect(
      answers.stderr.hasPrefix(
        "error: \(Self.q1):1:1: --baseline: expected a line of batch --format jsonl output: a report, "
          + "{\"error\": …} or {\"summary\": …}"), "\(answers)")
    #expect(answers.stdout.isEmpty)
    let stdin = try BinaryRunner.run(["batch", "--baseline", "-"])
    #expect(stdin.status == 64, "\(stdin)")
  }

  @Test func aWholeBatchJSONReportIsRefusedNotTakenForASummary() throws {
    let folder = try CLIFixtures.scratchFolder()
    let file = folder.appendingPathComponent("q1.json").path
    let written = try BinaryRunner.run(["batch", Self.q1, "--format", "json", "--output", file, "--quiet"])
    #expect(written.status == 65, "\(written)")
    let result = try BinaryRunner.run(["batch", Self.q2, "--baseline", file])
    #expect(result.status == 65, "\(result)")
    #expect(
      result.stderr.contains(
        "--baseline: this is a batch --format json report; --baseline reads the output of batch --format jsonl"
      ),
      "\(result)")
    #expect(result.stdout.isEmpty)
  }
}
