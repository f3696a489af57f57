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
  /// Appends a rejected record where it stands in the input; formats that list errors at the end
  /// append nothing. Returns whether it appended (and so needs a ``separator`` like a report).
  func appendError(_ error: BatchRecordError, to output: inout [UInt8]) -> Bool
  /// The text after the last record: whatever lists errors and the summary.
  func end(_ summary: BatchSummary) -> String
}
