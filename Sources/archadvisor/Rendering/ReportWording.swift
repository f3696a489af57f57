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

  /// The answer as a person reads it: a choice's and a set's option labels (a set's joined by
  /// commas, `none` when empty), a number with the factor's unit.
  static func answerLabel(_ factor: FactorResult, rubric: Rubric) -> String {
    guard let answer = factor.answer else { return "unknown" }
    guard let spec = rubric.factor(factor.id) else { return ReportWording.answerText(answer) }
    switch (answer, spec.kind) {
    case (.choice(let id), .choice(let options)):
      return options.first { $0.id == id }?.label ?? id
    case (.set(let ids), .set(let set)):
      guard !ids.isEmpty else { return "none" }
      return ids.map { id in set.options.first { $0.id == id }?.label ?? id }.joined(separator: ", ")
    case (.number, .number(let number)):
      return ReportWording.answerText(answer) + (number.unit.map { " " + $0 } ?? "")
    default:
      return ReportWording.answerText(answer)
    }
  }

  /// "If update_frequency were daily instead of monthly: Microservices (score +24.0)".
  func flip(_ flip: Flip) -> String {
    let changes = flip.changes.map { change -> String in
      let to = term(ReportWording.answerText(change.to))
      let from = change.from.map { " instead of " + term($0.displayText) } ?? " (not answered now)"
      return term(change.factor) + " were " + to + from
    }
    let rule = flip.rule.map { ", by rule " + term($0) } ?? ""
    let readiness = flip.readiness.map { ", readiness " + NumberText.fixed($0, decimals: 1) } ?? ""
    return "If " + changes.joined(separator: " and ") + ": " + verdictLabel(flip.verdict)
      + " (score " + NumberText.signed(flip.score) + readiness + rule + ")"
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

  /// The side the chosen verdict takes: +1 for the last verdict (the microservices end: split),
  /// −1 for every other (one deployable, modular or not).
  ///
  /// A modular monolith keeps one deployable, so the reasons for splitting are costs it accepts
  /// and the reasons against are what it gains: its consequences read like the monolith's.
  func side(of report: Report) -> Double {
    guard let chosen = rubric.verdictIndex(report.verdict.id) else { return 0 }
    return chosen == rubric.verdicts.count - 1 ? 1 : -1
  }

  /// "Readiness 50.0 of 100 (33.3 … 83.3 with the rest of readiness answered).", or
  /// that none was answered; `nil` for a rubric without readiness.
  func readinessSentence(_ report: Report) -> String? {
    guard let readiness = report.readiness else { return nil }
    let span =
      NumberText.fixed(readiness.low, decimals: 1) + " … " + NumberText.fixed(readiness.high, decimals: 1)
    guard let score = readiness.score else {
      return "Readiness is not answered: what is in place to run services could be anywhere from "
        + NumberText.fixed(readiness.low, decimals: 1) + " to "
        + NumberText.fixed(readiness.high, decimals: 1)
        + " of 100."
    }
    var text = "Readiness " + NumberText.fixed(score, decimals: 1) + " of 100"
    if readiness.low != readiness.high { text += " (" + span + " with the rest of readiness answered)" }
    return text + "."
  }

  /// How the verdict fares under other weights, in one sentence: "Weights: the verdict holds in
  /// 52 of 64 re-weightings (each weight scaled by 0.5 to 2); it changes to Microservices if latency
  /// weighs more than 3.4 (now 2)." At most three fragile factors are named, the most fragile
  /// first, grouped by the verdict they lead to; `nil` without a robustness analysis.
  func robustnessSentence(_ report: Report) -> String? {
    guard let robustness = report.robustness else { return nil }
    let settings = robustness.settings
    let scale =
      " re-weightings (each weight scaled by " + NumberText.significant(settings.lowestScale) + " to "
      + NumberText.significant(settings.highestScale) + ")"
    var text = "Weights: the verdict holds in "
    if robustness.holdShare >= 1 {
      text += "all " + String(settings.samples) + scale
    } else {
      text += String(robustness.holdCount) + " of " + String(settings.samples) + scale
    }
    let fragile = robustness.fragile
    guard !fragile.isEmpty else {
      return text + (robustness.holdShare >= 1 ? "; no single weight in that span changes it." : ".")
    }
    // "to Modular monolith if team_size weighs more than 5.08 (now 3) or latency less than 1.2
    // (now 2)": the changes grouped by the verdict they lead to, in order of fragility.
    var groups: [(verdict: String, conditions: [String])] = []
    // A limit shown with the digits of the weight itself would read "more than 3 (now 3)".
    func limitText(_ limit: Double, beside weight: Double) -> String {
      var digits = 3
      while digits < 8,
        NumberText.significant(limit, digits: digits) == NumberText.significant(weight, digits: digits)
      {
        digits += 1
      }
      return NumberText.significant(limit, digits: digits)
    }
    for range in fragile.prefix(3) {
      let now = " (now " + NumberText.significant(range.weight) + ")"
      // The nearer of the two breakpoints, as a factor of the weight, is the one that matters.
      let above = range.holdsTo.map { $0 / range.weight } ?? .infinity
      let below = range.holdsFrom.map { range.weight / $0 } ?? .infinity
      let verdict: String
      let condition: String
      if above <= below, let limit = range.holdsTo {
        verdict = range.verdictAbove ?? ""
        condition = " more than " + limitText(limit, beside: range.weight) + now
      } else {
        verdict = range.verdictBelow ?? ""
        condition = " less than " + limitText(range.holdsFrom ?? 0, beside: range.weight) + now
      }
      let weighs = term(range.factor) + (groups.last?.verdict == verdict ? "" : " weighs") + condition
      if groups.last?.verdict == verdict {
        groups[groups.count - 1].conditions.append(weighs)
      } else {
        groups.append((verdict, [weighs]))
      }
    }
    let changes = groups.map {
      "to " + verdictLabel($0.verdict) + " if " + $0.conditions.joined(separator: " or ")
    }
    return text + "; it changes " + changes.joined(separator: "; ") + "."
  }

  /// One sentence per rule that moved the verdict more than one band from the score's.
  func conflictSentences(_ report: Report) -> [String] {
    report.conflicts.map { conflict in
      "Rule " + term(conflict.rule) + " moved the verdict " + String(conflict.bands)
        + " bands from the score's (" + verdictLabel(conflict.scoreVerdict) + " → "
        + verdictLabel(conflict.verdict) + "); that conflict lowers the confidence."
    }
  }

  /// "Segment: 140 services back to one — chose Monolith, 72% similar over 3 shared factors":
  /// a precedent's first line, without its outcome and source.
  func precedent(_ precedent: Precedent) -> String {
    plain(precedent.name) + " — chose " + verdictLabel(precedent.chose) + ", "
      + NumberText.fixed(precedent.similarity * 100, decimals: 0) + "% similar over "
      + "\(precedent.sharedFactors) shared " + (precedent.sharedFactors == 1 ? "factor" : "factors")
  }

  /// The sentence when most precedents chose another verdict; `nil` otherwise.
  func precedentDisagreement(_ report: Report) -> String? {
    guard report.precedentsDisagree else { return nil }
    let other = report.precedents.filter { $0.chose != report.verdict.id }.count
    return
      "\(other) of the \(report.precedents.count) nearest documented decisions chose another architecture "
      + "than " + verdictLabel(report.verdict.id) + ": look harder at the answers where they differ."
  }

  /// What precedents are, for the heading's line.
  static let precedentsNote =
    "The nearest documented decisions of the rubric's case library, by similarity over the factors both "
    + "answered (a factor the case leaves unknown counts as no match)."

  /// The note when the flip search stopped at its limit.
  static let flipSearchLimited =
    "The search for flips stopped at its limit; a pair of changes beyond it might still change the verdict."

  /// What to say when no flip was found: that none exists, or, when the search for pairs was cut
  /// short, only that no single change does it.
  static func noFlip(_ report: Report) -> String {
    report.flipSearchComplete
      ? "No change of one or two answers gives another verdict."
      : "No single change gives another verdict; the search for pairs stopped at its limit, so a pair of "
        + "changes beyond it might."
  }

  /// The flip-search note after a list of flips, when the search was cut short; `nil` otherwise.
  static func flipSearchNote(_ report: Report) -> String? {
    report.flipSearchComplete || report.flips.isEmpty ? nil : flipSearchLimited
  }
}
