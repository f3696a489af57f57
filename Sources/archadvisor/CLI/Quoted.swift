/// Puts text the user typed into a message without letting it do harm: control characters and
/// escape sequences become visible escapes, and long text is cut short.
enum Quoted {
  /// Longer text is cut to this many characters and ends with `…`.
  static let limit = 60

  /// `"text"`: a value or word the user typed.
  static func text(_ text: String) -> String {
    "\"" + plain(text).replacingQuotes() + "\""
  }

  /// The text made safe for a terminal and cut short, without quotes: an option name.
  static func plain(_ text: String) -> String {
    let clean = TerminalSanitizer.clean(text)
    guard clean.unicodeScalars.count > limit else { return clean }
    var cut = String.UnicodeScalarView()
    cut.append(contentsOf: clean.unicodeScalars.prefix(limit))
    return String(cut) + "…"
  }
}

extension String {
  /// The text with `"` and `\` escaped by a backslash, for quoting it in double quotes.
  fileprivate func replacingQuotes() -> String {
    guard contains(where: { $0 == "\"" || $0 == "\\" }) else { return self }
    var result = ""
    for character in self {
      if character == "\"" || character == "\\" { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
