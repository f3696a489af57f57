/// Reads GitHub Flavored Markdown table rows the way GFM splits them: a `|` ends a cell unless
/// a backslash escapes it, and a backslash escapes the character after it.
enum MarkdownTestTable {
  /// The cells of a row written as `| a | b |`, with escapes left in, trimmed.
  static func cells(_ row: Substring) -> [String] {
    var cells: [String] = []
    var current = ""
    var scalars = row.unicodeScalars[...]
    guard scalars.first == "|" else { return [] }
    scalars.removeFirst()
    while let scalar = scalars.popFirst() {
      if scalar == "\\", let next = scalars.popFirst() {
        current.unicodeScalars.append(scalar)
        current.unicodeScalars.append(next)
      } else if scalar == "|" {
        cells.append(trimmed(current))
        current = ""
      } else {
        current.unicodeScalars.append(scalar)
      }
    }
    // Text after the last `|` would be a cell of its own: keep it so a test sees it.
    if !trimmed(current).isEmpty { cells.append(trimmed(current)) }
    return cells
  }

  /// The rows of every table in the document: consecutive lines starting with `|`.
  static func tableRows(_ markdown: String) -> [Substring] {
    markdown.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.hasPrefix("|") }
  }

  /// The text with CommonMark backslash escapes of ASCII punctuation removed, as a reader sees it.
  static func unescaped(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      if scalar == "\\", let next = scalars.first, asciiPunctuation.contains(next) {
        result.append(next)
        scalars.removeFirst()
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// What CommonMark lets a backslash escape.
  private static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

  private static func trimmed(_ text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    while scalars.first == " " { scalars.removeFirst() }
    while scalars.last == " " { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}
