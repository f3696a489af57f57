import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// `--quiet`: the report and the exit status as ever, nothing but errors on standard error.
@Suite struct QuietEndToEndTests {
  @Test func aQuietBatchWritesItsReportAndNoCounts() throws {
    let loud = try BinaryRunner.run([
      "batch", "--format", "csv", BatchEndToEndTests.fixture("all-good.jsonl"),
    ])
    let quiet = try BinaryRunner.run(
      ["batch", "--format", "csv", "--quiet", BatchEndToEndTests.fixture("all-good.jsonl")])
    #expect(loud.stderr.contains("answer sets reported"))
    #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    #expect(quiet.stdout == loud.stdout)
    #expect(quiet.status == loud.status)
    let gated = try BinaryRunner.run(
      ["batch", "--quiet", "--fail-on", "microservices", BatchEndToEndTests.fixture("all-good.jsonl")])
    #expect(gated.status == 1)
    #expect(gated.stderr.isEmpty)
  }

  @Test func aQuietRecommendLeavesOutItsNotesButNotItsErrors() throws {
    let noted = try BinaryRunner.run([
      "recommend", "--fail-on", "monolith", "--team-size", "3", "--stage", "prototype",
    ])
    #expect(noted.stderr.hasPrefix("note: "))
    let quiet = try BinaryRunner.run(
      ["recommend", "--quiet", "--fail-on", "monolith", "--team-size", "3", "--stage", "prototype"])
    #expect(quiet.status == 1)
    #expect(quiet.stderr.isEmpty)
    let wrong = try BinaryRunner.run(["recommend", "--quiet", "--team-size", "none"])
    #expect(wrong.status == 64)
    #expect(wrong.stderr.hasPrefix("error: "))
  }
}
