import ArchAdvisorKit

/// What `ask` shows for a question: its number of the total, the question, the options numbered
/// with their ids, the default, and how to answer; and the longer help shown on `?`.
///
/// Pure text: whether to style it and how wide to wrap it are given. Everything from the rubric
/// passes through ``TerminalSanitizer``.
struct QuestionText: Sendable {
  var style: Style
  var width: Int

  /// The question block, ending with a newline; the prompt itself is ``prompt``.
  func question(_ interview: Interview) -> String {
    let factor = interview.currentFactor
    let number = interview.index + 1
    let total = interview.rubric.factors.count
    let clean = TerminalSanitizer.clean
    let wrapper = TextWrapper(width: width)
    var lines = [""]
    let heading = "Question \(number) of \(total): "
    lines += wrapper.lines(style.bold(clean(factor.question)), prefix: heading, indent: 2)

    let ids = factor.optionIDs.map(clean)
    let labels: [String]
    switch factor.kind {
    case .number: labels = []
    case .choice(let options): labels = options.map { clean($0.label) }
    case .set(let spec): labels = spec.options.map { clean($0.label) }
    }
    if !ids.isEmpty {
      let numberWidth = String(ids.count).count
      let idWidth = ids.map { TerminalCells.width($0) }.max() ?? 0
      for (offset, (id, label)) in zip(ids, labels).enumerated() {
        let digits = String(offset + 1)
        let row =
          "  " + String(repeating: " ", count: numberWidth - digits.count) + digits + ". " + id
          + String(repeating: " ", count: idWidth - TerminalCells.width(id)) + "  "
        lines += wrapper.lines(label, prefix: row, indent: TerminalCells.width(row))
      }
    }
    lines += wrapper.lines(style.dim(hint(interview)), prefix: "  ", indent: 2)
    return lines.joined(separator: "\n") + "\n"
  }

  /// A message between questions (why an answer was refused, where answers were saved),
  /// wrapped to the width, ending with a newline.
  func message(_ text: String, indent: Int = 2) -> String {
    let pad = String(repeating: " ", count: indent)
    return TextWrapper(width: width).wrap(text, prefix: pad, indent: indent) + "\n"
  }

  /// The prompt the answer is typed after.
  var prompt: String { "> " }

  /// How to answer, what an empty line does, and the commands.
  func hint(_ interview: Interview) -> String {
    let factor = interview.currentFactor
    var how: String
    switch factor.kind {
    case .number: how = "Type " + FactorSummary(factor).accepted
    case .choice: how = "Type a number or an id"
    case .set: how = "Type numbers or ids separated by commas, or none"
    }
    switch interview.emptyLineGives {
    case .answer(let answer):
      let keeps = interview.given[interview.index] != nil
      how += "; Enter \(keeps ? "keeps" : "takes the default") " + TerminalSanitizer.clean(answer.displayText)
    case .unknown:
      how +=
        interview.given[interview.index] != nil ? "; Enter keeps it unknown" : "; Enter leaves it unknown"
    }
    how += "; ? explains"
    if interview.index > 0 { how += "; back goes back" }
    return how + "."
  }

  /// The help shown on `?`: the factor's help, what each option means where the rubric says,
  /// and for a number its unit and range; in a menu (`inMenu`), where "Don't know" is an entry,
  /// the last line points at it.
  func help(_ interview: Interview, inMenu: Bool = false) -> String {
    let factor = interview.currentFactor
    let clean = TerminalSanitizer.clean
    let wrapper = TextWrapper(width: width)
    var lines = wrapper.lines(clean(factor.help), prefix: "  ", indent: 2)
    switch factor.kind {
    case .number:
      lines += wrapper.lines(
        "Accepts " + clean(FactorSummary(factor).accepted) + ".", prefix: "  ", indent: 2)
    case .choice(let options):
      for option in options {
        let text = clean(option.label) + (option.help.map { ": " + clean($0) } ?? "")
        lines += wrapper.lines(text, prefix: "  " + clean(option.id) + " — ", indent: 4)
      }
    case .set(let spec):
      for option in spec.options {
        lines += wrapper.lines(clean(option.label), prefix: "  " + clean(option.id) + " — ", indent: 4)
      }
    }
    // Number questions are a line to edit even in a menu: they have no "Don't know" entry.
    let unknown = inMenu && !factor.optionIDs.isEmpty ? "Choose Don't know (or type skip)" : "Type skip"
    lines += wrapper.lines(
      unknown + " to leave the factor unknown: the report shows the range it could lead to.", prefix: "  ",
      indent: 2)
    return lines.joined(separator: "\n") + "\n"
  }
}
