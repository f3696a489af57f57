import ArchAdvisorKit

/// Reports as CSV: one header row, then one row per report, written so a batch can stream them.
///
/// Columns: `name`, `verdict` (id), `score`, `range_low`, `range_high`, `confidence` (level),
/// `top_driver` (the id of the need factor with the largest absolute contribution), one column per
/// rubric factor in rubric order named by its id (the answer: a number, an option id, a set as
/// `a,b,c` or `none` — the form the command-line flags take — and empty when unknown),
/// `readiness` (empty when none is answered or the rubric has none), `split_first` (component
/// ids, `a,b`), `precedent` and `precedent_verdict` (the id of the nearest documented decision
/// of the case library and what it chose, empty without one), `robustness` (the share 0 … 1 of
/// the re-weightings that keep the verdict, empty with `--no-robustness`), `caveat_count`, and
/// `error`. Columns added in later versions come after the
/// factor columns, so the ones before them keep their place (empty for a report; the message of a batch record that could not
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
      + [
        .number("readiness"), .number("split_first"), .number("precedent"), .number("precedent_verdict"),
        .number("robustness"), .number("caveat_count"), .number("error"),
      ]
    return CSVWriter.row(cells)
  }

  /// One report's row, its answer columns in the order of `rubric`'s factors.
  func row(_ report: Report, rubric: Rubric) -> String {
    var line: [UInt8] = []
    appendRow(report, rubric: rubric, to: &line)
    return String(decoding: line, as: UTF8.self)
  }

  /// Appends one report's row to `output`: what a batch calls to stream rows into one buffer.
  ///
  /// The row is written byte by byte into space reserved beforehand (``CSVRowText``), by the
  /// same rules as ``CSVWriter`` and the answers' command-line form (`8`, `weekly`,
  /// `containers,tracing`, `none`): a batch writes one per answer set, and
  /// cell-by-cell appends dominated its time.
  func appendRow(_ report: Report, rubric: Rubric, to output: inout [UInt8]) {
    let factors = rubric.factors
    let results = report.factors
    // The report lists the rubric's factors in its order; look up only if it does not. Indexed
    // rather than zipped or enumerated, which copy every factor whole.
    var inOrder = results.count == factors.count
    if inOrder {
      for index in factors.indices where results[index].id != factors[index].id {
        inOrder = false
        break
      }
    }
    func answer(_ index: Int) -> Answer? {
      inOrder ? results[index].answer : results.first { $0.id == factors[index].id }?.answer
    }
    let topDriver = topDriverIndex(report).map { report.factors[$0].id } ?? ""
    let splitFirst = report.splitFirst.map(\.component)
    let precedent = report.precedents.first
    let numberLength = CSVRowText.maximumNumberLength
    var capacity =
      CSVRowText.textCapacity(report.name ?? "") + CSVRowText.textCapacity(report.verdict.id)
      + CSVRowText.textCapacity(topDriver) + CSVRowText.setCapacity(splitFirst) + 5 * numberLength + 12
      + CSVRowText.textCapacity(precedent?.caseID ?? "") + CSVRowText.textCapacity(precedent?.chose ?? "")
      + 2 * factors.count + 16 + numberLength
    for index in factors.indices {
      switch answer(index) {
      case nil: break
      case .number: capacity += numberLength
      case .choice(let id): capacity += CSVRowText.textCapacity(id)
      case .set(let ids): capacity += CSVRowText.setCapacity(ids)
      }
    }
    CSVRowText.append(to: &output, capacity: capacity) { row in
      let comma = UInt8(ascii: ",")
      row.appendText(report.name ?? "")
      row.append(byte: comma)
      row.appendText(report.verdict.id)
      row.append(byte: comma)
      row.appendCompact(report.score)
      row.append(byte: comma)
      row.appendCompact(report.range.low)
      row.append(byte: comma)
      row.appendCompact(report.range.high)
      row.append(byte: comma)
      row.appendRaw(report.confidence.level.rawValue)
      row.append(byte: comma)
      row.appendText(topDriver)
      for index in factors.indices {
        row.append(byte: comma)
        switch answer(index) {
        case nil: break
        case .number(let value): row.appendAnswerNumber(value)
        case .choice(let id): row.appendText(id)
        case .set(let ids): row.appendSet(ids)
        }
      }
      row.append(byte: comma)
      if let readiness = report.readiness?.score { row.appendCompact(readiness) }
      row.append(byte: comma)
      if !splitFirst.isEmpty { row.appendSet(splitFirst) }
      row.append(byte: comma)
      if let precedent { row.appendText(precedent.caseID) }
      row.append(byte: comma)
      if let precedent { row.appendText(precedent.chose) }
      row.append(byte: comma)
      if let robustness = report.robustness { row.appendCompact(robustness.holdShare) }
      row.append(byte: comma)
      row.append(report.caveats.count)
      row.append(byte: comma)
      row.append(byte: 0x0D)
      row.append(byte: 0x0A)
    }
  }

  /// The row of a batch record that could not be scored: only `name` (when the record had one)
  /// and `error` (`record 3, line 7: message`) filled.
  func errorRow(record: Int, line: Int, message: String, name: String? = nil, rubric: Rubric) -> String {
    var cells = [CSVWriter.Cell](repeating: .empty, count: 7 + rubric.factors.count + 7)
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
    let factors = report.factors
    for index in factors.indices where factors[index].answer != nil && factors[index].dimension == .need {
      let size = abs(factors[index].contribution)
      if best == nil || size > bestSize {
        best = index
        bestSize = size
      }
    }
    return best
  }
}
