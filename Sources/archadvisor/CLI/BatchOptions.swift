/// What `archadvisor batch` was asked to do: which inputs, which rubric, which format, where.
struct BatchOptions: Hashable, Sendable {
  /// The formats a batch report can be written in (an ADR records one decision, not many).
  static let formats: [OutputFormat] = [.text, .json, .jsonl, .markdown, .csv, .html]

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

extension BatchOptions {
  /// `batch`'s options, declared once: no `--name` or `--date`, since every answer set carries its
  /// own, and no `adr` format (one decision per record).
  static let declarations: [OptionDeclaration<BatchOptions>] = [
    SharedOptions.rubric(\.rubricFile),
    SharedOptions.format(
      \.format, formats,
      summary:
        "text (default), json, jsonl (a report per line as it goes), markdown, csv or html (a page with charts)."
    ),
    SharedOptions.output(\.outputFile),
    SharedOptions.failOn(
      \.failOn,
      summary: "Exit 1 (after writing the report) when any answer set gets one of VERDICTS (comma-separated)."
    ),
    .value(
      "--baseline", "FILE", .inputFile,
      summary: "Compare each verdict and score with an earlier batch --format jsonl output (was → now)."
    ) { $0.baselineFile = $1 },
    .flag(
      "--precedents",
      summary: "Also cite each project's nearest documented decision (precedent columns); slower."
    ) { $0.precedents = true },
    SharedOptions.noRobustness(\.robustness),
    SharedOptions.quiet(\.quiet),
    SharedOptions.color(\.color),
  ]
}
