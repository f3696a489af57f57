/// What a completion script asks `archadvisor __complete` for: the words that depend on the
/// rubric, which a script cannot know when it is written (a custom rubric has its own factors).
///
/// Hidden from help: a shell calls it at the cursor, with the `--rubric` of the line it completes.
struct CompletionQuery: Hashable, Sendable {
  /// The kinds of words.
  enum Kind: Hashable, Sendable {
    /// Every factor flag (`--team-size`).
    case factorFlags
    /// The option ids of the factor whose flag is given (none for a number).
    case factorValues(flag: String)
    /// `FACTOR=` for every factor id, for `--weight`.
    case factorWeights
    /// Every verdict id.
    case verdicts
    /// Every case id of the case library.
    case caseIDs
  }

  /// The hidden command word.
  static let command = "__complete"

  var kind: Kind
  /// The `--rubric` of the line being completed; `nil` is the embedded rubric.
  var rubricFile: String?
}
