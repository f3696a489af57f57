import ArchAdvisorKit

/// A batch as CSV: ``CSVReportRenderer``'s header and one row per answer set, in input order;
/// a rejected record is a row of its own with only `name` (if known) and `error` filled, where it
/// stood in the input. There is no summary row: a spreadsheet counts for itself.
///
/// With `--baseline`, three columns after `error`: `baseline_verdict` and `baseline_score` (the
/// baseline's for the project, empty when it is new) and `baseline` (`same`, `moved` or `new`).
struct BatchCSVRenderer: BatchRenderer {
  var rubric: Rubric
  /// Whether the baseline's columns are there (`batch --baseline`).
  var showsBaseline = false

  var needsFlips: Bool { false }
  var needsExplanations: Bool { false }
  var separator: String { "" }

  func begin() -> String {
    let header = CSVReportRenderer().header(rubric: rubric)
    guard showsBaseline else { return header }
    // `\r\n` is one Character: drop the line end as the writer spells it.
    return String(header.dropLast(CSVWriter.lineEnd.count)) + ","
      + CSVWriter.row([.number("baseline_verdict"), .number("baseline_score"), .number("baseline")])
  }

  func appendReport(_ report: Report, to output: inout [UInt8]) {
    CSVReportRenderer().appendRow(report, rubric: rubric, to: &output)
  }

  func appendReport(_ report: Report, was: BatchBaseline.Entry?, to output: inout [UInt8]) {
    CSVReportRenderer().appendRow(report, rubric: rubric, to: &output)
    // The row's CRLF: the baseline's cells come after `error`.
    output.removeLast(2)
    let cells: [CSVWriter.Cell] =
      was.map {
        [
          .text($0.verdict), .number(NumberText.compact($0.score)),
          .number($0.verdict == report.verdict.id ? "same" : "moved"),
        ]
      } ?? [.empty, .empty, .number("new")]
    output += ("," + CSVWriter.row(cells)).utf8
  }

  func appendError(_ error: BatchRecordError, to output: inout [UInt8]) -> Bool {
    let row = CSVReportRenderer().errorRow(
      record: error.record, line: error.line, message: error.message, name: error.name, rubric: rubric)
    output +=
      (showsBaseline ? String(row.dropLast(CSVWriter.lineEnd.count)) + ",,," + CSVWriter.lineEnd : row).utf8
    return true
  }

  var listsErrorsAtEnd: Bool { false }
  func endBeforeErrors(_ summary: BatchSummary) -> String { "" }
  func listedError(_ error: BatchRecordError, index: Int) -> String { "" }
  func endAfterErrors(_ summary: BatchSummary) -> String { "" }
}
