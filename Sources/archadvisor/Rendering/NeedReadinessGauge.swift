import ArchAdvisorKit

/// A line (two on a narrow terminal) that shows where a report stands: the need score on a line from −100 to +100, with
/// the range of the unknown factors drawn heavier and each verdict band's edge marked, then
/// readiness as a bar of ten cells, with what the unanswered readiness could add shaded:
///
///     Need ─────●────┼┼───────── −46.2 · Readiness ███▌······ 36.7
///
/// The same with `LC_ALL=C`: `Need -----*----||--------- −46.2 | Readiness ###=...... 36.7` (the signs stay as every line writes them).
struct NeedReadinessGauge: Sendable {
  /// The cells of the need line (an odd number, so 0 has a cell of its own).
  static let needCells = 21
  /// The cells of the readiness bar: ten points each.
  static let readinessCells = 10

  var rubric: Rubric
  var glyphs: BarGlyphs

  /// The gauge line, without indentation.
  func line(_ report: Report) -> String {
    parts(report).joined(separator: glyphs.separator)
  }

  /// The gauge as lines that each start with `prefix` and fit `width` cells (0 or less: any):
  /// one line when it fits, else the need and the readiness part each on its own, else only
  /// the parts that fit (a gauge is a picture of what the text says: a part is never broken).
  func lines(_ report: Report, prefix: String, width: Int) -> [String] {
    let parts = parts(report)
    let fits = { (text: String) in width <= 0 || TerminalCells.width(prefix + text) <= width }
    let whole = parts.joined(separator: glyphs.separator)
    if fits(whole) { return [prefix + whole] }
    return parts.filter(fits).map { prefix + $0 }
  }

  /// "Need ─…─ −46.2" and, with readiness, "Readiness ██…· 36.7".
  private func parts(_ report: Report) -> [String] {
    var parts = ["Need " + needLine(report) + " " + NumberText.signed(report.score)]
    if let readiness = report.readiness {
      parts.append(
        "Readiness " + readinessBar(readiness) + " "
          + (readiness.score.map { NumberText.fixed($0, decimals: 1) } ?? "not answered"))
    }
    return parts
  }

  /// The cell of a need score.
  private func needCell(_ score: Double) -> Int {
    let last = NeedReadinessGauge.needCells - 1
    return min(last, max(0, Int(((score + 100) / 200 * Double(last)).rounded())))
  }

  private func needLine(_ report: Report) -> String {
    let marker = needCell(report.score)
    let low = needCell(report.range.low)
    let high = needCell(report.range.high)
    let edges = Set(rubric.verdicts.dropFirst().compactMap { $0.band.atLeast }.map(needCell))
    var text = ""
    for cell in 0..<NeedReadinessGauge.needCells {
      if cell == marker {
        text.append(glyphs.marker)
      } else if edges.contains(cell) {
        text.append(glyphs.edge)
      } else if cell >= low && cell <= high {
        text.append(glyphs.range)
      } else {
        text.append(glyphs.line)
      }
    }
    return text
  }

  private func readinessBar(_ readiness: Readiness) -> String {
    let cells = NeedReadinessGauge.readinessCells
    let step = 100 / Double(cells)
    let halves = min(cells * 2, Int(((readiness.score ?? 0) / step * 2).rounded()))
    var text = String(repeating: glyphs.full, count: halves / 2)
    if halves % 2 == 1 { text.append(glyphs.half) }
    let used = (halves + 1) / 2
    let possible = max(used, min(cells, Int((readiness.high / step).rounded())))
    text += String(repeating: glyphs.possible, count: possible - used)
    return text + String(repeating: glyphs.empty, count: cells - possible)
  }
}
