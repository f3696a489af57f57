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
    if found.isEmpty { (found, complete) = search.pairs() }

    found.sort(by: FlipSearch.Found.precedes)
    var flips: [Flip] = []
    // The factor (or pair of factors) of every flip kept: at most `maxFlips` of them.
    var kept: [Int] = []
    for flip in found {
      let key = flip.firstFactor * (tables.count + 1) + (flip.secondFactor + 1)
      guard kept.lazy.filter({ $0 == key }).count < 2 else { continue }
      var chosen = [flip.first, flip.second].filter { $0 >= 0 }.map { candidates[$0] }
      if chosen.count == 1 {
        chosen[0] = nearestFlipping(
          chosen[0], values: values, leans: leans, need: need, ready: ready, verdict: verdict)
      }
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
      flips.append(
        Flip(changes: changes, verdict: verdicts[outcome.verdict].id, score: changedScore, rule: rule))
      if flips.count == options.maxFlips { break }
    }
    return (flips, complete)
  }

  /// For a change of a known number, the value nearest the current answer that still gives the
  /// candidate's verdict: a lean that moves across a band can flip the verdict before the band's
  /// far end. Found by bisection (in whole steps for whole-number factors), assuming the verdict
  /// changes once between the two values, as it does when leans and rules are monotone; the
  /// candidate itself is kept when the assumption fails.
  private func nearestFlipping(
    _ candidate: FlipCandidate, values: [ResolvedValue], leans: [Double], need: Double, ready: ReadinessSum,
    verdict: Int
  ) -> FlipCandidate {
    guard case .number(let table) = tables[candidate.factor].kind, table.interpolates,
      case .number(let current) = values[candidate.factor], case .number(let target) = candidate.value
    else { return candidate }
    let index = candidate.factor
    func changed(_ value: Double) -> FlipCandidate? {
      guard let lean = table.lean(of: value) else { return nil }
      let change = tables[index].weight * (lean - leans[index])
      let isReadiness = tables[index].isReadiness
      return FlipCandidate(
        factor: index, value: .number(value), needChange: isReadiness ? 0 : change,
        readinessChange: isReadiness ? ReadinessSum(numerator: change, weight: 0) : .zero)
    }
    func flips(_ candidate: FlipCandidate) -> Bool {
      let score = needScore(need + candidate.needChange)
      let readiness = readinessScore(ready + candidate.readinessChange)
      let view = AnswerView(values, replacing: index, with: candidate.value)
      return finalVerdict(view, score: score, readiness: readiness, verdict: verdictIndex(forScore: score))
        != verdict
    }
    var near = current
    var far = target
    var best = candidate
    for _ in 0..<64 {
      let gap = abs(far - near)
      if table.integer ? gap <= 1 : gap <= 0.01 { break }
      var middle = near + (far - near) / 2
      if table.integer { middle = middle.rounded(far > near ? .down : .up) }
      guard middle != near, middle != far, let trial = changed(middle) else { break }
      if flips(trial) {
        far = middle
        best = trial
      } else {
        near = middle
      }
    }
    return best
  }
}
