/// Puts text taken from input into a message: quoted, with control characters escaped (so an
/// escape sequence in an answer or a rubric cannot reach a terminal through an error message),
/// and cut short when it is long.
enum QuotedText {
  /// Longer inputs are cut to this many characters and end with `…`.
  static let limit = 60

  /// `"text"`, as answers are quoted: `"huge" is not an option`.
  static func quote(_ text: some StringProtocol) -> String {
    "\"" + escape(text, quote: "\"") + "\""
  }

  /// `` `text` ``, as rubric keys and ids are quoted: ``unknown key `wieght` ``.
  static func code(_ text: some StringProtocol) -> String {
    "`" + escape(text, quote: "`") + "`"
  }

  private static func escape(_ text: some StringProtocol, quote: Unicode.Scalar) -> String {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count == limit {
        result += "…"
        break
      }
      count += 1
      switch scalar {
      case quote, "\\": result += "\\" + String(scalar)
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) || isInvisible(scalar) {
          result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// Bidirectional overrides and similar format characters that reorder or hide text.
  private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF: return true
    default: return false
    }
  }
}
