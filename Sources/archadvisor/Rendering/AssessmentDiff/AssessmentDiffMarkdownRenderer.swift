import ArchAdvisorKit

/// `diff` for a review's notes or a pull request: a heading with the project and the verdict's
/// move, the files compared and the rubric, the note when a side was made with another rubric
/// (first, as a quote), a table of the answers that changed with their contributions, a table of
/// how the outcome moved, then lists of what appeared and went away (rules, parts to split
/// first, prerequisites, flips). Every string from input is escaped by ``MarkdownText``; ids and
/// answers are inline code.
struct AssessmentDiffMarkdownRenderer: Sendable {
  func render(_ comparison: AssessmentComparison) -> String {
    let wording = AssessmentDiffWording(
      comparison: comparison, term: MarkdownText.term, plain: MarkdownText.escape)
    let diff = comparison.diff
    let term = MarkdownText.term
    var blocks: [String] = []

    let subject = comparison.projectName.map { ": " + MarkdownText.escape($0) } ?? ""
    blocks.append("## Assessment diff" + subject)
    blocks.append(
      "**" + (diff.verdictMoved ? "The verdict moved: " : "The verdict: ") + wording.verdictMove + ".** "
        + "Compared " + MarkdownText.escape(comparison.old.file) + " (" + comparison.old.kind.rawValue
        + ") with "
        + MarkdownText.escape(comparison.new.file) + " (" + comparison.new.kind.rawValue
        + "), both scored with "
        + wording.name(diff.rubric) + ".")
    let notes = (wording.methodNote.map { [$0] } ?? []) + wording.recordedNotes
    if !notes.isEmpty { blocks.append(notes.map { "> " + $0 }.joined(separator: "\n>\n")) }

    var answers = "### Answers that changed"
    if diff.answerChanges.isEmpty {
      answers += "\n\nNone of the \(diff.new.report.factors.count) answers changed."
    } else {
      answers += "\n\n| Factor | Old | New | Contribution |\n| --- | --- | --- | --- |"
      for change in diff.answerChanges {
        let dimension = change.dimension == .readiness ? " (readiness)" : ""
        answers +=
          "\n| " + term(change.factor) + dimension + " | " + term(ReportWording.answerText(change.old))
          + " | "
          + term(ReportWording.answerText(change.new)) + " | "
          + wording.numbers(change.oldContribution, change.newContribution) + " |"
      }
    }
    blocks.append(answers)

    var outcome = "### How the outcome moved\n\n| What | Old → new |\n| --- | --- |"
    for (label, text) in wording.outcomeRows {
      outcome += "\n| " + label.prefix(1).uppercased() + label.dropFirst() + " | " + text + " |"
    }
    blocks.append(outcome)

    let sections: [(String, [String], [String])] = [
      (
        "Rules", diff.rulesStarted.map { wording.rule($0, in: diff.new.report) },
        diff.rulesStopped.map { wording.rule($0, in: diff.old.report) }
      ),
      (
        "Split first", diff.splitFirstAppeared.map(wording.splitFirst),
        diff.splitFirstGone.map(wording.splitFirst)
      ),
      (
        "Prerequisites", diff.prerequisitesAppeared.map(MarkdownText.escape),
        diff.prerequisitesGone.map(MarkdownText.escape)
      ),
      ("What would change it", diff.flipsAppeared.map(wording.flip), diff.flipsGone.map(wording.flip)),
    ]
    var listed = false
    for (heading, appeared, gone) in sections where !appeared.isEmpty || !gone.isEmpty {
      listed = true
      let items = appeared.map { "- **now:** " + $0 } + gone.map { "- **no longer:** " + $0 }
      blocks.append("### " + heading + "\n\n" + items.joined(separator: "\n"))
    }
    if !listed { blocks.append("No rule, part to split first, prerequisite or flip appeared or went away.") }
    return blocks.joined(separator: "\n\n") + "\n"
  }
}
