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

  // MARK: In a batch, the nearest precedent per project

  static let batchInput =
    #"{"name": "prototype", "answers": {"team_size": 3, "inference": "hosted_api", "stage": "prototype"}}"#
    + "\n"
    + #"{"name": "platform", "answers": {"team_size": 200, "update_frequency": "daily", "scaling": "spiky"}}"#
    + "\n"

  @Test func aBatchNamesEachProjectsNearestPrecedentAsRecommendDoes() throws {
    let csv = try BinaryRunner.run(["batch", "--format", "csv", "--precedents"], input: Self.batchInput)
    #expect(csv.status == 0, "\(csv)")
    let rows = try CSVTestParser.parse(csv.stdout)
    let header = try #require(rows.first)
    let column = try #require(header.firstIndex(of: "precedent"))
    #expect(header[column + 1] == "precedent_verdict")
    let single = try report(["--team-size", "200", "--update-frequency", "daily", "--scaling", "spiky"]).0
    let nearest = try #require(single["precedents"]?.arrayValue?.first?.objectValue)
    #expect(rows[2][column] == nearest["id"]?.stringValue)
    #expect(rows[2][column + 1] == nearest["verdict"]?.stringValue)
    #expect(!rows[1][column].isEmpty)

    let json = try BinaryRunner.run(["batch", "--format", "json", "--precedents"], input: Self.batchInput)
    let reports = try #require(try JSONParser().parse(json.stdout).objectValue?["reports"]?.arrayValue)
    #expect(reports.count == 2)
    #expect(reports.allSatisfy { $0.objectValue?["precedents"]?.arrayValue?.count == 1 })
  }

  @Test func theTextTableShowsThePrecedentColumnOnlyWhereItFits() throws {
    let wide = try BinaryRunner.run(
      ["batch", "--precedents"], input: Self.batchInput, environment: ["COLUMNS": "120"])
    #expect(wide.stdout.split(separator: "\n").first?.hasSuffix("PRECEDENT") == true, "\(wide)")
    let narrow = try BinaryRunner.run(
      ["batch", "--precedents"], input: Self.batchInput, environment: ["COLUMNS": "80"])
    #expect(narrow.stdout.split(separator: "\n").first?.hasSuffix("TOP DRIVER") == true, "\(narrow)")
    for (output, width) in [(wide, 120), (narrow, 80)] {
      #expect(output.stdout.split(separator: "\n").allSatisfy { TerminalCells.width(String($0)) <= width })
    }
  }

  @Test func withoutPrecedentsTheColumnsStayInPlaceButEmpty() throws {
    let csv = try BinaryRunner.run(["batch", "--format", "csv"], input: Self.batchInput)
    #expect(csv.status == 0, "\(csv)")
    let rows = try CSVTestParser.parse(csv.stdout)
    let column = try #require(rows.first?.firstIndex(of: "precedent"))
    #expect(rows.dropFirst().allSatisfy { $0[column].isEmpty && $0[column + 1].isEmpty })
    let json = try BinaryRunner.run(["batch", "--format", "json"], input: Self.batchInput)
    let reports = try #require(try JSONParser().parse(json.stdout).objectValue?["reports"]?.arrayValue)
    #expect(reports.allSatisfy { $0.objectValue?["precedents"]?.arrayValue?.isEmpty == true })
    let text = try BinaryRunner.run(["batch"], input: Self.batchInput, environment: ["COLUMNS": "120"])
    #expect(text.stdout.split(separator: "\n").first?.hasSuffix("TOP DRIVER") == true, "\(text)")
    let valued = try BinaryRunner.run(["batch", "--precedents=yes"], input: Self.batchInput)
    #expect(valued.status == 64)
    #expect(valued.stderr.contains("--precedents"))
  }
}
