import ArchAdvisorKit

/// The options of every command that writes one report: which rubric, which format, where.
struct ReportOptions: Hashable, Sendable {
  /// `--rubric FILE`; `nil` is the embedded default rubric.
  var rubricFile: String?
  /// `--format`.
  var format: OutputFormat = .text
  /// `--output FILE`; `nil` is standard output.
  var outputFile: String?
  /// `--name NAME`: the project's name, over the one in an answers file.
  var name: String?
  /// `--date YYYY-MM-DD`: the decision date an ADR carries; `nil` is today.
  var date: String?
  /// `--color`.
  var color: ColorMode = .auto
  /// `--fail-on VERDICT`: exit 1 when the verdict is this id.
  var failOn: [String] = []
  /// `--no-robustness` turns this off: the verdict tested under re-weighting.
  var robustness = true
  /// `--status`, `--decision-makers`, `--consulted`, `--informed`, for an ADR.
  var decision = DecisionRecordDetails()
  /// `--no-input`: never prompt (`ask` then fails, naming the flags to pass instead).
  var noInput = false
  /// `--quiet`: no notes on standard error.
  var quiet = false

  /// What the scorer computes for a report with these options.
  var scorerOptions: Scorer.Options {
    Scorer.Options(robustness: robustness ? .standard : nil)
  }
}
