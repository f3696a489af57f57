/// Where something starts in a text: 1-based line and column, plus the byte offset.
///
/// Columns count Unicode scalars from the start of the line, so a line holding `"é": 1`
/// puts the `1` at column 7 whatever the encoding width of `é`.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// 1-based line number.
  public var line: Int
  /// 1-based column, in Unicode scalars from the start of the line.
  public var column: Int
  /// 0-based byte offset from the start of the document.
  public var offset: Int

  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// The position of the first byte of a document.
  public static let start = SourcePosition(line: 1, column: 1, offset: 0)

  /// `line:column`, the way compilers print it.
  public var description: String { "\(line):\(column)" }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool { lhs.offset < rhs.offset }
}
