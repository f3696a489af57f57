import ArchAdvisorKit

/// Turns records into rendered output: parses, reads against the rubric, scores and renders,
/// counting what the summary needs. Pure, so blocks of records are split between threads.
struct BatchWorker<Renderer: BatchRenderer>: Sendable {
  /// The output and counts of one run of consecutive records.
  struct Part: Sendable {
    /// UTF-8 text.
    var output: [UInt8] = []
    /// Whether `output` holds any report or inline error (and so needs a separator before it).
    var wroteAny = false
    var summary: BatchSummary
  }

  let reader: AnswersReader
  let scorer: Scorer
  let renderer: Renderer
  /// The rubric's case library, for each report's nearest precedent; `nil` when it has none.
  let precedents: PrecedentFinder?
  /// An empty summary, copied for each part.
  let emptySummary: BatchSummary
  /// `--baseline`: the earlier batch each report is compared with; `nil` without one.
  let baseline: BatchBaseline?

  init(
    rubric: Rubric, renderer: Renderer, precedents: PrecedentFinder? = nil, robustness: Bool = true,
    baseline: BatchBaseline? = nil
  ) {
    reader = AnswersReader(rubric: rubric)
    scorer = Scorer(
      rubric: rubric,
      options: Scorer.Options(
        includeFlips: renderer.needsFlips, includeExplanations: renderer.needsExplanations,
        // A table shows each verdict's share, not the weight ranges.
        robustness: robustness ? Robustness.Settings(includesRanges: renderer.needsExplanations) : nil))
    self.renderer = renderer
    self.precedents = precedents
    var summary = BatchSummary(rubric: rubric, entryLimit: renderer.portfolioLimit)
    summary.baselineFile = baseline?.file
    emptySummary = summary
    self.baseline = baseline
  }

  /// Processes consecutive records, in order.
  func process(_ records: ArraySlice<BatchRecord>) -> Part {
    var part = Part(summary: emptySummary)
    part.output.reserveCapacity(records.count * 160)
    for record in records {
      // Typed throws rather than a `Result`: binding a report out of a `Result` copied it whole
      // (every factor's strings retained and released again) for every record.
      do throws(BatchRecordError) {
        let report = try self.report(record)
        if part.wroteAny { part.output += renderer.separator.utf8 }
        // Without a baseline this check is all the work it adds per record.
        part.summary.add(report, record: record.number)
        if let baseline {
          let position = baseline.match(name: report.name, record: record.number)
          let was = position.flatMap { baseline.entries[$0] }
          renderer.appendReport(report, was: was, to: &part.output)
          part.summary.addBaseline(report, record: record.number, was: was, position: position)
        } else {
          renderer.appendReport(report, to: &part.output)
        }
        part.wroteAny = true
      } catch {
        var text: [UInt8] = []
        if renderer.appendError(error, to: &text) {
          if part.wroteAny { part.output += renderer.separator.utf8 }
          part.output += text
          part.wroteAny = true
        }
        part.summary.add(error)
      }
    }
    return part
  }

  /// The report of one record, or why there is none.
  func report(_ record: BatchRecord) throws(BatchRecordError) -> Report {
    switch record.content {
    case .unreadable(let message):
      throw error(record, message)
    case .line(let bytes):
      do {
        var report = scorer.score(try reader.answerSheet(fromJSON: bytes))
        // One per project: a batch is read as a table, and the nearest is the one to look at.
        precedents?.cite(in: &report, limit: 1)
        return report
      } catch {
        // Positions count within the record: moved to where the record starts in its input.
        switch error {
        case .notJSON(let parseError):
          let position = shifted(parseError.position, to: record)
          throw self.error(record, "\(position): not valid JSON: \(parseError.reasonText)")
        case .invalid(var answerError, let name):
          if let position = answerError.position { answerError.position = shifted(position, to: record) }
          var failure = self.error(record, answerError.description)
          failure.name = name
          throw failure
        }
      }
    }
  }

  private func error(_ record: BatchRecord, _ message: String) -> BatchRecordError {
    BatchRecordError(record: record.number, line: record.line, file: record.file, message: message)
  }

  /// A position within a record, moved to where the record stands in its input: its lines
  /// after the record's first, and on that first line its columns after the record's start.
  private func shifted(_ position: SourcePosition, to record: BatchRecord) -> SourcePosition {
    SourcePosition(
      line: position.line + record.line - 1,
      column: position.line == 1 ? position.column + record.column - 1 : position.column,
      offset: position.offset)
  }
}
