/// A one-line text editor driven by ``Key`` presses: what number questions and the review read
/// at a capable terminal.
///
/// The keys are readline's (and so bash's and Python's `input`): ←/→ and Ctrl-B/F move a
/// character, Home/End and Ctrl-A/E to either end, Backspace and Delete remove a character,
/// Ctrl-U removes everything before the cursor, Ctrl-K everything after it, Ctrl-W the word
/// before it. Ctrl-D on an empty line is the end of input (and deletes a character otherwise);
/// Ctrl-C interrupts; ← on an empty line goes back, and `?` on an empty line asks for help.
/// Pure: no input or output happens here.
struct LineEditor: Hashable, Sendable {
  /// What a key press did.
  enum Effect: Hashable, Sendable {
    /// The text or the cursor changed: draw again.
    case redraw
    /// Nothing changed.
    case none
    /// Enter: the line as typed.
    case submit(String)
    /// ← on an empty line.
    case back
    /// `?` on an empty line.
    case help
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D on an empty line.
    case endOfInput
    /// Ctrl-Z: stop the process for now, as a shell's job control would.
    case suspend
  }

  /// The text typed so far.
  private(set) var characters: [Character] = []
  /// Where the next character goes: 0 is before the first.
  private(set) var cursor = 0

  /// The text as a string.
  var text: String { String(characters) }

  /// Handles one key press.
  mutating func handle(_ key: Key) -> Effect {
    switch key {
    case .enter: return .submit(text)
    case .interrupt: return .interrupt
    case .control(26): return .suspend
    case .left, .control(2):
      if characters.isEmpty, key == .left { return .back }
      return move(to: cursor - 1)
    case .right, .control(6): return move(to: cursor + 1)
    case .home, .control(1): return move(to: 0)
    case .end, .control(5): return move(to: characters.count)
    case .backspace:
      guard cursor > 0 else { return .none }
      characters.remove(at: cursor - 1)
      cursor -= 1
      return .redraw
    case .endOfInput:
      if characters.isEmpty { return .endOfInput }
      return delete()
    case .delete: return delete()
    case .control(21):  // Ctrl-U
      guard cursor > 0 else { return .none }
      characters.removeSubrange(0..<cursor)
      cursor = 0
      return .redraw
    case .control(11):  // Ctrl-K
      guard cursor < characters.count else { return .none }
      characters.removeSubrange(cursor...)
      return .redraw
    case .control(23):  // Ctrl-W: the spaces before the cursor, then the word before them.
      var start = cursor
      while start > 0, characters[start - 1] == " " { start -= 1 }
      while start > 0, characters[start - 1] != " " { start -= 1 }
      guard start < cursor else { return .none }
      characters.removeSubrange(start..<cursor)
      cursor = start
      return .redraw
    case .character("?") where characters.isEmpty:
      return .help
    case .character(let character):
      return insert(character)
    case .space:
      return insert(" ")
    case .up, .down, .tab, .escape, .control, .unknown:
      return .none
    }
  }

  private mutating func insert(_ character: Character) -> Effect {
    characters.insert(character, at: cursor)
    cursor += 1
    return .redraw
  }

  private mutating func delete() -> Effect {
    guard cursor < characters.count else { return .none }
    characters.remove(at: cursor)
    return .redraw
  }

  private mutating func move(to position: Int) -> Effect {
    let clamped = min(max(position, 0), characters.count)
    guard clamped != cursor else { return .none }
    cursor = clamped
    return .redraw
  }

  /// The part of the text to show in `cells` terminal cells, and the cells before the cursor in
  /// it: all of it when it fits, else a window that keeps the cursor in view (a long line
  /// scrolls sideways instead of wrapping, so the prompt stays one line).
  func window(cells: Int) -> (shown: String, cursorCells: Int) {
    let limit = max(cells, 2)
    let widths = characters.map { TerminalCells.width(of: $0) }
    // The cursor takes the cell of the character under it, or one after the text at the end.
    if widths.reduce(0, +) + (cursor == characters.count ? 1 : 0) <= limit {
      return (text, widths[..<cursor].reduce(0, +))
    }
    // As much before the cursor as fits with the cursor's cell, then what fits after it.
    var used = cursor < characters.count ? widths[cursor] : 1
    var start = cursor
    while start > 0, used + widths[start - 1] <= limit {
      start -= 1
      used += widths[start]
    }
    var end = min(cursor + 1, characters.count)
    while end < characters.count, used + widths[end] <= limit {
      used += widths[end]
      end += 1
    }
    let cursorCells = widths[start..<cursor].reduce(0, +)
    return (String(characters[start..<end]), cursorCells)
  }
}
