import ArchAdvisorKit

/// A batch as a Markdown page: a table with one row per answer set (record number, name,
/// verdict, score, confidence, the share of re-weightings that keep the verdict (unless
/// `--no-robustness`), top driver and, with `--precedents`, the nearest precedent and what
/// it chose) in input order, then a summary a person reads (how
/// many projects lean each way, need × readiness as a Mermaid quadrant chart of the first
/// ``chartLimit`` projects (for a rubric with readiness), the three factors that drive the portfolio most by mean absolute
/// contribution), then the rejected records. Every string from input goes through
/// ``MarkdownText``, so a name holding `|` or markup cannot break the table.
struct BatchMarkdownRenderer: BatchRenderer {
  var rubric: Rubric
  /// Whether the table has the "Nearest precedent" column (`batch --precedents`).
  var citesPrecedents = false
  /// Whether the table has the "Holds" column (the share of re-weightings that keep the verdict).
  var showsRobustness = false
  /// Whether the table has the "Was" column after the score (`batch --baseline`): the baseline's
  /// verdict and score for the project, in bold when the verdict moved, or *new*.
  var showsBaseline = false

  /// The most projects the need × readiness chart shows: Mermaid draws every label, and a
  /// hundred already crowd it.
  static let chartLimit = 100

  var portfolioLimit: Int {
    rubric.factors.contains { $0.dimension == .readiness } ? BatchMarkdownRenderer.chartLimit : 0
  }

  var needsFlips: Bool { false }
  var needsExplanations: Bool { false }
  var separator: String { "" }

  func begin() -> String {
    "# Batch report: rubric " + MarkdownText.escape(rubric.id) + " " + MarkdownText.escape(rubric.version)
      + "\n\n| Name | Verdict | Score |" + (showsBaseline ? " Was |" : "") + " Confidence |"
      + (showsRobustness ? " Holds |" : "") + " Top driver |"
      + (citesPrecedents ? " Nearest precedent |" : "")
      + "\n| --- | --- | ---: |" + (showsBaseline ? " --- |" : "") + " --- |"
      + (showsRobustness ? " ---: |" : "")
      + " --- |"
      + (citesPrecedents ? " --- |" : "") + "\n"
  }

  func appendReport(_ report: Report, to output: inout [UInt8]) {
    appendReport(report, wasCell: nil, to: &output)
  }

  func appendReport(_ report: Report, was: BatchBaseline.Entry?, to output: inout [UInt8]) {
    guard let was else { return appendReport(report, wasCell: "*new*", to: &output) }
    let cell =
      MarkdownText.cell(rubric.verdict(was.verdict)?.label ?? was.verdict) + " ("
      + NumberText.signed(was.score) + ")"
    appendReport(report, wasCell: was.verdict == report.verdict.id ? cell : "**" + cell + "**", to: &output)
  }

  /// One row; `wasCell` is the Was column's, `nil` without a baseline.
  private func appendReport(_ report: Report, wasCell: String?, to output: inout [UInt8]) {
    var line = ""
    line += "| "
    line += report.name.map(MarkdownText.cell) ?? ""
    line += " | "
    line += MarkdownText.cell(report.verdict.label)
    line += " | "
    line += NumberText.signed(report.score)
    line += " | "
    if let wasCell {
      line += wasCell
      line += " | "
    }
    line += report.confidence.level.rawValue
    line += " | "
    if showsRobustness {
      line += report.robustness.map { NumberText.percent($0.holdShare) } ?? ""
      line += " | "
    }
    line += CSVReportRenderer().topDriver(report).map { MarkdownText.term($0.id) } ?? ""
    if citesPrecedents { line += " | " }
    if let precedent = report.precedents.first {
      line += MarkdownText.cell(precedent.organisation) + " (" + MarkdownText.term(precedent.caseID) + "): "
      line += MarkdownText.cell(rubric.verdict(precedent.chose)?.label ?? precedent.chose)
    }
    line += " |\n"
    output += line.utf8
  }

  func appendError(_ error: BatchRecordError, to output: inout [UInt8]) -> Bool { false }

  var listsErrorsAtEnd: Bool { true }

  func endBeforeErrors(_ summary: BatchSummary) -> String {
    var blocks = ["## Summary"]
    let reported = summary.reportCount
    var leaning: [String] = []
    for (index, verdict) in summary.verdicts.enumerated() where summary.verdictCounts[index] > 0 {
      let count = summary.verdictCounts[index]
      // Only the first item carries the verb: "1 leans toward A and 2 toward B".
      let verb = leaning.isEmpty ? (count == 1 ? " leans" : " lean") : ""
      leaning.append("\(BatchSummary.grouped(count))\(verb) toward **\(MarkdownText.escape(verdict.label))**")
    }
    var sentence =
      "Of the \(BatchSummary.grouped(reported)) " + (reported == 1 ? "project" : "projects") + " reported"
    if leaning.isEmpty {
      sentence += ", none could be scored."
    } else {
      sentence += ", " + BatchMarkdownRenderer.list(leaning) + "."
    }
    if summary.errorCount > 0 {
      sentence +=
        " \(BatchSummary.grouped(summary.errorCount)) "
        + (summary.errorCount == 1 ? "record was" : "records were") + " rejected (listed below)."
    }
    blocks.append(sentence)
    blocks.append(
      summary.verdicts.enumerated().map { index, verdict in
        "- " + MarkdownText.escape(verdict.label) + ": " + BatchSummary.grouped(summary.verdictCounts[index])
      }.joined(separator: "\n"))

    if let robustness = summary.robustnessSentence { blocks.append(MarkdownText.escape(robustness)) }
    if let moved = summary.baselineSentence(term: MarkdownText.term) {
      blocks.append(
        "### Since the baseline\n\n" + moved + " Baseline: "
          + MarkdownText.escape(summary.baselineFile ?? "") + ".")
    }

    if !summary.entries.isEmpty { blocks.append(chart(summary)) }

    let drivers = summary.topDrivers(3)
    if !drivers.isEmpty {
      var text =
        "### What drives the portfolio\n\nThe factors that move the scores most, by their mean absolute "
        + "contribution (score points, out of 100) across the reports:\n"
      for (rank, driver) in drivers.enumerated() {
        let question = rubric.factor(driver.id).map { " — " + MarkdownText.escape($0.question) } ?? ""
        text +=
          "\n\(rank + 1). " + MarkdownText.term(driver.id) + ": "
          + NumberText.fixed(driver.mean, decimals: 1) + " points" + question
      }
      blocks.append(text)
    }

    if summary.errorCount > 0 {
      blocks.append("## Rejected records\n\n| Record | File | Line | Problem |\n| ---: | --- | ---: | --- |")
    }
    return "\n" + blocks.joined(separator: "\n\n")
  }

  func listedError(_ error: BatchRecordError, index: Int) -> String {
    "\n| \(error.record) | " + MarkdownText.cell(error.file) + " | \(error.line) | "
      + MarkdownText.cell(error.message)
      + " |"
  }

  func endAfterErrors(_ summary: BatchSummary) -> String { "\n" }

  /// "### Need and readiness": the first ``chartLimit`` projects as points labelled with their
  /// record number and name.
  private func chart(_ summary: BatchSummary) -> String {
    let chart = MermaidQuadrantChart(rubric: rubric)
    let points = summary.entries.compactMap { entry in
      entry.shownReadiness.map {
        MermaidQuadrantChart.Point(
          label: String(entry.record) + " " + (entry.name ?? ""), score: entry.score, readiness: $0)
      }
    }
    var text = "### Need and readiness\n\n" + chart.block(title: "Need and readiness", points: points)
    text += "\n\nEach point is a project, labelled with its record number. " + chart.axisNote
    if summary.reportCount > summary.entries.count {
      text +=
        " The chart shows the first \(BatchSummary.grouped(summary.entries.count)) of the "
        + "\(BatchSummary.grouped(summary.reportCount)) projects."
    }
    return text
  }

  /// "a, b and c".
  private static func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }
}
