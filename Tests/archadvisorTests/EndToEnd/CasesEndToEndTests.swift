import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// `archadvisor cases` and `cases show` against the built binary: the default library, filters,
/// one case whole, and every way a library can be missing or wrong.
@Suite struct CasesEndToEndTests {
  static let casesFile = CLIFixtures.repository.appendingPathComponent(
    "rubrics/genai-architecture.cases.json")
  static let fixtures = CLIFixtures.repository.appendingPathComponent(
    "Tests/ArchAdvisorKitTests/Fixtures/rubrics")

  /// The cases of the default library, as the JSON file holds them.
  static func fileCases() throws -> [JSONObject] {
    let library = try JSONParser().parse(Array(try Data(contentsOf: casesFile)))
    return try #require(library.at("cases")?.arrayValue).compactMap(\.objectValue)
  }

  /// The ids of the rows of a `cases` list (the lines between the header and the blank line).
  static func rowIDs(_ output: String) -> [String] {
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.first?.hasPrefix("ID ") == true, let end = lines.firstIndex(of: "") else { return [] }
    return lines[1..<end].compactMap { $0.split(separator: " ").first.map(String.init) }
  }

  /// Text with every run of spaces and line breaks made one space, to find wrapped sentences.
  static func flat(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  @Test func theListHoldsEveryCaseOfTheDefaultLibrary() throws {
    let result = try BinaryRunner.run(["cases"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty)
    let ids = try Self.fileCases().compactMap { $0["id"]?.stringValue }
    #expect(ids.count == 44)
    #expect(Self.rowIDs(result.stdout) == ids)
    #expect(
      Self.flat(result.stdout).contains("44 cases (13 generative-AI or model-serving systems, 8 held aside)"))
    let header = try #require(result.stdout.split(separator: "\n").first)
    #expect(header.split(separator: " ") == ["ID", "YEAR", "CHOSE", "AI", "HELD", "NAME"])
    let segment = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("segment-2018 ") })
    #expect(segment.contains("2018") && segment.contains("monolith") && segment.contains("Segment: "))
    let uber = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("uber-2024 ") })
    #expect(uber.contains(" gen-AI ") && uber.contains(" held "))
    #expect(!result.hasEscapeBytes)
  }

  @Test func aVerdictKeepsOnlyTheCasesThatChoseIt() throws {
    let result = try BinaryRunner.run(["cases", "--verdict", "microservices"])
    #expect(result.status == 0, "\(result)")
    let expected = try Self.fileCases().filter { $0["chose"]?.stringValue == "microservices" }
      .compactMap { $0["id"]?.stringValue }
    #expect(!expected.isEmpty)
    #expect(Self.rowIDs(result.stdout) == expected)
    #expect(Self.flat(result.stdout).contains("\(expected.count) of 44 cases chose microservices"))
  }

  @Test func genAIKeepsOnlyGenerativeAIAndModelServingSystems() throws {
    let result = try BinaryRunner.run(["cases", "--genai"])
    #expect(result.status == 0, "\(result)")
    let expected = try Self.fileCases().filter { $0["kind"]?.stringValue != "general" }
      .compactMap { $0["id"]?.stringValue }
    #expect(expected.count == 13)
    #expect(Self.rowIDs(result.stdout) == expected)
    #expect(Self.flat(result.stdout).contains("13 of 44 cases are generative-AI or model-serving systems"))
    let both = try BinaryRunner.run(["cases", "--genai", "--verdict", "monolith", "--format", "json"])
    let cases = try #require(try JSONParser().parse(both.stdout).at("cases")?.arrayValue)
    #expect(!cases.isEmpty)
    #expect(
      cases.allSatisfy {
        $0.at("chose")?.stringValue == "monolith" && $0.at("generative_ai")?.boolValue == true
      })
  }

  @Test func anUnknownVerdictIsAUsageErrorWithTheNearest() throws {
    let result = try BinaryRunner.run(["cases", "--verdict", "microservice"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "error: invalid value \"microservice\" for --verdict (did you mean \"microservices\"?); expected a "
        + "verdict of rubric genai-architecture: monolith, modular_monolith, microservices\n")
  }

  @Test func theListAsJSON() throws {
    let result = try BinaryRunner.run(["cases", "--format", "json"])
    #expect(result.status == 0, "\(result)")
    let list = try JSONParser().parse(result.stdout)
    #expect(list.at("schema")?.stringValue == "archadvisor.case-list/1")
    #expect(list.at("total")?.integerValue == 44)
    #expect(list.at("count")?.integerValue == 44)
    let file = try Self.fileCases()
    let cases = try #require(list.at("cases")?.arrayValue)
    #expect(cases.map { $0.at("id")?.stringValue } == file.map { $0["id"]?.stringValue })
    #expect(
      cases.map { $0.at("source", "url")?.stringValue } == file.map { $0["source"]?.at("url")?.stringValue })
    #expect(list.at("filter", "verdict")?.isNull == true)
  }

  @Test func oneCaseWholeWithItsSourceAndEveryNote() throws {
    let file = try Self.fileCases()
    for id in ["segment-2018", "airbnb-bighead-2018", "uber-2024"] {
      let result = try BinaryRunner.run(["cases", "show", id])
      #expect(result.status == 0, "\(result)")
      #expect(result.stderr.isEmpty)
      let source = try #require(file.first { $0["id"]?.stringValue == id })
      let lines = result.stdout.split(separator: "\n").map(String.init)
      // The address whole, on a line of its own, however narrow the wrap.
      let url = try #require(source["source"]?.at("url")?.stringValue)
      #expect(lines.contains("  " + url), "\(id)")
      let text = Self.flat(result.stdout)
      for member in try #require(source["notes"]?.objectValue).members {
        let note = try #require(member.value.stringValue)
        #expect(text.contains(Self.flat(note)), "\(id): \(member.key)")
      }
      let answers = try #require(source["answers"]?.objectValue)
      for factor in try LoadedRubric.embedded().rubric.factors where answers[factor.id] == nil {
        #expect(text.contains(factor.id + ": unknown"), "\(id): \(factor.id)")
      }
      #expect(text.contains(Self.flat(try #require(source["outcome"]?.stringValue))))
      #expect(text.contains("How rubric genai-architecture 2.0.1 scores it now"))
      #expect(!result.hasEscapeBytes)
    }
    let segment = try BinaryRunner.run(["cases", "show", "segment-2018"]).stdout
    #expect(Self.flat(segment).contains("Monolith (score −3.0): agrees with what Segment chose."))
    #expect(Self.flat(segment).contains("Held aside no: one of the cases the rubric was tuned on"))
  }

  @Test func oneCaseAsJSON() throws {
    let result = try BinaryRunner.run(["cases", "show", "airbnb-bighead-2018", "--format", "json"])
    #expect(result.status == 0, "\(result)")
    let detail = try JSONParser().parse(result.stdout)
    #expect(detail.at("schema")?.stringValue == "archadvisor.case/1")
    #expect(detail.at("case", "id")?.stringValue == "airbnb-bighead-2018")
    let answers = try #require(detail.at("case", "answers")?.arrayValue)
    #expect(answers.count == 12)
    #expect(answers.first?.at("factor")?.stringValue == "team_size")
    #expect(answers.first?.at("answer")?.isNull == true)
    let inference = try #require(answers.first { $0.at("factor")?.stringValue == "inference" })
    #expect(inference.at("answer")?.stringValue == "self_hosted")
    #expect(inference.at("note")?.stringValue?.contains("online inference service") == true)
    #expect(detail.at("scored", "verdict")?.stringValue == "modular_monolith")
    #expect(detail.at("scored", "score_verdict")?.stringValue == "microservices")
    #expect(detail.at("scored", "agrees")?.boolValue == false)
    #expect(detail.at("scored", "deciding_rules", 0)?.stringValue == "not-ready-to-split")
    #expect(detail.at("scored", "edge", "at")?.doubleValue == 12.5)
  }

  @Test func anUnknownIDIsAUsageErrorWithTheNearest() throws {
    let typo = try BinaryRunner.run(["cases", "show", "segmnt-2018"])
    #expect(typo.status == 64)
    #expect(typo.stdout.isEmpty)
    #expect(
      typo.stderr
        == "error: unknown case \"segmnt-2018\" (did you mean \"segment-2018\"?); 'archadvisor cases' lists the ids\n"
    )
    let yearLeftOff = try BinaryRunner.run(["cases", "show", "segment"])
    #expect(yearLeftOff.status == 64)
    #expect(yearLeftOff.stderr.contains("(did you mean \"segment-2018\"?)"))
    let nothingNear = try BinaryRunner.run(["cases", "show", "zzzz"])
    #expect(nothingNear.status == 64)
    #expect(!nothingNear.stderr.contains("did you mean"))
  }

  @Test func aCustomRubricsLibraryIsTheOneBesideIt() throws {
    let rubric = Self.fixtures.appendingPathComponent("v2-valid.json").path
    let list = try BinaryRunner.run(["cases", "--rubric", rubric])
    #expect(list.status == 0, "\(list)")
    #expect(Self.rowIDs(list.stdout) == ["acme-2020", "tiny-2021"])
    let show = try BinaryRunner.run(["cases", "show", "tiny-2021", "--rubric", rubric])
    #expect(show.status == 0, "\(show)")
    #expect(show.stdout.contains("  https://example.org/tiny\n"))
    #expect(show.stdout.contains("How rubric v2-test "))
    let unknown = try BinaryRunner.run(["cases", "show", "acme", "--rubric", rubric])
    #expect(unknown.stderr.contains("'archadvisor cases --rubric \(rubric)' lists the ids"), "\(unknown)")
  }

  @Test func aRubricWithoutALibraryListsNothingAndSaysSo() throws {
    let rubric = Self.fixtures.appendingPathComponent("valid-minimal.json").path
    let list = try BinaryRunner.run(["cases", "--rubric", rubric])
    #expect(list.status == 0, "\(list)")
    #expect(list.stdout.hasPrefix("rubric minimal-test 1.0.0 has no case library"))
    let json = try BinaryRunner.run(["cases", "--rubric", rubric, "--format", "json"])
    #expect(try JSONParser().parse(json.stdout).at("library")?.isNull == true)
    let show = try BinaryRunner.run(["cases", "show", "x", "--rubric", rubric])
    #expect(show.status == 64)
    #expect(show.stderr.contains("has no case library"))
  }

  @Test func aLibraryMissingUnreadableOrBrokenStopsWithItsStatus() throws {
    let folder = try CLIFixtures.scratchFolder()
    let copied = folder.appendingPathComponent("genai-architecture.json")
    try Data(contentsOf: CLIFixtures.repository.appendingPathComponent("rubrics/genai-architecture.json"))
      .write(to: copied)
    let missing = try BinaryRunner.run(["cases", "--rubric", copied.path])
    #expect(missing.status == 66)
    #expect(
      missing.stderr.contains("cannot read the case library \(folder.path)/genai-architecture.cases.json"))
    let fromStandardInput = try BinaryRunner.run(
      ["cases", "--rubric", "-"], input: try String(contentsOf: copied, encoding: .utf8))
    #expect(fromStandardInput.status == 66)
    #expect(fromStandardInput.stderr.contains("standard input has no folder"))
    let broken = try BinaryRunner.run([
      "cases", "show", "x", "--rubric", Self.fixtures.appendingPathComponent("v2-broken-cases.json").path,
    ])
    #expect(broken.status == 65)
    #expect(broken.stderr.contains("cases-broken.json:13:16: cases[0].chose: unknown verdict"))
    #expect(broken.stdout.isEmpty)
  }

  @Test func textFromTheLibraryCannotReachTheTerminalAsControls() throws {
    let folder = try CLIFixtures.scratchFolder()
    try Data(contentsOf: Self.fixtures.appendingPathComponent("v2-valid.json"))
      .write(to: folder.appendingPathComponent("v2-valid.json"))
    var cases = try String(
      contentsOf: Self.fixtures.appendingPathComponent("v2-valid.cases.json"), encoding: .utf8)
    cases = cases.replacingOccurrences(of: "Tiny: a team", with: "Tiny:\\u001b[31m a\\u202e team")
    cases = cases.replacingOccurrences(of: "\"three of us\"", with: "\"three\\u0007 of us\\nreally\"")
    try cases.write(
      to: folder.appendingPathComponent("v2-valid.cases.json"), atomically: true, encoding: .utf8)
    let rubric = folder.appendingPathComponent("v2-valid.json").path
    for arguments in [["cases"], ["cases", "show", "tiny-2021"]] {
      let result = try BinaryRunner.run(arguments + ["--rubric", rubric])
      #expect(result.status == 0, "\(result)")
      #expect(!result.hasEscapeBytes)
      #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{7}" })
      #expect(result.stdout.contains("\\u{1B}[31m"))
    }
    let json = try BinaryRunner.run(["cases", "show", "tiny-2021", "--rubric", rubric, "--format", "json"])
    #expect(
      try JSONParser().parse(json.stdout).at("case", "name")?.stringValue
        == "Tiny:\u{1B}[31m a\u{202E} team of three kept one deployable")
  }
}
