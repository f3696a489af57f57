import ArchAdvisorKit

/// `rubric diff` for a pull request's description: a heading with both versions, one line of
/// counts, the changes as a list under a heading per part of the rubric, then the verdicts that
/// move as two tables (examples, cases) and the case library's agreement under each rubric.
/// Every string from input is escaped by ``MarkdownText``; ids are inline code.
struct RubricDiffMarkdownRenderer: Sendable {
  func render(_ comparison: RubricComparison) -> String {
    let wording = RubricDiffWording(term: MarkdownText.term, plain: MarkdownText.escape)
    let diff = comparison.diff
    let term = MarkdownText.term
    var blocks: [String] = []

    let newName =
      diff.new.id == diff.old.id ? term(diff.new.version) : term(diff.new.id) + " " + term(diff.new.version)
    blocks.append("## Rubric changes: " + term(diff.old.id) + " " + term(diff.old.version) + " → " + newName)
    var summary =
      "Compared " + MarkdownText.escape(comparison.old.name) + " with "
      + MarkdownText.escape(comparison.new.name)
      + ": " + (diff.changes.isEmpty ? "no change" : plural(diff.changes.count, "change"))
      + ". Verdicts that move: \(diff.exampleMoves.count) of \(plural(diff.examplesScored, "example"))"
    if diff.casesScored > 0 { summary += ", \(diff.caseMoves.count) of \(plural(diff.casesScored, "case"))" }
    summary += "."
    blocks.append(summary)

    for section in RubricDiff.Section.allCases {
      let changes = diff.changes.filter { $0.section == section }
      guard !changes.isEmpty else { continue }
      let items = wording.lines(changes).map { marker, text in
        "- " + (marker.word.map { "**" + $0 + "** " } ?? "") + text
      }
      blocks.append("### " + RubricDiffWording.heading(section) + "\n\n" + items.joined(separator: "\n"))
    }

    var moves = "### Verdicts that move"
    if diff.exampleMoves.isEmpty && diff.caseMoves.isEmpty {
      moves += "\n\nNo example or case changes verdict."
    }
    blocks.append(moves)
    if !diff.exampleMoves.isEmpty {
      blocks.append(table(diff.exampleMoves, first: "Example", expected: "Expects", wording: wording))
    }
    if !diff.caseMoves.isEmpty {
      blocks.append(table(diff.caseMoves, first: "Case", expected: "Chose", wording: wording))
    }
    if let old = diff.oldAgreement, let new = diff.newAgreement {
      blocks.append(RubricDiffWording.agreement(old: old, new: new, emphasis: "**") + ".")
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private func table(
    _ moves: [RubricDiff.VerdictMove], first: String, expected: String, wording: RubricDiffWording
  ) -> String {
    var rows = ["| \(first) | Old | New | \(expected) |", "| --- | --- | --- | --- |"]
    for move in moves {
      let name =
        move.name.map { MarkdownText.term(move.id) + " " + MarkdownText.cell($0) }
        ?? MarkdownText.cell(move.id)
      rows.append(
        "| " + name + " | " + wording.outcome(move.old) + " | " + wording.outcome(move.new) + " | "
          + MarkdownText.term(move.expected) + RubricDiffWording.agreement(move) + " |")
    }
    return rows.joined(separator: "\n")
  }

  private func plural(_ count: Int, _ word: String) -> String {
    "\(count) \(word)\(count == 1 ? "" : "s")"
  }
}
