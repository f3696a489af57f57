/// What the rules did to one answer set.
struct RuleOutcome {
  /// The final verdict's position in the rubric's verdicts.
  var verdict: Int
  var fired: [FiredRule] = []
  /// The verdict's position after each fired rule, in the order of `fired`.
  var positions: [Int] = []
  var caveats: [String] = []
  var prerequisites: [String] = []
  var splitFirst: [SplitFirst] = []
  /// Unanswered set factors whose missing options a rule would have listed: to answer first.
  var toAnswer: [Int] = []
  /// Bit `k` set when verdict step `k` (of the first 64) fired: with the starting verdict, the
  /// truth of every verdict step along the way, for the robustness analysis to start from.
  var firedSteps: UInt64 = 0
}

extension Scorer {
  /// Runs every rule in declared order from the score's verdict, recording what fired.
  ///
  /// `prerequisitesFrom` lists the prerequisite of every option of the set factor the team does
  /// not hold; when the set factor is unknown, none: the factor is to be answered first.
  func runRules(_ answers: AnswerView, score: Double, readiness: Double, verdict start: Int) -> RuleOutcome {
    var outcome = RuleOutcome(verdict: start)
    for index in rules.indices
    where program.holds(
      rules[index].step.condition, answers, score: score, readiness: readiness, verdict: outcome.verdict)
    {
      let before = outcome.verdict
      let step = ruleSteps[index]
      if step >= 0, step < 64 { outcome.firedSteps |= UInt64(1) << UInt64(step) }
      outcome.verdict = rules[index].step.apply(to: before)
      outcome.positions.append(outcome.verdict)
      outcome.fired.append(
        FiredRule(
          id: rules[index].id, reason: options.includeExplanations ? rules[index].reason : "",
          verdictBefore: verdicts[before].id,
          verdictAfter: verdicts[outcome.verdict].id))
      if let caveat = rules[index].caveat, !outcome.caveats.contains(caveat) {
        outcome.caveats.append(caveat)
      }
      for prerequisite in rules[index].prerequisites where !outcome.prerequisites.contains(prerequisite) {
        outcome.prerequisites.append(prerequisite)
      }
      for factor in rules[index].prerequisitesFrom {
        guard case .set(let table) = tables[factor].kind else { continue }
        guard case .set(let held) = answers[factor] else {
          if !outcome.toAnswer.contains(factor) { outcome.toAnswer.append(factor) }
          continue
        }
        for bit in table.ids.indices where held & (UInt64(1) << UInt64(bit)) == 0 {
          let prerequisite = table.prerequisites[bit]
          if !outcome.prerequisites.contains(prerequisite) { outcome.prerequisites.append(prerequisite) }
        }
      }
      for advice in rules[index].split
      where !outcome.splitFirst.contains(where: { $0.component == advice.component }) {
        outcome.splitFirst.append(
          SplitFirst(
            component: advice.component, label: componentLabels[advice.component] ?? advice.component,
            reason: advice.reason, rule: rules[index].id))
      }
    }
    return outcome
  }

  /// The final verdict alone: only the rules that can change it run, since a rule that only adds
  /// text cannot change what a later rule's `verdict` condition sees.
  func finalVerdict(_ answers: AnswerView, score: Double, readiness: Double, verdict start: Int) -> Int {
    var verdict = start
    for step in verdictSteps
    where program.holds(step.condition, answers, score: score, readiness: readiness, verdict: verdict) {
      verdict = step.apply(to: verdict)
    }
    return verdict
  }

  /// The position of the verdict whose band holds the score (clamped to −100…100).
  func verdictIndex(forScore score: Double) -> Int {
    let clamped = min(100, max(-100, score))
    if let lowerEnds = chainedLowerEnds {
      // Bands that chain: the last band whose lower end the score reaches.
      var index = lowerEnds.count - 1
      while index > 0, clamped < lowerEnds[index] { index -= 1 }
      return index
    }
    for index in verdictBands.indices where verdictBands[index].contains(clamped) { return index }
    // Validated verdict bands cover −100…100. Otherwise a score in a gap takes the last band that
    // starts at or below it, or the first band when none does.
    var below = 0
    for index in verdictBands.indices where verdictBands[index].atLeast.map({ $0 <= clamped }) ?? true {
      below = index
    }
    return below
  }
}
