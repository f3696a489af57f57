import ArchAdvisorKit

/// Reports as CSV: one header row, then one row per report, written so a batch can stream them.
///
/// Columns: `name`, `verdict` (id), `score`, `range_low`, `range_high`, `confidence` (level),
/// `top_driver` (the id of the factor with the largest absolute contribution), one column per
/// rubric factor in rubric order named by its id (the answer: a number, an option id, a set as
/// `a,b,c` or `none` — the form the command-line flags take — and empty when unknown),
/// `caveat_count`, and `error` (empty for a report; the message of a batch record that could not
/// be scored). Numbers are rounded to 2 decimals, whole ones without `.0`. Quoting, line ends
/// and formula defusing are ``CSVWriter``'s.
struct CSVReportRenderer: ReportRenderer {
  /// The header row and the report's row.
  func render(_ report: Report, context: RenderContext) -> String {
    header(rubric: context.rubric) + row(report, rubric: context.rubric)
  }

  /// The header row, written once before the rows.
  func header(rubric: Rubric) -> String {
    let fixed = ["name", "verdict", "score", "range_low", "range_high", "confidence", "top_driver"]
    let cells =
      fixed.map(CSVWriter.Cell.number) + rubric.factors.map { CSVWriter.Cell.text($0.id) }
      + [.number("caveat_count"), .number("error")]
    return CSVWriter.row(cells)
  }

  /// One report's row, its answer columns in the order of `rubric`'s factors.
  func row(_ report: Report, rubric: Rubric) -> String {
    var line = ""
    appendRow(report, rubric: rubric, to: &line)
    return line
  }

  /// Appends one report's row to `output`: what a batch calls to stream rows into one buffer.
  func appendRow(_ report: Report, rubric: Rubric, to output: inout String) {
    func add(_ cell: CSVWriter.Cell, first: Bool = false) {
      if !first { output += "," }
      CSVWriter.append(cell, to: &output)
    }
    add(.text(report.name ?? ""), first: true)
    add(.text(report.verdict.id))
    add(.number(NumberText.compact(report.score)))
    add(.number(NumberText.compact(report.range.low)))
    add(.number(NumberText.compact(report.range.high)))
    add(.number(report.confidence.level.rawValue))
    add(.text(topDriverIndex(report).map { report.factors[$0].id } ?? ""))
    for (index, factor) in rubric.factors.enumerated() {
      // The report lists the rubric's factors in its order; look up only if it does not.
      let answer =
        index < report.factors.count && report.factors[index].id == factor.id
        ? report.factors[index].answer : report.factors.first { $0.id == factor.id }?.answer
      add(answerCell(answer))
    }
    add(.number(String(report.caveats.count)))
    add(.empty)
    output += CSVWriter.lineEnd
  }

  /// The row of a batch record that could not be scored: only `name` (when the record had one)
  /// and `error` (`record 3, line 7: message`) filled.
  func errorRow(record: Int, line: Int, message: String, name: String? = nil, rubric: Rubric) -> String {
    var cells = [CSVWriter.Cell](repeating: .empty, count: 7 + rubric.factors.count + 2)
    cells[0] = .text(name ?? "")
    cells[cells.count - 1] = .text("record \(record), line \(line): " + message)
    return CSVWriter.row(cells)
  }

  /// The answered factor with the largest absolute contribution, the first in rubric order on a
  /// tie: `report.drivers.first` without sorting, since a batch writes a row per record.
  func topDriver(_ report: Report) -> FactorResult? {
    topDriverIndex(report).map { report.factors[$0] }
  }

  private func topDriverIndex(_ report: Report) -> Int? {
    var best: Int?
    var bestSize = 0.0
    for (index, factor) in report.factors.enumerated() where factor.answer != nil {
      let size = abs(factor.contribution)
      if best == nil || size > bestSize {
        best = index
        bestSize = size
      }
    }
    return best
  }

  /// An answer as the command line takes it: `8`, `weekly`, `containers,tracing`, `none`.
  private func answerCell(_ answer: Answer?) -> CSVWriter.Cell {
    switch answer {
    case nil: return .empty
    case .number(let value): return .number(Band.format(value))
    case .choice(let id): return .text(id)
    case .set(let ids): return .text(ids.isEmpty ? "none" : ids.joined(separator: ","))
    }
  }
}
