import ArchAdvisorKit
import Testing

@testable import archadvisor

/// The renderers over reports the real engine makes from the embedded default rubric, so the
/// hand-built samples cannot drift from what the scorer actually produces.
@Suite struct DefaultRubricRenderingTests {
  static func rubric() throws -> Rubric {
    try RubricLoader().load(try JSONParser().parse(DefaultRubric.json), file: nil)
  }

  static let answerSets: [Answers] = [
    Answers(
      name: "small prototype",
      values: [
        "team_size": .number(3), "update_frequency": .choice("monthly"), "scaling": .choice("steady"),
        "stage": .choice("prototype"), "budget": .choice("tight"),
      ]),
    Answers(
      name: "=platform|\u{1B}[31m\n",
      values: [
        "team_size": .number(40), "update_frequency": .choice("daily"), "scaling": .choice("spiky"),
        "resilience": .choice("critical"), "skills": .set(["containers", "orchestration"]),
        "infrastructure": .set([]), "ci_cd": .choice("continuous"), "stage": .choice("production"),
        "inference": .choice("self_hosted"),
      ]),
    Answers(name: nil, values: [:]),
  ]

  @Test func everyFormatRendersEveryAnswerSet() throws {
    let rubric = try Self.rubric()
    let scorer = Scorer(rubric: rubric)
    let context = RenderContext(rubric: rubric, color: false, width: 72, date: "2026-01-02")
    for answers in Self.answerSets {
      let report = scorer.score(answers)

      let text = TextReportRenderer().render(report, context: context)
      #expect(text.hasPrefix("Recommendation"))
      #expect(text.contains(report.verdict.label))
      #expect(!text.unicodeScalars.contains("\u{1B}"))
      for line in text.split(separator: "\n").dropFirst() {
        #expect(line.unicodeScalars.count <= 72, "\(line)")
      }

      let markdown = MarkdownReportRenderer().render(report, context: context)
      let rows = MarkdownTestTable.tableRows(markdown)
      #expect(rows.count == 2 + rubric.factors.count)
      #expect(rows.allSatisfy { MarkdownTestTable.cells($0).count == 5 })

      let csv = CSVReportRenderer().render(report, context: context)
      let records = try CSVTestParser.parse(csv)
      #expect(records.count == 2)
      #expect(records[1].count == records[0].count)
      #expect(records[1][1] == report.verdict.id)

      let adr = ADRRenderer().render(report, context: context)
      #expect(adr.contains("\n## Decision Outcome\n"))
      #expect(adr.contains("Chosen option: \"" + MarkdownText.escape(report.verdict.label) + "\""))

      let json = JSONReportRenderer().jsonValue(report)
      #expect(json.objectValue?["verdict"]?.objectValue?["id"]?.stringValue == report.verdict.id)
      #expect(json.objectValue?["factors"]?.arrayValue?.count == rubric.factors.count)
    }
  }

  @Test func hostileNameIsNeutralisedInTextAndDefusedInCSV() throws {
    let rubric = try Self.rubric()
    let report = Scorer(rubric: rubric).score(Self.answerSets[1])
    let context = RenderContext(rubric: rubric)
    let text = TextReportRenderer().render(report, context: context)
    #expect(text.hasPrefix("Recommendation for =platform|\\u{1B}[31m: "))
    let records = try CSVTestParser.parse(CSVReportRenderer().render(report, context: context))
    #expect(records[1][0] == "'=platform|\u{1B}[31m\n")
  }
}
