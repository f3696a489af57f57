/// A rubric example whose verdict is not the one its author expects.
public struct ExampleMismatch: Hashable, Sendable {
  /// The example's name.
  public var example: String
  /// The verdict id the author expects.
  public var expected: String
  /// The verdict id the scorer gives.
  public var actual: String
  /// The score the scorer gives.
  public var score: Double

  public init(example: String, expected: String, actual: String, score: Double) {
    self.example = example
    self.expected = expected
    self.actual = actual
    self.score = score
  }
}

extension Scorer {
  /// Scores every example of the rubric (without flips) and returns those whose final verdict
  /// differs from the one expected, in the rubric's order: the rubric's own unit tests.
  public func checkExamples() -> [ExampleMismatch] {
    rubric.examples.compactMap { example in
      let report = score(example.answers, includeFlips: false)
      guard report.verdict.id != example.expect else { return nil }
      return ExampleMismatch(
        example: example.name, expected: example.expect, actual: report.verdict.id, score: report.score)
    }
  }
}
