/// How often each rule of a rubric fires on the answer sets it is checked against (its examples
/// and its case library's cases): a rule that never fires is one no example or case exercises,
/// so nothing tells whether it does what its author meant.
public struct RuleCoverage: Hashable, Sendable {
  /// One rule's counts.
  public struct Entry: Hashable, Sendable {
    public var ruleID: String
    /// On how many examples the rule fired (its condition held).
    public var examples: Int
    /// On how many cases it fired.
    public var cases: Int
    /// On how many examples and cases together it changed the verdict.
    public var changedVerdict: Int

    public init(ruleID: String, examples: Int, cases: Int, changedVerdict: Int) {
      self.ruleID = ruleID
      self.examples = examples
      self.cases = cases
      self.changedVerdict = changedVerdict
    }

    /// Whether the rule fired on at least one example or case.
    public var fires: Bool { examples + cases > 0 }
  }

  /// How many examples were scored.
  public var exampleCount: Int
  /// How many cases were scored.
  public var caseCount: Int
  /// Every rule of the rubric, in the order it runs.
  public var rules: [Entry]

  public init(exampleCount: Int, caseCount: Int, rules: [Entry]) {
    self.exampleCount = exampleCount
    self.caseCount = caseCount
    self.rules = rules
  }

  /// The rules that fired on no example and no case, in the order they run.
  public var neverFiring: [Entry] { rules.filter { !$0.fires } }
}

extension Scorer {
  /// Scores the rubric's examples and `cases` (without flips) and counts, for every rule, the
  /// answer sets it fired on and those whose verdict it changed.
  public func ruleCoverage(cases: [DecisionCase] = []) -> RuleCoverage {
    var index: [String: Int] = [:]
    var entries = rubric.rules.enumerated().map { offset, rule in
      index[rule.id] = offset
      return RuleCoverage.Entry(ruleID: rule.id, examples: 0, cases: 0, changedVerdict: 0)
    }
    func count(_ answers: Answers, isExample: Bool) {
      for fired in score(answers, includeFlips: false).firedRules {
        guard let position = index[fired.id] else { continue }
        if isExample { entries[position].examples += 1 } else { entries[position].cases += 1 }
        if fired.changedVerdict { entries[position].changedVerdict += 1 }
      }
    }
    for example in rubric.examples { count(example.answers, isExample: true) }
    for decision in cases { count(decision.answers, isExample: false) }
    return RuleCoverage(exampleCount: rubric.examples.count, caseCount: cases.count, rules: entries)
  }
}
