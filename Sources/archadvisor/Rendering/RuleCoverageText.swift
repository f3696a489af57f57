import ArchAdvisorKit

/// The rule coverage `rubric check` prints: on how many examples and cases each rule fires, and
/// plainly which rules never do.
enum RuleCoverageText {
  /// The section, ending with a newline; empty for a rubric without rules.
  static func render(_ coverage: RuleCoverage, name: String) -> String {
    guard !coverage.rules.isEmpty else { return "" }
    let clean = TerminalSanitizer.clean
    let sets = [
      count(coverage.exampleCount, "example"),
      coverage.caseCount > 0 ? count(coverage.caseCount, "case") : nil,
    ].compactMap { $0 }.joined(separator: " and ")
    guard coverage.exampleCount + coverage.caseCount > 0 else {
      return
        "\(clean(name)): rule coverage: no examples or cases to run the \(count(coverage.rules.count, "rule")) "
        + "on; add examples that exercise them\n"
    }
    var text = "\(clean(name)): rule coverage, how many of the \(sets) each rule fires on:\n"
    let ruleWidth = max(4, coverage.rules.map { TerminalCells.width(clean($0.ruleID)) }.max() ?? 0)
    var header = "  " + TerminalCells.padded("RULE", to: ruleWidth) + "  EXAMPLES"
    if coverage.caseCount > 0 { header += "  CASES" }
    text += header + "  CHANGED THE VERDICT\n"
    for entry in coverage.rules {
      var line = "  " + TerminalCells.padded(clean(entry.ruleID), to: ruleWidth) + "  "
      if entry.fires {
        line += TerminalCells.paddedLeft(String(entry.examples), to: 8)
        if coverage.caseCount > 0 { line += "  " + TerminalCells.paddedLeft(String(entry.cases), to: 5) }
        line += "  " + String(entry.changedVerdict)
      } else {
        line += "never fires on the \(sets): consider an example that exercises it"
      }
      text += line + "\n"
    }
    let never = coverage.neverFiring.count
    text +=
      never == 0
      ? "  every rule fires at least once\n"
      : "  \(coverage.rules.count - never) of \(count(coverage.rules.count, "rule")) fire at least once; "
        + "\(never) never \(never == 1 ? "does" : "do"): "
        + coverage.neverFiring.map { clean($0.ruleID) }.joined(separator: ", ") + "\n"
    return text
  }

  private static func count(_ number: Int, _ word: String) -> String {
    "\(number) \(word)\(number == 1 ? "" : "s")"
  }
}
