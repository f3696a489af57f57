/// RFC 4180 rows, with formula defusing for cells that came from input: the rules, which
/// ``CSVRowText`` applies byte by byte for every row any renderer writes.
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
    let capacity = cells.reduce(lineEnd.utf8.count) { $0 + CSVRowText.textCapacity($1.text) + 1 }
    return CSVRowText.build(capacity: capacity) { row in
      for (index, cell) in cells.enumerated() {
        if index > 0 { row.append(byte: UInt8(ascii: ",")) }
        row.append(cell)
      }
      row.appendRaw(lineEnd)
    }
  }

  /// One field as written: defused when it is text, quoted when it must be.
  static func field(_ cell: Cell) -> String {
    CSVRowText.build(capacity: CSVRowText.textCapacity(cell.text)) { $0.append(cell) }
  }

  /// The text with a leading `'` when a spreadsheet would read it as a formula.
  static func defused(_ text: String) -> String {
    CSVRowText.needsDefusing(text.utf8.first) ? "'" + text : text
  }
}

extension CSVWriter.Cell {
  /// The cell's text, before quoting.
  var text: String {
    switch self {
    case .text(let text), .number(let text): return text
    }
  }
}
