/// A block of lines at the bottom of the terminal that is redrawn in place: a menu as its cursor
/// moves, a prompt as its line is edited.
///
/// Only the most basic ANSI sequences are used, which every terminal emulator and the Linux
/// console understand: cursor up (`CSI n A`), cursor forward (`CSI n C`) and erase line
/// (`CSI 2 K`), with CR and LF. That works only if each line takes exactly one row, so every line
/// is cut to one cell less than the width (a line that fills the last column would leave the
/// terminal waiting to wrap). The terminal's cursor always ends on the frame's last line. Pure:
/// each method returns the bytes to write.
struct ScreenFrame: Sendable {
  /// The terminal's width in cells.
  let width: Int
  /// The rows the frame takes on the screen now; 0 before it is drawn and after ``clear()``.
  private(set) var height = 0

  init(width: Int) {
    self.width = max(width, 2)
  }

  /// Replaces what the frame shows with `lines`, leaving the cursor after the last line's text
  /// or, with `cursorColumn`, that many cells into it.
  mutating func draw(_ lines: [String], cursorColumn: Int? = nil) -> String {
    let lines = lines.isEmpty ? [""] : lines.map(fitted)
    var output = toTop()
    for (index, line) in lines.enumerated() {
      if index > 0 { output += "\r\n" }
      output += "\u{1B}[2K" + line
    }
    // Rows left over from a taller frame: blank them, then come back up.
    let extra = height - lines.count
    if extra > 0 {
      output += String(repeating: "\r\n\u{1B}[2K", count: extra) + "\u{1B}[\(extra)A"
    }
    let column = cursorColumn ?? TerminalCells.width(lines[lines.count - 1])
    output += "\r" + (column > 0 ? "\u{1B}[\(min(column, width - 1))C" : "")
    height = lines.count
    return output
  }

  /// Erases the frame and leaves the cursor at the start of its first row, where what follows
  /// is written.
  mutating func clear() -> String {
    guard height > 0 else { return "" }
    var output = toTop()
    for index in 0..<height {
      if index > 0 { output += "\r\n" }
      output += "\u{1B}[2K"
    }
    if height > 1 { output += "\u{1B}[\(height - 1)A" }
    output += "\r"
    height = 0
    return output
  }

  /// Leaves the frame on the screen as it is and moves below it: what follows starts a new line.
  mutating func finish() -> String {
    guard height > 0 else { return "" }
    height = 0
    return "\r\n"
  }

  /// A line cut to the width; a styled line that was cut loses the sequence that ended its
  /// style, so one that resets every style is added.
  private func fitted(_ line: String) -> String {
    let cut = TerminalCells.truncated(line, to: width - 1)
    return cut.contains("\u{1B}") && cut != line ? cut + "\u{1B}[0m" : cut
  }

  /// From the last row (where the cursor is) to the start of the first.
  private func toTop() -> String {
    guard height > 0 else { return "" }
    return (height > 1 ? "\u{1B}[\(height - 1)A" : "") + "\r"
  }
}
