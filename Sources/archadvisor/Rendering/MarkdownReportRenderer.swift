import ArchAdvisorKit

/// The report a team pastes into a wiki page or a pull request.
///
/// A heading with the verdict, a summary line (score, range, confidence, rubric), the verdict's
/// summary and how sure it is, need × readiness as a Mermaid quadrant chart (for a rubric with
/// readiness: ``MermaidQuadrantChart``), a table of every factor (answered ones by the strength of their
/// push, then the unknown ones), the flips, the rules that changed the verdict, caveats, and
/// the prerequisites as a `- [ ]` checklist. Every string from input is escaped by
/// ``MarkdownText``, so a name holding `|`, a newline or markup cannot break the table or the
/// page.
struct MarkdownReportRenderer: ReportRenderer {
  func render(_ report: Report, context: RenderContext) -> String {
    let wording = ReportWording(rubric: context.rubric, term: MarkdownText.term, plain: MarkdownText.escape)
    var blocks: [String] = []

    let subject = ReportWording.displayName(report).map { " for " + MarkdownText.escape($0) } ?? ""
    blocks.append("# Recommendation" + subject + ": " + MarkdownText.escape(report.verdict.label))
    blocks.append(summaryLine(report))

    var about = [MarkdownText.escape(report.verdict.summary)]
    if report.scoreVerdict.id != report.verdict.id {
      about.append(
        "The score alone points to " + wording.verdictLabel(report.scoreVerdict.id)
          + "; the rules below changed that.")
    }
    about.append(MarkdownText.escape(report.confidence.explanation))
    if let range = wording.rangeSentence(report) { about.append(range) }
    if let readiness = wording.readinessSentence(report) { about.append(readiness) }
    if let robustness = wording.robustnessSentence(report) { about.append(robustness) }
    about += wording.conflictSentences(report)
    blocks.append(about.filter { !$0.isEmpty }.joined(separator: " "))

    if let readiness = report.readiness {
      let chart = MermaidQuadrantChart(rubric: context.rubric)
      let point = MermaidQuadrantChart.Point(
        label: ReportWording.displayName(report) ?? "This project", score: report.score,
        readiness: readiness.score ?? (readiness.low + readiness.high) / 2)
      var text = "## Need and readiness\n\n" + chart.block(title: "Need and readiness", points: [point])
      text += "\n\n" + chart.axisNote
      if readiness.score == nil {
        text += " Readiness is not answered: the point stands at the middle of its range."
      }
      blocks.append(text)
    }

    blocks.append("## Why\n\n" + factorTable(report))

    if !report.splitFirst.isEmpty {
      let items = report.splitFirst.map {
        "- **" + MarkdownText.escape($0.label) + "**: " + MarkdownText.escape($0.reason)
      }
      blocks.append("## Split first\n\n" + items.joined(separator: "\n"))
    }
    if !report.precedents.isEmpty {
      var text = "## Precedents\n\n" + ReportWording.precedentsNote + "\n\n"
      text += report.precedents.map { "- " + MarkdownReportRenderer.precedent($0, wording: wording) }.joined(
        separator: "\n")
      if let disagreement = wording.precedentDisagreement(report) { text += "\n\n**" + disagreement + "**" }
      blocks.append(text)
    }
    if !report.nextQuestions.isEmpty {
      let items = report.nextQuestions.map { id in
        "- " + MarkdownText.term(id) + ": "
          + MarkdownText.escape(report.factors.first { $0.id == id }?.question ?? "")
      }
      blocks.append("## Answer next\n\n" + items.joined(separator: "\n"))
    }

    var flips = "## What would change it\n\n"
    if report.flips.isEmpty {
      flips += ReportWording.noFlip(report)
    } else {
      flips += report.flips.map { "- " + wording.flip($0) }.joined(separator: "\n")
    }
    if let note = ReportWording.flipSearchNote(report) { flips += "\n\n" + note }
    blocks.append(flips)

    let changing = report.firedRules.filter(\.changedVerdict)
    if !changing.isEmpty {
      let items = changing.map { rule in
        "- " + MarkdownText.term(rule.id) + ": " + wording.verdictLabel(rule.verdictBefore) + " → "
          + wording.verdictLabel(rule.verdictAfter) + ". " + MarkdownText.escape(rule.reason)
      }
      blocks.append("## Rules that changed the verdict\n\n" + items.joined(separator: "\n"))
    }
    if !report.caveats.isEmpty {
      let items = report.caveats.map { "- " + MarkdownText.escape($0) }
      blocks.append("## Caveats\n\n" + items.joined(separator: "\n"))
    }
    if !report.prerequisites.isEmpty {
      let items = report.prerequisites.map { "- [ ] " + MarkdownText.escape($0) }
      blocks.append("## Prerequisites\n\n" + items.joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// "**Score +12.3** (range -8.0 … +31.0) · **confidence medium** · rubric `default` 1.0.0".
  func summaryLine(_ report: Report) -> String {
    "**Score " + NumberText.signed(report.score) + "** (range " + NumberText.signed(report.range.low) + " … "
      + NumberText.signed(report.range.high) + ")"
      + (report.readiness?.score.map { " · **readiness " + NumberText.fixed($0, decimals: 1) + "**" } ?? "")
      + " · **confidence " + report.confidence.level.rawValue
      + "** · rubric " + MarkdownText.term(report.rubricID) + " " + MarkdownText.escape(report.rubricVersion)
  }

  /// Every factor as a table row: the answered need factors by the strength of their push (their
  /// contributions add up to the score), then the answered readiness factors (their
  /// contributions are readiness points, shown as such), then the unknown.
  func factorTable(_ report: Report) -> String {
    var rows = [
      "| Factor | Answer | Weight | Contribution | Reason |",
      "| --- | --- | ---: | ---: | --- |",
    ]
    for factor in report.drivers where factor.dimension == .need {
      rows.append(
        row([
          MarkdownText.term(factor.id), MarkdownText.term(ReportWording.answerText(factor.answer)),
          Band.format(factor.weight), NumberText.signed(factor.contribution),
          MarkdownText.cell(factor.reason),
        ]))
    }
    for factor in report.factors where factor.answer != nil && factor.dimension == .readiness {
      rows.append(
        row([
          MarkdownText.term(factor.id), MarkdownText.term(ReportWording.answerText(factor.answer)),
          Band.format(factor.weight), "readiness " + NumberText.fixed(factor.contribution, decimals: 1),
          MarkdownText.cell(factor.reason),
        ]))
    }
    for factor in report.factors where factor.answer == nil {
      rows.append(
        row([
          MarkdownText.term(factor.id), "*unknown*", Band.format(factor.weight), "",
          MarkdownText.cell(factor.reason),
        ]))
    }
    return rows.joined(separator: "\n")
  }

  /// One table row from cells already escaped.
  private func row(_ cells: [String]) -> String {
    "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |"
  }

  /// One precedent as a list item's text, for this report and the ADR alike: "Segment: … — chose
  /// Monolith, 72% similar over 3 shared factors. What happened. Source: [title](url)".
  static func precedent(_ precedent: Precedent, wording: ReportWording) -> String {
    wording.precedent(precedent) + ". " + MarkdownText.escape(precedent.outcome) + " Source: "
      + MarkdownText.link(precedent.source.title, precedent.source.url)
  }
}
