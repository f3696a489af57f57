/// Why one answer set given as JSON text could not be read.
public enum AnswerSetError: Error, Hashable, Sendable {
  /// The text is not JSON; positions count from the start of the text.
  case notJSON(JSONParseError)
  /// The JSON is not a valid answer set. `name` is the answer set's name when it had one that
  /// could be read, so that whoever reports the failure can still say which project it was.
  case invalid(AnswerError, name: String?)
}
