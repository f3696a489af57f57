import ArchAdvisorKit

/// The report as an Architecture Decision Record in the MADR 4 layout, ready to commit as
/// ``fileName(number:report:)``.
///
/// Front matter with `status: proposed` and the date from the context; the title ("Use a modular
/// monolith for payments"); "Context and Problem Statement" from the rubric's title and
/// description; "Decision Drivers" from the answered factors that pushed, strongest first, with
/// their reasons; "Considered Options" (every verdict of the rubric); "Decision Outcome" with the
/// justification (score, range, confidence, the rules that changed the verdict) and
/// "Consequences": "Good, because …" from the reasons pushing toward the chosen side, "Bad,
/// because …" from those pushing the other way; "Pros and Cons of the Options" (each verdict's
/// summary); "More Information" with the caveats and flips as follow-ups and the prerequisites as
/// a checklist. Text from input is escaped by ``MarkdownText``.
struct ADRRenderer: ReportRenderer {
  /// The longest file-name slug, in characters.
  static let slugLimit = 60

  func render(_ report: Report, context: RenderContext) -> String {
    let rubric = context.rubric
    let wording = ReportWording(rubric: rubric, term: MarkdownText.term, plain: MarkdownText.escape)
    let escape = MarkdownText.escape
    var blocks: [String] = []

    // The date comes from the caller; a malformed one would break the YAML, so it is checked.
    let date = ADRRenderer.isDate(context.date) ? context.date : "YYYY-MM-DD"
    blocks.append("---\nstatus: proposed\ndate: \(date)\n---")
    blocks.append("# " + escape(ADRRenderer.title(for: report)))

    let subject = ReportWording.displayName(report).map(escape) ?? "this system"
    var problem = "## Context and Problem Statement\n\n"
    problem += "We need to decide the architecture of " + subject + ". " + escape(rubric.title)
    // The title is a question without its mark ("Monolith or microservices for …"), unless it has one.
    if let last = rubric.title.last, !".?!".contains(last) { problem += "?" }
    if let description = rubric.description, !description.isEmpty { problem += " " + escape(description) }
    let answered = report.factors.filter { $0.answer != nil }.count
    problem +=
      "\n\nThe answers were weighed with the rubric " + MarkdownText.term(report.rubricID) + " version "
      + escape(report.rubricVersion) + ": \(answered) of \(report.factors.count) factors answered."
    blocks.append(problem)

    let drivers = report.drivers.filter { $0.contribution != 0 && $0.dimension == .need }
    var driverLines = drivers.map { factor in
      "* " + MarkdownText.term(factor.id) + " = " + MarkdownText.term(ReportWording.answerText(factor.answer))
        + " (" + NumberText.signed(factor.contribution) + "): " + escape(factor.reason)
    }
    if driverLines.isEmpty { driverLines = ["* No reason for or against splitting was answered."] }
    blocks.append("## Decision Drivers\n\n" + driverLines.joined(separator: "\n"))

    let options = rubric.verdicts.map { "* " + escape($0.label) }
    blocks.append("## Considered Options\n\n" + options.joined(separator: "\n"))

    blocks.append(outcome(report, wording: wording))
    blocks.append("### Consequences\n\n" + consequences(report, wording: wording).joined(separator: "\n"))

    var prosAndCons = ["## Pros and Cons of the Options"]
    for verdict in rubric.verdicts {
      let chosen = verdict.id == report.verdict.id ? " (chosen)" : ""
      prosAndCons.append("### " + escape(verdict.label) + chosen + "\n\n" + escape(verdict.summary))
    }
    blocks.append(prosAndCons.joined(separator: "\n\n"))

    blocks.append(moreInformation(report, wording: wording))
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// "Use a modular monolith for payments" (or "… for this system" without a name), unescaped.
  static func title(for report: Report) -> String {
    let subject = ReportWording.displayName(report) ?? "this system"
    return "Use " + phrase(report.verdict.label) + " for " + subject
  }

  /// `docs/adr/0007-use-a-modular-monolith-for-payments.md`: the number padded to four digits
  /// and the title as a slug of ASCII lower-case letters, digits and single hyphens, at most
  /// ``slugLimit`` characters, never empty. Nothing from input survives but `[a-z0-9]`, so no
  /// name can climb out of the folder (`..`), hide a file (`.x`) or break a shell.
  static func fileName(number: Int, report: Report) -> String {
    let digits = String(max(0, number))
    let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    return "docs/adr/" + padded + "-" + slug(title(for: report)) + ".md"
  }

  /// The text as lower-case ASCII words joined by single hyphens, at most ``slugLimit`` long.
  static func slug(_ text: String) -> String {
    var slug = ""
    var pendingHyphen = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let keep: Unicode.Scalar?
      switch value {
      case 0x61...0x7A, 0x30...0x39: keep = scalar
      case 0x41...0x5A: keep = Unicode.Scalar(value + 0x20)
      default: keep = nil
      }
      guard let keep else {
        pendingHyphen = !slug.isEmpty
        continue
      }
      if pendingHyphen {
        if slug.unicodeScalars.count + 1 >= slugLimit { break }
        slug += "-"
        pendingHyphen = false
      }
      if slug.unicodeScalars.count >= slugLimit { break }
      slug.unicodeScalars.append(keep)
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? "decision" : slug
  }

  /// "Decision Outcome": the chosen option and why, with the numbers and the rules.
  private func outcome(_ report: Report, wording: ReportWording) -> String {
    let escape = MarkdownText.escape
    var paragraphs = ["## Decision Outcome"]
    paragraphs.append(
      "Chosen option: \"" + escape(report.verdict.label)
        + "\", because it is what the answers, weighed by the "
        + "rubric and checked against its rules, recommend. " + escape(report.verdict.summary))
    let low = wording.plain(wording.rubric.verdicts.first?.label ?? "the low end")
    let high = wording.plain(wording.rubric.verdicts.last?.label ?? "the high end")
    var numbers =
      "The score is " + NumberText.signed(report.score) + " on a scale from \u{2212}100 (" + low
      + ") to +100 ("
      + high
      + "), with a range of " + NumberText.signed(report.range.low) + " … "
      + NumberText.signed(report.range.high)
      + " over the unknown factors. Confidence is " + report.confidence.level.rawValue + ": "
      + escape(report.confidence.explanation)
    if let range = wording.rangeSentence(report) { numbers += " " + range }
    if let readiness = wording.readinessSentence(report) { numbers += " " + readiness }
    if let robustness = wording.robustnessSentence(report) { numbers += " " + robustness }
    for conflict in wording.conflictSentences(report) { numbers += " " + conflict }
    paragraphs.append(numbers)
    if !report.splitFirst.isEmpty {
      paragraphs.append(
        "Split first, whatever the whole:\n\n"
          + report.splitFirst.map { "* " + escape($0.label) + ": " + escape($0.reason) }.joined(
            separator: "\n"))
    }
    let changing = report.firedRules.filter(\.changedVerdict)
    if report.scoreVerdict.id != report.verdict.id || !changing.isEmpty {
      var rules = "The score alone points to " + wording.verdictLabel(report.scoreVerdict.id) + "."
      for rule in changing {
        rules +=
          "\n\n* Rule " + MarkdownText.term(rule.id) + " changed the verdict from "
          + wording.verdictLabel(rule.verdictBefore) + " to " + wording.verdictLabel(rule.verdictAfter) + ": "
          + escape(rule.reason)
      }
      paragraphs.append(rules)
    }
    return paragraphs.joined(separator: "\n\n")
  }

  /// "Good, because …" for the reasons pushing toward the chosen side, "Bad, because …" for the
  /// others; "Neutral, because …" when the verdict sits at neither side.
  private func consequences(_ report: Report, wording: ReportWording) -> [String] {
    let side = wording.side(of: report)
    let pushing = report.drivers.filter { $0.contribution != 0 && $0.dimension == .need }
    var good: [String] = []
    var bad: [String] = []
    var neutral: [String] = []
    for factor in pushing {
      var reason = factor.reason
      while reason.hasSuffix(".") || reason.hasSuffix(" ") { reason.removeLast() }
      let because =
        ADRRenderer.lowerFirst(MarkdownText.escape(reason)) + " (" + MarkdownText.term(factor.id) + " = "
        + MarkdownText.term(ReportWording.answerText(factor.answer)) + ")"
      let direction = factor.contribution * side
      if direction > 0 {
        good.append("* Good, because " + because)
      } else if direction < 0 {
        bad.append("* Bad, because " + because)
      } else {
        neutral.append("* Neutral, because " + because)
      }
    }
    // Held back from the score's split by what is not in place: that is this choice's gain.
    if side < 0, let readiness = report.readiness?.score,
      wording.rubric.verdictIndex(report.scoreVerdict.id) == wording.rubric.verdicts.count - 1
    {
      good.append(
        "* Good, because the services would run on a platform not yet in place (readiness "
          + NumberText.fixed(readiness, decimals: 1) + " of 100; see the prerequisites)")
    }
    // Prerequisites are the cost of splitting: a consequence only of a choice toward it.
    if side > 0 && !report.prerequisites.isEmpty {
      bad.append(
        "* Bad, because the team must first put \(report.prerequisites.count) "
          + (report.prerequisites.count == 1 ? "prerequisite" : "prerequisites") + " in place (see below)")
    }
    let all = good + bad + neutral
    return all.isEmpty ? ["* Neutral, because no reason for or against splitting was answered"] : all
  }

  /// "More Information": what to answer before accepting, caveats and flips as follow-ups,
  /// prerequisites as a checklist.
  private func moreInformation(_ report: Report, wording: ReportWording) -> String {
    var parts = ["## More Information"]
    if !report.nextQuestions.isEmpty {
      let items = report.nextQuestions.map { id in
        "* " + MarkdownText.term(id) + ": "
          + MarkdownText.escape(report.factors.first { $0.id == id }?.question ?? "")
      }
      parts.append("Before accepting, answer:\n\n" + items.joined(separator: "\n"))
    }
    if !report.precedents.isEmpty {
      var text = "Precedents. " + ReportWording.precedentsNote + "\n\n"
      text += report.precedents.map { precedent in
        "* " + wording.precedent(precedent) + ". " + MarkdownText.escape(precedent.outcome) + " Source: "
          + MarkdownText.link(precedent.source.title, precedent.source.url)
      }.joined(separator: "\n")
      if let disagreement = wording.precedentDisagreement(report) { text += "\n\n" + disagreement }
      parts.append(text)
    }
    if !report.caveats.isEmpty {
      parts.append(
        "Follow-ups:\n\n" + report.caveats.map { "* " + MarkdownText.escape($0) }.joined(separator: "\n"))
    }
    if !report.prerequisites.isEmpty {
      parts.append(
        "Prerequisites before splitting:\n\n"
          + report.prerequisites.map { "- [ ] " + MarkdownText.escape($0) }.joined(separator: "\n"))
    }
    if !report.flips.isEmpty {
      parts.append(
        "Revisit this decision when the answers change:\n\n"
          + report.flips.map { "* " + wording.flip($0) }.joined(separator: "\n"))
    }
    if !report.flipSearchComplete {
      parts.append(report.flips.isEmpty ? ReportWording.noFlip(report) : ReportWording.flipSearchLimited)
    }
    parts.append(
      "Drafted by archadvisor from the rubric " + MarkdownText.term(report.rubricID) + " version "
        + MarkdownText.escape(report.rubricVersion) + "; review the reasons before accepting it.")
    return parts.joined(separator: "\n\n")
  }

  /// "a modular monolith", "an event-driven design", "microservices": the label lower-cased
  /// (unless it starts with an acronym) with the article English wants, by a rule of thumb: no
  /// article for a plural, "an" before a vowel.
  static func phrase(_ label: String) -> String {
    let lowered = lowerFirst(label)
    let lastWord = lowered.split(separator: " ").last.map(String.init) ?? lowered
    if lastWord.hasSuffix("s") && !lastWord.hasSuffix("ss") { return lowered }
    let vowels: Set<Character> = ["a", "e", "i", "o", "u", "A", "E", "I", "O", "U"]
    guard let first = lowered.first else { return lowered }
    return (vowels.contains(first) ? "an " : "a ") + lowered
  }

  /// The text with its first letter lower-cased, unless the second is upper-case too (an
  /// acronym such as `SOA`).
  static func lowerFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    let rest = text.dropFirst()
    if let second = rest.first, second.isUppercase { return text }
    return first.lowercased() + rest
  }

  /// Whether the text is `YYYY-MM-DD` in digits.
  static func isDate(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return false }
    return scalars.enumerated().allSatisfy { index, scalar in
      index == 4 || index == 7 || ("0"..."9").contains(scalar)
    }
  }
}
