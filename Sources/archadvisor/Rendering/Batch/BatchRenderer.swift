import ArchAdvisorKit

/// One output format of a batch report, written as it streams: the beginning, each report and
/// each rejected record in input order, then the end with the summary.
///
/// ``appendReport(_:to:)`` and ``appendError(_:to:)`` are pure and run on several threads at once,
/// each on its own part of a block; the parts are then joined with ``separator`` in input order.
protocol BatchRenderer: Sendable {
  /// Whether reports must carry their flips (the most expensive part of scoring).
  var needsFlips: Bool { get }
  /// Whether reports must carry their sentences (factor reasons, the confidence explanation):
  /// formats that never show them let the scorer skip writing them for every answer set.
  var needsExplanations: Bool { get }
  /// What goes between two consecutive reports (`,` in JSON), none before the first.
  var separator: String { get }
  /// The text before the first record.
  func begin() -> String
  /// Appends one report's UTF-8 text.
  func appendReport(_ report: Report, to output: inout [UInt8])
  /// Appends one report's UTF-8 text with how it compares with `batch --baseline`: `was` is the
  /// baseline's report of the same project, `nil` when the project is new since the baseline.
  /// Called instead of ``appendReport(_:to:)`` when, and only when, there is a baseline.
  func appendReport(_ report: Report, was: BatchBaseline.Entry?, to output: inout [UInt8])
  /// Appends a rejected record where it stands in the input; formats that list errors at the end
  /// append nothing. Returns whether it appended (and so needs a ``separator`` like a report).
  func appendError(_ error: BatchRecordError, to output: inout [UInt8]) -> Bool
  /// Whether rejected records are listed at the end (through ``listedError(_:index:)``) rather
  /// than where they stand (``appendError(_:to:)``).
  var listsErrorsAtEnd: Bool { get }
  /// The text after the last record, before the rejected records are listed.
  func endBeforeErrors(_ summary: BatchSummary) -> String
  /// One rejected record as the end lists it; `index` counts from 0.
  func listedError(_ error: BatchRecordError, index: Int) -> String
  /// The text after the rejected records: the summary.
  func endAfterErrors(_ summary: BatchSummary) -> String
  /// How many reports the summary keeps as ``PortfolioEntry`` values (the first, in input
  /// order) for a picture of the whole portfolio at the end; 0 keeps none.
  var portfolioLimit: Int { get }
}

extension BatchRenderer {
  var portfolioLimit: Int { 0 }
}
