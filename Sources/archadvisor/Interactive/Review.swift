import ArchAdvisorKit

/// The review at the end of `ask`, as npm init's "Is this OK?": every answer on a line of its
/// own, numbered; a number (or a factor's id) asks that question again, Enter accepts them all.
///
/// The text is pure, like ``QuestionText``: the style and the width are given.
struct Review: Sendable {
  var style: Style
  var width: Int

  /// What one line typed at the review means.
  enum Choice: Hashable, Sendable {
    /// Enter (or `y`, `yes`, `ok`): the answers are final.
    case accept
    /// Ask this question (0-based) again.
    case change(Int)
    /// Neither; the sentence says why.
    case invalid(String)
  }

  /// The review: a heading and one numbered line per factor, ending with a newline.
  func text(_ interview: Interview) -> String {
    let clean = TerminalSanitizer.clean
    let factors = interview.rubric.factors
    let wrapper = TextWrapper(width: width - 1)
    let numberWidth = String(factors.count).count
    let idWidth = factors.map { TerminalCells.width(clean($0.id)) }.max() ?? 0
    var lines = ["", style.bold("Your answers:")]
    for (index, factor) in factors.enumerated() {
      let answer: String
      switch interview.given[index] {
      case .answer(let value)?: answer = clean(value.displayText)
      case .unknown?, nil: answer = style.dim("Don't know")
      }
      let digits = String(index + 1)
      let prefix =
        "  " + String(repeating: " ", count: numberWidth - digits.count) + digits + ". "
        + TerminalCells.padded(clean(factor.id), to: idWidth) + "  "
      lines += wrapper.lines(answer, prefix: prefix, indent: TerminalCells.width(prefix))
    }
    lines += wrapper.lines(style.dim(Review.instruction(count: factors.count)), prefix: "", indent: 0)
    return lines.joined(separator: "\n") + "\n"
  }

  /// How to answer the review.
  static func instruction(count: Int) -> String {
    "Type a number (1 to \(count)) to change that answer, or press Enter to accept them."
  }

  /// What `line` means at the review of `rubric`'s answers.
  static func choice(for line: String, rubric: Rubric) -> Choice {
    let text = Interview.trimmed(line)
    let word = text.lowercased()
    let count = rubric.factors.count
    if text.isEmpty || ["y", "yes", "ok"].contains(word) { return .accept }
    if let number = Int(text), text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
      guard number >= 1, number <= count else {
        return .invalid("\(Quoted.text(text)) is not a question number; choose 1 to \(count)")
      }
      return .change(number - 1)
    }
    // A factor's id, in any case and with `-` for `_` (the flag's spelling).
    let ids = rubric.factors.map(\.id)
    let key = String(word.map { $0 == "-" ? "_" : $0 })
    if let index = ids.firstIndex(where: { $0.lowercased() == key }) { return .change(index) }
    var reason = "\(Quoted.text(text)) is not a question number or a factor"
    if let near = Suggestion.nearest(to: key, in: ids) { reason += " (did you mean \(Quoted.text(near))?)" }
    return .invalid(reason + "; choose 1 to \(count), or press Enter to accept the answers")
  }
}
