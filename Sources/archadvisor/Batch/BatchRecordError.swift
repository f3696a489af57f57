/// An answer set of a batch that could not be reported: where it is and what is wrong.
struct BatchRecordError: Error, Hashable, Sendable {
  /// The record's 1-based number among all records of the batch.
  var record: Int
  /// The line the record starts on in its input.
  var line: Int
  /// The input's name (a path, or `<stdin>`).
  var file: String
  /// What is wrong, in one sentence, starting with where in the record (`line:column:`).
  var message: String
  /// The answer set's name, when it could be read.
  var name: String?
}
