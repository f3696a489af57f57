import ArchAdvisorKit

/// What `ask` draws at a capable terminal: a question's menu or number prompt as the lines of a
/// ``ScreenFrame``, and the one line that stays once the question is answered.
///
/// Pure text, like ``QuestionText`` (whose help and hints it shares): whether to style it and the
/// terminal's size are given, and everything from the rubric passes through
/// ``TerminalSanitizer``. A line may be longer than the width (the frame cuts it); the menu shows
/// only as many options as the height leaves room for, scrolling with the cursor.
struct MenuText: Sendable {
  var style: Style
  var width: Int
  /// The terminal's height in rows.
  var height: Int

  private var question: QuestionText { QuestionText(style: style, width: width) }
  private var wrapper: TextWrapper { TextWrapper(width: width - 1) }

  /// The first line of `ask` at a capable terminal.
  func introduction(_ rubric: Rubric) -> String {
    let count = rubric.factors.count
    return question.message(
      "\(TerminalSanitizer.clean(rubric.title)): \(count) question\(count == 1 ? "" : "s"). "
        + "Use ↑/↓ and Enter (or type a number or an id); ? explains a question, ← goes back.", indent: 0)
  }

  /// "Question 2 of 12: How often …?", wrapped.
  func heading(_ interview: Interview) -> [String] {
    let factor = interview.currentFactor
    return wrapper.lines(
      style.bold(TerminalSanitizer.clean(factor.question)),
      prefix: "Question \(interview.index + 1) of \(interview.rubric.factors.count): ", indent: 2)
  }

  /// The lines of a choice or set question's menu.
  func menu(_ interview: Interview, _ state: MenuState) -> [String] {
    let clean = TerminalSanitizer.clean
    let ids = state.options.map { clean($0.id) }
    let numberWidth = String(ids.count).count
    let idWidth = ids.map { TerminalCells.width($0) }.max() ?? 0
    let start = state.start
    let mark = interview.currentWasAnswered ? " (your answer)" : " (default)"
    var rows: [String] = []
    for (index, option) in state.options.enumerated() {
      let digits = String(index + 1)
      var row = String(repeating: " ", count: numberWidth - digits.count) + digits + ". "
      row += TerminalCells.padded(ids[index], to: idWidth) + "  " + clean(option.label)
      if state.isSet {
        row = (state.ticked.contains(index) ? "[x] " : "[ ] ") + row
      } else if start == .answer(.choice(option.id)) {
        row += mark
      }
      rows.append(row)
    }
    var unknown = String(repeating: " ", count: (state.isSet ? 4 : 0) + numberWidth + 2) + "Don't know"
    if start == .unknown { unknown += mark }
    rows.append(unknown)
    let marked = rows.enumerated().map { index, row in
      index == state.cursor ? style.bold("> " + row) : "  " + row
    }

    let heading = heading(interview)
    var footer = wrapper.lines(style.dim(hint(interview, state)), prefix: "  ", indent: 2)
    if !state.typed.isEmpty {
      footer += wrapper.lines(
        "Typed: " + clean(state.typed) + " (Enter to answer so, Backspace or Esc to undo)", prefix: "  ",
        indent: 4)
    }
    if let message = state.message { footer += wrapper.lines(message, prefix: "  ", indent: 2) }
    let room = max(3, height - 1 - heading.count - footer.count)
    return heading + MenuText.window(marked, cursor: state.cursor, room: room) + footer
  }

  /// How to answer a menu.
  func hint(_ interview: Interview, _ state: MenuState) -> String {
    var how =
      state.isSet
      ? "↑/↓ to move, space to tick, Enter to accept the ticked ones (none ticked: none)"
      : "↑/↓ to move, Enter to pick, or type a number or an id"
    how += "; ? explains"
    if interview.index > 0 { how += "; ← goes back" }
    return how + "."
  }

  /// The lines of a number question: its heading, how to answer, any message, and the line being
  /// edited after the prompt; with the column the cursor goes to on that last line.
  func numberPrompt(_ interview: Interview, editor: LineEditor, message: String?) -> (
    lines: [String], cursorColumn: Int
  ) {
    var lines = heading(interview)
    lines += wrapper.lines(style.dim(question.hint(interview)), prefix: "  ", indent: 2)
    if let message { lines += wrapper.lines(message, prefix: "  ", indent: 2) }
    let (line, column) = promptLine(editor)
    return (lines + [line], column)
  }

  /// `> ` and the visible part of the line being edited, with the cursor's column.
  func promptLine(_ editor: LineEditor, prompt: String = "> ") -> (line: String, cursorColumn: Int) {
    let promptWidth = TerminalCells.width(prompt)
    let (shown, cells) = editor.window(cells: width - 1 - promptWidth)
    return (prompt + TerminalSanitizer.clean(shown), promptWidth + cells)
  }

  /// The line that stays once a question is answered: the question and what was given.
  func answered(_ factor: Factor, _ given: Interview.Given) -> String {
    let answer: String
    switch given {
    case .answer(let value): answer = TerminalSanitizer.clean(value.displayText)
    case .unknown: answer = "Don't know"
    }
    return wrapper.wrap(
      TerminalSanitizer.clean(factor.question) + " " + style.bold(answer), prefix: "✓ ", indent: 2) + "\n"
  }

  /// The rows to show when there is room for `room` lines: all of them, or a window around the
  /// cursor with a line above and below saying how many more there are.
  static func window(_ rows: [String], cursor: Int, room: Int) -> [String] {
    guard rows.count > room else { return rows }
    let shown = max(1, room - 2)
    let first = min(max(0, cursor - shown / 2), rows.count - shown)
    let last = first + shown
    var lines: [String] = []
    lines.append(first > 0 ? "  ↑ \(first) more" : "")
    lines += rows[first..<last]
    lines.append(last < rows.count ? "  ↓ \(rows.count - last) more" : "")
    return lines
  }
}
