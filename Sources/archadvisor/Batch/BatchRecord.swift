import ArchAdvisorKit

/// One answer set of a batch as it was read, before it is parsed or scored.
struct BatchRecord: Sendable {
  /// What the input held for the record.
  enum Content: Sendable {
    /// A JSON Lines line (without its line end) or a JSON value (an element of an array, a
    /// pretty-printed answer set), still to be parsed.
    case line(ArraySlice<UInt8>)
    /// Something that could not be read as a record at all; the sentence says why.
    case unreadable(String)
  }

  /// The 1-based position of the record among all the batch's records, across every input.
  var number: Int
  /// The line it starts on in its input.
  var line: Int
  /// The column (in Unicode scalars) it starts at on that line: 1 for a JSON Lines line.
  var column = 1
  /// The input's name in messages (a path, or `<stdin>`).
  var file: String
  var content: Content
}
