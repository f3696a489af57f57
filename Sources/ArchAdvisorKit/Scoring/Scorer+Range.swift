extension Scorer {
  /// The need score's range and readiness with its range (see ``Scorer`` for the definition).
  func range(values: [ResolvedValue], need: Double, ready: ReadinessSum, score: Double, verdict: Int)
    -> (need: ScoreRange, readiness: Readiness?)
  {
    var lowNeed = need
    var highNeed = need
    // The ends count every readiness factor: an unknown one at its lowest level (0, nothing in
    // place) or at its highest (1).
    var lowReady = ReadinessSum(numerator: ready.numerator, weight: readinessWeight)
    var highReady = lowReady
    var anyUnknown = false
    for index in tables.indices where !values[index].isKnown {
      anyUnknown = true
      let weight = facts[index].weight
      let neutral = facts[index].neutralLean
      let down = tables[index].lowest.map { weight * ($0.lean - neutral) } ?? 0
      let up = tables[index].highest.map { weight * ($0.lean - neutral) } ?? 0
      if facts[index].isReadiness {
        lowReady.numerator += tables[index].lowest.map { weight * $0.lean } ?? 0
        highReady.numerator += tables[index].highest.map { weight * $0.lean } ?? 0
      } else {
        lowNeed += down
        highNeed += up
      }
    }
    let readiness = readinessScore(ready)
    guard anyUnknown else {
      // Every factor is answered: the range is the score itself.
      let id = verdicts[verdict].id
      return (
        ScoreRange(low: score, high: score, lowVerdict: id, highVerdict: id),
        readinessWeight > 0 ? Readiness(score: readiness, low: readiness, high: readiness) : nil
      )
    }
    let low = needScore(lowNeed)
    let high = needScore(highNeed)
    let lowReadiness = readinessScore(lowReady)
    let highReadiness = readinessScore(highReady)
    // The unknown factors read as their extreme values, without copying the answers.
    let lowVerdict = finalVerdict(
      AnswerView(values, completingWith: lowestValues), score: low, readiness: lowReadiness,
      verdict: verdictIndex(forScore: low))
    let highVerdict = finalVerdict(
      AnswerView(values, completingWith: highestValues), score: high, readiness: highReadiness,
      verdict: verdictIndex(forScore: high))
    return (
      ScoreRange(
        low: low, high: high, lowVerdict: verdicts[lowVerdict].id, highVerdict: verdicts[highVerdict].id),
      readinessWeight > 0
        ? Readiness(
          score: readiness.isNaN ? nil : readiness,
          // A validated rubric's levels run 0 … 1, which keeps the average between the ends; a
          // rubric built by hand may not, and the range still holds the score.
          low: readiness.isNaN ? lowReadiness : min(lowReadiness, readiness),
          high: readiness.isNaN ? highReadiness : max(highReadiness, readiness)) : nil
    )
  }
}
