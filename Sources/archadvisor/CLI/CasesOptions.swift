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
