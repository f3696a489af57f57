import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// `rubric check`'s rule coverage and the cases closest to a band edge.
@Suite struct RubricCheckCoverageEndToEndTests {
  static let defaultRubric = CLIFixtures.repository.appendingPathComponent("rubrics/genai-architecture.json")
    .path

  func lines(_ arguments: [String], directory: URL? = nil) throws -> [String] {
    let result = try BinaryRunner.run(arguments, directory: directory)
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    return result.stdout.split(separator: "\n").map(String.init)
  }

  @Test func everyRuleOfTheDefaultRubricHasItsCoverage() throws {
    let lines = try lines(["rubric", "check", Self.defaultRubric])
    let heading = try #require(lines.firstIndex { $0.contains(": rule coverage, ") })
    #expect(
      lines[heading] == Self.defaultRubric
        + ": rule coverage, how many of the 19 examples and 44 cases each rule fires on:")
    #expect(lines[heading + 1].hasPrefix("  RULE ") && lines[heading + 1].hasSuffix("CHANGED THE VERDICT"))
    let rubric = try LoadedRubric.embedded().rubric
    let rows = Array(lines[(heading + 2)...].prefix(rubric.rules.count))
    #expect(rows.map { $0.split(separator: " ").first.map(String.init) } == rubric.rules.map(\.id))
    // A rule that fires on examples and cases, with its counts in columns.
    let notReady = try #require(rows.first { $0.hasPrefix("  not-ready-to-split ") })
    #expect(notReady.split(separator: " ").dropFirst().map(String.init) == ["2", "5", "7"], "\(notReady)")
    // The seven rules the first coverage report found never firing each got an example of their
    // own (rubric 2.0.1): tight-budget fires on one example and no case.
    let tightBudget = try #require(rows.first { $0.hasPrefix("  tight-budget ") })
    #expect(
      tightBudget.split(separator: " ").dropFirst().map(String.init) == ["1", "0", "0"], "\(tightBudget)")
    #expect(lines.last == "  every rule fires at least once")
  }

  @Test func theCasesClosestToABandEdgeAreListedWithTheirDistance() throws {
    let lines = try lines(["rubric", "check", Self.defaultRubric])
    let heading = try #require(lines.firstIndex { $0.contains(" within 5 points of a band edge; ") })
    #expect(
      lines[heading] == "  23 of 44 cases lie within 5 points of a band edge; the 5 closest, 8 with the ties:"
    )
    let closest = lines[(heading + 1)...(heading + 8)]
    #expect(closest.allSatisfy { $0.hasSuffix("+12.7  0.2 above +12.5, the edge with modular_monolith") })
    #expect(closest.first?.hasPrefix("    airbnb-2018 ") == true)
    #expect(!lines[heading + 9].hasPrefix("    "))
  }

  @Test func aRubricWithoutCasesGetsCoverageOnItsExamplesAlone() throws {
    let folder = try CLIFixtures.scratchFolder()
    let rubric = folder.appendingPathComponent("no-cases.json")
    let text = try String(contentsOfFile: Self.defaultRubric, encoding: .utf8)
    let withoutCases = text.replacingOccurrences(
      of: "  \"cases\": \"genai-architecture.cases.json\",\n", with: "")
    #expect(withoutCases != text)
    try withoutCases.write(to: rubric, atomically: true, encoding: .utf8)
    let lines = try lines(["rubric", "check", rubric.path])
    #expect(lines.contains(rubric.path + ": rule coverage, how many of the 19 examples each rule fires on:"))
    // Without the cases, readiness-unknown (which only cases exercise) never fires: said plainly.
    #expect(
      lines.contains {
        $0.hasPrefix("  readiness-unknown ")
          && $0.hasSuffix("never fires on the 19 examples: consider an example that exercises it")
      })
    #expect(!lines.contains { $0.contains("CASES") || $0.contains("band edge") })
  }

  @Test func aRubricWithoutRulesHasNoCoverageSection() throws {
    let lines = try lines(["rubric", "check", CLIFixtures.path("rubric-custom.json")])
    #expect(lines.count == 1, "\(lines)")
  }

  /// The figures the README quotes are the ones `rubric check` prints now.
  @Test func theREADMEQuotesTheFiguresRubricCheckPrints() throws {
    let readme = try String(
      contentsOf: CLIFixtures.repository.appendingPathComponent("README.md"), encoding: .utf8)
    let quoted = Set(readme.split(separator: "\n").map(String.init))
    let lines = try lines(
      ["rubric", "check", "rubrics/genai-architecture.json"], directory: CLIFixtures.repository)
    let agreement = try #require(lines.first { $0.contains(": 44 cases; the rubric agrees with ") })
    let edges = try #require(lines.first { $0.contains(" within 5 points of a band edge; ") })
    let summary = try #require(lines.last)
    for line in [lines[0], agreement, edges, summary] { #expect(quoted.contains(line), "\(line)") }
  }
}
