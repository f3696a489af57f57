import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// The scoring model v2 as a user meets it: through `recommend` on the built binary.
@Suite struct ScoringModelEndToEndTests {
  func json(_ arguments: [String]) throws -> JSONValue {
    let result = try BinaryRunner.run(["recommend"] + arguments + ["--format", "json"])
    #expect(result.status == 0, "\(result)")
    return try JSONParser().parse(Array(result.standardOutput))
  }

  /// One answer alone: a low-confidence verdict, the score inside its range, and what to answer
  /// next — in JSON and in the text a person reads.
  @Test(arguments: [["--update-frequency", "daily"], ["--stage", "production"]])
  func oneAnswerAloneIsLowConfidenceWithWhatToAnswerNext(arguments: [String]) throws {
    let report = try json(arguments)
    #expect(report.at("confidence")?.stringValue == "low")
    let score = try #require(report.at("score")?.doubleValue)
    let low = try #require(report.at("range", "low")?.doubleValue)
    let high = try #require(report.at("range", "high")?.doubleValue)
    #expect(low <= score && score <= high, "\(low) … \(score) … \(high)")
    #expect(report.at("range", "low_verdict")?.stringValue != nil)
    #expect(report.at("range", "high_verdict")?.stringValue != nil)
    #expect((report.at("next_questions")?.arrayValue?.count ?? 0) >= 1)
    #expect(report.at("readiness", "score")?.isNull == true, "nothing about readiness was answered")
    let text = try BinaryRunner.run(["recommend"] + arguments)
    #expect(text.status == 0)
    #expect(text.stdout.replacing("\n  ", with: " ").contains("confidence low)"))
    #expect(text.stdout.contains("\nAnswer next\n"))
  }

  static let gpuTeam = [
    "--team-size", "15", "--update-frequency", "weekly", "--scaling", "spiky", "--resilience", "high",
    "--skills", "containers,orchestration,networking", "--infrastructure", "orchestration,monitoring",
    "--ci-cd", "automated", "--budget", "moderate", "--stage", "production", "--complexity", "moderate",
    "--latency", "sensitive", "--inference", "self_hosted",
  ]

  /// Fifteen engineers, weekly releases, spiky load, own GPU model servers: inference is split
  /// first whatever the verdict, and the report says so in every format.
  @Test func ownGPUsUnderSpikyLoadSplitInferenceFirst() throws {
    let report = try json(Self.gpuTeam)
    let parts = report.at("split_first")?.arrayValue ?? []
    #expect(parts.first?.at("component")?.stringValue == "model_inference", "\(parts)")
    #expect(parts.first?.at("reason")?.stringValue?.isEmpty == false)
    #expect(report.at("readiness", "score")?.doubleValue == 55)
    let text = try BinaryRunner.run(["recommend"] + Self.gpuTeam)
    #expect(text.stdout.contains("\nSplit first\n  - Model inference: "))
    let markdown = try BinaryRunner.run(["recommend"] + Self.gpuTeam + ["--format", "markdown"])
    #expect(markdown.stdout.contains("## Split first\n\n- **Model inference**: "))
    let adr = try BinaryRunner.run(["recommend"] + Self.gpuTeam + ["--format", "adr"])
    #expect(adr.stdout.contains("Split first, whatever the whole:\n\n* Model inference: "))
    let csv = try BinaryRunner.run(["recommend"] + Self.gpuTeam + ["--format", "csv"])
    let rows = try CSVTestParser.parse(csv.stdout)
    let column = try #require(rows[0].firstIndex(of: "split_first"))
    #expect(rows[1][column] == "model_inference")
  }

  /// Weights at the limits (1000 and 0.001) and a sparse answer set: finite numbers everywhere,
  /// no `nan` or infinity in any format.
  @Test(arguments: ["text", "json", "markdown", "csv", "adr"])
  func noNaNOrInfinityInAnyFormat(format: String) throws {
    let result = try BinaryRunner.run([
      "recommend", "--rubric", CLIFixtures.path("rubric-extreme-weights.json"), "--light", "0.5", "--ready",
      "no",
      "--format", format,
    ])
    #expect(result.status == 0, "\(result)")
    let lowered = result.stdout.lowercased()
    for word in ["nan", "inf", "infinity"] {
      let pattern = try NSRegularExpression(pattern: "\\b" + word + "\\b")
      let range = NSRange(lowered.startIndex..., in: lowered)
      #expect(pattern.firstMatch(in: lowered, range: range) == nil, "\(word) in \(format):\n\(result.stdout)")
    }
    #expect(!result.stdout.isEmpty)
  }

  @Test func aWeightBeyondTheLimitIsRefusedNamingIt() throws {
    let result = try BinaryRunner.run(["recommend", "--weight", "team_size=1e308", "--team-size", "8"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("0.001 … 1000"), "\(result.stderr)")
  }
}
