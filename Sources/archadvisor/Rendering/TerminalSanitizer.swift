/// Makes text taken from input (names, answers, rubric strings) safe to show on a terminal.
///
/// A name such as `"\u{1b}[31mred"` or `"\u{1b}]0;title\u{7}"` would otherwise recolor the
/// terminal, retitle the window or move the cursor, and a right-to-left override would make a
/// line read differently from what it holds. Every scalar that can do that becomes visible text:
///
/// - line and column breaks (LF, CR, CRLF, tab, NEL U+0085, U+2028, U+2029) become one space,
///   so a value never breaks the layout of the lines around it;
/// - every other C0 control (U+0000–U+001F), DEL (U+007F), every other C1 control
///   (U+0080–U+009F) and the bidi embeddings, overrides and isolates (U+202A–U+202E,
///   U+2066–U+2069) become a Swift-style escape such as `\u{1B}`.
///
/// Everything else, including non-ASCII letters and emoji, passes through unchanged.
enum TerminalSanitizer {
  /// The text with every control and bidi-override scalar neutralised.
  static func clean(_ text: String) -> String {
    // Nearly every string is clean: hand it back without copying.
    guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
    var result = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      if isBreak(scalar) {
        // CRLF is one line break, so it becomes one space, not two.
        if scalar == "\n" && previousWasCR { continue }
        result.append(" ")
      } else if needsReplacing(scalar) {
        result.append(contentsOf: escaped(scalar).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether the scalar is a control, a break or a bidi override that ``clean(_:)`` replaces.
  static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// Scalars that end a line or jump a column: shown as a space.
  private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// `\u{1B}`: the notation Swift itself uses, unambiguous and easy to search for.
  private static func escaped(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }
}
