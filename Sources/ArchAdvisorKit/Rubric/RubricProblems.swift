/// Every problem found in a rubric, thrown together so that an author fixes them all in one pass.
public struct RubricProblems: Error, Hashable, Sendable, CustomStringConvertible {
  /// The problems in the order they appear in the file; problems without a position come first.
  public var problems: [RubricProblem]

  /// Collects problems, putting them in file order (the sort is stable, so problems at one
  /// position keep the order they were found in).
  public init(_ problems: [RubricProblem]) {
    self.problems = problems.enumerated().sorted { lhs, rhs in
      switch (lhs.element.position, rhs.element.position) {
      case (nil, nil): return lhs.offset < rhs.offset
      case (nil, _): return true
      case (_, nil): return false
      case (let left?, let right?):
        return left.offset != right.offset ? left.offset < right.offset : lhs.offset < rhs.offset
      }
    }.map(\.element)
  }

  /// One problem per line, in file order.
  public var description: String {
    problems.map(\.description).joined(separator: "\n")
  }
}
