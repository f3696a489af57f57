/// The problems found so far while a rubric is read: passed `inout` through the validation
/// functions so that each one reports what it finds and reading goes on, and every problem is
/// reported at once.
struct ProblemCollector {
  /// The file the rubric came from, stamped on every problem.
  let file: String?
  private(set) var problems: [RubricProblem] = []

  init(file: String?) {
    self.file = file
  }

  /// How many problems have been found: a reader compares it before and after reading a part to
  /// tell whether that part was clean.
  var count: Int { problems.count }

  mutating func report(_ message: String, at position: SourcePosition?, path: String) {
    problems.append(RubricProblem(file: file, position: position, path: path, message: message))
  }

  /// "expected a number, got a string" at the value.
  mutating func reportType(expected: String, got value: JSONValue, path: String) {
    report("expected \(expected), got \(value.typeDescription)", at: value.position, path: path)
  }
}

/// Builds the paths problems are reported at: `factors[3].options[1].lean`.
enum RubricPath {
  /// `parent.key`, or `key` at the top.
  static func member(_ parent: String, _ key: String) -> String {
    parent.isEmpty ? key : parent + "." + key
  }

  /// `parent[index]`.
  static func element(_ parent: String, _ index: Int) -> String {
    parent + "[" + String(index) + "]"
  }
}
