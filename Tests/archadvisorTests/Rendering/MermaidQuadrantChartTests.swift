import ArchAdvisorKit
import Testing

@testable import archadvisor

/// The Mermaid need × readiness chart: golden blocks for one report and a portfolio, and what
/// Mermaid's grammar allows in labels and coordinates.
@Suite struct MermaidQuadrantChartTests {
  /// The ```` ```mermaid ```` block of a Markdown page, fence to fence.
  static func mermaidBlock(_ markdown: String) -> String? {
    guard let start = markdown.range(of: "```mermaid\n") else { return nil }
    guard let end = markdown.range(of: "\n```\n", range: start.upperBound..<markdown.endIndex) else {
      return nil
    }
    return String(markdown[start.lowerBound..<end.upperBound])
  }

  @Test func oneReportMatchesTheGoldenFile() throws {
    let rubric = try PortfolioSamples.rubric()
    let reports = PortfolioSamples.reports(rubric)
    let context = RenderContext(rubric: rubric)
    let blocks = reports.compactMap {
      Self.mermaidBlock(MarkdownReportRenderer().render($0, context: context))
    }
    #expect(blocks.count == reports.count)
    try Golden.check(blocks.joined(separator: "\n"), "quadrant.md")
  }

  @Test func aPortfolioMatchesTheGoldenFile() throws {
    let rubric = try PortfolioSamples.rubric()
    let text = PortfolioSamples.batch(
      BatchMarkdownRenderer(rubric: rubric), rubric: rubric, reports: PortfolioSamples.reports(rubric))
    let block = try #require(Self.mermaidBlock(text))
    try Golden.check(block, "portfolio-quadrant.md")
    #expect(text.contains("labelled with its record number"))
  }

  @Test func aPortfolioChartStopsAtItsLimitAndSaysSo() throws {
    let rubric = try PortfolioSamples.rubric()
    let report = PortfolioSamples.reports(rubric)[0]
    let reports = Array(repeating: report, count: BatchMarkdownRenderer.chartLimit + 5)
    let text = PortfolioSamples.batch(BatchMarkdownRenderer(rubric: rubric), rubric: rubric, reports: reports)
    let block = try #require(Self.mermaidBlock(text))
    #expect(
      block.split(separator: "\n").filter { $0.contains(": [") }.count == BatchMarkdownRenderer.chartLimit)
    #expect(text.contains("The chart shows the first 100 of the 105 projects."))
  }

  @Test func aRubricWithoutReadinessDrawsNoChart() {
    let text = MarkdownReportRenderer().render(
      RenderingSamples.report(), context: RenderContext(rubric: RenderingSamples.rubric))
    #expect(!text.contains("```mermaid"))
  }

  @Test(arguments: [
    ("support-bot", "support-bot"), ("<A & \"B\">", "A B"), ("x-axis", "Project x-axis"),
    ("a --> b", "a b"), ("a-b--c", "a-b-c"), ("]: [0.5, 0.5]", "0 5 0 5"), ("  ", "Project"),
    ("Zoë's café", "Zo s caf"),
    ("title", "Project title"), ("---", "Project"),
  ])
  func labelsKeepOnlyWhatTheGrammarReads(_ input: String, _ expected: String) {
    #expect(MermaidQuadrantChart.label(input, fallback: "Project") == expected)
  }

  @Test func coordinatesAreZeroPointDigitsOrOne() {
    #expect(MermaidQuadrantChart.coordinate(0) == "0.00")
    #expect(MermaidQuadrantChart.coordinate(0.456) == "0.46")
    #expect(MermaidQuadrantChart.coordinate(0.999) == "1")
    #expect(MermaidQuadrantChart.coordinate(1.7) == "1")
    #expect(MermaidQuadrantChart.coordinate(-0.2) == "0.00")
  }

  @Test func theSplitsSitWhereTheVerdictsChange() throws {
    let chart = MermaidQuadrantChart(rubric: try PortfolioSamples.rubric())
    #expect(chart.needSplit == 12.5)
    #expect(chart.readinessSplit == 60)
    #expect(chart.x(-100) == 0 && chart.x(12.5) == 0.5 && chart.x(100) == 1)
    #expect(chart.y(0) == 0 && chart.y(60) == 0.5 && chart.y(100) == 1)
  }
}
