import ArchAdvisorKit
import Testing

@testable import archadvisor

@Suite struct MarkdownReportRendererTests {
  let context = RenderContext(rubric: RenderingSamples.rubric, color: true, width: 20, date: "2026-01-02")

  func render(_ report: Report = RenderingSamples.report()) -> String {
    MarkdownReportRenderer().render(report, context: context)
  }

  @Test func matchesTheGoldenFile() throws {
    try Golden.check(render(), "sample.md")
  }

  @Test func headingAndSummaryLineComeFirst() {
    let lines = render().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "# Recommendation for payments: Modular monolith")
    #expect(lines[1] == "")
    #expect(
      lines[2] == "**Score +24.5** (range +18.5 … +31.3) · **confidence medium** · rubric `sample` 1.2.0")
  }

  @Test func factorTableListsEveryFactorStrongestFirst() {
    let rows = MarkdownTestTable.tableRows(render())
    #expect(rows.count == 2 + 4)
    #expect(MarkdownTestTable.cells(rows[0]) == ["Factor", "Answer", "Weight", "Contribution", "Reason"])
    #expect(
      MarkdownTestTable.cells(rows[2]) == [
        "`team_size`", "`25`", "3", "+26.7", "Large teams step on each other in one codebase.",
      ])
    #expect(MarkdownTestTable.cells(rows[4])[0...3] == ["`skills`", "`containers`", "2", "\u{2212}11.1"])
    #expect(MarkdownTestTable.cells(rows[5])[0...3] == ["`latency`", "*unknown*", "1", ""])
  }

  @Test func checklistFlipsAndCaveats() {
    let text = render()
    #expect(
      text.contains("## Prerequisites\n\n- [ ] Set up distributed tracing.\n- [ ] Automate deployments.\n"))
    #expect(
      text.contains(
        "- If `skills` were `containers, tracing` instead of `containers`: Microservices (score +33.3)"))
    #expect(text.contains("## Caveats\n\n- Latency was not answered; every network hop may matter."))
    #expect(text.contains("- `skills_gate`: Microservices → Modular monolith. A team without tracing"))
  }

  @Test func noEscapeCodesEvenWithColorInTheContext() {
    #expect(!render().unicodeScalars.contains("\u{1B}"))
  }

  @Test(arguments: RenderingSamples.hostileNames)
  func hostileInputKeepsEveryTableRowAtFiveCells(hostile: String) {
    let text = render(RenderingSamples.hostileReport(hostile))
    let rows = MarkdownTestTable.tableRows(text)
    #expect(rows.count == 6, "a line break or a pipe added or removed rows")
    for row in rows {
      #expect(MarkdownTestTable.cells(row).count == 5, "\(row)")
    }
    #expect(!text.unicodeScalars.contains("\u{1B}"))
    #expect(!text.unicodeScalars.contains("\r"))
    #expect(!text.unicodeScalars.contains("\u{202E}"))
  }

  @Test func pipesAndBackslashesReadBackAsWritten() {
    let text = render(RenderingSamples.hostileReport("back\\|slash a|b"))
    let rows = MarkdownTestTable.tableRows(text)
    let reason = MarkdownTestTable.cells(rows[2])[4]
    #expect(reason == "back\\\\\\|slash a\\|b reason")
    #expect(MarkdownTestTable.unescaped(reason) == "back\\|slash a|b reason")
  }

  @Test func newlinesInNamesDoNotStartBlocks() {
    let text = render(RenderingSamples.hostileReport("x\n# injected\n| a | b |"))
    let lines = text.split(separator: "\n")
    #expect(!lines.contains { $0.hasPrefix("# injected") })
    #expect(lines.filter { $0.hasPrefix("# ") }.count == 1)
    #expect(MarkdownTestTable.tableRows(text).count == 6)
  }

  @Test func markupInInputIsEscaped() {
    let escaped = MarkdownText.escape("**bold** <script> [l](x) `c` _e_ ~s~ &amp; $m$ !x #h")
    #expect(
      escaped == "\\*\\*bold\\*\\* \\<script\\> \\[l\\](x) \\`c\\` \\_e\\_ \\~s\\~ \\&amp; \\$m\\$ \\!x \\#h")
    #expect(MarkdownText.escape("- item") == "\\- item")
    #expect(MarkdownText.escape("+ item") == "\\+ item")
    #expect(MarkdownText.escape("12. item") == "12\\. item")
    #expect(MarkdownText.escape("3) item") == "3\\) item")
    #expect(MarkdownText.escape("-") == "\\-")
    #expect(MarkdownText.escape("a - b 1. c") == "a - b 1. c")
    #expect(MarkdownText.escape("-3") == "-3")
    #expect(MarkdownText.escape("1.2.0") == "1.2.0")
  }

  @Test func cellsTrimSpacesAndTermsUseCodeOnlyWhenSafe() {
    #expect(MarkdownText.cell("  padded  ") == "padded")
    #expect(MarkdownText.cell("") == "")
    #expect(MarkdownText.term("team_size") == "`team_size`")
    #expect(MarkdownText.term("containers, tracing") == "`containers, tracing`")
    #expect(MarkdownText.term("a`b") == "a\\`b")
    #expect(MarkdownText.term("a|b") == "a\\|b")
    #expect(MarkdownText.term(" x") == " x")
  }
}
