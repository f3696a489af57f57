/// One answer set's search for flips among its single changes (``FlipCandidate``), then pairs.
///
/// A candidate's scores are the need and readiness numerators plus its changes. Its
/// final verdict is where the time goes, so the rules run as seldom as the answer allows. Unless a
/// verdict-changing rule reads the score, the final verdict depends only on the verdict of the
/// score's band and on the factors those rules read; so a change of any other factor takes its
/// verdict from `baseFinal`, one lookup per band. A single change of a factor the rules read runs
/// them once. For pairs, ``RuleTruths`` tabulates every condition per verdict so far, and a pair
/// runs a condition only when it reads both of the pair's factors; pairs that cannot flip by
/// those tables are skipped before their score is computed.
struct FlipSearch {
  /// A candidate (or pair) that changes the final verdict.
  struct Found {
    /// |new score − score|: how far the change moves the score.
    var distance: Double
    var firstFactor: Int
    var secondFactor: Int
    var first: Int
    var second: Int
    var score: Double
    var verdict: Int

    /// Nearest first; ties in rubric factor order, then in the order the changes were generated.
    static func precedes(_ a: Found, _ b: Found) -> Bool {
      if a.distance != b.distance { return a.distance < b.distance }
      if a.firstFactor != b.firstFactor { return a.firstFactor < b.firstFactor }
      if a.secondFactor != b.secondFactor { return a.secondFactor < b.secondFactor }
      if a.first != b.first { return a.first < b.first }
      return a.second < b.second
    }
  }

  let scorer: Scorer
  let values: [ResolvedValue]
  let candidates: [FlipCandidate]
  let need: Double
  let ready: ReadinessSum
  let score: Double
  /// Readiness as shown for the answers as given (NaN without readiness factors).
  let readiness: Double
  let verdict: Int
  /// Whether the final verdict can be looked up: no verdict-changing rule reads the score.
  let tabulable: Bool
  /// The final verdict of the answers as given, starting from each score verdict (when
  /// `tabulable`): the final verdict of any change that touches no factor a rule reads.
  let baseFinal: [Int]

  init(
    scorer: Scorer, values: [ResolvedValue], candidates: [FlipCandidate], need: Double, ready: ReadinessSum,
    score: Double, verdict: Int
  ) {
    self.scorer = scorer
    self.values = values
    self.candidates = candidates
    self.need = need
    self.ready = ready
    self.score = score
    let readiness = scorer.readinessScore(ready)
    self.readiness = readiness
    self.verdict = verdict
    tabulable = !scorer.verdictRulesReadScore
    let base = AnswerView(values)
    baseFinal =
      tabulable
      ? (0..<scorer.verdicts.count).map {
        scorer.finalVerdict(base, score: score, readiness: readiness, verdict: $0)
      } : []
  }

  /// The final verdict from score verdict `start` with up to two candidates applied (−1 for
  /// none), by table lookup; a step whose condition reads both candidates' factors runs.
  private static func chain(
    _ scorer: Scorer, _ truths: RuleTruths, from start: Int, _ a: Int, _ b: Int, _ values: [ResolvedValue],
    _ candidates: [FlipCandidate] = [], ready: ReadinessSum = .zero
  ) -> Int {
    let factorCount = scorer.tables.count
    let verdictCount = truths.verdictCount
    let offsetA = a >= 0 ? truths.offsets[a] : -1
    let offsetB = b >= 0 ? truths.offsets[b] : -1
    var verdict = start
    for (step, rule) in scorer.verdictSteps.enumerated() {
      let cell = step * verdictCount + verdict
      let readsA = offsetA >= 0 && scorer.stepReads[step * factorCount + candidates[a].factor]
      let readsB = offsetB >= 0 && scorer.stepReads[step * factorCount + candidates[b].factor]
      let holds: Bool
      if readsA, readsB {
        let view = AnswerView(
          values, replacing: candidates[a].factor, with: candidates[a].value, and: candidates[b].factor,
          with: candidates[b].value)
        let readiness = scorer.readinessScore(
          ready + candidates[a].readinessChange + candidates[b].readinessChange)
        holds = scorer.program.holds(rule.condition, view, score: 0, readiness: readiness, verdict: verdict)
      } else if readsA {
        holds = truths.changed[offsetA + cell]
      } else if readsB {
        holds = truths.changed[offsetB + cell]
      } else {
        holds = truths.base[cell]
      }
      if holds { verdict = rule.apply(to: verdict) }
    }
    return verdict
  }

  private func pairScore(_ a: Int, _ b: Int) -> Double {
    scorer.needScore(need + candidates[a].needChange + candidates[b].needChange)
  }

  private func score(_ a: Int) -> Double { scorer.needScore(need + candidates[a].needChange) }

  /// The final verdict with candidates `a` and (if ≥ 0) `b` applied, at the score they give:
  /// looked up when no rule reads their factors (nor the score), else by running the rules.
  private func finalVerdict(_ a: Int, _ b: Int, score changed: Double) -> Int {
    let start = scorer.verdictIndex(forScore: changed)
    if tabulable, !scorer.verdictRulesRead[candidates[a].factor],
      b < 0 || !scorer.verdictRulesRead[candidates[b].factor]
    {
      return baseFinal[start]
    }
    let view =
      b >= 0
      ? AnswerView(
        values, replacing: candidates[a].factor, with: candidates[a].value, and: candidates[b].factor,
        with: candidates[b].value)
      : AnswerView(values, replacing: candidates[a].factor, with: candidates[a].value)
    let readinessChange = candidates[a].readinessChange + (b >= 0 ? candidates[b].readinessChange : .zero)
    let changedReadiness = readinessChange.isZero ? readiness : scorer.readinessScore(ready + readinessChange)
    return scorer.finalVerdict(view, score: changed, readiness: changedReadiness, verdict: start)
  }

  private func found(_ a: Int, _ b: Int, score changed: Double, verdict changedVerdict: Int) -> Found {
    let (first, second) = b < 0 || a < b ? (a, b) : (b, a)
    return Found(
      distance: abs(changed - score), firstFactor: candidates[first].factor,
      secondFactor: second >= 0 ? candidates[second].factor : -1, first: first, second: second,
      score: changed,
      verdict: changedVerdict)
  }

  /// Every single change that changes the final verdict.
  func singles() -> [Found] {
    var found: [Found] = []
    for index in candidates.indices {
      let changed = score(index)
      let changedVerdict = finalVerdict(index, -1, score: changed)
      if changedVerdict != verdict {
        found.append(self.found(index, -1, score: changed, verdict: changedVerdict))
      }
    }
    return found
  }

  /// Every pair of single changes on two different factors that changes the final verdict.
  ///
  /// With rule tables, two changes no rule reads leave the rules as they were, so only the band of
  /// their score matters: such pairs are skipped outright when no band would change the verdict.
  /// A rule-read change with one of those is skipped when no starting verdict would change its
  /// final verdict either.
  ///
  /// `complete` is false when the pool of changes was cut to ``Scorer/pairSearchLimit``.
  func pairs() -> (found: [Found], complete: Bool) {
    // A change that moves neither the score nor anything a rule reads cannot help a pair either.
    var pool = candidates.indices.filter { index in
      let candidate = candidates[index]
      return candidate.needChange != 0 || scorer.verdictRulesRead[candidate.factor]
    }
    var complete = true
    if pool.count > Scorer.pairSearchLimit {
      complete = false
      let distances = pool.map { abs(score($0) - score) }
      pool = Array(pool.indices.sorted { distances[$0] > distances[$1] }.prefix(Scorer.pairSearchLimit))
        .sorted().map { pool[$0] }
    }
    return (pairs(in: pool), complete)
  }

  private func pairs(in pool: [Int]) -> [Found] {
    guard tabulable else {
      // A rule reads the score: every pair runs the rules.
      var found: [Found] = []
      for (position, a) in pool.enumerated() {
        for b in pool[(position + 1)...] where candidates[a].factor != candidates[b].factor {
          let changed = pairScore(a, b)
          let changedVerdict = finalVerdict(a, b, score: changed)
          if changedVerdict != verdict {
            found.append(self.found(a, b, score: changed, verdict: changedVerdict))
          }
        }
      }
      return found
    }

    let truths = RuleTruths(scorer, values: values, score: score, ready: ready, candidates: candidates)
    let verdictCount = truths.verdictCount
    // Per rule-read candidate, its final verdict from each starting score verdict, and whether
    // any of them differs from the verdict (else no pair with a change no rule reads can flip).
    var rows = [Int](repeating: -1, count: candidates.count * verdictCount)
    var rowCanFlip = [Bool](repeating: false, count: candidates.count)
    for index in candidates.indices where truths.offsets[index] >= 0 {
      for start in 0..<verdictCount {
        let final = FlipSearch.chain(scorer, truths, from: start, index, -1, values, candidates, ready: ready)
        rows[index * verdictCount + start] = final
        if final != verdict { rowCanFlip[index] = true }
      }
    }
    let restCanFlip = baseFinal.contains { $0 != verdict }

    // The pool as plain values side by side: this loop runs for every pair.
    struct Entry {
      var candidate: Int
      var factor: Int
      var reads: Bool
      var needChange: Double
    }
    let entries = pool.map { index in
      Entry(
        candidate: index, factor: candidates[index].factor, reads: truths.offsets[index] >= 0,
        needChange: candidates[index].needChange)
    }
    var found: [Found] = []
    entries.withUnsafeBufferPointer { entries in
      for first in entries.indices {
        let a = entries[first]
        // Pairs of two changes no rule reads, and pairs with one that can never flip, are skipped.
        let skipRest = a.reads ? !rowCanFlip[a.candidate] : !restCanFlip
        for second in (first + 1)..<entries.count {
          let b = entries[second]
          if b.factor == a.factor || (!b.reads && skipRest)
            || (!a.reads && b.reads && !rowCanFlip[b.candidate])
          {
            continue
          }
          let changed = scorer.needScore(need + a.needChange + b.needChange)
          let start = scorer.verdictIndex(forScore: changed)
          let changedVerdict: Int
          if !a.reads, !b.reads {
            changedVerdict = baseFinal[start]
          } else if a.reads != b.reads {
            changedVerdict = rows[(a.reads ? a.candidate : b.candidate) * verdictCount + start]
          } else {
            changedVerdict = FlipSearch.chain(
              scorer, truths, from: start, a.candidate, b.candidate, values, candidates, ready: ready)
          }
          if changedVerdict != verdict {
            found.append(self.found(a.candidate, b.candidate, score: changed, verdict: changedVerdict))
          }
        }
      }
    }
    return found
  }
}
