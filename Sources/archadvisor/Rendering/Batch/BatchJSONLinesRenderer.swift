import ArchAdvisorKit

/// A batch as JSON Lines, written as it streams: one line per record in input order, then the
/// summary, so that jq, DuckDB or pandas can read each line as it comes instead of a document
/// they must hold whole.
///
/// - A report is a ``JSONReportRenderer`` report on one line (`schema` `archadvisor.report/2`),
///   with `name` always present (`null` when the answer set had none).
/// - A rejected record is `{"error": {"record", "line", "file", "message"}}` where it stood.
/// - The last line is `{"summary": {…}}`: `schema` `archadvisor.batch/1`, `rubric` {`id`,
///   `version`}, the count per verdict id, `errors`, and, with robustness on, `tested` and
///   `steady` (the verdicts that hold in at least 90% of the re-weightings).
/// - With `--baseline`, each report line ends with `baseline` and the summary with `baseline`,
///   as in ``BatchJSONRenderer``.
struct BatchJSONLinesRenderer: BatchRenderer {
  var rubric: Rubric
  /// Whether report lines and the summary carry `baseline` (`batch --baseline`).
  var showsBaseline = false

  var needsFlips: Bool { true }
  var needsExplanations: Bool { true }
  var separator: String { "" }

  func begin() -> String { "" }

  func appendReport(_ report: Report, to output: inout [UInt8]) {
    var line = ""
    JSONWriter(pretty: false).write(BatchJSONRenderer.namedValue(report), into: &line)
    output += line.utf8
    output.append(0x0A)
  }

  func appendReport(_ report: Report, was: BatchBaseline.Entry?, to output: inout [UInt8]) {
    var line = ""
    JSONWriter(pretty: false).write(BatchJSONRenderer.namedValue(report, was: was), into: &line)
    output += line.utf8
    output.append(0x0A)
  }

  func appendError(_ error: BatchRecordError, to output: inout [UInt8]) -> Bool {
    output += ("{\"error\": " + BatchJSONRenderer.errorObject(error) + "}\n").utf8
    return true
  }

  var listsErrorsAtEnd: Bool { false }

  func endBeforeErrors(_ summary: BatchSummary) -> String { "" }

  func listedError(_ error: BatchRecordError, index: Int) -> String { "" }

  func endAfterErrors(_ summary: BatchSummary) -> String {
    "{\"summary\": {" + BatchJSONRenderer.header(rubric, separator: ", ") + ", "
      + BatchJSONRenderer.counts(summary)
      + "}}\n"
  }
}
