import ArchAdvisorKit

/// A batch as one JSON document under the `schema` tag `archadvisor.batch/1`, written as it
/// streams: `schema`, `rubric` {`id`, `version`}, `reports` (each a ``JSONReportRenderer`` report
/// on one line, with `name` always present, `null` when the answer set had none), `errors` (each
/// `record`, `line`, `file`, `message`), and `summary` (the count per verdict id, then `errors`).
struct BatchJSONRenderer: BatchRenderer {
  /// The `schema` tag of a batch report.
  static let schemaTag = "archadvisor.batch/1"

  var rubric: Rubric

  var needsFlips: Bool { true }
  var needsExplanations: Bool { true }
  var separator: String { "," }

  func begin() -> String {
    var text = "{\n  \"schema\": "
    JSONWriter.appendQuoted(BatchJSONRenderer.schemaTag, to: &text)
    text += ",\n  \"rubric\": {\"id\": "
    JSONWriter.appendQuoted(rubric.id, to: &text)
    text += ", \"version\": "
    JSONWriter.appendQuoted(rubric.version, to: &text)
    return text + "},\n  \"reports\": ["
  }

  func appendReport(_ report: Report, to output: inout [UInt8]) {
    var line = ""
    var value = JSONReportRenderer(pretty: false).jsonValue(report)
    // Every batch report names its answer set, so a script can match reports to its input.
    if report.name == nil, case .object(var object) = value.kind {
      object.members.insert(JSONObject.Member(key: "name", value: JSONValue(.null)), at: 1)
      value = JSONValue(.object(object))
    }
    line += "\n    "
    JSONWriter(pretty: false).write(value, into: &line)
    output += line.utf8
  }

  func appendError(_ error: BatchRecordError, to output: inout [UInt8]) -> Bool { false }

  var listsErrorsAtEnd: Bool { true }

  func endBeforeErrors(_ summary: BatchSummary) -> String {
    summary.reportCount > 0 ? "\n  ],\n  \"errors\": [" : "],\n  \"errors\": ["
  }

  func listedError(_ error: BatchRecordError, index: Int) -> String {
    var text = index > 0 ? ",\n    " : "\n    "
    text += "{\"record\": \(error.record), \"line\": \(error.line), \"file\": "
    JSONWriter.appendQuoted(error.file, to: &text)
    text += ", \"message\": "
    JSONWriter.appendQuoted(error.message, to: &text)
    return text + "}"
  }

  func endAfterErrors(_ summary: BatchSummary) -> String {
    var text = summary.errorCount == 0 ? "],\n  \"summary\": {" : "\n  ],\n  \"summary\": {"
    for (index, verdict) in summary.verdicts.enumerated() {
      JSONWriter.appendQuoted(verdict.id, to: &text)
      text += ": \(summary.verdictCounts[index]), "
    }
    return text + "\"errors\": \(summary.errorCount)}\n}\n"
  }
}
