/// The characters text pictures are drawn with: block and box-drawing characters where the
/// locale's character set is UTF-8, plain ASCII everywhere else.
///
/// Which set is decided once by the caller (``Terminal/utf8``, from `LC_ALL`, `LC_CTYPE` and
/// `LANG`) and handed over in ``RenderContext/unicode``, as color is.
struct BarGlyphs: Sendable {
  /// A whole cell of a bar, and half a cell (its left half).
  var full: Character
  var half: Character
  /// A gauge's line outside the range, inside the range, where a band ends, and the point itself.
  var line: Character
  var range: Character
  var edge: Character
  var marker: Character
  /// A readiness gauge's cells between the score and the range's high end, and beyond.
  var possible: Character
  var empty: Character
  /// Between the need and the readiness part of a gauge.
  var separator: String

  static let unicode = BarGlyphs(
    full: "█", half: "▌", line: "─", range: "━", edge: "┼", marker: "●", possible: "░", empty: "·",
    separator: " · ")
  static let ascii = BarGlyphs(
    full: "#", half: "=", line: "-", range: "=", edge: "|", marker: "*", possible: "+", empty: ".",
    separator: " | ")

  /// The set for a context: Unicode only when it says the locale is UTF-8.
  static func forUnicode(_ unicode: Bool) -> BarGlyphs { unicode ? .unicode : .ascii }
}
