/// What `archadvisor batch` was asked to do: which inputs, which rubric, which format, where.
struct BatchOptions: Hashable, Sendable {
  /// The formats a batch report can be written in (an ADR records one decision, not many).
  static let formats: [OutputFormat] = [.text, .json, .jsonl, .markdown, .csv]

  /// The input files in order; empty (or `-`) is standard input.
  var files: [String] = []
  /// `--rubric FILE`; `nil` is the embedded default rubric.
  var rubricFile: String?
  /// `--format`.
  var format: OutputFormat = .text
  /// `--output FILE`; `nil` is standard output.
  var outputFile: String?
  /// `--color`.
  var color: ColorMode = .auto
  /// `--fail-on VERDICT`: exit 1 when any answer set gets this verdict id.
  var failOn: [String] = []
  /// `--precedents`: cite each answer set's nearest documented decision (off by default: it
  /// costs the batch a sixth of its speed).
  var precedents = false
  /// `--no-robustness` turns this off: each verdict tested under re-weighting (a column, a
  /// summary line and a part in confidence).
  var robustness = true
  /// `--baseline OLD.jsonl`: an earlier `batch --format jsonl` output to compare each verdict
  /// and score with; `nil` without one.
  var baselineFile: String?
  /// `--quiet`: no notes, counts or progress on standard error.
  var quiet = false
}
