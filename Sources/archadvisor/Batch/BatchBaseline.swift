import ArchAdvisorKit

/// What `batch --baseline OLD.jsonl` compares each project with: an earlier `batch --format
/// jsonl` output, kept as no more than each project's name, verdict and score.
///
/// **Matching.** A project is matched by its name when that name is held by exactly one report
/// of the baseline. A name that several baseline reports share, or no name at all, is matched
/// by position instead: record N of this batch with record N of the baseline (the baseline's
/// error lines count as records, as they did in its batch), when that record has the same name
/// (or, like it, none). Anything else is new since the baseline. A name that this batch repeats
/// but the baseline holds once is compared with that one report each time. Baseline reports no
/// record matched are the projects no longer present ("gone").
///
/// The baseline is read whole before the batch starts, line by line (streamed, like batch
/// input), so its own size in memory is a few fields per project; the batch input stays
/// streamed.
struct BatchBaseline: Sendable {
  /// One project of the baseline.
  struct Entry: Hashable, Sendable {
    var name: String?
    /// The final verdict's id.
    var verdict: String
    /// The need score as the baseline wrote it.
    var score: Double
  }

  /// The file as named on the command line.
  var file: String
  /// By position (record number − 1); `nil` where the baseline rejected the record.
  var entries: [Entry?]
  /// The rubric the baseline's summary line names, when it has one.
  var rubric: RubricVersion?
  /// Name → position, for the names exactly one baseline report holds.
  private var uniqueNames: [String: Int] = [:]

  init(file: String, entries: [Entry?], rubric: RubricVersion?) {
    self.file = file
    self.entries = entries
    self.rubric = rubric
    var counts: [String: Int] = [:]
    for entry in entries { if let name = entry?.name { counts[name, default: 0] += 1 } }
    for (index, entry) in entries.enumerated() {
      if let name = entry?.name, counts[name] == 1 { uniqueNames[name] = index }
    }
  }

  /// How many projects the baseline reported.
  var reportCount: Int { entries.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

  /// The position of the baseline report that the answer set `name`, record `record` of this
  /// batch, is compared with; `nil` when it is new since the baseline.
  func match(name: String?, record: Int) -> Int? {
    if let name, let index = uniqueNames[name] { return index }
    let index = record - 1
    guard index >= 0, index < entries.count, let entry = entries[index], entry.name == name else {
      return nil
    }
    return index
  }

  /// Reads a `batch --format jsonl` output: report lines, `{"error": …}` lines and the final
  /// `{"summary": …}`. A missing file exits 66; a line that is not JSON, or not one of those
  /// three, 65 with its line.
  static func read(_ path: String) throws(CLIError) -> BatchBaseline {
    var input = try BatchInput.open(path)
    defer { input.close() }
    var entries: [Entry?] = []
    var rubric: RubricVersion?
    var records: [BatchRecord] = []
    var next = 1
    var more = true
    while more {
      more = try input.read(into: &records, next: &next)
      for record in records {
        guard rubric == nil else {
          throw problem(record, "the summary line must be the last; is this more than one batch's output?")
        }
        guard case .line(let bytes) = record.content else {
          if case .unreadable(let message) = record.content { throw problem(record, message) }
          continue
        }
        let value: JSONValue
        do {
          value = try JSONParser().parse(bytes)
        } catch {
          throw CLIError.invalidJSON(
            file: record.file, location: "\(record.line):\(error.position.column)", reason: error.reasonText)
        }
        let object = value.objectValue
        // A whole `batch --format json` report has a "summary" too: it is not a summary line.
        if object?["schema"]?.stringValue?.hasPrefix("archadvisor.batch/") == true {
          throw problem(
            record,
            "this is a batch --format json report; --baseline reads the output of batch --format jsonl")
        }
        if let summary = object?["summary"]?.objectValue {
          let fields = summary["rubric"]?.objectValue
          if let id = fields?["id"]?.stringValue, let version = fields?["version"]?.stringValue {
            rubric = RubricVersion(id: id, version: version)
          } else {
            rubric = RubricVersion(id: "", version: "")
          }
        } else if object?["error"] != nil {
          entries.append(nil)
        } else if let object, object["schema"]?.stringValue?.hasPrefix("archadvisor.report/") == true,
          let verdict = object["verdict"]?.objectValue?["id"]?.stringValue,
          let score = object["score"]?.doubleValue
        {
          entries.append(Entry(name: object["name"]?.stringValue, verdict: verdict, score: score))
        } else {
          throw problem(
            record,
            "expected a line of batch --format jsonl output: a report, {\"error\": …} or {\"summary\": …}")
        }
      }
      records.removeAll(keepingCapacity: true)
    }
    let known = rubric.flatMap { $0.id.isEmpty ? nil : $0 }
    return BatchBaseline(file: InputFiles.displayName(path), entries: entries, rubric: known)
  }

  private static func problem(_ record: BatchRecord, _ message: String) -> CLIError {
    CLIError.invalidAnswers(
      AnswerError(
        file: record.file, position: SourcePosition(line: record.line, column: record.column, offset: 0),
        message: "--baseline: " + message))
  }
}
