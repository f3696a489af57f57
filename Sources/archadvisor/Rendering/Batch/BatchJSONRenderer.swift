import ArchAdvisorKit

/// A batch as one JSON document under the `schema` tag `archadvisor.batch/1`, written as it
/// streams: `schema`, `rubric` {`id`, `version`}, `reports` (each a ``JSONReportRenderer`` report
/// on one line, with `name` always present, `null` when the answer set had none), `errors` (each
/// `record`, `line`, `file`, `message`), and `summary` (the count per verdict id, then `errors`,
/// then, with robustness on, `tested` and `steady`: the verdicts tested under re-weighting and
/// those that hold in at least 90% of the re-weightings).
///
/// With `--baseline`, each report ends with `baseline`: the baseline's {`verdict`, `score`,
/// `moved`} for the project, or `null` when it is new since the baseline; and the summary ends
/// with `baseline` {`file`, `compared`, `moved`, `new`, `gone` (baseline reports no record
/// matched), `moves` [{`from`, `to`, `count`}, the most frequent first]}.
struct BatchJSONRenderer: BatchRenderer {
  /// The `schema` tag of a batch report.
  static let schemaTag = "archadvisor.batch/1"

  var rubric: Rubric
  /// Whether reports and the summary carry `baseline` (`batch --baseline`).
  var showsBaseline = false

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

  /// ``namedValue(_:)`` with `baseline` last: the baseline's verdict and score for the project,
  /// and whether the verdict moved; `null` when the project is new since the baseline.
  static func namedValue(_ report: Report, was: BatchBaseline.Entry?) -> JSONValue {
    let value = namedValue(report)
    guard case .object(var object) = value.kind else { return value }
    let baseline: JSONValue =
      was.map {
        .object([
          ("verdict", .string($0.verdict)), ("score", .number(NumberText.rounded($0.score))),
          ("moved", .bool($0.verdict != report.verdict.id)),
        ])
      } ?? .null
    object.members.append(JSONObject.Member(key: "baseline", value: baseline))
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
    if let file = summary.baselineFile {
      let moves = summary.sortedBaselineMoves.map { item -> JSONValue in
        .object([
          ("from", .string(item.move.from)), ("to", .string(item.move.to)), ("count", .integer(item.count)),
        ])
      }
      let baseline: JSONValue = .object([
        ("file", .string(file)), ("compared", .integer(summary.baselineCompared)),
        ("moved", .integer(summary.baselineMoved)), ("new", .integer(summary.baselineNew)),
        ("gone", .integer(summary.baselineGone)), ("moves", .array(moves)),
      ])
      text += ", \"baseline\": "
      JSONWriter(pretty: false).write(baseline, into: &text)
    }
    return text
  }

  func appendReport(_ report: Report, to output: inout [UInt8]) {
    var line = "\n    "
    JSONWriter(pretty: false).write(BatchJSONRenderer.namedValue(report), into: &line)
    output += line.utf8
  }

  func appendReport(_ report: Report, was: BatchBaseline.Entry?, to output: inout [UInt8]) {
    var line = "\n    "
    JSONWriter(pretty: false).write(BatchJSONRenderer.namedValue(report, was: was), into: &line)
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
