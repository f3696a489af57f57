import ArchAdvisorKit

/// A choice or set question as a menu: the options in rubric order and "Don't know" after them,
/// a cursor, the ticks of a set, and what has been typed; each ``Key`` press changes it and says
/// what to do next. Pure: no input or output happens here (``MenuText`` draws it).
///
/// - ↑/↓ (and j/k, Home/End) move the cursor; ← goes back; `?` asks for help.
/// - A choice: Enter picks the option under the cursor.
/// - A set: space ticks or unticks the option under the cursor; Enter accepts the ticked ones
///   (none ticked is the answer "none"), or, on "Don't know", leaves the factor unknown.
/// - Typing still works: a number or the start of an id or label (in any case) moves the cursor
///   to the first option it fits; Enter then picks that option when the text is its number, its
///   id or the start of no other, and otherwise hands the text over as a typed answer (so
///   `back`, `skip`, `2,5` or `none` do what they do at a line prompt, and a typo is answered
///   with "did you mean"). j and k move only while nothing is typed. Backspace and Escape undo
///   the typing.
///
/// The cursor starts where Enter on an untouched menu should go: on the answer given before, or
/// the default, or "Don't know" when there is neither.
struct MenuState: Hashable, Sendable {
  /// One option.
  struct Option: Hashable, Sendable {
    var id: String
    var label: String
  }

  /// What a key press did.
  enum Effect: Hashable, Sendable {
    /// Something changed: draw again.
    case redraw
    /// Nothing changed.
    case none
    /// The question is answered.
    case picked(Interview.Given)
    /// Typed text to read as a typed answer.
    case submit(String)
    /// ← : the previous question.
    case back
    /// `?`: explain the question.
    case help
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D.
    case endOfInput
    /// Ctrl-Z.
    case suspend
  }

  let options: [Option]
  /// What Enter on the untouched menu gives (the earlier answer, the default, or unknown).
  let start: Interview.Given
  /// Whether several options may be ticked (a set factor).
  let isSet: Bool
  /// The row under the cursor: an option's index, or `options.count` for "Don't know".
  private(set) var cursor: Int
  /// The ticked options of a set, by index.
  private(set) var ticked: Set<Int>
  /// What has been typed since the last move.
  private(set) var typed = ""
  /// A sentence to show under the menu (why typed text was not an answer), until the next key.
  var message: String?

  /// The menu for `factor`, starting from what Enter on it untouched should give.
  init(factor: Factor, start: Interview.Given) {
    self.start = start
    switch factor.kind {
    case .number:
      options = []
      isSet = false
    case .choice(let choices):
      options = choices.map { Option(id: $0.id, label: $0.label) }
      isSet = false
    case .set(let spec):
      options = spec.options.map { Option(id: $0.id, label: $0.label) }
      isSet = true
    }
    var ticked: Set<Int> = []
    switch start {
    case .unknown:
      cursor = options.count
    case .answer(.choice(let id)):
      cursor = options.firstIndex { $0.id == id } ?? options.count
    case .answer(.set(let ids)):
      for id in ids { if let index = options.firstIndex(where: { $0.id == id }) { ticked.insert(index) } }
      cursor = 0
    case .answer(.number):
      cursor = options.count
    }
    self.ticked = ticked
  }

  /// The row of "Don't know".
  var unknownRow: Int { options.count }

  /// The rows: the options and "Don't know".
  var rowCount: Int { options.count + 1 }

  /// Handles one key press.
  mutating func handle(_ key: Key) -> Effect {
    let hadMessage = message != nil
    message = nil
    switch key {
    case .interrupt: return .interrupt
    case .endOfInput: return .endOfInput
    case .control(26): return .suspend
    case .left: return .back
    case .up: return move(to: (cursor + rowCount - 1) % rowCount)
    case .down, .tab: return move(to: (cursor + 1) % rowCount)
    case .character("k") where typed.isEmpty: return move(to: (cursor + rowCount - 1) % rowCount)
    case .character("j") where typed.isEmpty: return move(to: (cursor + 1) % rowCount)
    case .home: return move(to: 0)
    case .end: return move(to: unknownRow)
    case .character("?") where typed.isEmpty: return .help
    case .enter: return enter()
    case .space:
      guard isSet else { return hadMessage ? .redraw : .none }
      typed = ""
      guard cursor < options.count else { return .redraw }
      if ticked.contains(cursor) { ticked.remove(cursor) } else { ticked.insert(cursor) }
      return .redraw
    case .character(let character):
      typed.append(character)
      if let row = matches(typed).first { cursor = row }
      return .redraw
    case .backspace:
      guard !typed.isEmpty else { return hadMessage ? .redraw : .none }
      typed.removeLast()
      if let row = matches(typed).first { cursor = row }
      return .redraw
    case .escape, .control(21):
      guard !typed.isEmpty || hadMessage else { return .none }
      typed = ""
      return .redraw
    case .right, .delete, .control, .unknown:
      return hadMessage ? .redraw : .none
    }
  }

  private mutating func move(to row: Int) -> Effect {
    typed = ""
    cursor = row
    return .redraw
  }

  private mutating func enter() -> Effect {
    if !typed.isEmpty {
      let text = Interview.trimmed(typed)
      let found = matches(text)
      // A set's typed answer is a list, which the line reader reads; a choice's may be the
      // start of one option's id or label.
      if !isSet, found.count == 1 { return .picked(given(row: found[0])) }
      return .submit(text)
    }
    if cursor == unknownRow { return .picked(.unknown) }
    if isSet {
      return .picked(.answer(.set(options.indices.filter { ticked.contains($0) }.map { options[$0].id })))
    }
    return .picked(given(row: cursor))
  }

  private func given(row: Int) -> Interview.Given {
    row < options.count ? .answer(.choice(options[row].id)) : .unknown
  }

  /// The rows `text` fits: the option it numbers; else the one whose id it is; else those whose
  /// id or label it begins, in any case and with `-` for `_`.
  func matches(_ text: String) -> [Int] {
    guard !text.isEmpty else { return [] }
    if text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
      guard let number = Int(text), number >= 1, number <= options.count else { return [] }
      return [number - 1]
    }
    let key = MenuState.loose(text)
    if let exact = options.firstIndex(where: { MenuState.loose($0.id) == key }) { return [exact] }
    return options.indices.filter { index in
      MenuState.loose(options[index].id).hasPrefix(key)
        || MenuState.loose(options[index].label).hasPrefix(key)
    }
  }

  /// Text compared without regard to case, with `-` read as `_`.
  private static func loose(_ text: String) -> String {
    String(text.lowercased().map { $0 == "-" ? "_" : $0 })
  }
}
