/// What `archadvisor cases show ID` was asked for.
struct CaseShowOptions: Hashable, Sendable {
  /// The case's id (checked against the library when it runs).
  var id: String
  /// The rubric whose library holds the case; `nil` is the embedded default.
  var rubricFile: String?
  var format: CasesOptions.Format = .text
}
