/// What `archadvisor diff OLD NEW` was asked for.
struct DiffOptions: Hashable, Sendable {
  /// The formats `diff` writes.
  enum Format: String, CaseIterable, Hashable, Sendable {
    /// Sections for a person: what changed, then how the outcome moved.
    case text
    /// The same as JSON, for scripts.
    case json
    /// A pull request's description or a review's notes.
    case markdown
    /// One self-contained page with charts, for people who will not read a terminal.
    case html
  }

  /// The earlier assessment: an answers file or a saved JSON report; `-` is standard input.
  var old = ""
  /// The later assessment, in the same form.
  var new = ""
  /// `--rubric FILE`: the rubric both are scored with; `nil` is the embedded default.
  var rubricFile: String?
  var format: Format = .text
  /// `--output FILE`; `nil` is standard output.
  var outputFile: String?
  /// `--fail-on-change`: exit 1 when the verdict moved.
  var failOnChange = false
  var color: ColorMode = .auto
  /// `--quiet`: no notes on standard error.
  var quiet = false
}

extension DiffOptions {
  /// `diff`'s options, declared once.
  static let declarations: [OptionDeclaration<DiffOptions>] = [
    SharedOptions.rubric(
      \.rubricFile, summary: "Score both with this rubric instead of the embedded genai-architecture rubric."),
    SharedOptions.format(
      \.format, Format.allCases,
      summary: "text (default), json, markdown (for a pull request) or html (a page with charts)."),
    SharedOptions.output(
      \.outputFile, summary: "Write the diff to FILE (all or nothing) instead of standard output (-)."),
    .flag("--fail-on-change", summary: "Exit 1 (after writing the diff) when the verdict moved.") {
      $0.failOnChange = true
    },
    SharedOptions.quiet(\.quiet),
    SharedOptions.color(\.color),
  ]
}
