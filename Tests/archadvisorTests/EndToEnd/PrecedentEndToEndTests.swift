import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// Every report cites the documented decisions nearest its answers, from the rubric's case library.
@Suite struct PrecedentEndToEndTests {
  static let repositoryRubric = CLIFixtures.repository.appendingPathComponent(
    "rubrics/genai-architecture.json")
  static let repositoryCases = CLIFixtures.repository.appendingPathComponent(
    "rubrics/genai-architecture.cases.json")

  func report(_ arguments: [String]) throws -> (JSONObject, BinaryRunner.Result) {
    let result = try BinaryRunner.run(["recommend", "--format", "json"] + arguments)
    #expect(result.status == 0, "\(result)")
    return (try #require(try JSONParser().parse(result.stdout).objectValue), result)
  }

  @Test func theDefaultRubricCitesThreeCasesOfItsLibraryWithTheirSources() throws {
    let (report, result) = try report([
      "--team-size", "120", "--update-frequency", "daily", "--scaling", "spiky",
    ])
    #expect(result.stderr.isEmpty)
    let library = try #require(try JSONParser().parse(Data(contentsOf: Self.repositoryCases)).objectValue)
    let cases = try #require(library["cases"]?.arrayValue).compactMap(\.objectValue)
    let precedents = try #require(report["precedents"]?.arrayValue).compactMap(\.objectValue)
    #expect(precedents.count == 3)
    var previous = 1.0
    for precedent in precedents {
      let id = try #require(precedent["id"]?.stringValue)
      let source = try #require(cases.first { $0["id"]?.stringValue == id })
      #expect(precedent["verdict"]?.stringValue == source["chose"]?.stringValue)
      #expect(
        precedent["source"]?.objectValue?["url"]?.stringValue
          == source["source"]?.objectValue?["url"]?.stringValue)
      let similarity = try #require(precedent["similarity"]?.doubleValue)
      #expect(similarity > 0 && similarity <= previous, "nearest first")
      previous = similarity
      #expect((precedent["shared_factors"]?.integerValue ?? 0) >= 1)
    }
  }

  @Test func aRubricWhoseCaseLibraryIsMissingStillReportsAndSaysWhy() throws {
    let folder = try CLIFixtures.scratchFolder()
    let rubric = folder.appendingPathComponent("rubric.json")
    try Data(contentsOf: Self.repositoryRubric).write(to: rubric)
    let (report, result) = try report(["--rubric", rubric.path, "--team-size", "4"])
    #expect(report["precedents"]?.arrayValue?.isEmpty == true)
    #expect(result.stderr.contains("no precedents: "), "\(result.stderr)")
    #expect(result.stderr.contains("rubric check"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func theCaseLibraryBesideACopiedRubricIsTheOneCited() throws {
    let folder = try CLIFixtures.scratchFolder()
    try Data(contentsOf: Self.repositoryRubric).write(
      to: folder.appendingPathComponent("genai-architecture.json"))
    try Data(contentsOf: Self.repositoryCases).write(
      to: folder.appendingPathComponent("genai-architecture.cases.json"))
    let copied = try report([
      "--rubric", folder.appendingPathComponent("genai-architecture.json").path, "--team-size", "4",
    ])
    let embedded = try report(["--team-size", "4"])
    #expect(copied.0["precedents"] == embedded.0["precedents"])
    #expect(copied.1.stderr.isEmpty)
  }

  @Test func theTextReportNamesEachPrecedentsSource() throws {
    let result = try BinaryRunner.run(["recommend", "--team-size", "4", "--scaling", "steady"])
    #expect(result.status == 0)
    let section = try #require(result.stdout.components(separatedBy: "\nPrecedents\n").last)
    #expect(section.components(separatedBy: "    Source: ").count - 1 == 3)
    #expect(section.contains(" — chose Monolith, "))
  }
}
