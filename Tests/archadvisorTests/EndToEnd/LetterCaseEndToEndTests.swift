import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// Ids and words match whatever their letter case, in flags, files and batches alike.
@Suite struct LetterCaseEndToEndTests {
  @Test func filesAndBatchesReadIdsAsFlagsDo() throws {
    let set =
      "{\"name\": \"x\", \"answers\": {\"scaling\": \"SPIKY\", \"skills\": [\"Containers\"], \"ci_cd\": \"Continuous\"}}\n"
    let batch = try BinaryRunner.run(["batch", "--format", "jsonl"], input: set)
    #expect(batch.status == 0, "\(batch)")
    let report = try #require(
      try JSONParser().parse(Array(batch.stdout.split(separator: "\n")[0].utf8)).objectValue)
    let answers = try #require(report["factors"]?.arrayValue).compactMap(\.objectValue)
    #expect(answers.first { $0["id"]?.stringValue == "scaling" }?["answer"]?.stringValue == "spiky")
    let recommend = try BinaryRunner.run(["recommend", "--answers", "-", "--format", "json"], input: set)
    #expect(recommend.status == 0, "\(recommend)")
    let flags = try BinaryRunner.run([
      "recommend", "--scaling", "SPIKY", "--skills", "Containers", "--ci-cd", "Continuous", "--format",
      "json",
    ])
    let flagScore = try JSONParser().parse(Array(flags.stdout.utf8)).objectValue?["score"]?.doubleValue
    #expect(flagScore != nil && flagScore == report["score"]?.doubleValue)
  }

  @Test func formatsColorsStatusesAndVerdictsToo() throws {
    let result = try BinaryRunner.run(
      [
        "recommend", "--team-size", "3", "--stage", "prototype", "--format", "JSON", "--color", "Never",
        "--fail-on", "Monolith",
      ])
    #expect(result.status == 1, "\(result)")
    #expect(result.stdout.hasPrefix("{\n  \"schema\""))
    #expect(result.stderr.contains("--fail-on monolith fails on"))
    let adr = try BinaryRunner.run([
      "recommend", "--team-size", "3", "--format", "ADR", "--status", "ACCEPTED",
    ])
    #expect(adr.stdout.contains("\nstatus: \"accepted\"\n"))
  }
}
