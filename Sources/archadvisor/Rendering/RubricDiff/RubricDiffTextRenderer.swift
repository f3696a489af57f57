import ArchAdvisorKit

/// `rubric diff` for a person at a terminal.
///
/// A headline with both rubrics' ids and versions, the files compared and the case libraries
/// scored; then "What changed in the rubric", one line per change under a heading per part of the
/// rubric (`+` added, `-` removed, `~` changed; prose said to be reworded); then "Verdicts that
/// move": the examples, then the cases, whose final verdict differs, each with both verdicts and
/// scores and whether it now agrees with what it expects or chose, and the case library's
/// agreement under each rubric. Lines wrap to the width with a hanging indent; every string from
/// input passes through ``TerminalSanitizer``; bold and color only when `color` is true.
struct RubricDiffTextRenderer: Sendable {
  func render(_ comparison: RubricComparison, color: Bool, width: Int) -> String {
    let style = Style(enabled: color)
    let wrapper = TextWrapper(width: width)
    let clean = TerminalSanitizer.clean
    let wording = RubricDiffWording(term: clean, plain: clean)
    let diff = comparison.diff

    var lines: [String] = []
    let newName =
      diff.new.id == diff.old.id
      ? clean(diff.new.version) : clean(diff.new.id) + " " + clean(diff.new.version)
    lines.append(
      style.bold("Rubric diff: " + clean(diff.old.id) + " " + clean(diff.old.version) + " → " + newName))
    // File names whole, one per line, so that a terminal can open them and none is cut.
    lines.append("  old    " + clean(comparison.old.name))
    lines.append("  new    " + clean(comparison.new.name))
    for (index, library) in comparison.libraries.enumerated() {
      lines.append((index == 0 ? "  cases  " : "         ") + clean(library))
    }

    lines.append("")
    if diff.changes.isEmpty {
      lines.append(style.bold("What changed in the rubric: nothing"))
      lines += wrapper.lines(
        "No factor, option, weight, band, verdict, rule, component or example differs.", prefix: "  ",
        indent: 2)
    } else {
      lines.append(style.bold("What changed in the rubric: " + plural(diff.changes.count, "change")))
      for section in RubricDiff.Section.allCases {
        let changes = diff.changes.filter { $0.section == section }
        guard !changes.isEmpty else { continue }
        lines.append("  " + style.bold(RubricDiffWording.heading(section)))
        for (marker, text) in wording.lines(changes) {
          lines += wrapper.lines(text, prefix: "    " + marker.symbol + " ", indent: 6)
        }
      }
    }

    lines.append("")
    lines.append(style.bold("Verdicts that move"))
    lines += moves(
      diff.exampleMoves, of: diff.examplesScored, what: "example", expected: "expects",
      comparison: comparison,
      wording: wording, style: style, wrapper: wrapper)
    if !comparison.libraries.isEmpty {
      lines += moves(
        diff.caseMoves, of: diff.casesScored, what: "case", expected: "chose", comparison: comparison,
        wording: wording, style: style, wrapper: wrapper)
    } else {
      let named = comparison.old.rubric.casesFile != nil || comparison.new.rubric.casesFile != nil
      let text =
        named
        ? "Cases: none scored; the note on standard error says why."
        : "Cases: neither rubric names a case library."
      lines += wrapper.lines(text, prefix: "  ", indent: 4)
    }
    if let old = diff.oldAgreement, let new = diff.newAgreement {
      lines += wrapper.lines(RubricDiffWording.agreement(old: old, new: new), prefix: "  ", indent: 4)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `Examples: 3 of 12 change verdict`, then one entry per move.
  private func moves(
    _ moves: [RubricDiff.VerdictMove], of scored: Int, what: String, expected: String,
    comparison: RubricComparison, wording: RubricDiffWording, style: Style, wrapper: TextWrapper
  ) -> [String] {
    let clean = TerminalSanitizer.clean
    let heading = what == "example" ? "Examples" : "Cases"
    guard scored > 0 else { return wrapper.lines(heading + ": none to score.", prefix: "  ", indent: 4) }
    guard !moves.isEmpty else {
      return wrapper.lines(
        heading + ": none of the \(plural(scored, what)) changes verdict.", prefix: "  ", indent: 4)
    }
    var lines = [
      "  " + heading + ": \(moves.count) of \(plural(scored, what)) "
        + (moves.count == 1 ? "changes" : "change")
        + " verdict"
    ]
    for move in moves {
      let name = what == "example" ? "“" + clean(move.id) + "”" : clean(move.id)
      let text =
        name + ": " + wording.outcome(move.old) + " → "
        + style.lean(wording.outcome(move.new), comparison.direction(move)) + "; " + expected + " "
        + clean(move.expected) + RubricDiffWording.agreement(move)
      lines += wrapper.lines(text, prefix: "    ", indent: 6)
    }
    return lines
  }

  private func plural(_ count: Int, _ word: String) -> String {
    "\(count) \(word)\(count == 1 ? "" : "s")"
  }
}
