import ArchAdvisorKit

/// The report as an Architecture Decision Record in the MADR 4.0 layout, ready to commit as
/// ``fileName(number:report:)``.
///
/// Front matter with `status`, `date`, `decision-makers`, `consulted` and `informed` (from the
/// context's ``DecisionRecordDetails``, each a YAML double-quoted string); the title ("Use a
/// modular monolith for payments"); "Context and Problem Statement" from the project's answers
/// (each factor's question with the answer's label, then what is unknown); "Decision Drivers"
/// from the answered factors that pushed, strongest first, with their reasons; "Considered
/// Options" (every verdict of the rubric); "Decision Outcome" with a justification that names the
/// deciding factors (and the rules that changed the verdict), the numbers, "Consequences" ("Good,
/// because …" from the reasons pushing toward the chosen side, "Bad, because …" from those pushing
/// the other way) and "Confirmation" (the answer changes that would overturn it, and the
/// prerequisites to check before splitting); "Pros and Cons of the Options", each verdict's
/// summary with Good, Neutral and Bad from the answers; "More Information" with what to answer
/// next, the precedents and the caveats as follow-ups. Text from input is escaped by
/// ``MarkdownText``, and by ``yamlString(_:)`` in the front matter.
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
    let decision = context.decision
    blocks.append(
      "---\nstatus: " + ADRRenderer.yamlString(decision.status) + "\ndate: \(date)\ndecision-makers: "
        + ADRRenderer.yamlString(decision.decisionMakers.joined(separator: ", ")) + "\nconsulted: "
        + ADRRenderer.yamlString(decision.consulted.joined(separator: ", ")) + "\ninformed: "
        + ADRRenderer.yamlString(decision.informed.joined(separator: ", ")) + "\n---")
    blocks.append("# " + escape(ADRRenderer.title(for: report)))

    let subject = ReportWording.displayName(report).map(escape) ?? "this system"
    var problem = "## Context and Problem Statement\n\n"
    let choices = rubric.verdicts.map { escape(ADRRenderer.phrase($0.label)) }
    problem +=
      "How should " + subject + " be built: as " + ADRRenderer.list(choices, conjunction: "or")
      + "? What we know of it:"
    let known = report.factors.filter { $0.answer != nil }
    problem +=
      "\n\n"
      + known.map { factor in
        "* " + escape(factor.question.isEmpty ? factor.id : factor.question) + " "
          + escape(ReportWording.answerLabel(factor, rubric: rubric))
      }.joined(separator: "\n")
    if known.isEmpty { problem += "* Nothing yet: every factor is unknown." }
    let unknown = report.factors.filter { $0.answer == nil }.map { MarkdownText.term($0.id) }
    if !unknown.isEmpty {
      problem += "\n\nNot known yet: " + ADRRenderer.list(unknown, conjunction: "and") + "."
    }
    problem +=
      "\n\nThe answers were weighed with the rubric " + MarkdownText.term(report.rubricID) + " version "
      + escape(report.rubricVersion) + ": \(known.count) of \(report.factors.count) factors answered."
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
    blocks.append(confirmation(report, wording: wording))

    var prosAndCons = ["## Pros and Cons of the Options"]
    for (index, verdict) in rubric.verdicts.enumerated() {
      let chosen = verdict.id == report.verdict.id ? " (chosen)" : ""
      let side = rubric.verdicts.count > 1 ? 2 * Double(index) / Double(rubric.verdicts.count - 1) - 1 : 0
      prosAndCons.append(
        "### " + escape(verdict.label) + chosen + "\n\n" + escape(verdict.summary) + "\n\n"
          + ADRRenderer.prosAndCons(report, side: side).joined(separator: "\n"))
    }
    blocks.append(prosAndCons.joined(separator: "\n\n"))

    blocks.append(moreInformation(report, wording: wording, context: context))
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
    "docs/adr/" + paddedNumber(number) + "-" + slug(title(for: report)) + ".md"
  }

  /// `0007`: a record's number as adr-tools writes it in file names.
  static func paddedNumber(_ number: Int) -> String {
    let digits = String(max(0, number))
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// `ADR-0007`, as MADR names a record in a status ("superseded by ADR-0007").
  static func recordName(_ number: Int) -> String { "ADR-" + paddedNumber(number) }

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
      "Chosen option: \"" + escape(report.verdict.label) + "\", because "
        + justification(report, wording: wording)
        + " " + escape(report.verdict.summary))
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

  /// "Confirmation": how to check the decision holds. The answer changes that would give another
  /// verdict (re-assess when one comes true) and the prerequisites as a checklist.
  private func confirmation(_ report: Report, wording: ReportWording) -> String {
    var parts = ["### Confirmation"]
    if report.flips.isEmpty {
      parts.append(ReportWording.noFlip(report) + " Re-assess when the team, the load or the stage changes.")
    } else {
      parts.append(
        "The decision holds while these answers do; re-assess (`archadvisor recommend` with the new "
          + "answers) when one of these comes true:\n\n"
          + report.flips.map { "* " + wording.flip($0) }.joined(
            separator: "\n"))
      if !report.flipSearchComplete { parts.append(ReportWording.flipSearchLimited) }
    }
    if !report.prerequisites.isEmpty {
      parts.append(
        "Before any part is split off, check that each of these is in place:\n\n"
          + report.prerequisites.map { "- [ ] " + MarkdownText.escape($0) }.joined(separator: "\n"))
    }
    return parts.joined(separator: "\n\n")
  }

  /// Why the chosen option, naming what decided it: the rules that changed the verdict, and the
  /// answers that pushed the score where it is (the three strongest, with their points).
  private func justification(_ report: Report, wording: ReportWording) -> String {
    let direction: Double = report.score >= 0 ? 1 : -1
    let deciding = report.drivers.filter { $0.dimension == .need && $0.contribution * direction > 0 }.prefix(
      3)
    let answers = deciding.map { factor in
      MarkdownText.term(factor.id) + " = " + MarkdownText.term(ReportWording.answerText(factor.answer)) + " ("
        + NumberText.signed(factor.contribution) + ")"
    }
    let toward = direction > 0 ? "toward splitting" : "toward one deployable"
    let pushed =
      answers.isEmpty
      ? "no answer pushed the score (" + NumberText.signed(report.score) + ") far either way"
      : ADRRenderer.list(answers, conjunction: "and") + (answers.count == 1 ? " pushes " : " push ") + toward
        + " (score " + NumberText.signed(report.score) + ")"
    let changing = report.firedRules.filter(\.changedVerdict)
    guard !changing.isEmpty else { return pushed + "." }
    let rules = changing.map { MarkdownText.term($0.id) }
    return "the rule" + (rules.count == 1 ? " " : "s ") + ADRRenderer.list(rules, conjunction: "and")
      + " decided it: the score alone points to " + wording.verdictLabel(report.scoreVerdict.id) + ", as "
      + pushed + "."
  }

  /// "Good, because …", "Neutral, because …", "Bad, because …" for the option at `side` (−1 the
  /// monolith end … +1 the other): an answered need factor argues for the option on its own side
  /// and against the one on the other; the middle option meets each halfway. At most three of each.
  static func prosAndCons(_ report: Report, side: Double) -> [String] {
    let pushing = report.drivers.filter { $0.contribution != 0 && $0.dimension == .need }
    var good: [String] = []
    var neutral: [String] = []
    var bad: [String] = []
    for factor in pushing {
      var reason = factor.reason
      while reason.hasSuffix(".") || reason.hasSuffix(" ") { reason.removeLast() }
      let because =
        lowerFirst(MarkdownText.escape(reason)) + " (" + MarkdownText.term(factor.id) + " = "
        + MarkdownText.term(ReportWording.answerText(factor.answer)) + ")"
      let direction = factor.contribution * side
      if direction > 0, good.count < 3 {
        good.append("* Good, because " + because)
      } else if direction < 0, bad.count < 3 {
        bad.append("* Bad, because " + because)
      } else if direction == 0, neutral.count < 3 {
        neutral.append("* Neutral, because " + because + ", which this option meets halfway")
      }
    }
    let all = good + neutral + bad
    return all.isEmpty ? ["* Neutral, because no reason for or against splitting was answered"] : all
  }

  /// "a, b and c": the items joined the English way.
  static func list(_ items: [String], conjunction: String) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " " + conjunction + " " + last
  }

  /// A YAML double-quoted scalar: `"…"` with `\` and `"` escaped and every control character
  /// written as an escape, so no value can end the front matter or add a key.
  static func yamlString(_ text: String) -> String {
    var quoted = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": quoted += "\\\\"
      case "\"": quoted += "\\\""
      case "\n": quoted += "\\n"
      case "\t": quoted += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
          || scalar.value == 0x2028 || scalar.value == 0x2029
        {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          quoted += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        } else {
          quoted.unicodeScalars.append(scalar)
        }
      }
    }
    return quoted + "\""
  }

  /// "More Information": what to answer before accepting, the precedents, caveats as follow-ups.
  private func moreInformation(_ report: Report, wording: ReportWording, context: RenderContext) -> String {
    var parts = ["## More Information"]
    if let number = context.decision.supersedes {
      let name = ADRRenderer.recordName(number)
      parts.append(
        "Supersedes " + (context.decision.supersededFile.map { "[" + name + "](" + $0 + ")" } ?? name) + ".")
    }
    if !report.nextQuestions.isEmpty {
      let items = report.nextQuestions.map { id in
        "* " + MarkdownText.term(id) + ": "
          + MarkdownText.escape(report.factors.first { $0.id == id }?.question ?? "")
      }
      parts.append("Before accepting, answer:\n\n" + items.joined(separator: "\n"))
    }
    if !report.precedents.isEmpty {
      var text = "Precedents. " + ReportWording.precedentsNote + "\n\n"
      text += report.precedents.map { "* " + MarkdownReportRenderer.precedent($0, wording: wording) }.joined(
        separator: "\n")
      if let disagreement = wording.precedentDisagreement(report) { text += "\n\n" + disagreement }
      parts.append(text)
    }
    if !report.caveats.isEmpty {
      parts.append(
        "Follow-ups:\n\n" + report.caveats.map { "* " + MarkdownText.escape($0) }.joined(separator: "\n"))
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
