/// What `archadvisor cases` was asked for: which cases of the rubric's library to list, and how.
struct CasesOptions: Hashable, Sendable {
  /// The formats `cases` and `cases show` write.
  enum Format: String, CaseIterable, Hashable, Sendable {
    /// Lines for a person.
    case text
    /// JSON for scripts.
    case json
  }

  /// Keep only the cases that chose this verdict id (checked against the rubric when it runs).
  var verdict: String?
  /// Keep only generative-AI and model-serving systems.
  var generativeAIOnly = false
  /// The rubric whose library to list; `nil` is the embedded default.
  var rubricFile: String?
  var format: Format = .text
}

extension CasesOptions {
  /// `--rubric` for the case library commands: the library beside that rubric.
  static let rubricSummary =
    "The case library of this rubric (its \"cases\" file, beside it) instead of the embedded one."

  /// `cases`'s options, declared once.
  static let declarations: [OptionDeclaration<CasesOptions>] = [
    .value(
      "--verdict", "VERDICT", .verdict,
      summary: "Only the cases that chose VERDICT, a verdict id of the rubric (e.g. microservices)."
    ) { $0.verdict = $1 },
    .flag("--genai", summary: "Only generative-AI and model-serving systems.") { $0.generativeAIOnly = true },
    SharedOptions.rubric(\.rubricFile, summary: rubricSummary),
    SharedOptions.format(\.format, Format.allCases, summary: "text (default) or json."),
  ]
}
