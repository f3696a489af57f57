import ArchAdvisorKit
import Testing

@testable import archadvisor

@Suite struct TextReportRendererTests {
  let context = RenderContext(rubric: RenderingSamples.rubric, color: false, width: 80, date: "2026-01-02")

  func render(_ report: Report = RenderingSamples.report(), width: Int = 80, color: Bool = false) -> String {
    var context = context
    context.width = width
    context.color = color
    return TextReportRenderer().render(report, context: context)
  }

  @Test func matchesTheGoldenFile() throws {
    try Golden.check(render(), "sample.txt")
  }

  @Test func matchesTheGoldenFileWithUTF8Bars() throws {
    var context = context
    context.unicode = true
    try Golden.check(
      TextReportRenderer().render(RenderingSamples.report(), context: context), "sample.utf8.txt")
  }

  @Test func theVerdictComesFirstWrappedBetweenWords() {
    let lines = render().split(separator: "\n")
    #expect(lines[0] == "Recommendation for payments: Modular monolith (score +24.5, range +18.5 … +31.3,")
    #expect(lines[1] == "  confidence medium)")
    // At 40 columns no number is cut: every line ends at a word.
    let headline = render(width: 40).split(separator: "\n").prefix(3)
    #expect(
      headline.map(String.init) == [
        "Recommendation for payments: Modular", "  monolith (score +24.5, range +18.5 …",
        "  +31.3, confidence medium)",
      ])
    for name in [nil, "", " \n "] {
      let unnamed = render(RenderingSamples.report(name: name)).split(separator: "\n")[0]
      #expect(unnamed.hasPrefix("Recommendation: Modular monolith (score +24.5,"))
    }
    let padded = render(RenderingSamples.report(name: "\n  payments \t")).split(separator: "\n")[0]
    #expect(padded.hasPrefix("Recommendation for payments: Modular monolith"))
  }

  @Test func factorsAreSortedByTheirPushWithSignedContributions() {
    let lines = render(width: 0).split(separator: "\n").map(String.init)
    let why = lines.firstIndex(of: "Why")!
    // Each bar in half cells of the most one factor can give (update_frequency's 4 of 10: 40
    // points fill the 6 cells): 26.7 → 8 halves, 17.8 → 5, 11.1 → 3.
    #expect(lines[why + 1].hasPrefix("  +26.7 ####    team_size = 25 — Large teams"))
    #expect(lines[why + 2].hasPrefix("  +17.8 ##=     update_frequency = weekly — Weekly releases"))
    #expect(lines[why + 3].hasPrefix("  \u{2212}11.1 #=      skills = containers — Missing skills"))
  }

  @Test func everySectionAppears() {
    let text = render(width: 0)
    for heading in [
      "\nWhy\n", "\nNot answered\n", "\nWhat would change it\n", "\nRules that changed the verdict\n",
      "\nCaveats\n", "\nPrerequisites\n",
    ] {
      #expect(text.contains(heading), "missing \(heading)")
    }
    #expect(
      text.contains(
        "  - If skills were containers, tracing instead of containers: Microservices (score +33.3)"))
    #expect(text.contains("  - If latency were critical (not answered now): Monolith (score \u{2212}21.0)"))
    #expect(
      text.contains(
        "  - If team_size were 4 instead of 25 and update_frequency were rarely instead of weekly: Monolith"))
    #expect(text.contains("skills_gate: Microservices → Modular monolith. A team without tracing"))
    #expect(
      !text.contains("latency_note"), "a rule that changed nothing is not listed as changing the verdict")
    #expect(text.contains("  [ ] Set up distributed tracing.\n  [ ] Automate deployments.\n"))
    #expect(text.contains("The score alone points to Microservices; the rules below changed that."))
  }

  @Test func emptySectionsAreLeftOut() {
    var report = RenderingSamples.report()
    report.caveats = []
    report.prerequisites = []
    report.firedRules = []
    report.factors[3].answer = .choice("relaxed")
    let text = render(report)
    #expect(!text.contains("\nCaveats\n"))
    #expect(!text.contains("\nPrerequisites\n"))
    #expect(!text.contains("\nRules that changed the verdict\n"))
    #expect(!text.contains("\nNot answered\n"))
    #expect(text.contains("\nWhat would change it\n"))
  }

  @Test func noFlipsIsSaidInWords() {
    var report = RenderingSamples.report()
    report.flips = []
    #expect(
      render(report).contains(
        "What would change it\n  No change of one or two answers gives another verdict."))
  }

  @Test func unknownFactorsGiveTheEnginesReason() {
    let text = render(width: 0)
    #expect(
      text.contains(
        "\nNot answered\n  latency: Not answered; the range assumes anything from relaxed to critical.\n"))
  }

  @Test func theRangeIsExplainedOnlyWhenItCouldChangeTheVerdict() {
    #expect(!render(width: 0).contains("Depending on"))
    var report = RenderingSamples.report()
    report.range = ScoreRange(low: -25, high: 31.25, lowVerdict: "monolith", highVerdict: "modular_monolith")
    #expect(
      render(report, width: 0).contains(
        "  Depending on the unknown factor, the score could be anywhere within \u{2212}25.0 … +31.3: from "
          + "Monolith to Modular monolith.\n"))
  }

  @Test(arguments: [30, 40, 60, 80, 100])
  func everyLineFitsTheWidthExceptTheHeadline(width: Int) {
    let lines = render(width: width).split(separator: "\n")
    for line in lines.dropFirst() {
      #expect(line.unicodeScalars.count <= width, "\(line.unicodeScalars.count) > \(width): \(line)")
    }
  }

  @Test func colorOffWritesNoEscapeByteEvenForHostileInput() {
    for hostile in RenderingSamples.hostileNames {
      let text = render(RenderingSamples.hostileReport(hostile))
      #expect(!text.unicodeScalars.contains("\u{1B}"), "ESC in output for \(hostile.debugDescription)")
      #expect(!text.unicodeScalars.contains("\u{9B}"))
      #expect(!text.unicodeScalars.contains("\u{202E}"))
      #expect(!text.unicodeScalars.contains("\r"))
    }
  }

  @Test func hostileInputCannotAddLines() {
    let plain = render(RenderingSamples.hostileReport("x"), width: 0)
    let hostile = render(RenderingSamples.hostileReport("line\nbreak\r\nmore"), width: 0)
    #expect(plain.split(separator: "\n").count == hostile.split(separator: "\n").count)
    #expect(hostile.hasPrefix("Recommendation for line break more: Modular line break more ("))
  }

  @Test func colorOnStylesOnlyOurOwnWordsAndInputStaysNeutralised() {
    let text = render(RenderingSamples.hostileReport("\u{1B}[31mred"), color: true)
    #expect(text.contains("\u{1B}[1m"))
    #expect(text.contains("\\u{1B}[31mred"))
    #expect(!text.contains("\u{1B}[31m"), "the input's own escape sequence must not survive")
    // Color does not change the layout: stripped of our escapes, it is the plain text.
    let plain = render(RenderingSamples.hostileReport("\u{1B}[31mred"), color: false)
    #expect(stripSGR(text) == plain)
  }

  @Test func noAnswersAtAll() {
    var report = RenderingSamples.report()
    for index in report.factors.indices {
      report.factors[index].answer = nil
      report.factors[index].contribution = 0
    }
    #expect(
      render(report).contains(
        "Why\n  No reason for or against splitting was answered, so nothing pushes either way."))
  }

  private func stripSGR(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var inEscape = false
    for scalar in text.unicodeScalars {
      if scalar == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if scalar == "m" { inEscape = false }
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }
}
