import ArchAdvisorKit

/// The sentences the text, Markdown and ADR reports share, written once.
///
/// Every piece that comes from input (factor ids, answers, rubric labels) passes through
/// `term` (ids and answers) or `plain` (labels and prose) before it joins the sentence, so each
/// format applies its own escaping (terminal sanitizing, Markdown escaping) to exactly the input
/// and never to its own words.
struct ReportWording {
  var rubric: Rubric
  /// Applied to ids and answer values: `update_frequency`, `weekly`.
  var term: (String) -> String
  /// Applied to labels and prose from the rubric: `Modular monolith`.
  var plain: (String) -> String

  /// The label of a verdict id, or the id itself when the rubric does not know it.
  func verdictLabel(_ id: String) -> String {
    plain(rubric.verdict(id)?.label ?? id)
  }

  /// The report's name for a title or a heading without the spaces and line breaks around it,
  /// or `nil` when nothing else is left (no name, an empty one, only whitespace).
  static func displayName(_ report: Report) -> String? {
    guard let name = report.name else { return nil }
    var scalars = Substring(name).unicodeScalars
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return scalars.isEmpty ? nil : String(scalars)
  }

  /// How a person reads an answer; an unknown one is `unknown`.
  static func answerText(_ answer: Answer?) -> String {
    answer?.displayText ?? "unknown"
  }

  /// "If update_frequency were daily instead of monthly: Microservices (score +24.0)".
  func flip(_ flip: Flip) -> String {
    let changes = flip.changes.map { change -> String in
      let to = term(ReportWording.answerText(change.to))
      let from = change.from.map { " instead of " + term($0.displayText) } ?? " (not answered now)"
      return term(change.factor) + " were " + to + from
    }
    return "If " + changes.joined(separator: " and ") + ": " + verdictLabel(flip.verdict)
      + " (score " + NumberText.signed(flip.score) + ")"
  }

  /// One sentence when the unknown factors could change the verdict: "Depending on the 2
  /// unknown factors, the score could be anywhere within −8.0 … +31.0: from Monolith to
  /// Microservices." `nil` when the verdict holds (the headline's range already says how far).
  func rangeSentence(_ report: Report) -> String? {
    let unknown = report.factors.filter { $0.answer == nil }.count
    guard unknown > 0, !report.range.verdictHolds else { return nil }
    let which = unknown == 1 ? "the unknown factor" : "the \(unknown) unknown factors"
    let span = NumberText.signed(report.range.low) + " … " + NumberText.signed(report.range.high)
    return "Depending on \(which), the score could be anywhere within \(span): from "
      + verdictLabel(report.range.lowVerdict) + " to " + verdictLabel(report.range.highVerdict) + "."
  }

  /// The side the chosen verdict takes: −1 toward the first verdict (the monolith end), +1
  /// toward the last, 0 for neither.
  ///
  /// When a rule moved the verdict, the side is the way it moved it (a cap toward the monolith
  /// means the reasons for splitting were outweighed, not served). Otherwise it is the side of the
  /// middle of the verdict's band; a band centred on 0 (a close call) takes the side of the score.
  func side(of report: Report) -> Double {
    if let chosen = rubric.verdictIndex(report.verdict.id),
      let scored = rubric.verdictIndex(report.scoreVerdict.id),
      chosen != scored
    {
      return chosen < scored ? -1 : 1
    }
    let low = max(-100, report.verdict.band.atLeast ?? -100)
    let high = min(100, report.verdict.band.below ?? 100)
    let middle = (low + high) / 2
    if middle < 0 { return -1 }
    if middle > 0 { return 1 }
    if report.score < 0 { return -1 }
    if report.score > 0 { return 1 }
    return 0
  }
}
