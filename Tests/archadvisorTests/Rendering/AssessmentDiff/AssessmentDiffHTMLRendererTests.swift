import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// The diff page read as XML, like the report pages (``HTMLPageChecks``): well-formed,
/// self-contained, every drawing titled, every name escaped, the same bytes for the same input;
/// and what it shows: both assessments on need × readiness with an arrow, paired bars for the
/// changed factors, the tables, and the rubric note first.
@Suite struct AssessmentDiffHTMLRendererTests {
  /// Support bot in Q1: a team of 12 on a hosted model API.
  static let q1: [String: Answer] = [
    "team_size": .number(12), "update_frequency": .choice("weekly"), "scaling": .choice("growing"),
    "resilience": .choice("medium"), "skills": .set(["containers", "networking"]),
    "infrastructure": .set(["monitoring"]), "ci_cd": .choice("automated"), "budget": .choice("moderate"),
    "stage": .choice("production"), "complexity": .choice("moderate"), "latency": .choice("sensitive"),
    "inference": .choice("hosted_api"),
  ]

  /// In Q2: a team of 30 running its own GPU model servers under bursty load.
  static var q2: [String: Answer] {
    var values = q1
    values["team_size"] = .number(30)
    values["scaling"] = .choice("spiky")
    values["skills"] = .set(["containers", "orchestration", "networking"])
    values["infrastructure"] = .set(["orchestration", "monitoring"])
    values["inference"] = .choice("self_hosted")
    return values
  }

  static func page(
    old: Answers, new: Answers, oldFile: String = "q1.json", newFile: String = "q2.json"
  ) throws -> String {
    let rubric = try PortfolioSamples.rubric()
    let scorer = Scorer(rubric: rubric)
    let diff = AssessmentDiff(
      old: AssessmentDiff.Side(answers: old, report: scorer.score(old)),
      new: AssessmentDiff.Side(answers: new, report: scorer.score(new)), rubric: RubricVersion(rubric))
    let comparison = AssessmentComparison(
      diff: diff, rubric: LoadedRubric(rubric: rubric, name: "rubrics/genai-architecture.json (embedded)"),
      old: AssessmentComparison.Source(file: oldFile, kind: .answers),
      new: AssessmentComparison.Source(file: newFile, kind: .answers))
    return AssessmentDiffHTMLRenderer().render(comparison)
  }

  /// The quarter apart, under a name with markup in it.
  static func hostile() throws -> String {
    try page(
      old: Answers(name: "<A & \"B\">", values: q1), new: Answers(name: "<A & \"B\">", values: q2),
      oldFile: "<q1>&.json")
  }

  /// OLD saved with rubric 1.0.0.
  static func acrossVersions() throws -> String {
    try page(
      old: Answers(
        name: "Support bot", values: q1, savedWith: RubricVersion(id: "genai-architecture", version: "1.0.0")),
      new: Answers(name: "Support bot", values: q2))
  }

  /// The same answers on both sides.
  static func unchanged() throws -> String {
    try page(old: Answers(name: "Support bot", values: q2), new: Answers(name: "Support bot", values: q2))
  }

  static func allPages() throws -> [(String, String)] {
    [("quarter", try hostile()), ("versions", try acrossVersions()), ("unchanged", try unchanged())]
  }

  @Test func everyPageIsWellFormedSelfContainedAndTitled() throws {
    var drawings: [Int] = []
    for (name, page) in try Self.allPages() {
      HTMLPageChecks.expectWellFormed(page, name)
      HTMLPageChecks.expectSelfContained(page, name)
      HTMLPageChecks.expectScopedHeaders(page, name)
      drawings.append(try HTMLPageChecks.expectTitledDrawings(page, name))
    }
    // Need × readiness, then need and readiness contributions; nothing changed, no bars.
    #expect(drawings == [3, 3, 1])
  }

  @Test func namesAndFilesWithMarkupAreEscaped() throws {
    let page = try Self.hostile()
    #expect(page.contains("Assessment diff for &lt;A &amp; &quot;B&quot;&gt;: Monolith → Modular monolith"))
    #expect(!page.contains("<A & \"B\">") && !page.contains("<q1>&.json"))
    let outline = XMLOutline(page)
    #expect(outline.all("h1").first?.text == "Assessment diff for <A & \"B\">: Monolith → Modular monolith")
    #expect(outline.all("code").contains { $0.text == "<q1>&.json" })
  }

  @Test func theSameInputGivesTheSameBytes() throws {
    #expect(try Self.hostile() == Self.hostile())
    #expect(try Self.acrossVersions() == Self.acrossVersions())
  }

  @Test func bothAssessmentsStandOnTheChartWithAnArrowFromOldToNew() throws {
    let page = try Self.hostile()
    let outline = XMLOutline(page)
    let circles = outline.all("circle").map { $0.attributes["class"] ?? "" }
    // OLD faded in Monolith's color (v0), NEW in Modular monolith's (v1).
    #expect(circles == ["point v0 was", "point v1"])
    let paths = outline.all("path").map { $0.attributes["class"] ?? "" }
    #expect(paths.filter { $0 == "arrow" }.count == 1 && paths.filter { $0 == "arrow-head" }.count == 1)
    let labels = outline.all("text").filter { $0.attributes["class"] == "point-label" }.map(\.text)
    #expect(labels == ["NEW", "OLD"])
    let chart = try #require(outline.all("desc").first { $0.attributes["id"] == "need-readiness-chart-desc" })
    #expect(chart.text.contains("OLD stands at need −6.6, readiness 36.7 (Monolith)"))
    #expect(chart.text.contains("NEW stands at need +17.9, readiness 55.0 (Modular monolith)"))

    // Nothing moved: the points coincide and no arrow is drawn.
    let still = XMLOutline(try Self.unchanged())
    #expect(still.all("path").allSatisfy { $0.attributes["class"] != "arrow" })
    #expect(try Self.unchanged().contains("Both stand at the same place"))
  }

  @Test func eachChangedFactorHasABarBeforeAndAfterLabelledWithItsAnswers() throws {
    let outline = XMLOutline(try Self.hostile())
    let bars = outline.all("rect").compactMap { $0.attributes["class"] }.filter { $0.hasPrefix("bar ") }
    // Five changed factors (three need, two readiness), OLD faded then NEW.
    #expect(bars.count == 10)
    #expect(bars.filter { $0.hasSuffix(" was") }.count == 5)
    let groups = outline.all("text").filter { $0.attributes["class"] == "group-label" }.map(\.text)
    #expect(groups == ["scaling", "inference", "team_size", "skills", "infrastructure"])
    let texts = outline.all("text").map(\.text)
    #expect(texts.contains("old: 12 engineers") && texts.contains("new: 30 engineers"))
    #expect(texts.contains("−3.0") && texts.contains("+3.4"))
    let need = try #require(
      outline.all("desc").first { $0.attributes["id"] == "need-contributions-chart-desc" })
    #expect(need.text.hasPrefix("scaling: Growing predictably → Spiky or uneven, contribution 0.0 → +10.9;"))
  }

  @Test func theTablesListTheAnswersTheOutcomeAndWhatAppeared() throws {
    let page = try Self.hostile()
    let outline = XMLOutline(page)
    // A row's heading is its text, or the factor id in its <code>.
    let rows = outline.elements.indices.filter {
      outline.elements[$0].name == "th" && outline.elements[$0].attributes["scope"] == "row"
    }.map { index in
      outline.elements[index].text.isEmpty
        ? outline.children(of: index).first { $0.name == "code" }?.text ?? "" : outline.elements[index].text
    }
    #expect(
      Array(rows.prefix(11)) == [
        "scaling", "inference", "team_size", "skills", "infrastructure",
        "Verdict", "Score's band", "Score", "Range", "Readiness", "Confidence",
      ])
    #expect(page.contains("<th scope=\"row\">Score</th><td>−6.6 → +17.9 (+24.5)</td>"))
    #expect(page.contains("<th scope=\"row\">Readiness</th><td>36.7 → 55.0 (+18.3)</td>"))
    let captions = outline.all("caption").map(\.text)
    #expect(captions.suffix(4) == ["Rules", "Split first", "Prerequisites", "What would change it"])
    #expect(page.contains("<th scope=\"row\">now fires</th><td><code>own-model-servers</code>: "))
    #expect(
      page.contains("<th scope=\"row\">now advised</th><td><code>model_inference</code> (Model inference): "))
    #expect(
      page.contains(
        "<th scope=\"row\">no longer</th><td>If <code>team_size</code> were <code>52</code> instead of "
          + "<code>12</code>: Modular monolith (score +2.5)</td>"))

    let unchanged = try Self.unchanged()
    #expect(unchanged.contains("<p>None of the 12 answers changed.</p>"))
    #expect(unchanged.contains("No rule, part to split first, prerequisite or flip appeared or went away."))
  }

  @Test func aSideMadeWithAnotherRubricIsSaidFirst() throws {
    let page = try Self.acrossVersions()
    let note = try #require(
      page.range(of: "OLD was made with <code>genai-architecture</code> <code>1.0.0</code>"))
    let heading = try #require(page.range(of: "</h1>"))
    let meta = try #require(page.range(of: "<p class=\"meta\">"))
    #expect(heading.upperBound < note.lowerBound && note.upperBound < meta.lowerBound)
    #expect(
      page.contains(
        "both are scored here with <code>2.0.1</code>, so what moves below comes from the answers"))
    #expect(!(try Self.hostile()).contains("was made with"))
  }
}
