import ArchAdvisorKit

/// A batch as CSV: ``CSVReportRenderer``'s header and one row per answer set, in input order;
/// a rejected record is a row of its own with only `name` (if known) and `error` filled, where it
/// stood in the input. There is no summary row: a spreadsheet counts for itself.
struct BatchCSVRenderer: BatchRenderer {
  var rubric: Rubric

  var needsFlips: Bool { false }
  var needsExplanations: Bool { false }
  var separator: String { "" }

  func begin() -> String { CSVReportRenderer().header(rubric: rubric) }

  func appendReport(_ report: Report, to output: inout [UInt8]) {
    CSVReportRenderer().appendRow(report, rubric: rubric, to: &output)
  }

  func appendError(_ error: BatchRecordError, to output: inout [UInt8]) -> Bool {
    output +=
      CSVReportRenderer().errorRow(
        record: error.record, line: error.line, message: error.message, name: error.name, rubric: rubric
      ).utf8
    return true
  }

  var listsErrorsAtEnd: Bool { false }
  func endBeforeErrors(_ summary: BatchSummary) -> String { "" }
  func listedError(_ error: BatchRecordError, index: Int) -> String { "" }
  func endAfterErrors(_ summary: BatchSummary) -> String { "" }
}
