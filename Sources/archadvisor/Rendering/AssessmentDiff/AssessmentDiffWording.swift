import ArchAdvisorKit

/// The sentences the text and Markdown diffs share, written once.
///
/// As in ``ReportWording``, every piece from input (ids, answers, versions, labels) passes
/// through `term` (ids, answers, versions) or `plain` (labels and prose) before it joins the
/// sentence, so each format escapes exactly the input and never its own words.
struct AssessmentDiffWording {
  var comparison: AssessmentComparison
  var term: (String) -> String
  var plain: (String) -> String

  private var diff: AssessmentDiff { comparison.diff }
  private var report: ReportWording {
    ReportWording(rubric: comparison.rubric.rubric, term: term, plain: plain)
  }

  /// "Monolith → Microservices", or "Monolith (unchanged)".
  var verdictMove: String {
    let before = report.verdictLabel(diff.old.report.verdict.id)
    guard diff.verdictMoved else { return before + " (unchanged)" }
    return before + " → " + report.verdictLabel(diff.new.report.verdict.id)
  }

  /// When a side was made with another rubric than the one both are scored with: which, and
  /// that both are scored with the current one, so the moves listed come from the answers.
  /// "OLD was made with genai-architecture 1.0.0; both are scored here with 2.0.1, so what moves
  /// below comes from the answers, not from the method." `nil` when no side says it differs.
  var methodNote: String? {
    guard diff.methodDiffers else { return nil }
    let current = diff.rubric
    let before = diff.old.madeWith.flatMap { $0 == current ? nil : $0 }
    let after = diff.new.madeWith.flatMap { $0 == current ? nil : $0 }
    let made: String
    switch (before, after) {
    case (let before?, let after?) where before == after: made = "OLD and NEW were made with " + name(before)
    case (let before?, let after?):
      made = "OLD was made with " + name(before) + " and NEW with " + name(after)
    case (let before?, nil): made = "OLD was made with " + name(before)
    case (nil, let after?): made = "NEW was made with " + name(after)
    case (nil, nil): return nil
    }
    let scored = before.map { $0.id == current.id } ?? true && after.map { $0.id == current.id } ?? true
    return made + "; both are scored here with "
      + (scored ? term(current.version) : term(current.id) + " " + term(current.version))
      + ", so what moves below comes from the answers, not from the method."
  }

  /// For each saved report whose own verdict or score differs from what its answers get here:
  /// "OLD's saved report said Monolith (score −20.1) with genai-architecture 1.0.0; with
  /// genai-architecture 2.0.1 its answers get Modular monolith (score +3.0)." The move the method
  /// made, apart from the answers'.
  var recordedNotes: [String] {
    [("OLD", diff.old), ("NEW", diff.new)].compactMap { label, side in
      guard let recorded = side.recorded else { return nil }
      let now = side.report
      let sameScore = NumberText.signed(recorded.score) == NumberText.signed(now.score)
      guard recorded.verdict != now.verdict.id || !sameScore else { return nil }
      let said =
        label + "'s saved report said " + report.verdictLabel(recorded.verdict) + " (score "
        + NumberText.signed(recorded.score) + ")"
      let gets = report.verdictLabel(now.verdict.id) + " (score " + NumberText.signed(now.score) + ")"
      guard recorded.rubric != diff.rubric else {
        return said + ", but its answers get " + gets + " with the same rubric, " + name(diff.rubric)
          + " (was it made with --weight?)."
      }
      return said + " with " + name(recorded.rubric) + "; with " + name(diff.rubric) + " its answers get "
        + gets + "."
    }
  }

  /// "team_size: 12 → 30", "latency: unknown → sensitive".
  func answers(_ change: AssessmentDiff.AnswerChange) -> String {
    term(change.factor) + ": " + term(ReportWording.answerText(change.old)) + " → "
      + term(ReportWording.answerText(change.new))
  }

  /// "contribution −3.0 → +1.9", or "readiness contribution …" for a readiness factor.
  func contributions(_ change: AssessmentDiff.AnswerChange) -> String {
    (change.dimension == .readiness ? "readiness contribution " : "contribution ")
      + NumberText.signed(change.oldContribution) + " → " + NumberText.signed(change.newContribution)
  }

  /// "−6.6 → +20.4 (+27.0)", or "−6.6 (unchanged)".
  func numbers(_ before: Double, _ after: Double) -> String {
    let old = NumberText.signed(before)
    let new = NumberText.signed(after)
    guard old != new else { return old + " (unchanged)" }
    return old + " → " + new + " (" + NumberText.signed(after - before) + ")"
  }

  /// The rows of "How the outcome moved": verdict, the score's band when a rule overrode it on
  /// either side, score, range, readiness (for a rubric that has it), confidence.
  var outcomeRows: [(String, String)] {
    let before = diff.old.report
    let after = diff.new.report
    var rows = [("verdict", verdictMove)]
    if before.scoreVerdict.id != before.verdict.id || after.scoreVerdict.id != after.verdict.id {
      let from = report.verdictLabel(before.scoreVerdict.id)
      let to = report.verdictLabel(after.scoreVerdict.id)
      rows.append(("score's band", from == to ? from + " (unchanged)" : from + " → " + to))
    }
    rows.append(("score", numbers(before.score, after.score)))
    let rangeBefore = range(before.range.low, before.range.high)
    let rangeAfter = range(after.range.low, after.range.high)
    rows.append(
      ("range", rangeBefore == rangeAfter ? rangeBefore + " (unchanged)" : rangeBefore + " → " + rangeAfter))
    if before.readiness != nil || after.readiness != nil {
      rows.append(("readiness", readiness(before.readiness, after.readiness)))
    }
    let levelBefore = before.confidence.level.rawValue
    let levelAfter = after.confidence.level.rawValue
    rows.append(
      (
        "confidence",
        levelBefore == levelAfter ? levelBefore + " (unchanged)" : levelBefore + " → " + levelAfter
      ))
    return rows
  }

  /// "+4.3 … +12.0".
  private func range(_ low: Double, _ high: Double) -> String {
    NumberText.signed(low) + " … " + NumberText.signed(high)
  }

  /// "36.7 → 50.0 (+13.3)", with the ranges when either side has unknown readiness.
  private func readiness(_ before: Readiness?, _ after: Readiness?) -> String {
    func text(_ readiness: Readiness?) -> String {
      guard let readiness else { return "none" }
      guard let score = readiness.score else {
        return "unknown (" + NumberText.fixed(readiness.low, decimals: 1) + " … "
          + NumberText.fixed(readiness.high, decimals: 1) + ")"
      }
      let value = NumberText.fixed(score, decimals: 1)
      guard readiness.low != readiness.high else { return value }
      return value + " (" + NumberText.fixed(readiness.low, decimals: 1) + " … "
        + NumberText.fixed(readiness.high, decimals: 1) + ")"
    }
    let old = text(before)
    let new = text(after)
    guard old != new else { return old + " (unchanged)" }
    if let low = before?.score, let high = after?.score {
      let change = NumberText.signed(
        NumberText.rounded(high, decimals: 1) - NumberText.rounded(low, decimals: 1))
      return old + " → " + new + " (" + change + ")"
    }
    return old + " → " + new
  }

  /// "If team_size were 52 instead of 30: Microservices (score +14.0)".
  func flip(_ flip: Flip) -> String { report.flip(flip) }

  /// "model_inference (Model inference): the reason".
  func splitFirst(_ part: SplitFirst) -> String {
    term(part.component) + " (" + plain(part.label) + "): " + plain(part.reason)
  }

  /// "own-model-servers: the reason it gives", from the report where the rule fired.
  func rule(_ id: String, in report: Report) -> String {
    let reason = report.firedRules.first { $0.id == id }?.reason ?? ""
    return term(id) + (reason.isEmpty ? "" : ": " + plain(reason))
  }

  /// `genai-architecture 1.0.0`.
  func name(_ version: RubricVersion) -> String {
    term(version.id) + " " + term(version.version)
  }
}
