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
