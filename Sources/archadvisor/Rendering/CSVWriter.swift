/// RFC 4180 rows, with formula defusing for cells that came from input.
///
/// - A field is quoted when it holds a comma, a double quote, CR or LF; quotes inside are doubled.
/// - Records end with CRLF, as RFC 4180 specifies and as spreadsheet programs and Python's `csv`
///   module write them; readers that split on LF alone are left with a trailing CR.
/// - A ``Cell/text(_:)`` cell (a name, an answer: anything from input) whose first Unicode scalar
///   is `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a spreadsheet shows it instead of
///   running it as a formula. The first scalar is checked, not the first `Character`: `"=\u{301}x"`
///   starts with a combining sequence that `hasPrefix("=")` misses but a spreadsheet still reads
///   as a formula. ``Cell/number(_:)`` cells we write ourselves (`-12.5`) are never defused.
enum CSVWriter {
  /// One field of a row.
  enum Cell: Hashable, Sendable {
    /// Text from input: defused, then quoted as needed.
    case text(String)
    /// A value written by the program (a number, an id of ours): quoted as needed, never defused.
    case number(String)
    /// Nothing.
    static let empty = Cell.number("")
  }

  /// The line end after every record.
  static let lineEnd = "\r\n"

  /// One record: the fields separated by commas, ending with ``lineEnd``.
  static func row(_ cells: [Cell]) -> String {
    var line = ""
    for (index, cell) in cells.enumerated() {
      if index > 0 { line += "," }
      append(cell, to: &line)
    }
    return line + lineEnd
  }

  /// One field as written: defused when it is text, quoted when it must be.
  static func field(_ cell: Cell) -> String {
    var field = ""
    append(cell, to: &field)
    return field
  }

  /// Appends one field to a record being built, without a separator: for streaming many rows
  /// into one buffer with no intermediate strings.
  static func append(_ cell: Cell, to line: inout String) {
    switch cell {
    case .text(let text): appendQuoted(text, defused: needsDefusing(text), to: &line)
    case .number(let text): appendQuoted(text, defused: false, to: &line)
    }
  }

  /// The text with a leading `'` when a spreadsheet would read it as a formula.
  static func defused(_ text: String) -> String {
    needsDefusing(text) ? "'" + text : text
  }

  /// Whether the first Unicode scalar is one a spreadsheet starts a formula with.
  static func needsDefusing(_ text: String) -> Bool {
    // Each of these is ASCII, so it is the first scalar exactly when it is the first byte.
    guard let first = text.utf8.first else { return false }
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
    default: return false
    }
  }

  /// The text quoted (quotes doubled) when it holds a comma, a quote, CR or LF; else as it is.
  static func quoted(_ text: String) -> String {
    var field = ""
    appendQuoted(text, defused: false, to: &field)
    return field
  }

  /// Appends the field, with the defusing `'` inside the quotes when there are quotes.
  private static func appendQuoted(_ text: String, defused: Bool, to line: inout String) {
    var needsQuotes = false
    for byte in text.utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0D || byte == 0x0A {
      needsQuotes = true
      break
    }
    guard needsQuotes else {
      if defused { line += "'" }
      line += text
      return
    }
    line += defused ? "\"'" : "\""
    // Whole runs between quotes are appended at once: a batch quotes every set answer
    // (`"containers,tracing"`), and appending scalar by scalar dominated its CSV output.
    var rest = Substring(text)
    while let quote = rest.utf8.firstIndex(of: 0x22) {
      line += rest[..<quote]
      line += "\"\""
      rest = rest[rest.utf8.index(after: quote)...]
    }
    line += rest
    line += "\""
  }
}
