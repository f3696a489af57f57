/// One thing wrong with a rubric, located by file, line, column and its path in the rubric.
///
/// Renders the way compilers print diagnostics, leaving out what is not known:
/// `my-rubric.json:42:17: factors[3].options[1].lean: 2.5 is outside -1…1`.
public struct RubricProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// The rubric file as the user named it, if it came from one.
  public var file: String?
  /// Where in the file the problem is: the offending value, key, or the enclosing object when
  /// something is missing from it.
  public var position: SourcePosition?
  /// Where in the rubric the problem is, e.g. `factors[3].options[1].lean`; empty for the rubric
  /// as a whole (and for JSON syntax errors).
  public var path: String
  /// What is wrong, in one sentence.
  public var message: String

  public init(file: String? = nil, position: SourcePosition? = nil, path: String = "", message: String) {
    self.file = file
    self.position = position
    self.path = path
    self.message = message
  }

  public var description: String {
    LocatedMessage.render(file: file, position: position, subject: path, message: message)
  }
}
