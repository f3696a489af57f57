import ArchAdvisorKit
import Testing

@testable import archadvisor

/// The verdict of the score is the band of the score as shown, in every format: at each edge of
/// the default rubric, a score just under it (shown under it), one that rounds up onto it, and
/// one exactly on it.
@Suite struct BandEdgeRenderingTests {
  static let rubric = (try? LoadedRubric.embedded().rubric)!

  /// The default rubric's verdict bands with one need factor whose single option leans
  /// `score / 100`: the raw score is exactly `score` (up to the last bit of a double).
  static func report(rawScore: Double) -> Report {
    let factor = Factor(
      id: "probe", question: "Probe?", help: "A probe.",
      kind: .choice([ChoiceOption(id: "x", label: "X", lean: rawScore / 100, reason: "The probe.")]),
      weight: 1)
    let probe = Rubric(
      id: "probe", version: "1", title: "Probe", factors: [factor], verdicts: rubric.verdicts,
      schemaVersion: 2)
    return Scorer(rubric: probe).score(Answers(values: ["probe": .choice("x")]))
  }

  static var edges: [Double] { rubric.verdicts.dropFirst().compactMap(\.band.atLeast) }

  @Test func theDefaultRubricHasTheEdgesTheREADMEStates() {
    #expect(Self.edges == [2.5, 12.5])
  }

  @Test(arguments: [-0.06, -0.04, 0])
  func everyFormatPutsTheScoreAsShownInTheSameBand(offset: Double) throws {
    for edge in Self.edges {
      let report = Self.report(rawScore: edge + offset)
      let shown = ShownScore.rounded(edge + offset)
      #expect(report.score == shown)
      // −0.06 shows one tenth under the edge: the band below; −0.04 shows the edge itself.
      let expected = Self.rubric.verdict(forScore: shown).id
      #expect(report.scoreVerdict.id == expected, "edge \(edge) offset \(offset)")
      #expect((offset < -0.05) == (expected != Self.rubric.verdict(forScore: edge).id))

      let context = RenderContext(rubric: Self.rubric, date: "2026-12-01")
      let label = Self.rubric.verdict(expected)?.label ?? "?"
      let text = TextReportRenderer().render(report, context: context)
      #expect(
        text.hasPrefix("Recommendation: " + label + " (score " + NumberText.signed(shown) + ","),
        "\(text.prefix(120))")
      let json = try JSONParser().parse(Array(JSONReportRenderer().render(report, context: context).utf8))
      #expect(json.at("score")?.doubleValue == shown)
      #expect(json.at("score_verdict", "id")?.stringValue == expected)
      let csv = try CSVTestParser.parse(CSVReportRenderer().render(report, context: context))
      #expect(Double(csv[1][2]) == shown)
      #expect(csv[1][1] == expected)
      let markdown = MarkdownReportRenderer().render(report, context: context)
      #expect(markdown.hasPrefix("# Recommendation: " + label + "\n"))
      #expect(markdown.contains("**Score " + NumberText.signed(shown) + "**"), "\(markdown.prefix(300))")
      let adr = ADRRenderer().render(report, context: context)
      #expect(
        adr.contains("\n# Use " + ADRRenderer.phrase(label) + " for this system\n"), "\(adr.prefix(200))")
      #expect(adr.contains("The score is " + NumberText.signed(shown) + " on a scale"))
    }
  }
}
