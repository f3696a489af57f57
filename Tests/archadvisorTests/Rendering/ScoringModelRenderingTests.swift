import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// What the scoring model v2 adds to a report, in every format a person reads: readiness, what
/// to split first, what to answer next, rule conflicts, and a flip search cut short — with text
/// from input escaped the way each format escapes.
@Suite struct ScoringModelRenderingTests {
  static let context = RenderContext(rubric: RenderingSamples.rubric, width: 100, date: "2026-12-01")

  /// The sample report with every v2 part filled, names and reasons carrying markup and escapes.
  static func report() -> Report {
    var report = RenderingSamples.report()
    report.readiness = Readiness(score: 36.7, low: 20, high: 80)
    report.splitFirst = [
      SplitFirst(
        component: "model_inference", label: "Model | inference", reason: "GPUs *burst*\u{1B}[31m.", rule: "r"
      )
    ]
    report.nextQuestions = ["latency"]
    report.conflicts = [
      RuleConflict(rule: "force", scoreVerdict: "monolith", verdict: "microservices", bands: 2)
    ]
    return report
  }

  static func render(_ format: OutputFormat, _ report: Report = report()) -> String {
    format.renderer.render(report, context: context)
  }

  @Test func textShowsEachPartEscaped() {
    let text = Self.render(.text)
    #expect(text.replacing("\n  ", with: " ").contains("readiness 36.7, confidence medium)"))
    #expect(text.contains("Readiness 36.7 of 100 (20.0 … 80.0 with the rest of readiness answered)."))
    #expect(text.contains("\nSplit first\n  - Model | inference: GPUs *burst*\\u{1B}[31m.\n"))
    #expect(text.contains("\nAnswer next\n  - latency: "))
    #expect(text.contains("Rule force moved the verdict 2 bands from the score's (Monolith → Microservices)"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test func markdownShowsEachPartEscaped() {
    let markdown = Self.render(.markdown)
    #expect(markdown.contains("· **readiness 36.7** ·"))
    #expect(markdown.contains("## Split first\n\n- **Model \\| inference**: GPUs \\*burst\\*"))
    #expect(markdown.contains("## Answer next\n\n- `latency`: "))
    #expect(markdown.contains("Rule `force` moved the verdict 2 bands"))
    #expect(!markdown.contains("\u{1B}"))
  }

  @Test func adrShowsEachPartEscaped() {
    let adr = Self.render(.adr)
    #expect(adr.contains("Split first, whatever the whole:\n\n* Model \\| inference: GPUs \\*burst\\*"))
    #expect(adr.contains("Before accepting, answer:\n\n* `latency`: "))
    #expect(adr.contains("Readiness 36.7 of 100"))
    #expect(!adr.contains("\u{1B}"))
  }

  @Test func jsonCarriesEachPart() throws {
    let json = try JSONParser().parse(Array(Self.render(.json).utf8))
    #expect(json.at("readiness", "score")?.doubleValue == 36.7)
    #expect(json.at("readiness", "range", "high")?.doubleValue == 80)
    #expect(json.at("split_first", 0, "label")?.stringValue == "Model | inference")
    #expect(json.at("split_first", 0, "reason")?.stringValue == "GPUs *burst*\u{1B}[31m.")
    #expect(json.at("next_questions", 0)?.stringValue == "latency")
    #expect(json.at("conflicts", 0, "bands")?.integerValue == 2)
    #expect(json.at("flip_search_complete")?.boolValue == true)
  }

  /// A search cut short never claims that no pair flips the verdict, in any format.
  @Test(arguments: [OutputFormat.text, .markdown, .adr])
  func aFlipSearchCutShortSaysSo(format: OutputFormat) {
    var report = Self.report()
    report.flips = []
    report.flipSearchComplete = false
    let text = Self.render(format, report)
    #expect(!text.contains("No change of one or two answers gives another verdict."), "\(format)")
    #expect(text.contains("the search for pairs stopped at its limit"), "\(format)")
    report.flipSearchComplete = true
    #expect(!Self.render(format, report).contains("stopped at its limit"), "\(format)")
  }

  @Test func readinessFactorsStayOutOfTheNeedTable() {
    var report = Self.report()
    report.factors[2].dimension = .readiness
    report.factors[2].contribution = 50
    let markdown = Self.render(.markdown, report)
    let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| `") }
    #expect(rows.last { $0.contains("readiness 50.0") } != nil, "\(rows)")
    // The need factors come first, by strength; the readiness row after them.
    let readinessRow = rows.firstIndex { $0.contains("readiness 50.0") } ?? 0
    let needRows = rows.indices.filter { rows[$0].contains(" +") || rows[$0].contains(" −") }
    #expect(needRows.allSatisfy { $0 < readinessRow }, "\(rows)")
  }

  /// The agreement `rubric check` prints: figures, the confusion table, each miss, the cases nearest an edge.
  @Test func theCaseAgreementReadsAsATable() {
    let table = CaseAgreement.Table(verdictIDs: ["monolith", "microservices"], counts: [[3, 1], [0, 2]])
    let held = CaseAgreement.Table(verdictIDs: ["monolith", "microservices"], counts: [[1, 0], [0, 1]])
    let tuning = CaseAgreement.Table(verdictIDs: ["monolith", "microservices"], counts: [[2, 1], [0, 1]])
    let agreement = CaseAgreement(
      all: table, tuning: tuning, heldAside: held,
      misses: [
        CaseAgreement.Miss(
          caseID: "acme-2020", name: "Acme", chose: "monolith", verdict: "microservices", score: 20.5,
          readiness: 40, heldAside: false, rules: ["gate"])
      ],
      scored: [
        CaseAgreement.Scored(
          caseID: "acme-2020", verdict: "microservices", score: 20.5,
          edge: BandEdge(value: 20, neighbour: "modular_monolith", distance: 0.5))
      ])
    let text = CaseAgreementText.render(
      agreement, library: CaseLibrary(rubricID: "x", holdoutRule: "", cases: []), name: "lib.json")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      lines[0]
        == "lib.json: 6 cases; the rubric agrees with 5 of 6, 83% (tuning 3 of 4, 75%, held aside 2 of 2, 100%)"
    )
    #expect(lines[1].hasPrefix("  chose ↓ rubric →") && lines[1].hasSuffix("monolith microservices"))
    #expect(lines[2].hasPrefix("  monolith") && lines[2].hasSuffix("       3             1"))
    #expect(
      lines[4]
        == "  miss: acme-2020 chose monolith, the rubric says microservices (score +20.5, readiness 40.0, by rule gate)"
    )
    #expect(lines[5] == "  1 of 1 case lies within 5 points of a band edge; the 1 closest:")
    #expect(lines[6] == "    acme-2020   +20.5  0.5 above +20.0, the edge with modular_monolith")
  }
}
