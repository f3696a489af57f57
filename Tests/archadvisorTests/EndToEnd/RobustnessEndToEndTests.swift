import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// Every report says whether its verdict survives other weights, and `--no-robustness` leaves it out.
@Suite struct RobustnessEndToEndTests {
  /// Forty engineers, weekly releases, growing load, high resilience, a pilot of moderate
  /// complexity on hosted models: −0.6, just under the modular monolith's edge at 2.5.
  static let nearAnEdge = [
    "--team-size", "40", "--update-frequency", "weekly", "--scaling", "growing", "--stage", "pilot",
    "--complexity", "moderate", "--latency", "sensitive", "--inference", "hosted_api", "--resilience", "high",
    "--budget", "moderate",
  ]

  func json(_ arguments: [String]) throws -> JSONObject {
    let result = try BinaryRunner.run(["recommend", "--format", "json"] + arguments)
    #expect(result.status == 0, "\(result)")
    return try #require(try JSONParser().parse(result.stdout).objectValue)
  }

  @Test func theJSONCarriesTheShareAndEachFactorsRange() throws {
    let report = try json(Self.nearAnEdge)
    #expect(report["score"]?.doubleValue == -0.6)
    let robustness = try #require(report["robustness"]?.objectValue)
    let holds = try #require(robustness["holds"]?.doubleValue)
    #expect(holds > 0.5 && holds < 0.9, "\(holds)")
    #expect(robustness["steady"]?.boolValue == false)
    #expect(robustness["samples"]?.integerValue == 64)
    #expect(robustness["scale"]?.objectValue?["low"]?.doubleValue == 0.5)
    let factors = try #require(robustness["factors"]?.arrayValue).compactMap(\.objectValue)
    #expect(factors.count == 12)
    let teamSize = try #require(factors.first { $0["id"]?.stringValue == "team_size" })
    let limit = try #require(teamSize["holds_to"]?.doubleValue)
    #expect(limit > 3 && limit < 6, "team_size weighs 3; the verdict changes a little above it")
    #expect(teamSize["verdict_above"]?.stringValue == "modular_monolith")
    #expect(teamSize["fragile"]?.boolValue == true)
    #expect(robustness["fragile"]?.arrayValue?.first?.stringValue != nil)
    // Fewer than 90% of the re-weightings holding: at most medium.
    #expect(report["confidence"]?.stringValue != "high")
  }

  @Test func theTextNamesTheFragileWeights() throws {
    let result = try BinaryRunner.run(["recommend", "--color", "never"] + Self.nearAnEdge)
    #expect(result.status == 0)
    let text = result.stdout.replacingOccurrences(of: "\n  ", with: " ")
    #expect(text.contains("Weights: the verdict holds in "), "\(result.stdout)")
    #expect(text.contains(" of 64 re-weightings (each weight scaled by 0.5 to 2)"))
    #expect(text.contains("it changes to Modular monolith if team_size weighs more than"))
    #expect(text.contains("(now 3)"))
  }

  @Test func noRobustnessLeavesItOut() throws {
    let report = try json(Self.nearAnEdge + ["--no-robustness"])
    #expect(report["robustness"]?.isNull == true)
    let text = try BinaryRunner.run(["recommend", "--no-robustness"] + Self.nearAnEdge)
    #expect(!text.stdout.contains("re-weightings"))
  }

  @Test func aBatchHasAColumnAndASummaryLine() throws {
    let input =
      "{\"name\": \"edge\", \"answers\": {\"team_size\": 40, \"update_frequency\": \"weekly\", \"scaling\": \"growing\","
      + " \"stage\": \"pilot\", \"complexity\": \"moderate\", \"latency\": \"sensitive\", \"inference\": \"hosted_api\","
      + " \"resilience\": \"high\", \"budget\": \"moderate\"}}\n"
      + "{\"name\": \"tiny\", \"answers\": {\"team_size\": 2, \"stage\": \"prototype\", \"complexity\": \"simple\"}}\n"
    let result = try BinaryRunner.run(["batch", "--format", "csv"], input: input)
    #expect(result.status == 0, "\(result)")
    let lines = result.stdout.split(separator: "\r\n").map(String.init)
    let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let column = try #require(header.firstIndex(of: "robustness"))
    let edge = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let tiny = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let share = try #require(Double(edge[column]))
    #expect(share > 0.5 && share < 0.9)
    #expect(tiny[column] == "1")
    #expect(
      result.stderr.contains("batch: 1 of 2 verdicts hold under re-weighting (in at least 90% of 64"),
      "\(result.stderr)")

    let off = try BinaryRunner.run(["batch", "--format", "csv", "--no-robustness"], input: input)
    let offRow = off.stdout.split(separator: "\r\n")[1].split(
      separator: ",", omittingEmptySubsequences: false)
    #expect(offRow[column].isEmpty)
    #expect(!off.stderr.contains("re-weighting"))

    let table = try BinaryRunner.run(["batch", "--color", "never"], input: input)
    #expect(table.stdout.contains("HOLDS"))
    #expect(table.stdout.contains("1 of 2 verdicts hold under re-weighting"))
  }

  @Test func theReadmesPortfolioRunsAsShown() throws {
    let portfolio = CLIFixtures.repository.appendingPathComponent("rubrics/examples/portfolio.jsonl").path
    let result = try BinaryRunner.run(["batch", "--color", "never", portfolio])
    #expect(result.status == 65, "one record is rejected: \(result)")
    let readme = try String(
      contentsOf: CLIFixtures.repository.appendingPathComponent("README.md"), encoding: .utf8)
    for line in result.stdout.split(separator: "\n")
    where line.hasPrefix("support-bot") || line.hasPrefix("doc-search")
      || line.hasPrefix("vision-platform") || line.hasPrefix("NAME")
    {
      #expect(readme.contains(String(line)), "the README shows \(line)")
    }
    #expect(result.stderr.contains("batch: 2 of 3 verdicts hold under re-weighting"))
  }
}
