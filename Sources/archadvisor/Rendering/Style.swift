/// ANSI SGR styling for text output, or nothing at all.
///
/// Whether to style is decided once by the caller (a terminal, no `NO_COLOR`) and handed over in
/// ``RenderContext/color``; with `enabled` false every method returns its argument unchanged, so
/// no escape byte ever reaches a pipe or a file. Each style is switched off by its own code (22
/// for bold, 39 for color) rather than a full reset, so styles nest.
struct Style: Sendable {
  /// Whether to emit escape sequences at all.
  var enabled: Bool

  /// The colors the report uses; the two ends of the score get colors that carry no judgement
  /// (neither red nor green), since neither architecture is better in general.
  enum Color: Int, Sendable {
    /// Toward the monolith end of the score.
    case cyan = 36
    /// Toward the microservices end of the score.
    case magenta = 35
    /// Warnings: caveats.
    case yellow = 33
  }

  /// Bold text, for headings and the verdict.
  func bold(_ text: String) -> String {
    enabled ? "\u{1B}[1m" + text + "\u{1B}[22m" : text
  }

  /// Dim text, for what is secondary (unknown factors).
  func dim(_ text: String) -> String {
    enabled ? "\u{1B}[2m" + text + "\u{1B}[22m" : text
  }

  /// Text in a foreground color.
  func color(_ text: String, _ color: Color) -> String {
    enabled ? "\u{1B}[\(color.rawValue)m" + text + "\u{1B}[39m" : text
  }

  /// A score contribution colored by the side it pushes toward; zero stays plain.
  func lean(_ text: String, _ value: Double) -> String {
    if value < 0 { return color(text, .cyan) }
    if value > 0 { return color(text, .magenta) }
    return text
  }
}
