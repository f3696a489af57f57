/// Escaping for text from input placed in Markdown (CommonMark and GitHub Flavored Markdown).
///
/// Input first goes through ``TerminalSanitizer``, so line breaks become spaces (a value can
/// never end a table row or start a new block) and control characters become visible escapes.
/// Then every ASCII punctuation character that could start markup (emphasis, links, HTML, code,
/// table cells, headings, math, entities) is backslash-escaped, backslashes first, so `a\|b`
/// becomes `a\\\|b` and still renders as `a\|b` inside one cell.
enum MarkdownText {
  /// The text escaped for use anywhere in a line: paragraphs, list items, headings, table cells.
  static func escape(_ text: String) -> String {
    let clean = TerminalSanitizer.clean(text)
    var result = String.UnicodeScalarView()
    for scalar in clean.unicodeScalars {
      if specials.contains(scalar) { result.append("\\") }
      result.append(scalar)
    }
    return escapeListMarker(String(result))
  }

  /// The text as one table cell's content: escaped, without leading or trailing spaces (which
  /// GFM trims anyway, and which would otherwise hide an empty value).
  static func cell(_ text: String) -> String {
    var scalars = Substring(escape(text)).unicodeScalars
    while let first = scalars.first, first == " " { scalars.removeFirst() }
    while let last = scalars.last, last == " " { scalars.removeLast() }
    return String(scalars)
  }

  /// An id or an answer as inline code when it is plain (`team_size`, `containers, tracing`),
  /// otherwise as escaped text: a code span cannot hold every string safely (backticks, `|` in
  /// tables, leading spaces), and plain ids are all the vocabulary ever needs.
  static func term(_ text: String) -> String {
    let plain =
      !text.isEmpty && text.first != " " && text.last != " "
      && text.unicodeScalars.allSatisfy { termScalars.contains($0) }
    return plain ? "`" + text + "`" : escape(text)
  }

  /// Characters that start or end markup anywhere in a line.
  private static let specials: Set<Unicode.Scalar> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "$", "!",
  ]

  /// Characters of an id or answer that need no escaping inside a code span.
  private static let termScalars: Set<Unicode.Scalar> = Set(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.,-+ ".unicodeScalars)

  /// `[title](url)`: the title escaped, the address only when it is a plain http(s) address
  /// (no blank, bracket or control character that could end the link or start markup), else the
  /// title and the address as escaped text.
  static func link(_ title: String, _ url: String) -> String {
    let plain =
      (url.hasPrefix("https://") || url.hasPrefix("http://"))
      && url.unicodeScalars.allSatisfy {
        $0.value > 0x20 && $0.value < 0x7F && !"()<>[]\\ \"'`".unicodeScalars.contains($0)
      }
    guard plain else { return escape(title) + " (" + escape(url) + ")" }
    return "[" + escape(title) + "](" + url + ")"
  }

  /// A list marker at the start (`- x`, `+ x`, `1. x`, `1) x`, or the marker alone) would open
  /// a list inside a list item: escape it. `-3` or `1.2.0` open nothing and stay as they are.
  private static func escapeListMarker(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var marker = 0
    if let first = scalars.first, first == "-" || first == "+" {
      marker = 0
    } else {
      while marker < scalars.count, marker < 9, ("0"..."9").contains(scalars[marker]) { marker += 1 }
      guard marker > 0, marker < scalars.count, scalars[marker] == "." || scalars[marker] == ")" else {
        return text
      }
    }
    guard marker + 1 == scalars.count || scalars[marker + 1] == " " else { return text }
    var result = String.UnicodeScalarView(scalars[..<marker])
    result.append("\\")
    result.append(contentsOf: scalars[marker...])
    return String(result)
  }
}
