import ArchAdvisorKit
import Testing

@testable import archadvisor

@Suite struct JSONReportRendererTests {
  let renderer = JSONReportRenderer()

  func object(_ value: JSONValue?, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONObject {
    try #require(value?.objectValue, sourceLocation: sourceLocation)
  }

  @Test func membersComeInTheContractsOrder() throws {
    let report = try object(renderer.jsonValue(RenderingSamples.report()))
    #expect(
      report.keys == [
        "schema", "name", "rubric", "verdict", "score_verdict", "score", "range", "readiness", "confidence",
        "confidence_reason", "factors", "rules", "conflicts", "caveats", "prerequisites", "split_first",
        "next_questions", "flips", "flip_search_complete", "precedents", "precedents_disagree", "robustness",
      ])
    #expect(report.duplicateKeys.isEmpty)
    let unnamed = try object(renderer.jsonValue(RenderingSamples.report(name: nil)))
    #expect(!unnamed.keys.contains("name"))
  }

  @Test func precedentsCarryTheirSourceAndSayWhenTheyDisagree() throws {
    var sample = RenderingSamples.report()
    let source = CaseSource(
      title: "Scaling up", publisher: "Example Engineering", url: "https://example.com/a")
    sample.precedents = [
      Precedent(
        caseID: "a", name: "A's move", organisation: "A", chose: "monolith", similarity: 0.8125,
        sharedFactors: 5,
        outcome: "Stayed whole.", source: source),
      Precedent(
        caseID: "b", name: "B's move", organisation: "B", chose: "monolith", similarity: 0.5,
        sharedFactors: 3,
        outcome: "Merged back.", source: CaseSource(title: "Back again", url: "https://example.com/b")),
    ]
    let report = try object(renderer.jsonValue(sample))
    let precedents = try #require(report["precedents"]?.arrayValue)
    #expect(precedents.count == 2)
    let first = try object(precedents.first)
    #expect(
      first.keys == [
        "id", "name", "organisation", "verdict", "similarity", "shared_factors", "outcome", "source",
      ])
    #expect(first["verdict"]?.stringValue == "monolith")
    #expect(first["similarity"]?.doubleValue == 0.81)
    #expect(first["shared_factors"]?.integerValue == 5)
    let firstSource = try object(first["source"])
    #expect(firstSource.keys == ["title", "url", "publisher"])
    #expect(try object(try object(precedents.last)["source"]).keys == ["title", "url"])
    // Both chose the monolith; the sample's verdict is the modular monolith.
    #expect(report["precedents_disagree"]?.boolValue == true)
    #expect(
      try object(renderer.jsonValue(RenderingSamples.report()))["precedents_disagree"]?.boolValue == false)
  }

  @Test func topLevelFields() throws {
    let report = try object(renderer.jsonValue(RenderingSamples.report()))
    #expect(report["schema"]?.stringValue == "archadvisor.report/2")
    #expect(report["name"]?.stringValue == "payments")
    let rubric = try object(report["rubric"])
    #expect(rubric.keys == ["id", "version"])
    #expect(rubric["id"]?.stringValue == "sample")
    #expect(rubric["version"]?.stringValue == "1.2.0")
    let verdict = try object(report["verdict"])
    #expect(verdict.keys == ["id", "label"])
    #expect(verdict["id"]?.stringValue == "modular_monolith")
    #expect(verdict["label"]?.stringValue == "Modular monolith")
    #expect(try object(report["score_verdict"])["id"]?.stringValue == "microservices")
    #expect(report["score"]?.doubleValue == 24.46)
    let range = try object(report["range"])
    #expect(range.keys == ["low", "high", "low_verdict", "high_verdict", "verdict_holds"])
    #expect(range["low_verdict"]?.stringValue == RenderingSamples.report().range.lowVerdict)
    #expect(range["low"]?.doubleValue == 18.5)
    #expect(range["high"]?.doubleValue == 31.25)
    #expect(range["verdict_holds"]?.boolValue == true)
    #expect(report["confidence"]?.stringValue == "medium")
    #expect(
      report["confidence_reason"]?.stringValue == "One factor is unknown and a rule capped the verdict.")
    #expect(
      report["caveats"]?.arrayValue?.compactMap(\.stringValue) == [
        "Latency was not answered; every network hop may matter."
      ])
    #expect(
      report["prerequisites"]?.arrayValue?.compactMap(\.stringValue) == [
        "Set up distributed tracing.", "Automate deployments.",
      ])
  }

  @Test func factorsInRubricOrderWithEveryKindOfAnswer() throws {
    let factors = try #require(
      renderer.jsonValue(RenderingSamples.report()).objectValue?["factors"]?.arrayValue)
    #expect(factors.count == 4)
    let team = try object(factors[0])
    #expect(team.keys == ["id", "dimension", "answer", "weight", "lean", "contribution", "reason"])
    #expect(team["id"]?.stringValue == "team_size")
    #expect(team["answer"]?.kind == .integer(25))
    #expect(team["weight"]?.kind == .integer(3))
    #expect(team["lean"]?.doubleValue == 0.8)
    #expect(team["contribution"]?.doubleValue == 26.67)
    #expect(team["reason"]?.stringValue == "Large teams step on each other in one codebase.")
    #expect(try object(factors[1])["answer"]?.stringValue == "weekly")
    #expect(try object(factors[2])["answer"]?.arrayValue?.compactMap(\.stringValue) == ["containers"])
    #expect(try object(factors[2])["contribution"]?.doubleValue == -11.11)
    let latency = try object(factors[3])
    #expect(latency["answer"]?.isNull == true)
    #expect(latency["contribution"]?.kind == .integer(0))
  }

  @Test func answersKeepTheirExactValues() {
    #expect(renderer.answer(.number(2.125)).kind == .double(2.125), "answers are copied, not rounded")
    #expect(renderer.answer(.number(-3)).kind == .integer(-3))
    #expect(renderer.answer(.set([])).kind == .array([]))
    #expect(renderer.answer(nil).kind == .null)
  }

  @Test func rulesAndFlips() throws {
    let report = try object(renderer.jsonValue(RenderingSamples.report()))
    let rules = try #require(report["rules"]?.arrayValue)
    #expect(rules.count == 2)
    let gate = try object(rules[0])
    #expect(gate.keys == ["id", "reason", "verdict_before", "verdict_after"])
    #expect(gate["verdict_before"]?.stringValue == "microservices")
    #expect(gate["verdict_after"]?.stringValue == "modular_monolith")

    let flips = try #require(report["flips"]?.arrayValue)
    #expect(flips.count == 3)
    let first = try object(flips[0])
    #expect(first.keys == ["changes", "verdict", "score", "readiness", "rule"])
    #expect(first["verdict"]?.stringValue == "microservices")
    #expect(first["score"]?.doubleValue == 33.3)
    let change = try object(first["changes"]?.arrayValue?.first)
    #expect(change.keys == ["factor", "from", "to"])
    #expect(change["factor"]?.stringValue == "skills")
    #expect(change["from"]?.arrayValue?.compactMap(\.stringValue) == ["containers"])
    #expect(change["to"]?.arrayValue?.compactMap(\.stringValue) == ["containers", "tracing"])
    let fromUnknown = try object(try object(flips[1])["changes"]?.arrayValue?.first)
    #expect(fromUnknown["from"]?.isNull == true)
    #expect(try object(flips[2])["changes"]?.arrayValue?.count == 2)
  }

  @Test func computedNumbersAreRoundedAndNeverNegativeZero() throws {
    var report = RenderingSamples.report()
    report.score = -0.001
    report.range.low = -12.345
    report.factors[0].contribution = 1.0 / 3.0
    let value = try object(renderer.jsonValue(report))
    #expect(value["score"]?.kind == .integer(0))
    #expect(try object(value["range"])["low"]?.doubleValue == -12.35)
    #expect(try object(value["factors"]?.arrayValue?.first)["contribution"]?.doubleValue == 0.33)
  }

  @Test func hostileStringsAreKeptAsTheyAreForTheWriterToEscape() throws {
    let hostile = "\u{1B}[31m\"x\"\n\u{202E}"
    let value = try object(renderer.jsonValue(RenderingSamples.hostileReport(hostile)))
    #expect(value["name"]?.stringValue == hostile)
  }

  // MARK: The rendered text, read back with the project's parser

  func parsed(_ report: Report, pretty: Bool = true) throws -> JSONObject {
    let text = JSONReportRenderer(pretty: pretty).render(
      report, context: RenderContext(rubric: RenderingSamples.rubric))
    #expect(text.hasSuffix("}\n"))
    return try object(try JSONParser().parse(text))
  }

  @Test func renderedTextParsesBackFieldByField() throws {
    let report = try parsed(RenderingSamples.report())
    #expect(
      report.keys == [
        "schema", "name", "rubric", "verdict", "score_verdict", "score", "range", "readiness", "confidence",
        "confidence_reason", "factors", "rules", "conflicts", "caveats", "prerequisites", "split_first",
        "next_questions", "flips", "flip_search_complete", "precedents", "precedents_disagree", "robustness",
      ])
    #expect(report["schema"]?.stringValue == "archadvisor.report/2")
    #expect(report["name"]?.stringValue == "payments")
    #expect(try object(report["rubric"])["version"]?.stringValue == "1.2.0")
    #expect(try object(report["verdict"])["label"]?.stringValue == "Modular monolith")
    #expect(try object(report["score_verdict"])["id"]?.stringValue == "microservices")
    #expect(report["score"]?.doubleValue == 24.46)
    #expect(try object(report["range"])["high"]?.doubleValue == 31.25)
    #expect(try object(report["range"])["verdict_holds"]?.boolValue == true)
    #expect(report["confidence"]?.stringValue == "medium")
    let factors = try #require(report["factors"]?.arrayValue)
    #expect(
      factors.map { try? object($0)["id"]?.stringValue } == [
        "team_size", "update_frequency", "skills", "latency",
      ])
    #expect(try object(factors[0])["answer"]?.integerValue == 25)
    #expect(try object(factors[1])["answer"]?.stringValue == "weekly")
    #expect(try object(factors[2])["answer"]?.arrayValue?.compactMap(\.stringValue) == ["containers"])
    #expect(try object(factors[2])["contribution"]?.doubleValue == -11.11)
    #expect(try object(factors[3])["answer"]?.isNull == true)
    #expect(try object(factors[3])["lean"]?.doubleValue == 0)
    let rules = try #require(report["rules"]?.arrayValue)
    #expect(try object(rules[0])["verdict_after"]?.stringValue == "modular_monolith")
    let flips = try #require(report["flips"]?.arrayValue)
    let change = try object(try object(flips[2])["changes"]?.arrayValue?[1])
    #expect(change["factor"]?.stringValue == "update_frequency")
    #expect(change["from"]?.stringValue == "weekly")
    #expect(change["to"]?.stringValue == "rarely")
    #expect(try object(flips[2])["score"]?.doubleValue == -40.5)
    #expect(report["caveats"]?.arrayValue?.count == 1)
    #expect(report["prerequisites"]?.arrayValue?.count == 2)
  }

  @Test func compactRenderingIsOneLine() throws {
    let text = JSONReportRenderer(pretty: false).render(
      RenderingSamples.hostileReport("line\nbreak"), context: RenderContext(rubric: RenderingSamples.rubric))
    #expect(text.split(separator: "\n").count == 1)
    _ = try parsed(RenderingSamples.report(), pretty: false)
  }

  @Test(arguments: RenderingSamples.hostileNames)
  func hostileStringsRoundTripExactlyAndNoControlByteIsWritten(hostile: String) throws {
    let text = JSONReportRenderer().render(
      RenderingSamples.hostileReport(hostile), context: RenderContext(rubric: RenderingSamples.rubric))
    // Pretty output has its own line breaks; no other control byte may appear raw.
    #expect(!text.utf8.contains { $0 < 0x20 && $0 != 0x0A })
    let report = try object(try JSONParser().parse(text))
    #expect(report["name"]?.stringValue == hostile)
    #expect(report["caveats"]?.arrayValue?.first?.stringValue == hostile)
    let factors = try #require(report["factors"]?.arrayValue)
    #expect(try object(factors[1])["answer"]?.stringValue == hostile)
  }

  @Test func theFormatListPicksThisRenderer() {
    #expect(OutputFormat.json.renderer is JSONReportRenderer)
  }
}
