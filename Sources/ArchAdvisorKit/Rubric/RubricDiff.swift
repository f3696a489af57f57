/// What changed from one rubric to another, and which verdicts the change moves: the value
/// `archadvisor rubric diff OLD NEW` renders.
///
/// **Changes** compare the two rubrics by id: the rubric's own fields (format, id, version,
/// title, description, case library), then factors (added, removed, and for a factor in both its
/// question, help, weight, dimension, kind, default; a choice's options and their leans, labels,
/// help and reasons; a number's unit, limits, scale and bands; a set's options, prerequisites and
/// count bands), verdicts (added, removed, label, summary, band), rules (added, removed, reason,
/// condition, cap, floor, force, caveat, prerequisites, split advice), components and examples.
/// A change to the order of factors, verdicts or rules is one change of its own. Each change is a
/// structured value (``Change``: where, what, the old value and the new) so that every renderer
/// words it its own way; prose (a question, a reason, a caveat) keeps its old and new text.
///
/// **Verdict moves** score every example of either rubric (by name: one only in OLD is scored
/// with NEW too, and the other way round) and every case given, with both rubrics, and keep those
/// whose final verdict differs. An example present in both is scored with each rubric's own
/// answers for it. Answers naming a factor a rubric lacks, or an option it lacks, count as
/// unknown for that rubric, as ``Scorer`` treats them. Scoring skips flips, explanations and
/// robustness: only the verdict and the scores are needed.
public struct RubricDiff: Hashable, Sendable {
  /// The rubric compared from.
  public var old: RubricVersion
  /// The rubric compared to.
  public var new: RubricVersion
  /// Every change, grouped by ``Change/section`` in the order of ``Section``'s cases; within a
  /// section an order change first, then removed, added, and changed subjects in NEW's order.
  public var changes: [Change]
  /// The examples whose verdict differs between the two rubrics, NEW's examples first in its
  /// order, then those only OLD has.
  public var exampleMoves: [VerdictMove]
  /// How many examples were scored: the union of both rubrics' examples by name.
  public var examplesScored: Int
  /// The cases whose verdict differs between the two rubrics, in the order given.
  public var caseMoves: [VerdictMove]
  /// How many cases were scored (after dropping repeated ids).
  public var casesScored: Int
  /// How the cases' verdicts agree with what each organisation chose, under OLD; `nil` when no
  /// case was given.
  public var oldAgreement: Agreement?
  /// The same under NEW.
  public var newAgreement: Agreement?

  /// Whether the two rubrics are the same in everything the diff compares.
  public var isEmpty: Bool { changes.isEmpty }

  /// Compares `old` with `new` and scores their examples and `cases` with both.
  ///
  /// - Parameter cases: documented decisions to score with both rubrics, typically NEW's case
  ///   library followed by OLD's; a case whose id came earlier is dropped.
  public init(old: Rubric, new: Rubric, cases: [DecisionCase] = []) {
    self.old = RubricVersion(old)
    self.new = RubricVersion(new)
    changes =
      RubricDiff.rubricChanges(old, new) + RubricDiff.factorChanges(old, new)
      + RubricDiff.verdictChanges(old, new) + RubricDiff.ruleChanges(old, new)
      + RubricDiff.componentChanges(old, new) + RubricDiff.exampleChanges(old, new)

    let options = Scorer.Options(includeFlips: false, includeExplanations: false, robustness: nil)
    let oldScorer = Scorer(rubric: old, options: options)
    let newScorer = Scorer(rubric: new, options: options)

    var examples: [(name: String, old: Answers, new: Answers, expect: String)] = []
    var seenExamples = Set<String>()
    for example in new.examples where seenExamples.insert(example.name).inserted {
      let before = old.examples.first { $0.name == example.name }
      examples.append((example.name, before?.answers ?? example.answers, example.answers, example.expect))
    }
    for example in old.examples where seenExamples.insert(example.name).inserted {
      examples.append((example.name, example.answers, example.answers, example.expect))
    }
    examplesScored = examples.count
    exampleMoves = examples.compactMap { example in
      RubricDiff.move(
        id: example.name, name: nil, expected: example.expect,
        old: oldScorer.score(example.old), new: newScorer.score(example.new))
    }

    var seenCases = Set<String>()
    let unique = cases.filter { seenCases.insert($0.id).inserted }
    casesScored = unique.count
    caseMoves = unique.compactMap { decision in
      RubricDiff.move(
        id: decision.id, name: decision.name, expected: decision.chose,
        old: oldScorer.score(decision.answers), new: newScorer.score(decision.answers))
    }
    if unique.isEmpty {
      oldAgreement = nil
      newAgreement = nil
    } else {
      oldAgreement = Agreement(
        oldScorer.agreement(on: CaseLibrary(rubricID: old.id, holdoutRule: "", cases: unique)))
      newAgreement = Agreement(
        newScorer.agreement(on: CaseLibrary(rubricID: new.id, holdoutRule: "", cases: unique)))
    }
  }

  private static func move(id: String, name: String?, expected: String, old: Report, new: Report)
    -> VerdictMove?
  {
    guard old.verdict.id != new.verdict.id else { return nil }
    return VerdictMove(
      id: id, name: name, expected: expected,
      old: VerdictMove.Outcome(verdict: old.verdict.id, score: old.score, readiness: old.readiness?.score),
      new: VerdictMove.Outcome(verdict: new.verdict.id, score: new.score, readiness: new.readiness?.score))
  }
}

// MARK: - The values

extension RubricDiff {
  /// The parts of a rubric, in the order the changes are listed.
  public enum Section: String, Hashable, Sendable, CaseIterable {
    case rubric, factors, verdicts, rules, components, examples
  }

  /// Where in the rubric a change is.
  public enum Subject: Hashable, Sendable {
    /// The rubric's own fields, and the order of its factors, verdicts or rules (listed with
    /// them: see ``Change/section``).
    case rubric
    case factor(String)
    /// An option of a choice or set factor.
    case option(factor: String, option: String)
    case verdict(String)
    case rule(String)
    case component(String)
    /// An example, by name.
    case example(String)

    /// The part of the rubric the subject belongs to.
    public var section: Section {
      switch self {
      case .rubric: return .rubric
      case .factor, .option: return .factors
      case .verdict: return .verdicts
      case .rule: return .rules
      case .component: return .components
      case .example: return .examples
      }
    }
  }

  /// What changed about a subject. The raw value is the name scripts read.
  public enum Aspect: String, Hashable, Sendable, CaseIterable {
    /// The subject is only in NEW (its value is ``Change/new``).
    case added
    /// The subject is only in OLD (its value is ``Change/old``).
    case removed
    // The rubric's own fields.
    /// The format version, 1 or 2.
    case schema
    case id, version, title, description
    /// The case library's file name.
    case cases
    /// The order the factors are asked in (both full lists of ids).
    case factorOrder = "factor_order"
    /// The order of the verdict bands.
    case verdictOrder = "verdict_order"
    /// The order the rules run in.
    case ruleOrder = "rule_order"
    // Factors.
    case question, help, weight, dimension, kind
    /// The answer offered at the prompt.
    case `default`
    case unit, integer, minimum, maximum, scale
    /// A number factor's bands: an edge, a lean or a `leanTo` differs.
    case bands
    /// Only the bands' reasons differ.
    case bandReasons = "band_reasons"
    /// A set factor's count bands: an edge or a lean differs.
    case counts
    /// Only the count bands' reasons differ.
    case countReasons = "count_reasons"
    // Options.
    case lean, label, reason, prerequisite
    // Verdicts.
    case summary
    /// The band of need scores that gives the verdict.
    case band
    // Rules.
    case condition, caveat, cap, floor, force, prerequisites
    case prerequisitesFrom = "prerequisites_from"
    /// The components the rule advises splitting first.
    case split
    /// Only the reasons of the split advice differ.
    case splitReasons = "split_reasons"
    // Examples.
    /// The verdict the example expects.
    case expect
    /// The example's answers.
    case answers

    /// Whether the values are prose a person wrote (a question, a reason, a caveat): renderers
    /// for people may say it was reworded rather than print both texts.
    public var isProse: Bool {
      switch self {
      case .description, .question, .help, .reason, .summary, .caveat, .prerequisite, .prerequisites,
        .bandReasons, .countReasons, .splitReasons:
        return true
      default: return false
      }
    }
  }

  /// An old or a new value in a change.
  public enum Value: Hashable, Sendable {
    case text(String)
    case number(Double)
    case bool(Bool)
    /// Ids in order: factor, verdict, rule or option ids.
    case ids([String])
    /// Several texts, in order (a rule's prerequisites).
    case texts([String])
    case answer(Answer)
    case band(Band)
    case bands([LeanBand])
    case condition(Condition)
    case split([SplitAdvice])
    case factor(Factor)
    case choiceOption(ChoiceOption)
    case setOption(SetOption)
    case verdict(Verdict)
    case rule(Rule)
    case component(Component)
    case example(RubricExample)
  }

  /// One difference between the two rubrics: where, what, and the values on each side (`nil`
  /// where a side has none: an added subject has no old value, an optional field may be unset).
  public struct Change: Hashable, Sendable {
    public var subject: Subject
    public var aspect: Aspect
    public var old: Value?
    public var new: Value?

    public init(_ subject: Subject, _ aspect: Aspect, old: Value?, new: Value?) {
      self.subject = subject
      self.aspect = aspect
      self.old = old
      self.new = new
    }

    /// The part of the rubric the change is listed under: the subject's, except that a change to
    /// the order of factors, verdicts or rules belongs with them.
    public var section: Section {
      switch aspect {
      case .factorOrder: return .factors
      case .verdictOrder: return .verdicts
      case .ruleOrder: return .rules
      default: return subject.section
      }
    }
  }

  /// An example or a case whose final verdict differs between the two rubrics.
  public struct VerdictMove: Hashable, Sendable {
    /// A verdict and the scores behind it under one rubric.
    public struct Outcome: Hashable, Sendable {
      /// The final verdict's id, after the rules.
      public var verdict: String
      /// The need score, as shown (to a tenth).
      public var score: Double
      /// The readiness score as shown; `nil` when the rubric has no readiness or none was answered.
      public var readiness: Double?

      public init(verdict: String, score: Double, readiness: Double? = nil) {
        self.verdict = verdict
        self.score = score
        self.readiness = readiness
      }
    }

    /// The example's name, or the case's id.
    public var id: String
    /// The case's name; `nil` for an example.
    public var name: String?
    /// The verdict the example expects (as NEW has it, when both do), or the one the case chose.
    public var expected: String
    public var old: Outcome
    public var new: Outcome

    public init(id: String, name: String?, expected: String, old: Outcome, new: Outcome) {
      self.id = id
      self.name = name
      self.expected = expected
      self.old = old
      self.new = new
    }
  }

  /// How many cases get the verdict the organisation chose: over all of them, over those used
  /// for tuning and over those held aside (``CaseAgreement``'s tables).
  public struct Agreement: Hashable, Sendable {
    public var all: CaseAgreement.Table
    public var tuning: CaseAgreement.Table
    public var heldAside: CaseAgreement.Table

    public init(all: CaseAgreement.Table, tuning: CaseAgreement.Table, heldAside: CaseAgreement.Table) {
      self.all = all
      self.tuning = tuning
      self.heldAside = heldAside
    }

    init(_ agreement: CaseAgreement) {
      self.init(all: agreement.all, tuning: agreement.tuning, heldAside: agreement.heldAside)
    }
  }
}

// MARK: - Comparing

extension RubricDiff {
  /// A change of `aspect` when the two values differ.
  private static func compare<T: Equatable>(
    _ subject: Subject, _ aspect: Aspect, _ old: T, _ new: T, _ value: (T) -> Value?
  ) -> [Change] {
    old == new ? [] : [Change(subject, aspect, old: value(old), new: value(new))]
  }

  private static func text(_ text: String?) -> Value? { text.map(Value.text) }
  private static func number(_ value: Double?) -> Value? { value.map(Value.number) }

  /// A change to the order of the ids both lists hold, with both full lists.
  private static func order(_ aspect: Aspect, _ old: [String], _ new: [String]) -> [Change] {
    let common = Set(old).intersection(new)
    guard old.filter(common.contains) != new.filter(common.contains) else { return [] }
    return [Change(.rubric, aspect, old: .ids(old), new: .ids(new))]
  }

  /// Pairs the elements of two lists by id: those only in `old`, those only in `new` (in
  /// `new`'s order), and those in both. A repeated id counts once (a validated rubric has none).
  private static func match<T>(_ old: [T], _ new: [T], id: (T) -> String) -> (
    removed: [T], added: [T], common: [(T, T)]
  ) {
    var oldByID: [String: T] = [:]
    for element in old where oldByID[id(element)] == nil { oldByID[id(element)] = element }
    var newIDs = Set<String>()
    var added: [T] = []
    var common: [(T, T)] = []
    for element in new where newIDs.insert(id(element)).inserted {
      if let before = oldByID[id(element)] { common.append((before, element)) } else { added.append(element) }
    }
    var removedIDs = Set<String>()
    let removed = old.filter { !newIDs.contains(id($0)) && removedIDs.insert(id($0)).inserted }
    return (removed, added, common)
  }

  static func rubricChanges(_ old: Rubric, _ new: Rubric) -> [Change] {
    compare(.rubric, .schema, old.schemaVersion, new.schemaVersion) { .number(Double($0)) }
      + compare(.rubric, .id, old.id, new.id, Value.text)
      + compare(.rubric, .version, old.version, new.version, Value.text)
      + compare(.rubric, .title, old.title, new.title, Value.text)
      + compare(.rubric, .description, old.description, new.description, text)
      + compare(.rubric, .cases, old.casesFile, new.casesFile, text)
  }

  static func factorChanges(_ old: Rubric, _ new: Rubric) -> [Change] {
    let (removed, added, common) = match(old.factors, new.factors, id: \.id)
    var changes = order(.factorOrder, old.factors.map(\.id), new.factors.map(\.id))
    changes += removed.map { Change(.factor($0.id), .removed, old: .factor($0), new: nil) }
    changes += added.map { Change(.factor($0.id), .added, old: nil, new: .factor($0)) }
    for (before, after) in common { changes += factorChanges(before, after) }
    return changes
  }

  private static func factorChanges(_ old: Factor, _ new: Factor) -> [Change] {
    let subject = Subject.factor(new.id)
    var changes =
      compare(subject, .question, old.question, new.question, Value.text)
      + compare(subject, .help, old.help, new.help, Value.text)
      + compare(subject, .weight, old.weight, new.weight, Value.number)
      + compare(subject, .dimension, old.dimension, new.dimension) { .text($0.rawValue) }
      + compare(subject, .default, old.defaultAnswer, new.defaultAnswer) { $0.map(Value.answer) }
    switch (old.kind, new.kind) {
    case (.number(let before), .number(let after)):
      changes +=
        compare(subject, .unit, before.unit, after.unit, text)
        + compare(subject, .integer, before.integer, after.integer, Value.bool)
        + compare(subject, .minimum, before.minimum, after.minimum, number)
        + compare(subject, .maximum, before.maximum, after.maximum, number)
        + compare(subject, .scale, before.scale, after.scale) { .text($0.rawValue) }
        + bandChanges(subject, .bands, .bandReasons, before.bands, after.bands)
    case (.choice(let before), .choice(let after)):
      let (removed, added, common) = match(before, after, id: \.id)
      changes += removed.map {
        Change(.option(factor: new.id, option: $0.id), .removed, old: .choiceOption($0), new: nil)
      }
      changes += added.map {
        Change(.option(factor: new.id, option: $0.id), .added, old: nil, new: .choiceOption($0))
      }
      for (was, now) in common {
        let option = Subject.option(factor: new.id, option: now.id)
        changes +=
          compare(option, .lean, was.lean, now.lean, Value.number)
          + compare(option, .label, was.label, now.label, Value.text)
          + compare(option, .help, was.help, now.help, text)
          + compare(option, .reason, was.reason, now.reason, Value.text)
      }
    case (.set(let before), .set(let after)):
      let (removed, added, common) = match(before.options, after.options, id: \.id)
      changes += removed.map {
        Change(.option(factor: new.id, option: $0.id), .removed, old: .setOption($0), new: nil)
      }
      changes += added.map {
        Change(.option(factor: new.id, option: $0.id), .added, old: nil, new: .setOption($0))
      }
      for (was, now) in common {
        let option = Subject.option(factor: new.id, option: now.id)
        changes +=
          compare(option, .label, was.label, now.label, Value.text)
          + compare(option, .prerequisite, was.prerequisite, now.prerequisite, Value.text)
      }
      changes += bandChanges(subject, .counts, .countReasons, before.counts, after.counts)
    default:
      changes.append(Change(subject, .kind, old: .text(old.kindName), new: .text(new.kindName)))
    }
    return changes
  }

  /// One change when an edge or a lean differs; else one when only the reasons do.
  private static func bandChanges(
    _ subject: Subject, _ aspect: Aspect, _ reasons: Aspect, _ old: [LeanBand], _ new: [LeanBand]
  ) -> [Change] {
    func shape(_ bands: [LeanBand]) -> [LeanBand] {
      bands.map { LeanBand(band: $0.band, lean: $0.lean, reason: "", leanTo: $0.leanTo) }
    }
    if shape(old) != shape(new) { return [Change(subject, aspect, old: .bands(old), new: .bands(new))] }
    if old != new {
      return [Change(subject, reasons, old: .texts(old.map(\.reason)), new: .texts(new.map(\.reason)))]
    }
    return []
  }

  static func verdictChanges(_ old: Rubric, _ new: Rubric) -> [Change] {
    let (removed, added, common) = match(old.verdicts, new.verdicts, id: \.id)
    var changes = order(.verdictOrder, old.verdicts.map(\.id), new.verdicts.map(\.id))
    changes += removed.map { Change(.verdict($0.id), .removed, old: .verdict($0), new: nil) }
    changes += added.map { Change(.verdict($0.id), .added, old: nil, new: .verdict($0)) }
    for (before, after) in common {
      let subject = Subject.verdict(after.id)
      changes +=
        compare(subject, .band, before.band, after.band, Value.band)
        + compare(subject, .label, before.label, after.label, Value.text)
        + compare(subject, .summary, before.summary, after.summary, Value.text)
    }
    return changes
  }

  static func ruleChanges(_ old: Rubric, _ new: Rubric) -> [Change] {
    let (removed, added, common) = match(old.rules, new.rules, id: \.id)
    var changes = order(.ruleOrder, old.rules.map(\.id), new.rules.map(\.id))
    changes += removed.map { Change(.rule($0.id), .removed, old: .rule($0), new: nil) }
    changes += added.map { Change(.rule($0.id), .added, old: nil, new: .rule($0)) }
    for (before, after) in common {
      let subject = Subject.rule(after.id)
      changes +=
        compare(subject, .condition, before.condition, after.condition, Value.condition)
        + compare(subject, .cap, before.cap, after.cap, text)
        + compare(subject, .floor, before.floor, after.floor, text)
        + compare(subject, .force, before.force, after.force, text)
        + compare(subject, .caveat, before.caveat, after.caveat, text)
        + compare(subject, .prerequisites, before.prerequisites, after.prerequisites, Value.texts)
        + compare(subject, .prerequisitesFrom, before.prerequisitesFrom, after.prerequisitesFrom, Value.ids)
      if before.split.map(\.component) != after.split.map(\.component) {
        changes.append(Change(subject, .split, old: .split(before.split), new: .split(after.split)))
      } else if before.split != after.split {
        changes.append(Change(subject, .splitReasons, old: .split(before.split), new: .split(after.split)))
      }
      changes += compare(subject, .reason, before.reason, after.reason, Value.text)
    }
    return changes
  }

  static func componentChanges(_ old: Rubric, _ new: Rubric) -> [Change] {
    let (removed, added, common) = match(old.components, new.components, id: \.id)
    var changes = removed.map { Change(.component($0.id), .removed, old: .component($0), new: nil) }
    changes += added.map { Change(.component($0.id), .added, old: nil, new: .component($0)) }
    for (before, after) in common {
      changes += compare(.component(after.id), .label, before.label, after.label, Value.text)
    }
    return changes
  }

  static func exampleChanges(_ old: Rubric, _ new: Rubric) -> [Change] {
    let (removed, added, common) = match(old.examples, new.examples, id: \.name)
    var changes = removed.map { Change(.example($0.name), .removed, old: .example($0), new: nil) }
    changes += added.map { Change(.example($0.name), .added, old: nil, new: .example($0)) }
    for (before, after) in common {
      let subject = Subject.example(after.name)
      changes +=
        compare(subject, .expect, before.expect, after.expect, Value.text)
      if before.answers.values != after.answers.values {
        changes.append(Change(subject, .answers, old: .example(before), new: .example(after)))
      }
    }
    return changes
  }
}
