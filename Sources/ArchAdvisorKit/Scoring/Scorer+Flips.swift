extension Scorer {
  /// The flips (see ``Scorer`` for what is tried and how they are ordered), and whether the
  /// search tried every pair it would have.
  ///
  /// The need and readiness numerators are computed once by the caller; each candidate only adds
  /// its change to them, and ``FlipSearch`` runs the rules only where a lookup cannot stand in
  /// for them.
  func flips(
    values: [ResolvedValue], leans: [Double], given: [Answer?], need: Double, ready: ReadinessSum,
    score: Double,
    verdict: Int
  ) -> (flips: [Flip], complete: Bool) {
    guard options.maxFlips > 0 else { return ([], true) }
    var candidates: [FlipCandidate] = []
    candidates.reserveCapacity(candidateCapacity)
    for index in tables.indices {
      let weight = tables[index].weight
      let currentLean = leans[index]
      let isReadiness = tables[index].isReadiness
      let known = values[index].isKnown
      tables[index].forEachAlternative(to: values[index]) { value, lean in
        let change = weight * (lean - currentLean)
        candidates.append(
          FlipCandidate(
            factor: index, value: value, needChange: isReadiness ? 0 : change,
            readinessChange: isReadiness
              ? ReadinessSum(numerator: known ? change : weight * lean, weight: known ? 0 : weight) : .zero))
      }
    }
    let search = FlipSearch(
      scorer: self, values: values, candidates: candidates, need: need, ready: ready, score: score,
      verdict: verdict)
    var found = search.singles()
    var complete = true
    if found.isEmpty {
      (found, complete) = search.pairs()
    } else {
      // A lean that moves across its band can flip the verdict before the candidate's value:
      // narrow each such flip to the nearest value that flips, then drop the repeats (several
      // candidates narrow to the same value) before ordering and capping by distance.
      var narrowed: [FlipSearch.Found] = []
      var seen: [(factor: Int, value: ResolvedValue)] = []
      for flip in found {
        var flip = flip
        if let nearer = nearestFlipping(
          candidates[flip.first], values: values, leans: leans, need: need, ready: ready, verdict: verdict)
        {
          candidates.append(nearer.candidate)
          flip.first = candidates.count - 1
          flip.score = nearer.score
          flip.verdict = nearer.verdict
          flip.distance = abs(nearer.score - score)
        }
        let value = candidates[flip.first].value
        guard !seen.contains(where: { $0.factor == flip.firstFactor && $0.value == value }) else { continue }
        seen.append((flip.firstFactor, value))
        narrowed.append(flip)
      }
      // An unknown factor has no answer to be near: of its flips to one verdict, the one that
      // moves the score least says it all.
      narrowed.sort(by: FlipSearch.Found.precedes)
      var unknownSeen: [(factor: Int, verdict: Int)] = []
      found = narrowed.filter { flip in
        guard !values[flip.firstFactor].isKnown else { return true }
        if unknownSeen.contains(where: { $0.factor == flip.firstFactor && $0.verdict == flip.verdict }) {
          return false
        }
        unknownSeen.append((flip.firstFactor, flip.verdict))
        return true
      }
    }

    found.sort(by: FlipSearch.Found.precedes)
    var flips: [Flip] = []
    // The factor (or pair of factors) of every flip kept: at most `maxFlips` of them.
    var kept: [Int] = []
    for flip in found {
      let key = flip.firstFactor * (tables.count + 1) + (flip.secondFactor + 1)
      guard kept.lazy.filter({ $0 == key }).count < 2 else { continue }
      let chosen = [flip.first, flip.second].filter { $0 >= 0 }.map { candidates[$0] }
      var changes: [Flip.Change] = []
      for candidate in chosen {
        guard let to = tables[candidate.factor].answer(for: candidate.value) else { continue }
        changes.append(
          Flip.Change(factor: tables[candidate.factor].id, from: given[candidate.factor], to: to))
      }
      kept.append(key)
      // Run the rules on the changed answers once more, to say what they did there.
      let changedScore = needScore(need + chosen.reduce(0) { $0 + $1.needChange })
      let changedReadiness = readinessScore(chosen.reduce(ready) { $0 + $1.readinessChange })
      let view =
        chosen.count == 2
        ? AnswerView(
          values, replacing: chosen[0].factor, with: chosen[0].value, and: chosen[1].factor,
          with: chosen[1].value)
        : AnswerView(values, replacing: chosen[0].factor, with: chosen[0].value)
      let bandVerdict = verdictIndex(forScore: changedScore)
      let outcome = runRules(view, score: changedScore, readiness: changedReadiness, verdict: bandVerdict)
      let rule = outcome.verdict == bandVerdict ? nil : outcome.fired.last(where: \.changedVerdict)?.id
      let readinessChanged = chosen.contains { tables[$0.factor].isReadiness } && !changedReadiness.isNaN
      flips.append(
        Flip(
          changes: changes, verdict: verdicts[outcome.verdict].id, score: changedScore, rule: rule,
          readiness: readinessChanged ? changedReadiness : nil))
      if flips.count == options.maxFlips { break }
    }
    return (flips, complete)
  }

  /// For a change of a known number on a factor whose leans move across its bands, the value
  /// nearest the current answer (between it and the candidate's) that still changes the verdict,
  /// with the score and verdict it gives; `nil` when there is nothing to narrow.
  ///
  /// Whole numbers less than 256 apart are tried one by one from the current answer, so the
  /// nearest flipping value is found whatever the rules do. Wider gaps, and numbers that need not
  /// be whole (on a grid of hundredths, the values a person types), are bisected: that finds the
  /// nearest flipping value when the verdict changes once between the two, as it does when leans
  /// and rules are monotone, and a flipping value between them otherwise.
  private func nearestFlipping(
    _ candidate: FlipCandidate, values: [ResolvedValue], leans: [Double], need: Double, ready: ReadinessSum,
    verdict: Int
  ) -> (candidate: FlipCandidate, score: Double, verdict: Int)? {
    guard case .number(let table) = tables[candidate.factor].kind, table.interpolates,
      case .number(let current) = values[candidate.factor], case .number(let target) = candidate.value
    else { return nil }
    let index = candidate.factor
    let isReadiness = tables[index].isReadiness
    func trial(_ value: Double) -> (candidate: FlipCandidate, score: Double, verdict: Int)? {
      guard let lean = table.lean(of: value) else { return nil }
      let change = tables[index].weight * (lean - leans[index])
      let changed = FlipCandidate(
        factor: index, value: .number(value), needChange: isReadiness ? 0 : change,
        readinessChange: isReadiness ? ReadinessSum(numerator: change, weight: 0) : .zero)
      let score = needScore(need + changed.needChange)
      let readiness = readinessScore(ready + changed.readinessChange)
      let view = AnswerView(values, replacing: index, with: changed.value)
      let final = finalVerdict(
        view, score: score, readiness: readiness, verdict: verdictIndex(forScore: score))
      return (changed, score, final)
    }
    let step = table.integer ? 1.0 : 0.01
    let direction = target > current ? 1.0 : -1.0
    let steps = ((target - current) / step * direction).rounded(.down)
    if table.integer, steps < 256 {
      var value = current + direction
      while (value - target) * direction < 0 {
        if let found = trial(value), found.verdict != verdict { return found }
        value += direction
      }
      return nil
    }
    // Bisection over the grid points between the two: `near` never flips, `far` always does.
    var near = 0.0
    var far = steps + ((target - current) / step * direction > steps ? 1 : 0)
    var best: (candidate: FlipCandidate, score: Double, verdict: Int)?
    func value(at points: Double) -> Double {
      let raw = current + direction * points * step
      return table.integer ? raw.rounded() : (raw * 100).rounded() / 100
    }
    for _ in 0..<64 where far - near > 1 {
      let middle = ((near + far) / 2).rounded(.down)
      guard let found = trial(value(at: middle)) else { break }
      if found.verdict != verdict {
        far = middle
        best = found
      } else {
        near = middle
      }
    }
    return best
  }
}
