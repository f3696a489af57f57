/// The truth of every verdict-changing rule's condition, for each verdict it could see so far,
/// under the answers as given and under each single change of a factor the condition reads.
///
/// With these tables the final verdict of a change (or a pair of changes) is a chain of lookups:
/// a condition runs again only for a pair whose two factors it both reads. Valid only when no
/// verdict-changing rule reads the score.
struct RuleTruths {
  let stepCount: Int
  let verdictCount: Int
  /// Step `k`, verdict `v` at `k × verdictCount + v`.
  var base: [Bool] = []
  /// Per candidate, the start of its table in `changed`, or −1 for a change no rule reads.
  var offsets: [Int] = []
  var changed: [Bool] = []

  init(
    _ scorer: Scorer, values: [ResolvedValue], score: Double, ready: ReadinessSum, candidates: [FlipCandidate]
  ) {
    stepCount = scorer.verdictSteps.count
    verdictCount = scorer.verdicts.count
    let readiness = scorer.readinessScore(ready)
    base = RuleTruths.table(scorer, AnswerView(values), score: score, readiness: readiness, only: -1)
    offsets.reserveCapacity(candidates.count)
    for candidate in candidates {
      if scorer.verdictRulesRead[candidate.factor] {
        offsets.append(changed.count)
        changed += RuleTruths.table(
          scorer, AnswerView(values, replacing: candidate.factor, with: candidate.value), score: score,
          readiness: candidate.readinessChange.isZero
            ? readiness : scorer.readinessScore(ready + candidate.readinessChange),
          only: candidate.factor)
      } else {
        offsets.append(-1)
      }
    }
  }

  /// Every step's truth per verdict; with `only` ≥ 0, steps that do not read that factor are
  /// left false, since the lookup takes them from `base`.
  private static func table(
    _ scorer: Scorer, _ answers: AnswerView, score: Double, readiness: Double, only factor: Int
  ) -> [Bool] {
    let factorCount = scorer.tables.count
    let verdictCount = scorer.verdicts.count
    var truths: [Bool] = []
    truths.reserveCapacity(scorer.verdictSteps.count * verdictCount)
    for (step, rule) in scorer.verdictSteps.enumerated() {
      if factor >= 0, !scorer.stepReads[step * factorCount + factor] {
        for _ in 0..<verdictCount { truths.append(false) }
      } else {
        RuleTruths.append(scorer, rule, step, answers, score, readiness, verdictCount, into: &truths)
      }
    }
    return truths
  }

  private static func append(
    _ scorer: Scorer, _ rule: VerdictStep, _ step: Int, _ answers: AnswerView, _ score: Double,
    _ readiness: Double, _ verdictCount: Int, into truths: inout [Bool]
  ) {
    if scorer.stepReadsVerdict[step] {
      for verdict in 0..<verdictCount {
        truths.append(
          scorer.program.holds(rule.condition, answers, score: score, readiness: readiness, verdict: verdict))
      }
    } else {
      let truth = scorer.program.holds(
        rule.condition, answers, score: score, readiness: readiness, verdict: 0)
      for _ in 0..<verdictCount { truths.append(truth) }
    }
  }
}
