import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// `batch --format jsonl`: a line per record as it goes, errors where they stood, the summary last.
@Suite struct BatchJSONLinesEndToEndTests {
  func lines(_ arguments: [String], input: String = "") throws -> (BinaryRunner.Result, [JSONObject]) {
    let result = try BinaryRunner.run(["batch", "--format", "jsonl"] + arguments, input: input)
    let objects = try result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
      line in try #require(try JSONParser().parse(Array(line.utf8)).objectValue, "\(line)")
    }
    #expect(result.stdout.hasSuffix("}\n"))
    return (result, objects)
  }

  @Test func everyLineIsOneJSONObjectInInputOrderWithTheSummaryLast() throws {
    let (result, objects) = try lines([BatchEndToEndTests.fixture("broken-middle.jsonl")])
    #expect(result.status == 65, "\(result)")
    // Six records (two rejected, where they stood), then the summary.
    #expect(objects.count == 7)
    let names = objects.prefix(6).map { $0["name"]?.stringValue ?? ($0["error"] != nil ? "error" : "?") }
    #expect(names == ["alpha", "bravo", "error", "delta", "error", "foxtrot"], "\(names)")
    #expect(objects[0]["schema"]?.stringValue == "archadvisor.report/2")
    #expect(objects[2]["error"]?.objectValue?["record"]?.integerValue == 3)
    #expect(objects[4]["error"]?.objectValue?["message"]?.stringValue?.contains("not an option") == true)
    let summary = try #require(objects[6]["summary"]?.objectValue)
    #expect(summary["schema"]?.stringValue == "archadvisor.batch/1")
    #expect(summary["errors"]?.integerValue == 2)
    #expect(summary["tested"]?.integerValue == 4)
    let steady = try #require(summary["steady"]?.integerValue)
    #expect(steady >= 0 && steady <= 4)
    let counted = ["monolith", "modular_monolith", "microservices"].compactMap { summary[$0]?.integerValue }
    #expect(counted.reduce(0, +) == 4)
  }

  @Test func anUnnamedAnswerSetHasANullName() throws {
    let (_, objects) = try lines([], input: "{\"answers\": {\"team_size\": 3}}\n")
    #expect(objects.count == 2)
    #expect(objects[0]["name"]?.isNull == true)
    #expect(objects[0]["robustness"]?.objectValue?["factors"]?.arrayValue?.count == 12)
  }

  @Test func recommendWritesItsReportOnOneLine() throws {
    let result = try BinaryRunner.run(["recommend", "--format", "jsonl", "--team-size", "3"])
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == 1)
    #expect(
      try JSONParser().parse(Array(result.stdout.utf8)).objectValue?["schema"]?.stringValue
        == "archadvisor.report/2")
  }
}
