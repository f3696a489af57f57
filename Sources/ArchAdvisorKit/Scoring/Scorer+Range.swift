extension Scorer {
  /// The score and the final verdict at each end of the range (see ``Scorer`` for the definition).
  func range(values: [ResolvedValue], numerator: Double, score: Double, verdict: Int) -> ScoreRange {
    var lowNumerator = numerator
    var highNumerator = numerator
    var anyUnknown = false
    for index in tables.indices where !values[index].isKnown {
      anyUnknown = true
      let weight = tables[index].weight
      if let lowest = tables[index].lowest { lowNumerator += weight * lowest.lean }
      if let highest = tables[index].highest { highNumerator += weight * highest.lean }
    }
    guard anyUnknown else {
      // Every factor is answered: the range is the score itself.
      let id = verdicts[verdict].id
      return ScoreRange(low: score, high: score, lowVerdict: id, highVerdict: id)
    }
    let low = totalWeight > 0 ? lowNumerator / totalWeight * 100 : 0
    let high = totalWeight > 0 ? highNumerator / totalWeight * 100 : 0
    // The unknown factors read as their extreme values, without copying the answers.
    let lowVerdict = finalVerdict(
      AnswerView(values, completingWith: lowestValues), score: low, verdict: verdictIndex(forScore: low))
    let highVerdict = finalVerdict(
      AnswerView(values, completingWith: highestValues), score: high, verdict: verdictIndex(forScore: high))
    return ScoreRange(
      low: low, high: high, lowVerdict: verdicts[lowVerdict].id, highVerdict: verdicts[highVerdict].id)
  }
}
