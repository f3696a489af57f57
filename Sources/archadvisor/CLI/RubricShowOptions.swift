/// What `archadvisor rubric show` was asked for.
struct RubricShowOptions: Hashable, Sendable {
  /// The formats `rubric show` writes.
  enum Format: String, CaseIterable, Hashable, Sendable {
    /// Aligned text for a person.
    case text
    /// The rubric's factors as JSON, for scripts and editors.
    case json
  }

  /// The rubric to show; `nil` is the embedded default.
  var file: String?
  var format: Format = .text
}

extension RubricShowOptions {
  /// `rubric show`'s options, declared once. `--rubric FILE` is the positional FILE by another
  /// name, as the other commands take it.
  static let declarations: [OptionDeclaration<RubricShowOptions>] = [
    SharedOptions.format(\.format, Format.allCases, summary: "text (default) or json."),
    .value("--rubric", "FILE", .inputFile, summary: "The rubric to show, the same as FILE.") {
      (options, value) throws(CLIError) in
      guard options.file == nil else { throw CLIError.repeatedOption("--rubric") }
      options.file = value
    },
  ]
}
