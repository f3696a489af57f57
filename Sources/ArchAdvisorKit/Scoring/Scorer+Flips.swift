extension Scorer {
  /// The flips (see ``Scorer`` for what is tried and how they are ordered).
  ///
  /// The weighted mean's numerator and denominator are computed once by the caller; each
  /// candidate only adds its change to them, and ``FlipSearch`` runs the rules only where a
  /// lookup cannot stand in for them.
  func flips(
    values: [ResolvedValue], leans: [Double], given: [Answer?], numerator: Double, denominator: Double,
    score: Double, verdict: Int
  ) -> [Flip] {
    guard options.maxFlips > 0 else { return [] }
    var candidates: [FlipCandidate] = []
    candidates.reserveCapacity(candidateCapacity)
    for index in tables.indices {
      let weight = tables[index].weight
      let known = values[index].isKnown
      let currentLean = leans[index]
      tables[index].forEachAlternative(to: values[index]) { value, lean in
        candidates.append(
          known
            ? FlipCandidate(
              factor: index, value: value, numeratorChange: weight * (lean - currentLean),
              denominatorChange: 0)
            : FlipCandidate(
              factor: index, value: value, numeratorChange: weight * lean, denominatorChange: weight))
      }
    }
    let search = FlipSearch(
      scorer: self, values: values, candidates: candidates, numerator: numerator, denominator: denominator,
      score: score, verdict: verdict)
    var found = search.singles()
    if found.isEmpty { found = search.pairs() }

    found.sort(by: FlipSearch.Found.precedes)
    var flips: [Flip] = []
    // The factor (or pair of factors) of every flip kept: at most `maxFlips` of them.
    var kept: [Int] = []
    for flip in found {
      let key = flip.firstFactor * (tables.count + 1) + (flip.secondFactor + 1)
      guard kept.lazy.filter({ $0 == key }).count < 2 else { continue }
      var changes: [Flip.Change] = []
      for index in [flip.first, flip.second] where index >= 0 {
        let candidate = candidates[index]
        guard let to = tables[candidate.factor].answer(for: candidate.value) else { continue }
        changes.append(
          Flip.Change(factor: tables[candidate.factor].id, from: given[candidate.factor], to: to))
      }
      kept.append(key)
      flips.append(Flip(changes: changes, verdict: verdicts[flip.verdict].id, score: flip.score))
      if flips.count == options.maxFlips { break }
    }
    return flips
  }
}
