import ArchAdvisorKit

/// The agreement of a rubric with its case library, as `rubric check` prints it: one line of
/// figures, a confusion table, every miss, how many cases lie within 5 points of a band edge,
/// and the closest of them with their distance to the edge.
enum CaseAgreementText {
  /// How many of the cases nearest a band edge to list (more when several tie with the last).
  static let closestCount = 5

  static func render(_ agreement: CaseAgreement, library: CaseLibrary, name: String) -> String {
    var text = "\(name): \(agreement.all.total) cases; the rubric agrees with \(share(agreement.all)) "
    text += "(tuning \(share(agreement.tuning)), held aside \(share(agreement.heldAside)))\n"
    let ids = agreement.all.verdictIDs
    let width = max(("chose " + (ids.max { $0.count < $1.count } ?? "")).count, 14)
    text +=
      "  " + pad("chose ↓ rubric →", width)
      + ids.map { " " + pad($0, max($0.count, 5), right: true) }.joined() + "\n"
    for (row, id) in ids.enumerated() {
      text += "  " + pad(id, width)
      for (column, other) in ids.enumerated() {
        text += " " + pad(String(agreement.all.counts[row][column]), max(other.count, 5), right: true)
      }
      text += "\n"
    }
    for miss in agreement.misses {
      var line = "  miss: \(miss.caseID) chose \(miss.chose), the rubric says \(miss.verdict) "
      line += "(score \(NumberText.signed(miss.score))"
      if let readiness = miss.readiness { line += ", readiness \(NumberText.fixed(readiness, decimals: 1))" }
      if !miss.rules.isEmpty { line += ", by rule " + miss.rules.joined(separator: ", ") }
      line += miss.heldAside ? "; held aside)\n" : ")\n"
      text += line
    }
    let near = agreement.withinEdge(5)
    let closest = agreement.closestToEdge(closestCount)
    if !closest.isEmpty {
      let ties = closest.count > closestCount ? ", \(closest.count) with the ties" : ""
      text +=
        "  \(near.count) of \(agreement.scored.count) case\(agreement.scored.count == 1 ? "" : "s") "
        + "\(near.count == 1 ? "lies" : "lie") within 5 points of a band edge; "
        + "the \(min(closestCount, closest.count)) closest\(ties):\n"
      let idWidth = closest.map { TerminalCells.width(TerminalSanitizer.clean($0.caseID)) }.max() ?? 0
      for scored in closest {
        guard let edge = scored.edge else { continue }
        let side = scored.score >= edge.value ? "above" : "below"
        text +=
          "    " + TerminalCells.padded(TerminalSanitizer.clean(scored.caseID), to: idWidth) + "  "
          + TerminalCells.paddedLeft(NumberText.signed(scored.score), to: 6) + "  "
          + "\(NumberText.fixed(edge.distance, decimals: 1)) \(side) \(NumberText.signed(edge.value)), "
          + "the edge with \(edge.neighbour)\n"
      }
    }
    return text
  }

  private static func share(_ table: CaseAgreement.Table) -> String {
    guard table.total > 0 else { return "0 of 0" }
    let percent = NumberText.fixed(table.share * 100, decimals: 0)
    return "\(table.agreeing) of \(table.total), \(percent)%"
  }

  private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text + fill
  }
}
