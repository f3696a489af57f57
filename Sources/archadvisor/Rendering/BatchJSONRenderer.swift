import ArchAdvisorKit

/// A batch as one JSON document under the `schema` tag `archadvisor.batch/1`, written as it
/// streams: `schema`, `rubric` {`id`, `version`}, `reports` (each a ``JSONReportRenderer`` report
/// on one line, with `name` always present, `null` when the answer set had none), `errors` (each
/// `record`, `line`, `file`, `message`), and `summary` (the count per verdict id, then `errors`,
/// then, with robustness on, `tested` and `steady`: the verdicts tested under re-weighting and
/// those that hold in at least 90% of the re-weightings).
struct BatchJSONRenderer: BatchRenderer {
  /// The `schema` tag of a batch report.
  static let schemaTag = "archadvisor.batch/1"

  var rubric: Rubric

  var needsFlips: Bool { true }
  var needsExplanations: Bool { true }
  var separator: String { "," }

  func begin() -> String {
    "{\n  " + BatchJSONRenderer.header(rubric, separator: ",\n  ") + ",\n  \"reports\": ["
  }

  /// `"schema": "archadvisor.batch/1"` and `"rubric": {"id": …, "version": …}`, between them
  /// `separator`: how both batch JSON formats say what they are.
  static func header(_ rubric: Rubric, separator: String) -> String {
    var text = "\"schema\": "
    JSONWriter.appendQuoted(schemaTag, to: &text)
    text += separator + "\"rubric\": {\"id\": "
    JSONWriter.appendQuoted(rubric.id, to: &text)
    text += ", \"version\": "
    JSONWriter.appendQuoted(rubric.version, to: &text)
    return text + "}"
  }

  /// The report as JSON with `name` always present: every batch report names its answer set, so
  /// a script can match reports to its input.
  static func namedValue(_ report: Report) -> JSONValue {
    let value = JSONReportRenderer(pretty: false).jsonValue(report)
    guard report.name == nil, case .object(var object) = value.kind else { return value }
    object.members.insert(JSONObject.Member(key: "name", value: JSONValue(.null)), at: 1)
    return JSONValue(.object(object))
  }

  /// A rejected record: `{"record": 3, "line": 7, "file": "…", "message": "…"}`.
  static func errorObject(_ error: BatchRecordError) -> String {
    var text = "{\"record\": \(error.record), \"line\": \(error.line), \"file\": "
    JSONWriter.appendQuoted(error.file, to: &text)
    text += ", \"message\": "
    JSONWriter.appendQuoted(error.message, to: &text)
    return text + "}"
  }

  /// The summary's members: `"monolith": 2, …, "errors": 1` and, when the verdicts were tested
  /// under re-weighting, `"tested": 3, "steady": 2`.
  static func counts(_ summary: BatchSummary) -> String {
    var text = ""
    for (index, verdict) in summary.verdicts.enumerated() {
      JSONWriter.appendQuoted(verdict.id, to: &text)
      text += ": \(summary.verdictCounts[index]), "
    }
    text += "\"errors\": \(summary.errorCount)"
    if summary.testedCount > 0 {
      text += ", \"tested\": \(summary.testedCount), \"steady\": \(summary.steadyCount)"
    }
    return text
  }

  func appendReport(_ report: Report, to output: inout [UInt8]) {
    var line = "\n    "
    JSONWriter(pretty: false).write(BatchJSONRenderer.namedValue(report), into: &line)
    output += line.utf8
  }

  func appendError(_ error: BatchRecordError, to output: inout [UInt8]) -> Bool { false }

  var listsErrorsAtEnd: Bool { true }

  func endBeforeErrors(_ summary: BatchSummary) -> String {
    summary.reportCount > 0 ? "\n  ],\n  \"errors\": [" : "],\n  \"errors\": ["
  }

  func listedError(_ error: BatchRecordError, index: Int) -> String {
    (index > 0 ? ",\n    " : "\n    ") + BatchJSONRenderer.errorObject(error)
  }

  func endAfterErrors(_ summary: BatchSummary) -> String {
    let text = summary.errorCount == 0 ? "],\n  \"summary\": {" : "\n  ],\n  \"summary\": {"
    return text + BatchJSONRenderer.counts(summary) + "}\n}\n"
  }
}
