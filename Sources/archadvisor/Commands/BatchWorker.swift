import ArchAdvisorKit

/// Turns records into rendered output: parses, reads against the rubric, scores and renders,
/// counting what the summary needs. Pure, so blocks of records are split between threads.
struct BatchWorker<Renderer: BatchRenderer>: Sendable {
  /// The output and counts of one run of consecutive records.
  struct Part: Sendable {
    var output = ""
    /// Whether `output` holds any report or inline error (and so needs a separator before it).
    var wroteAny = false
    var summary: BatchSummary
  }

  let reader: AnswersReader
  let scorer: Scorer
  let renderer: Renderer
  /// An empty summary, copied for each part.
  let emptySummary: BatchSummary

  init(rubric: Rubric, renderer: Renderer) {
    reader = AnswersReader(rubric: rubric)
    scorer = Scorer(
      rubric: rubric,
      options: Scorer.Options(
        includeFlips: renderer.needsFlips, includeExplanations: renderer.needsExplanations))
    self.renderer = renderer
    emptySummary = BatchSummary(rubric: rubric)
  }

  /// Processes consecutive records, in order.
  func process(_ records: ArraySlice<BatchRecord>) -> Part {
    var part = Part(summary: emptySummary)
    part.output.reserveCapacity(records.count * 160)
    for record in records {
      switch outcome(record) {
      case .success(let report):
        if part.wroteAny { part.output += renderer.separator }
        renderer.appendReport(report, to: &part.output)
        part.wroteAny = true
        part.summary.add(report)
      case .failure(let error):
        var text = ""
        if renderer.appendError(error, to: &text) {
          if part.wroteAny { part.output += renderer.separator }
          part.output += text
          part.wroteAny = true
        }
        part.summary.errors.append(error)
      }
    }
    return part
  }

  /// The report of one record, or why there is none.
  func outcome(_ record: BatchRecord) -> Result<Report, BatchRecordError> {
    let value: JSONValue
    switch record.content {
    case .unreadable(let message):
      return .failure(error(record, message))
    case .value(let element):
      value = element
    case .line(let bytes):
      do {
        value = try JSONParser().parse(bytes)
      } catch {
        // The parser counts lines within the record; a JSON Lines record is one line.
        let position = shifted(error.position, by: record.line)
        return .failure(self.error(record, "\(position): not valid JSON: \(error.reasonText)"))
      }
    }
    do {
      return .success(scorer.score(try reader.answers(from: value, file: nil)))
    } catch {
      var located = error
      if case .line = record.content, let position = located.position {
        located.position = shifted(position, by: record.line)
      }
      var failure = self.error(record, located.description)
      failure.name = value.objectValue?["name"]?.stringValue
      return .failure(failure)
    }
  }

  private func error(_ record: BatchRecord, _ message: String) -> BatchRecordError {
    BatchRecordError(record: record.number, line: record.line, file: record.file, message: message)
  }

  /// A position within a one-line record, moved to the record's line in its input.
  private func shifted(_ position: SourcePosition, by line: Int) -> SourcePosition {
    SourcePosition(line: position.line + line - 1, column: position.column, offset: position.offset)
  }
}
