/// What `archadvisor rubric diff OLD NEW` was asked for.
struct RubricDiffOptions: Hashable, Sendable {
  /// The formats `rubric diff` writes.
  enum Format: String, CaseIterable, Hashable, Sendable {
    /// Sections for a person: what changed, then the verdicts that move.
    case text
    /// The changes and moves as JSON, for scripts.
    case json
    /// A pull request's description.
    case markdown
  }

  /// The word that names the embedded default rubric in place of a file.
  static let defaultRubricWord = "default"

  /// The rubric compared from: a file, `-` (standard input), or `nil` for the embedded default.
  var old: String?
  /// The rubric compared to, in the same form.
  var new: String?
  var format: Format = .text
  var color: ColorMode = .auto
}

extension RubricDiffOptions {
  /// `rubric diff`'s options, declared once.
  static let declarations: [OptionDeclaration<RubricDiffOptions>] = [
    SharedOptions.format(
      \.format, Format.allCases, summary: "text (default), json or markdown (for a pull request)."),
    SharedOptions.color(\.color),
  ]
}
