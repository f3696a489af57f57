/// A rule compiled for scoring: the root of its condition in the rubric's ``ConditionProgram``
/// and its effects, verdicts as positions in the rubric's verdicts (0 is the monolith end).
struct CompiledRule: Sendable {
  let id: String
  let reason: String
  let step: VerdictStep
  let caveat: String?
  let prerequisites: [String]
  /// Indices of the set factors whose missing options become prerequisites.
  let prerequisitesFrom: [Int]
  let split: [SplitAdvice]

  init(
    _ rule: Rule, program: inout ConditionProgram, factorIndex: [String: Int], tables: [FactorTable],
    verdictIndex: [String: Int]
  ) {
    id = rule.id
    reason = rule.reason
    let root = program.add(
      rule.condition, factorIndex: factorIndex, tables: tables, verdictIndex: verdictIndex)
    // An effect naming a verdict the rubric does not have does nothing.
    step = VerdictStep(
      condition: root, cap: rule.cap.flatMap { verdictIndex[$0] } ?? -1,
      floor: rule.floor.flatMap { verdictIndex[$0] } ?? -1,
      force: rule.force.flatMap { verdictIndex[$0] } ?? -1)
    caveat = rule.caveat
    split = rule.split
    prerequisites = rule.prerequisites
    prerequisitesFrom = rule.prerequisitesFrom.compactMap { id in
      guard let index = factorIndex[id], case .set = tables[index].kind else { return nil }
      return index
    }
  }
}

/// What a rule does to the verdict, as plain values: its condition's root node and its cap,
/// floor and force as verdict positions (−1 for none).
struct VerdictStep: Sendable {
  let condition: Int
  let cap: Int
  let floor: Int
  let force: Int

  /// Whether the rule can change the verdict at all (rather than only add text).
  var changesVerdict: Bool { cap >= 0 || floor >= 0 || force >= 0 }

  /// The verdict after this rule's effects: the cap first, then the floor, then a force (so a
  /// rule with both a cap and a floor keeps the verdict between them, and a force wins).
  func apply(to verdict: Int) -> Int {
    var verdict = verdict
    if cap >= 0, verdict > cap { verdict = cap }
    if floor >= 0, verdict < floor { verdict = floor }
    if force >= 0 { verdict = force }
    return verdict
  }
}
