import ArchAdvisorKit

/// The words the text and Markdown rubric diffs share, written once: one line per change, and
/// how a verdict move reads.
///
/// As in ``ReportWording``, every piece from input (ids, labels, answers) passes through `term`
/// (ids and answers) or `plain` (labels and names) before it joins the line, so each format
/// escapes exactly the input and never its own words. Prose (a question, a reason, a caveat) is
/// said to be reworded, not printed: the JSON diff carries both texts.
struct RubricDiffWording {
  /// Applied to ids and answer values.
  var term: (String) -> String
  /// Applied to labels, names and other text from a rubric.
  var plain: (String) -> String

  /// Whether a change adds, removes or changes its subject.
  enum Marker: Sendable {
    case added, removed, changed

    /// `+`, `-` or `~`, for text.
    var symbol: String {
      switch self {
      case .added: return "+"
      case .removed: return "-"
      case .changed: return "~"
      }
    }

    /// The marker's word, for Markdown: `added`, `removed`, or nothing for a change.
    var word: String? {
      switch self {
      case .added: return "added"
      case .removed: return "removed"
      case .changed: return nil
      }
    }
  }

  /// The section headings, in order.
  static func heading(_ section: RubricDiff.Section) -> String {
    switch section {
    case .rubric: return "Rubric"
    case .factors: return "Factors"
    case .verdicts: return "Verdicts"
    case .rules: return "Rules"
    case .components: return "Components"
    case .examples: return "Examples"
    }
  }

  // MARK: Changes

  /// The changes' lines, in order, with the changes to one subject next to each other joined
  /// into one line: `ci_cd option automated: lean +0.10 → +0.60; reason reworded`.
  func lines(_ changes: [RubricDiff.Change]) -> [(marker: Marker, text: String)] {
    var lines: [(marker: Marker, text: String)] = []
    var previous: RubricDiff.Subject?
    for change in changes {
      let line = self.line(change)
      if line.marker == .changed, change.subject != .rubric, change.subject == previous,
        let last = lines.last, last.marker == .changed
      {
        lines[lines.count - 1].text += "; " + phrase(change)
      } else {
        lines.append(line)
      }
      previous = change.subject
    }
    return lines
  }

  /// One change: its marker and its line without it, e.g. `skills: dimension need → readiness`,
  /// `own-model-servers: split model_inference first; when inference is self_hosted`.
  func line(_ change: RubricDiff.Change) -> (marker: Marker, text: String) {
    switch change.aspect {
    case .added: return (.added, subject(change.subject) + added(change.new))
    case .removed: return (.removed, subject(change.subject) + removed(change.old))
    default:
      let phrase = self.phrase(change)
      guard change.subject != .rubric else { return (.changed, phrase) }
      return (.changed, subject(change.subject) + ": " + phrase)
    }
  }

  /// The subject as the start of a line: `team_size`, `update_frequency option daily`, an
  /// example's name in quotes.
  func subject(_ subject: RubricDiff.Subject) -> String {
    switch subject {
    case .rubric: return "the rubric"
    case .factor(let id), .verdict(let id), .rule(let id), .component(let id): return term(id)
    case .option(let factor, let option): return term(factor) + " option " + term(option)
    case .example(let name): return "“" + plain(name) + "”"
    }
  }

  private func added(_ value: RubricDiff.Value?) -> String {
    switch value {
    case .factor(let factor):
      var text = " (" + factor.kindName + ", " + factor.dimension.rawValue + ", weight "
      text += NumberText.significant(factor.weight) + ")"
      if !factor.optionIDs.isEmpty { text += ": " + factor.optionIDs.map(term).joined(separator: ", ") }
      return text
    case .choiceOption(let option): return " (lean " + lean(option.lean) + ")"
    case .setOption(let option): return " (" + plain(option.label) + ")"
    case .verdict(let verdict): return " (need score " + band(verdict.band) + ")"
    case .rule(let rule): return ": " + effects(rule) + "; when " + condition(rule.condition)
    case .component(let component): return " (" + plain(component.label) + ")"
    case .example(let example): return " (expects " + term(example.expect) + ")"
    default: return ""
    }
  }

  private func removed(_ value: RubricDiff.Value?) -> String {
    switch value {
    case .factor(let factor):
      return " (" + factor.kindName + ", " + factor.dimension.rawValue + ", weight "
        + NumberText.significant(factor.weight) + ")"
    case .verdict(let verdict): return " (need score " + band(verdict.band) + ")"
    case .rule(let rule): return " (" + effects(rule) + ")"
    case .component(let component): return " (" + plain(component.label) + ")"
    case .example(let example): return " (expected " + term(example.expect) + ")"
    default: return ""
    }
  }

  /// What changed, with the old value and the new: `weight 2 → 3`.
  private func phrase(_ change: RubricDiff.Change) -> String {
    let old = change.old
    let new = change.new
    let name = change.aspect.rawValue.replacing("_", with: " ")
    if change.aspect.isProse {
      if old == nil { return name + " added" }
      if new == nil { return name + " removed" }
      if case .texts(let before) = old, case .texts(let after) = new, before.count != after.count,
        change.aspect == .prerequisites
      {
        return "prerequisites \(before.count) → \(after.count)"
      }
      return name + " reworded"
    }
    switch change.aspect {
    case .schema: return "format " + value(old, prefix: "v") + " → " + value(new, prefix: "v")
    case .cases: return "case library " + value(old) + " → " + value(new)
    case .factorOrder: return "factors now asked in the order " + value(new)
    case .verdictOrder: return "verdicts now in the order " + value(new)
    case .ruleOrder: return "rules now run in the order " + value(new)
    case .integer:
      return "whole numbers only " + (old == .bool(true) ? "yes" : "no") + " → "
        + (new == .bool(true) ? "yes" : "no")
    case .condition: return "condition (" + value(old) + ") → (" + value(new) + ")"
    case .split: return "split first " + value(old) + " → " + value(new)
    case .answers: return "answers of " + answerChanges(old, new) + " changed"
    case .expect: return "expects " + value(old) + " → " + value(new)
    case .lean: return "lean " + value(old, lean: true) + " → " + value(new, lean: true)
    case .band: return "need score " + value(old) + " → " + value(new)
    case .title, .label, .unit: return name + " " + quoted(old) + " → " + quoted(new)
    default: return name + " " + value(old) + " → " + value(new)
    }
  }

  /// A value in words; `none` when a side has none.
  private func value(_ value: RubricDiff.Value?, prefix: String = "", lean asLean: Bool = false) -> String {
    guard let value else { return "none" }
    switch value {
    case .text(let text): return term(text)
    case .number(let number):
      return asLean ? lean(number) : prefix + NumberText.significant(number, digits: 6)
    case .bool(let flag): return flag ? "yes" : "no"
    case .ids(let ids): return ids.isEmpty ? "none" : ids.map(term).joined(separator: ", ")
    case .texts(let texts): return "\(texts.count)"
    case .answer(let answer): return term(answer.displayText)
    case .band(let band): return self.band(band)
    case .bands(let bands):
      let items = bands.map {
        band($0.band) + ": " + lean($0.lean) + ($0.leanTo.map { "…" + lean($0) } ?? "")
      }
      return "[" + items.joined(separator: ", ") + "]"
    case .condition(let condition): return self.condition(condition)
    case .split(let advice):
      return advice.isEmpty ? "none" : advice.map { term($0.component) }.joined(separator: ", ")
    case .factor(let factor): return term(factor.id)
    case .choiceOption(let option): return term(option.id)
    case .setOption(let option): return term(option.id)
    case .verdict(let verdict): return term(verdict.id)
    case .rule(let rule): return term(rule.id)
    case .component(let component): return term(component.id)
    case .example(let example): return plain(example.name)
    }
  }

  /// A text value as prose in quotes: `“Weekly”`; `none` when a side has none.
  private func quoted(_ value: RubricDiff.Value?) -> String {
    guard case .text(let text) = value else { return self.value(value) }
    return "“" + plain(text) + "”"
  }

  /// The factors whose answers differ between two versions of an example.
  private func answerChanges(_ old: RubricDiff.Value?, _ new: RubricDiff.Value?) -> String {
    guard case .example(let before) = old, case .example(let after) = new else { return "the example" }
    let ids = Set(before.answers.values.keys).union(after.answers.values.keys).filter {
      before.answers.values[$0] != after.answers.values[$0]
    }
    return ids.sorted().map(term).joined(separator: ", ")
  }

  /// `+0.80`, `-0.30`, ` 0.00` without the alignment space: a lean with its sign.
  private func lean(_ value: Double) -> String {
    let text = RubricSummaryText.lean(value)
    return text.hasPrefix(" ") ? String(text.dropFirst()) : text
  }

  /// `1 to under 6`, `at least 12.5`.
  private func band(_ band: Band) -> String {
    switch (band.atLeast, band.below) {
    case (nil, nil): return "any value"
    case (let low?, nil): return "at least " + NumberText.significant(low, digits: 6)
    case (nil, let high?): return "under " + NumberText.significant(high, digits: 6)
    case (let low?, let high?):
      return NumberText.significant(low, digits: 6) + " to under " + NumberText.significant(high, digits: 6)
    }
  }

  /// What a rule does: `cap at modular_monolith, caveat, split model_inference first`.
  private func effects(_ rule: Rule) -> String {
    RubricSummaryText.effects(rule, clean: term).joined(separator: ", ")
  }

  /// A condition in words: `stage is prototype and team_size 1 to under 6`.
  func condition(_ condition: Condition) -> String {
    func joined(_ ids: [String]) -> String { ids.map(term).joined(separator: ", ") }
    func list(_ ids: [String]) -> String { ids.count == 1 ? term(ids[0]) : "one of " + joined(ids) }
    func nested(_ inner: Condition) -> String {
      switch inner {
      case .all(let parts) where parts.count > 1, .any(let parts) where parts.count > 1:
        return "(" + self.condition(inner) + ")"
      default: return self.condition(inner)
      }
    }
    switch condition {
    case .all(let parts): return parts.isEmpty ? "always" : parts.map(nested).joined(separator: " and ")
    case .any(let parts): return parts.isEmpty ? "never" : parts.map(nested).joined(separator: " or ")
    case .not(.choiceIs(let factor, let options)):
      return term(factor) + " is "
        + (options.count == 1 ? "not " + term(options[0]) : "none of " + joined(options))
    case .not(.verdictIs(let verdicts)):
      return "verdict is "
        + (verdicts.count == 1 ? "not " + term(verdicts[0]) : "none of " + joined(verdicts))
    case .not(let inner): return "not (" + self.condition(inner) + ")"
    case .choiceIs(let factor, let options): return term(factor) + " is " + list(options)
    case .numberIn(let factor, let range): return term(factor) + " " + band(range)
    case .hasAll(let factor, let options):
      return term(factor) + " has " + (options.count == 1 ? term(options[0]) : "all of " + joined(options))
    case .lacksAny(let factor, let options):
      return term(factor) + " lacks " + (options.count == 1 ? term(options[0]) : "any of " + joined(options))
    case .answered(let factor, let answered): return term(factor) + (answered ? " answered" : " not answered")
    case .scoreIn(let range): return "score " + band(range)
    case .readinessIn(let range): return "readiness " + band(range)
    case .verdictIs(let ids): return "verdict is " + list(ids)
    }
  }

  // MARK: Verdict moves

  /// `monolith (−49.8)`: a verdict and its need score.
  func outcome(_ outcome: RubricDiff.VerdictMove.Outcome) -> String {
    term(outcome.verdict) + " (" + NumberText.signed(outcome.score) + ")"
  }

  /// `; now agrees` or `; no longer agrees` after what the example expects or the case chose,
  /// or nothing when it agrees under neither rubric.
  static func agreement(_ move: RubricDiff.VerdictMove) -> String {
    if move.new.verdict == move.expected { return " (now agrees)" }
    if move.old.verdict == move.expected { return " (no longer agrees)" }
    return ""
  }

  /// `18 of 44, 41%`.
  /// "Agreement with what the cases chose: 5 of 44, 11% → 22 of 44, 50% (tuning …; held aside
  /// …)", or "… under both" when it did not move; `emphasis` wraps the new figure (`**` in
  /// Markdown).
  static func agreement(old: RubricDiff.Agreement, new: RubricDiff.Agreement, emphasis: String = "") -> String
  {
    guard old != new else {
      return "Agreement with what the cases chose: " + share(new.all) + " under both"
    }
    var text =
      "Agreement with what the cases chose: " + share(old.all) + " → " + emphasis + share(new.all) + emphasis
    if old.heldAside.total > 0 || new.heldAside.total > 0 {
      text +=
        " (tuning " + share(old.tuning) + " → " + share(new.tuning) + "; held aside " + share(old.heldAside)
        + " → "
        + share(new.heldAside) + ")"
    }
    return text
  }

  static func share(_ table: CaseAgreement.Table) -> String {
    guard table.total > 0 else { return "0 of 0" }
    return "\(table.agreeing) of \(table.total), " + NumberText.fixed(table.share * 100, decimals: 0) + "%"
  }
}
