/// How many terminal cells text takes: the one measure for widths, padding, wrapping and
/// truncation in everything printed for a person.
///
/// A grapheme cluster (what a person sees as one character) takes two cells when it is East Asian
/// wide or full-width (CJK ideographs, kana, Hangul, full-width forms) or an emoji shown as a
/// picture (emoji presentation, or any emoji with U+FE0F), no cell when it is only combining marks
/// or zero-width format characters, and one otherwise. ANSI escape sequences (``Style``) take no
/// cell. Text is cut only between clusters. Zero-width and bidi characters in names never reach
/// here as themselves: ``TerminalSanitizer`` shows them as visible escapes.
enum TerminalCells {
  /// The cells `text` takes, ANSI escape sequences excepted.
  static func width(_ text: String) -> Int {
    var cells = 0
    var escape = EscapeScan()
    for character in text where !escape.skips(character) { cells += width(of: character) }
    return cells
  }

  /// The cells one grapheme cluster takes: 0, 1 or 2.
  static func width(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
    if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
    if first.properties.isEmojiPresentation || isWide(first) { return 2 }
    if scalars.allSatisfy(isZeroWidth) { return 0 }
    return 1
  }

  /// `text` cut to at most `limit` cells, ending with `…` when cut; never inside a cluster or an
  /// escape sequence.
  static func truncated(_ text: String, to limit: Int) -> String {
    guard limit > 0, width(text) > limit else { return text }
    var result = ""
    var cells = 0
    var escape = EscapeScan()
    for character in text {
      if escape.skips(character) {
        result.append(character)
        continue
      }
      let next = width(of: character)
      if cells + next > limit - 1 { break }
      result.append(character)
      cells += next
    }
    return result + "…"
  }

  /// `text` followed by spaces up to `cells` cells.
  static func padded(_ text: String, to cells: Int) -> String {
    let have = width(text)
    return have >= cells ? text : text + String(repeating: " ", count: cells - have)
  }

  /// Spaces, then `text`, up to `cells` cells.
  static func paddedLeft(_ text: String, to cells: Int) -> String {
    let have = width(text)
    return have >= cells ? text : String(repeating: " ", count: cells - have) + text
  }

  /// East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth.txt, W and F), as `wcwidth`
  /// tables have them.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
      0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
      0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD,
      0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0,
      0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
      0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
      0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF,
      0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// Combining marks, format characters (zero-width joiner, …) and variation selectors.
  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return true
    default: return (0xFE00...0xFE0F).contains(scalar.value) || scalar.value == 0x200B
    }
  }

  /// Where a scan stands with respect to an ANSI CSI sequence (`ESC [ … final`): the escape
  /// character is a cluster of its own, and so is each byte after it.
  struct EscapeScan {
    private enum State { case text, escape, csi }
    private var state = State.text

    /// Moves over one cluster; true when it belongs to an escape sequence (and takes no cell).
    mutating func skips(_ character: Character) -> Bool {
      guard let scalar = character.unicodeScalars.first else { return false }
      switch state {
      case .text:
        if scalar == "\u{1B}" {
          state = .escape
          return true
        }
        return false
      case .escape:
        state = scalar == "[" ? .csi : .text
        return true
      case .csi:
        if (0x40...0x7E).contains(scalar.value) { state = .text }
        return true
      }
    }
  }
}
