/// What `archadvisor cases show ID` was asked for.
struct CaseShowOptions: Hashable, Sendable {
  /// The case's id (checked against the library when it runs).
  var id = ""
  /// The rubric whose library holds the case; `nil` is the embedded default.
  var rubricFile: String?
  var format: CasesOptions.Format = .text
}

extension CaseShowOptions {
  /// `cases show`'s options, declared once.
  static let declarations: [OptionDeclaration<CaseShowOptions>] = [
    SharedOptions.rubric(\.rubricFile, summary: CasesOptions.rubricSummary),
    SharedOptions.format(\.format, CasesOptions.Format.allCases, summary: "text (default) or json."),
  ]
}
