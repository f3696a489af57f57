/// A named answer set with the verdict the rubric's author expects: the rubric's own unit test,
/// scored by `rubric check`.
public struct RubricExample: Hashable, Sendable {
  public var name: String
  public var answers: Answers
  /// The verdict id the author expects.
  public var expect: String

  public init(name: String, answers: Answers, expect: String) {
    self.name = name
    self.answers = answers
    self.expect = expect
  }
}
