import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// The HTML pages read as XML: well-formed, self-contained (no script, nothing fetched), every
/// drawing titled and described, every name escaped, the same bytes for the same input.
@Suite struct HTMLReportRendererTests {
  static func singlePages() throws -> [String] {
    let rubric = try PortfolioSamples.rubric()
    let context = RenderContext(rubric: rubric, width: 80)
    return PortfolioSamples.reports(rubric).map { HTMLReportRenderer().render($0, context: context) }
  }

  static func portfolioPage() throws -> String {
    let rubric = try PortfolioSamples.rubric()
    let error = BatchRecordError(
      record: 5, line: 5, file: "<b>&.jsonl", message: "5:1: not valid JSON: \"<script>\"", name: nil)
    return PortfolioSamples.batch(
      BatchHTMLRenderer(rubric: rubric, showsRobustness: true), rubric: rubric,
      reports: PortfolioSamples.reports(rubric), errors: [error])
  }

  static func allPages() throws -> [(String, String)] {
    try singlePages().enumerated().map { ("report \($0.offset + 1)", $0.element) } + [
      ("portfolio", portfolioPage())
    ]
  }

  @Test func everyPageParsesAsXMLAndStartsAsHTML() throws {
    for (name, page) in try Self.allPages() { HTMLPageChecks.expectWellFormed(page, name) }
  }

  @Test func nothingRunsAndNothingIsFetched() throws {
    for (name, page) in try Self.allPages() { HTMLPageChecks.expectSelfContained(page, name) }
  }

  @Test func everyDrawingHasATitleAndADescriptionItIsLabelledBy() throws {
    var drawings = 0
    for (name, page) in try Self.allPages() {
      drawings += try HTMLPageChecks.expectTitledDrawings(page, name)
    }
    // Two per report (need × readiness, contributions), one on the portfolio page.
    #expect(drawings == 4 * 2 + 1)
  }

  @Test func tablesHaveScopedHeaders() throws {
    for (name, page) in try Self.allPages() { HTMLPageChecks.expectScopedHeaders(page, name) }
  }

  @Test func namesWithMarkupAreEscaped() throws {
    let pages = try Self.singlePages()
    let hostile = pages[3]
    #expect(hostile.contains("Recommendation for &lt;A &amp; &quot;B&quot;&gt;"))
    #expect(!hostile.contains("<A & \"B\">"))
    #expect(XMLOutline(hostile).all("h1").first?.text.hasPrefix("Recommendation for <A & \"B\">") == true)
    let portfolio = try Self.portfolioPage()
    #expect(portfolio.contains("&lt;A &amp; &quot;B&quot;&gt;"))
    #expect(!portfolio.contains("<A & \"B\">") && !portfolio.contains("<b>&.jsonl"))
    #expect(XMLOutline(portfolio).all("th").contains { $0.text == "<A & \"B\">" })
  }

  @Test func theSameInputGivesTheSameBytes() throws {
    #expect(try Self.singlePages() == Self.singlePages())
    #expect(try Self.portfolioPage() == Self.portfolioPage())
    let rubric = try PortfolioSamples.rubric()
    let report = PortfolioSamples.reports(rubric)[0]
    let undated = HTMLReportRenderer().render(report, context: RenderContext(rubric: rubric))
    #expect(!undated.contains("assessed"))
    let dated = HTMLReportRenderer().render(
      report, context: RenderContext(rubric: rubric, date: "2026-03-31"))
    #expect(dated.contains("assessed 2026-03-31"))
  }

  @Test func theReportShowsItsSectionsAndItsPrecedentsLinks() throws {
    let rubric = try PortfolioSamples.rubric()
    var report = PortfolioSamples.reports(rubric)[1]
    let finder = try PrecedentFinder(
      rubric: rubric, library: CaseLibraryLoader(rubric: rubric).load(DefaultCaseLibrary.bytes, file: nil))
    finder.cite(in: &report, limit: 3)
    let page = HTMLReportRenderer().render(report, context: RenderContext(rubric: rubric))
    let outline = XMLOutline(page)
    let headings = outline.all("h2").map(\.text)
    for heading in [
      "Need and readiness", "Why", "What would change it", "Split first", "Prerequisites", "Precedents",
      "Robustness", "The answers",
    ] {
      #expect(headings.contains(heading), "\(heading)")
    }
    let links = outline.all("a")
    #expect(links.count == 3)
    #expect(links.allSatisfy { ($0.attributes["href"] ?? "").hasPrefix("http") })
    // The checklist, one box per prerequisite, and a bar per answered need factor.
    #expect(page.components(separatedBy: "class=\"box-mark\"").count - 1 == report.prerequisites.count)
    let bars = page.components(separatedBy: "class=\"bar ").count - 1
    #expect(bars == report.factors.filter { $0.dimension == .need && $0.answer != nil }.count)
  }

  @Test func thePortfolioSortsByVerdictAndCountsEach() throws {
    let page = try Self.portfolioPage()
    let outline = XMLOutline(page)
    // The projects table: sorted by verdict (rubric order), then by need score.
    let table = try #require(
      outline.elements.firstIndex { $0.name == "caption" && $0.text.hasPrefix("Every project") })
    let tableIndex = try #require(outline.elements[table].parent)
    let rows = outline.elements.indices.filter { index in
      outline.elements[index].name == "th" && outline.elements[index].attributes["scope"] == "row"
        && isInside(index, tableIndex, outline)
    }.map { outline.elements[$0].text }
    #expect(rows == ["prototype", "gpu-team", "<A & \"B\">", "platform"])
    #expect(page.contains("Monolith</th><td class=\"num\">1</td>"))
    // The hostile one is microservices: its readiness is unknown, so no readiness rule holds it back.
    #expect(page.contains("Modular monolith</th><td class=\"num\">1</td>"))
    #expect(page.contains("Microservices</th><td class=\"num\">2</td>"))
    // Every project numbered on the chart: the table is the key.
    for record in 1...4 {
      #expect(
        outline.all("text").contains { $0.attributes["class"] == "number" && $0.text == String(record) })
    }
    #expect(outline.all("h2").map(\.text).contains("Rejected records"))
  }

  private func isInside(_ index: Int, _ ancestor: Int, _ outline: XMLOutline) -> Bool {
    var current = outline.elements[index].parent
    while let parent = current {
      if parent == ancestor { return true }
      current = outline.elements[parent].parent
    }
    return false
  }
}
