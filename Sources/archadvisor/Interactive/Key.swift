/// One key press at a terminal in raw mode, as ``KeyDecoder`` reads it from the bytes the
/// terminal sends.
enum Key: Hashable, Sendable {
  case up, down, left, right, home, end, delete
  /// Return or Enter (CR, or LF).
  case enter
  case tab
  case space
  /// Backspace (DEL, 0x7F) or Ctrl-H (0x08).
  case backspace
  /// Escape on its own (not the start of a sequence).
  case escape
  /// Ctrl-C: in raw mode the terminal sends it as a byte instead of raising SIGINT.
  case interrupt
  /// Ctrl-D: the end of input, as at a line prompt.
  case endOfInput
  /// Another Ctrl key: 1 for Ctrl-A … 26 for Ctrl-Z (those named above excepted).
  case control(UInt8)
  /// A printable character (not a space).
  case character(Character)
  /// An escape sequence or a byte that means nothing here (a function key, invalid UTF-8).
  case unknown

  /// Ctrl plus `letter` (`Key.ctrl("a")` is Ctrl-A).
  static func ctrl(_ letter: Unicode.Scalar) -> Key {
    .control(UInt8(letter.value - 0x60))
  }
}
