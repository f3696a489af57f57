import ArchAdvisorKit

/// `diff` for a person at a terminal.
///
/// A headline with the project's name and the verdict's move, the two files and the rubric both
/// are scored with; first of all, when a side was made with another rubric, the note that says
/// so (and what a saved report said then). Then the answers that changed, each with how far its
/// contribution moved (the largest move first, ``ReportWording``'s signed points); how the
/// outcome moved (verdict, score, range, readiness, confidence); and what appeared (`+`) or went
/// away (`-`) among the rules that fire, the parts to split first, the prerequisites and the
/// flips. Lines wrap to the width with a hanging indent; every string from input passes through
/// ``TerminalSanitizer``; bold and color only when `color` is true.
struct AssessmentDiffTextRenderer: Sendable {
  func render(_ comparison: AssessmentComparison, color: Bool, width: Int) -> String {
    let style = Style(enabled: color)
    let wrapper = TextWrapper(width: width)
    let clean = TerminalSanitizer.clean
    let wording = AssessmentDiffWording(comparison: comparison, term: clean, plain: clean)
    let diff = comparison.diff

    var lines: [String] = []
    let subject = comparison.projectName.map { " for " + clean($0) } ?? ""
    lines += wrapper.lines(
      style.bold("Diff" + subject + ": " + wording.verdictMove), indent: 2)
    // File names whole, one per line, so that a terminal can open them and none is cut.
    lines.append("  old     " + clean(comparison.old.file) + " (" + comparison.old.kind.rawValue + ")")
    lines.append("  new     " + clean(comparison.new.file) + " (" + comparison.new.kind.rawValue + ")")
    lines.append("  rubric  " + wording.name(diff.rubric) + ", " + clean(comparison.rubric.name))

    // The method first: before any move is read, the reader knows where it comes from.
    let notes = (wording.methodNote.map { [$0] } ?? []) + wording.recordedNotes
    for note in notes {
      lines.append("")
      lines += wrapper.lines(note)
    }

    lines.append("")
    let factorCount = diff.new.report.factors.count
    let changes = comparison.changesByMove
    if changes.isEmpty {
      lines.append(style.bold("Answers that changed: none of \(factorCount)"))
    } else {
      lines.append(style.bold("Answers that changed: \(changes.count) of \(factorCount)"))
      let deltas = changes.map { NumberText.signed($0.contributionChange) }
      let column = deltas.map { TerminalCells.width($0) }.max() ?? 0
      for (change, delta) in zip(changes, deltas) {
        let prefix =
          "  " + style.lean(TerminalCells.paddedLeft(delta, to: column), change.contributionChange) + "  "
        lines += wrapper.lines(
          wording.answers(change) + " (" + wording.contributions(change) + ")", prefix: prefix,
          indent: column + 4)
      }
    }

    lines.append("")
    lines.append(style.bold("How the outcome moved"))
    let rows = wording.outcomeRows
    let labelWidth = rows.map { TerminalCells.width($0.0) }.max() ?? 0
    for (label, text) in rows {
      lines += wrapper.lines(
        text, prefix: "  " + TerminalCells.padded(label, to: labelWidth) + "  ", indent: labelWidth + 4)
    }

    let sections: [(String, [String], [String])] = [
      (
        "Rules (+ now fire, - no longer fire)",
        diff.rulesStarted.map { wording.rule($0, in: diff.new.report) },
        diff.rulesStopped.map { wording.rule($0, in: diff.old.report) }
      ),
      (
        "Split first (+ now advised, - no longer)", diff.splitFirstAppeared.map(wording.splitFirst),
        diff.splitFirstGone.map(wording.splitFirst)
      ),
      (
        "Prerequisites (+ now listed, - no longer)", diff.prerequisitesAppeared.map(clean),
        diff.prerequisitesGone.map(clean)
      ),
      (
        "What would change it (+ now, - no longer)", diff.flipsAppeared.map(wording.flip),
        diff.flipsGone.map(wording.flip)
      ),
    ]
    var listed = false
    for (heading, appeared, gone) in sections where !appeared.isEmpty || !gone.isEmpty {
      listed = true
      lines.append("")
      lines.append(style.bold(heading))
      for item in appeared { lines += wrapper.lines(item, prefix: "  + ", indent: 4) }
      for item in gone { lines += wrapper.lines(item, prefix: "  - ", indent: 4) }
    }
    if !listed {
      lines.append("")
      lines += wrapper.lines(
        "No rule, part to split first, prerequisite or flip appeared or went away.", prefix: "", indent: 2)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
