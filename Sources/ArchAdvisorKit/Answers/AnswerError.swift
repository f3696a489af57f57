/// An answer that does not fit the rubric: a value of the wrong type, a number out of range, an
/// option the factor does not have, an unknown factor, a malformed answer set.
///
/// Renders as one sentence that names the factor and what it accepts, prefixed by where the
/// answer came from when that is known:
/// `a.json:3:17: answers.scaling: "huge" is not an option; expected one of steady, growing, spiky`,
/// or from a flag: `team_size: "banana" is not a whole number; expected a whole number of engineers ≥ 1`.
public struct AnswerError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file the answers came from, if any.
  public var file: String?
  /// Where the offending value (or key) starts in that file.
  public var position: SourcePosition?
  /// Where in the answer set the problem is, e.g. `answers.team_size`; `nil` for a value read on
  /// its own (a flag, a prompt) and empty for the answer set as a whole.
  public var path: String?
  /// The id of the factor the answer was for, when it was for a known factor.
  public var factor: String?
  /// What is wrong and what would be accepted, without the location.
  public var message: String

  public init(
    file: String? = nil, position: SourcePosition? = nil, path: String? = nil, factor: String? = nil,
    message: String
  ) {
    self.file = file
    self.position = position
    self.path = path
    self.factor = factor
    self.message = message
  }

  public var description: String {
    LocatedMessage.render(file: file, position: position, subject: path ?? factor, message: message)
  }
}
