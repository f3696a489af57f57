import ArchAdvisorKit

/// A batch for a person at a terminal: a table with one row per answer set (name, verdict,
/// score, confidence, the share of re-weightings that keep the verdict (unless
/// `--no-robustness`), top driver and, with `--precedents`, the id of the nearest
/// precedent, when the width leaves room for it) in input order, then the rejected records and the summary.
///
/// With `--baseline` a WAS column follows the score: the baseline's verdict and score for the
/// project (`monolith −6.6`, bold when the verdict moved), or `new`. To leave the name its 12
/// cells it may cost the precedent, then the top driver, then the HOLDS column; CSV, Markdown
/// and JSON carry them all.
///
/// Column widths are fixed when the batch begins (the rows stream, so the longest name is never
/// known): the verdict, driver and precedent columns fit the longest ids, and the name column takes
/// what is left of ``width`` (between 12 and 40 columns); a longer name is cut with `…`. Names
/// and messages pass through ``TerminalSanitizer``, so a name cannot move the cursor or recolor
/// the terminal.
struct BatchTextRenderer: BatchRenderer {
  var rubric: Rubric
  var style: Style
  /// The widest a table row may be.
  var width: Int

  private let nameWidth: Int
  private let verdictWidth: Int
  private let driverWidth: Int
  /// 0 without a case library: no precedent column.
  private let precedentWidth: Int
  private static let scoreWidth = 6
  private static let confidenceWidth = 10
  /// "HOLDS" over "100%"; 0 without robustness.
  private let holdsWidth: Int
  /// The baseline's verdict and score; 0 without `--baseline`.
  private let wasWidth: Int
  /// Whether the top driver column is there (only `--baseline` can take it away).
  private let showsDriver: Bool

  init(
    rubric: Rubric, color: Bool = false, width: Int = 80, precedentIDs: [String] = [],
    showsRobustness: Bool = false, showsBaseline: Bool = false
  ) {
    self.rubric = rubric
    self.style = Style(enabled: color)
    self.width = width
    let verdictWidth = max(
      7, rubric.verdicts.map { TerminalCells.width(TerminalSanitizer.clean($0.id)) }.max() ?? 0)
    self.verdictWidth = verdictWidth
    let wasWidth = showsBaseline ? verdictWidth + 1 + BatchTextRenderer.scoreWidth : 0
    self.wasWidth = wasWidth
    var holdsWidth = showsRobustness ? 5 : 0
    var driverWidth = max(
      10, rubric.factors.map { TerminalCells.width(TerminalSanitizer.clean($0.id)) }.max() ?? 0)
    var showsDriver = true
    if showsBaseline {
      // The WAS column is what --baseline asks for: the driver, then HOLDS, make room for it.
      let scores = BatchTextRenderer.scoreWidth + BatchTextRenderer.confidenceWidth
      func fixedWidth() -> Int {
        verdictWidth + scores + wasWidth + 8
          + (holdsWidth > 0 ? holdsWidth + 2 : 0) + (showsDriver ? driverWidth + 2 : 0)
      }
      if width - fixedWidth() < 12 { showsDriver = false }
      if width - fixedWidth() < 12 { holdsWidth = 0 }
      if !showsDriver { driverWidth = 0 }
    }
    self.holdsWidth = holdsWidth
    self.driverWidth = driverWidth
    self.showsDriver = showsDriver
    let longestID = precedentIDs.map { TerminalCells.width(TerminalSanitizer.clean($0)) }.max() ?? 0
    // Two spaces between each of the five (or more) columns.
    let fixed =
      verdictWidth + BatchTextRenderer.scoreWidth + BatchTextRenderer.confidenceWidth + driverWidth + 8
      + (holdsWidth > 0 ? holdsWidth + 2 : 0) + (wasWidth > 0 ? wasWidth + 2 : 0) - (showsDriver ? 0 : 2)
    // The precedent column only when it leaves the name its 12 cells: a row never outgrows the
    // terminal for it (CSV, Markdown and JSON always carry the precedent).
    let precedentColumn = precedentIDs.isEmpty ? 0 : max(9, longestID) + 2
    precedentWidth =
      showsDriver && precedentColumn > 0 && width - fixed - precedentColumn >= 12 ? precedentColumn - 2 : 0
    let taken = fixed + (precedentWidth > 0 ? precedentColumn : 0)
    nameWidth = min(40, max(12, width - taken))
  }

  var needsFlips: Bool { false }
  var needsExplanations: Bool { false }
  var separator: String { "" }

  func begin() -> String {
    let header =
      pad("NAME", nameWidth) + "  " + pad("VERDICT", verdictWidth) + "  "
      + padLeft("SCORE", BatchTextRenderer.scoreWidth) + "  "
      + (wasWidth > 0 ? pad("WAS", wasWidth) + "  " : "")
      + pad("CONFIDENCE", BatchTextRenderer.confidenceWidth)
      + (holdsWidth > 0 ? "  " + padLeft("HOLDS", holdsWidth) : "")
      + (showsDriver
        ? "  " + (precedentWidth > 0 ? pad("TOP DRIVER", driverWidth) + "  PRECEDENT" : "TOP DRIVER") : "")
    return style.bold(header) + "\n"
  }

  func appendReport(_ report: Report, to output: inout [UInt8]) {
    appendReport(report, wasCell: nil, to: &output)
  }

  func appendReport(_ report: Report, was: BatchBaseline.Entry?, to output: inout [UInt8]) {
    guard let was else { return appendReport(report, wasCell: pad("new", wasWidth), to: &output) }
    let verdict = TerminalSanitizer.clean(was.verdict)
    let cell =
      pad(verdict, verdictWidth) + " "
      + style.lean(padLeft(NumberText.signed(was.score), BatchTextRenderer.scoreWidth), was.score)
    appendReport(report, wasCell: was.verdict == report.verdict.id ? cell : style.bold(cell), to: &output)
  }

  /// One row; `wasCell` is the WAS column's, already padded, `nil` without a baseline.
  private func appendReport(_ report: Report, wasCell: String?, to output: inout [UInt8]) {
    var line = ""
    let name = truncated(TerminalSanitizer.clean(report.name ?? "–"), to: nameWidth)
    line += pad(name, nameWidth)
    line += "  "
    line += pad(TerminalSanitizer.clean(report.verdict.id), verdictWidth)
    line += "  "
    line += style.lean(padLeft(NumberText.signed(report.score), BatchTextRenderer.scoreWidth), report.score)
    line += "  "
    if let wasCell {
      line += wasCell
      line += "  "
    }
    if !showsDriver {
      line +=
        holdsWidth > 0
        ? pad(report.confidence.level.rawValue, BatchTextRenderer.confidenceWidth)
        : report.confidence.level.rawValue
      if holdsWidth > 0 {
        line += "  "
        line += padLeft(report.robustness.map { NumberText.percent($0.holdShare) } ?? "–", holdsWidth)
      }
      output += (line + "\n").utf8
      return
    }
    line += pad(report.confidence.level.rawValue, BatchTextRenderer.confidenceWidth)
    line += "  "
    if holdsWidth > 0 {
      line += padLeft(report.robustness.map { NumberText.percent($0.holdShare) } ?? "–", holdsWidth)
      line += "  "
    }
    let driver = CSVReportRenderer().topDriver(report).map { TerminalSanitizer.clean($0.id) } ?? "–"
    if precedentWidth > 0 {
      line += pad(driver, driverWidth)
      line += "  "
      line += report.precedents.first.map { TerminalSanitizer.clean($0.caseID) } ?? "–"
    } else {
      line += driver
    }
    line += "\n"
    output += line.utf8
  }

  func appendError(_ error: BatchRecordError, to output: inout [UInt8]) -> Bool { false }

  var listsErrorsAtEnd: Bool { true }

  func endBeforeErrors(_ summary: BatchSummary) -> String {
    summary.errorCount > 0 ? "\n" + style.bold("Rejected") + "\n" : ""
  }

  func listedError(_ error: BatchRecordError, index: Int) -> String {
    let place =
      "record \(BatchSummary.grouped(error.record)) (\(TerminalSanitizer.clean(error.file)) line \(error.line)): "
    // One line per record, not wrapped, so each stays whole for grep.
    return "  " + place + TerminalSanitizer.clean(error.message) + "\n"
  }

  func endAfterErrors(_ summary: BatchSummary) -> String {
    let wrapper = TextWrapper(width: width)
    var lines = ["", style.bold("Summary")]
    let total = summary.recordCount
    lines.append(
      "  \(BatchSummary.grouped(total)) answer " + (total == 1 ? "set" : "sets") + ": "
        + "\(BatchSummary.grouped(summary.reportCount)) reported, \(BatchSummary.grouped(summary.errorCount)) rejected"
    )
    let labelWidth =
      summary.verdicts.map { TerminalCells.width(TerminalSanitizer.clean($0.label)) }.max() ?? 0
    for (index, verdict) in summary.verdicts.enumerated() {
      lines.append(
        "  " + pad(TerminalSanitizer.clean(verdict.label), labelWidth) + "  "
          + padLeft(BatchSummary.grouped(summary.verdictCounts[index]), 7))
    }
    if let robustness = summary.robustnessSentence {
      lines += wrapper.lines(robustness, prefix: "  ", indent: 4)
    }
    if let moved = summary.baselineSentence(term: TerminalSanitizer.clean) {
      let file = summary.baselineFile.map { " Baseline: " + TerminalSanitizer.clean($0) + "." } ?? ""
      lines += wrapper.lines(moved + file, prefix: "  ", indent: 4)
    }
    let drivers = summary.topDrivers(3)
    if !drivers.isEmpty {
      let text =
        "Drivers (mean absolute contribution): "
        + drivers.map { TerminalSanitizer.clean($0.id) + " " + NumberText.fixed($0.mean, decimals: 1) }
        .joined(separator: ", ")
      lines += wrapper.lines(text, prefix: "  ", indent: 4)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` cut to `limit` cells, ending with `…` when cut.
  private func truncated(_ text: String, to limit: Int) -> String { TerminalCells.truncated(text, to: limit) }

  private func pad(_ text: String, _ count: Int) -> String { TerminalCells.padded(text, to: count) }

  private func padLeft(_ text: String, _ count: Int) -> String { TerminalCells.paddedLeft(text, to: count) }
}
