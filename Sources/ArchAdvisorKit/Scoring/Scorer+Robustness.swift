extension Scorer {
  /// How the final verdict `verdict` fares under other weights (see ``Robustness``); `nil` when
  /// robustness is off or the rubric has no need weight.
  ///
  /// The analysis runs for every answer set of a batch, so it works from small tables on the
  /// stack: the verdict of each pair of regions (need score × readiness) and the truth of each
  /// rule that reads neither score, per verdict so far, each worked out once when first needed.
  func robustness(
    values: [ResolvedValue], leans: [Double], need: Double, ready: ReadinessSum, score: Double,
    readiness: Double, verdict: Int
  ) -> Robustness? {
    guard let reweighting, needWeight > 0 else { return nil }
    let cellCount = reweighting.score.count * reweighting.readiness.count
    let truthCount = verdictSteps.count * verdicts.count
    // A rubric with thousands of score tests would make the tables larger than the work they save.
    let cached = cellCount + truthCount <= 8192
    return withUnsafeTemporaryAllocation(of: Int32.self, capacity: cached ? cellCount + truthCount : 0) {
      memo in
      memo.initialize(repeating: -1)
      let state = RobustnessState(
        reweighting: reweighting, view: AnswerView(values),
        cells: cached
          ? UnsafeMutableBufferPointer(rebasing: memo[0..<cellCount]) : .init(start: nil, count: 0),
        truths: cached
          ? UnsafeMutableBufferPointer(rebasing: memo[cellCount...]) : .init(start: nil, count: 0),
        values: values, leans: leans, need: need, ready: ready, verdict: verdict,
        scoreRegion: reweighting.score.region(of: score),
        readinessRegion: reweighting.readiness.region(of: readiness))
      var ranges: [Robustness.WeightRange] = []
      if reweighting.settings.includesRanges {
        ranges.reserveCapacity(tables.count)
        for index in tables.indices { ranges.append(weightRange(index, state)) }
      }
      return Robustness(settings: reweighting.settings, holdShare: holdShare(state), factors: ranges)
    }
  }
}

/// What the robustness analysis of one answer set works from. The analysis itself is in
/// methods of ``Scorer``, so that the scorer is borrowed, never copied (a copy retains each of
/// its tables).
private struct RobustnessState {
  let reweighting: Reweighting
  let view: AnswerView
  /// Region pair `(s, r)`'s final verdict at `s × readiness region count + r`; −1 until worked out.
  /// Empty when the rubric's tables would be too large: then every verdict is worked out again.
  let cells: UnsafeMutableBufferPointer<Int32>
  /// The truth (1 or 0) of verdict step `k`, which reads neither score, with verdict `v` so far,
  /// at `k × verdict count + v`; −1 until worked out.
  let truths: UnsafeMutableBufferPointer<Int32>
  let values: [ResolvedValue]
  let leans: [Double]
  let need: Double
  let ready: ReadinessSum
  let verdict: Int
  let scoreRegion: Int
  let readinessRegion: Int
}

/// The score one factor's weight moves, as a function of that weight: Σ of the other factors'
/// weight × lean plus weight × lean, over their weight plus weight, as shown.
private struct Axis {
  let isReadiness: Bool
  let rest: Double
  let restWeight: Double
  let lean: Double

  func raw(at weight: Double) -> Double {
    (rest + weight * lean) / (restWeight + weight) * 100
  }

  func shown(at weight: Double) -> Double {
    ShownScore.rounded(raw(at: weight))
  }

  /// The weight at which the unrounded score is `raw`: (rest + w × lean) ÷ (restWeight + w) =
  /// raw ÷ 100, solved for w; and whether neither the numerator nor the denominator of the
  /// solution lost more than six of its digits to cancellation (the solution is then good to
  /// about 1e-10, far inside what a report shows).
  func weight(atRaw raw: Double) -> (weight: Double, wellConditioned: Bool) {
    let target = raw / 100
    let numerator = target * restWeight - rest
    let denominator = lean - target
    let wellConditioned =
      abs(numerator) > 1e-6 * (abs(target * restWeight) + abs(rest))
      && abs(denominator) > 1e-6 * (abs(lean) + abs(target))
    return (numerator / denominator, wellConditioned)
  }
}

/// The regions every draw's need score and readiness lie in.
private struct RegionBox {
  let lowestScore: Int
  let highestScore: Int
  let lowestReadiness: Int
  let highestReadiness: Int

  var readinessSpan: Int { highestReadiness - lowestReadiness + 1 }
  var cellCount: Int { (highestScore - lowestScore + 1) * readinessSpan }

  func cell(score: Int, readiness: Int) -> Int {
    (score - lowestScore) * readinessSpan + (readiness - lowestReadiness)
  }
}

extension Scorer {
  /// The final verdict of the answers with the need score in one region and readiness in another.
  private func verdict(_ state: RobustnessState, score scoreRegion: Int, readiness readinessRegion: Int)
    -> Int
  {
    let regions = state.reweighting
    let key = scoreRegion * regions.readiness.count + readinessRegion
    if key < state.cells.count, state.cells[key] >= 0 { return Int(state.cells[key]) }
    let score = regions.score.representative(scoreRegion)
    let readiness = regions.readiness.representative(readinessRegion)
    var verdict = verdictIndex(forScore: score)
    let verdictCount = verdicts.count
    for (index, step) in verdictSteps.enumerated() {
      let truth: Bool
      let slot = index * verdictCount + verdict
      if stepReadsScores[index] || slot >= state.truths.count {
        truth = program.holds(
          step.condition, state.view, score: score, readiness: readiness, verdict: verdict)
      } else {
        // A step that reads neither score has the same truth in every region.
        if state.truths[slot] < 0 {
          state.truths[slot] =
            program.holds(step.condition, state.view, score: score, readiness: readiness, verdict: verdict)
            ? 1 : 0
        }
        truth = state.truths[slot] == 1
      }
      if truth { verdict = step.apply(to: verdict) }
    }
    if key < state.cells.count { state.cells[key] = Int32(clamping: verdict) }
    return verdict
  }

  /// The weights of factor `index` around its own between which the verdict holds.
  private func weightRange(_ index: Int, _ state: RobustnessState) -> Robustness.WeightRange {
    let table = tables[index]
    let weight = table.weight
    let lean = state.leans[index]
    var range = Robustness.WeightRange(factor: table.id, weight: weight)
    let rest: Double
    let restWeight: Double
    if table.isReadiness {
      // An unanswered readiness factor is not in readiness, whatever it weighs.
      guard state.values[index].isKnown else { return range }
      rest = state.ready.numerator - weight * lean
      restWeight = state.ready.weight - weight
    } else {
      rest = state.need - weight * lean
      restWeight = needWeight - weight
    }
    // Alone in its dimension, the factor's score is its own lean whatever it weighs.
    guard restWeight > 0 else { return range }
    let axis = Axis(isReadiness: table.isReadiness, rest: rest, restWeight: restWeight, lean: lean)
    let limits = Factor.weightLimits
    if weight > limits.lowerBound, let change = firstChange(axis, state, from: weight, to: limits.lowerBound)
    {
      range.holdsFrom = change.weight
      range.verdictBelow = verdicts[change.verdict].id
    }
    if weight < limits.upperBound, let change = firstChange(axis, state, from: weight, to: limits.upperBound)
    {
      range.holdsTo = change.weight
      range.verdictAbove = verdicts[change.verdict].id
    }
    return range
  }

  /// The first weight between `start` and `end` at which the verdict changes, and the verdict
  /// beyond it; `nil` when it holds all the way. The score moves monotonically with the weight,
  /// so it passes the regions between its start and its end in order.
  private func firstChange(_ axis: Axis, _ state: RobustnessState, from start: Double, to end: Double) -> (
    weight: Double, verdict: Int
  )? {
    let regions = axis.isReadiness ? state.reweighting.readiness : state.reweighting.score
    let here = axis.isReadiness ? state.readinessRegion : state.scoreRegion
    // Most weights never take the score out of its region: tell so without rounding.
    let rawEnd = axis.raw(at: end)
    let bottom =
      here > 0 && here <= regions.thresholds.count ? regions.rawBoundaries[here - 1] : -Double.infinity
    let top = here < regions.thresholds.count ? regions.rawBoundaries[here] : Double.infinity
    if rawEnd > bottom + 1e-9, rawEnd < top - 1e-9 { return nil }
    let last = regions.region(of: axis.shown(at: end))
    guard last != here else { return nil }
    let step = last > here ? 1 : -1
    var region = here
    while region != last {
      region += step
      let other =
        axis.isReadiness
        ? verdict(state, score: state.scoreRegion, readiness: region)
        : verdict(state, score: region, readiness: state.readinessRegion)
      guard other != state.verdict else { continue }
      let target = region
      func reached(_ weight: Double) -> Bool {
        let at = regions.region(of: axis.shown(at: weight))
        return step > 0 ? at >= target : at <= target
      }
      // Entering the region upward crosses its lower threshold; downward, the one above it.
      let (solved, wellConditioned) = axis.weight(
        atRaw: regions.rawBoundaries[step > 0 ? region - 1 : region])
      if solved.isFinite, solved > min(start, end), solved < max(start, end) {
        if wellConditioned { return (solved, other) }
        let towardStart = start > end ? 1 + 1e-9 : 1 - 1e-9
        let awayFromStart = start > end ? 1 - 1e-9 : 1 + 1e-9
        if !reached(solved * towardStart), reached(solved * awayFromStart) { return (solved, other) }
      }
      // The closed form lost its precision (a lean all but equal to the threshold): bisect, in
      // logarithms since weights span six decades.
      var holding = start
      var changed = end
      for _ in 0..<80 {
        let middle = (holding * changed).squareRoot()
        if reached(middle) { changed = middle } else { holding = middle }
        if abs(changed - holding) <= 1e-12 * max(changed, holding) { break }
      }
      return ((holding + changed) / 2, other)
    }
    return nil
  }

  /// The share of the re-weightings whose final verdict is the report's.
  private func holdShare(_ state: RobustnessState) -> Double {
    let reweighting = state.reweighting
    let low = reweighting.settings.lowestScale
    let high = reweighting.settings.highestScale
    // Every draw's need score lies between the lowest and highest any scales in the range give,
    // and readiness likewise (widened by a hair, so that a draw summed in another order cannot
    // round past an end): when the verdict is the same all over that box, every draw holds.
    let needLow = extremeRatio(state, highest: false, readiness: false, low: low, high: high)
    let needHigh = extremeRatio(state, highest: true, readiness: false, low: low, high: high)
    var lowestReadiness = state.readinessRegion
    var highestReadiness = state.readinessRegion
    if reweighting.readiness.thresholds.count > 0 && state.ready.weight > 0 {
      let readyLow = extremeRatio(state, highest: false, readiness: true, low: low, high: high)
      let readyHigh = extremeRatio(state, highest: true, readiness: true, low: low, high: high)
      lowestReadiness = reweighting.readiness.region(of: ShownScore.rounded(readyLow * 100 - 1e-9))
      highestReadiness = reweighting.readiness.region(of: ShownScore.rounded(readyHigh * 100 + 1e-9))
    }
    let box = RegionBox(
      lowestScore: reweighting.score.region(of: ShownScore.rounded(needLow * 100 - 1e-9)),
      highestScore: reweighting.score.region(of: ShownScore.rounded(needHigh * 100 + 1e-9)),
      lowestReadiness: lowestReadiness, highestReadiness: highestReadiness)
    return withUnsafeTemporaryAllocation(of: Bool.self, capacity: box.cellCount) { holds in
      var allHold = true
      for scoreRegion in box.lowestScore...box.highestScore {
        for readinessRegion in box.lowestReadiness...box.highestReadiness {
          // The answer set's own regions give its own verdict.
          let own = scoreRegion == state.scoreRegion && readinessRegion == state.readinessRegion
          let held = own || verdict(state, score: scoreRegion, readiness: readinessRegion) == state.verdict
          holds.initializeElement(at: box.cell(score: scoreRegion, readiness: readinessRegion), to: held)
          if !held { allHold = false }
        }
      }
      return allHold ? 1 : sampledShare(state, box: box, holds: UnsafeBufferPointer(holds))
    }
  }

  /// The share of the drawn re-weightings that hold: each draw's need score (and readiness, when
  /// the box spans more than one of its regions) computed in full, its region found by comparing
  /// the unrounded score with the regions' boundaries, and its verdict read from `holds`. A draw's
  /// need score is Σ ``Reweighting/needShares`` × weight × lean: the same sum as the scorer's with
  /// the division done once per draw for every answer set, so it can differ from the scorer's in
  /// the last bits, which matters only within a hair of a boundary, where the score is rounded.
  private func sampledShare(_ state: RobustnessState, box: RegionBox, holds: UnsafeBufferPointer<Bool>)
    -> Double
  {
    let reweighting = state.reweighting
    let count = reweighting.sampleCount
    let readinessVaries = box.lowestReadiness != box.highestReadiness
    return withExtendedLifetime(reweighting) {
      withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * count) { work in
        let sums = work.baseAddress!
        let readySums = sums + count
        let readyWeights = sums + 2 * count
        sums.initialize(repeating: 0, count: readinessVaries ? 3 * count : count)
        let shares = reweighting.needShares.elements
        let scales = reweighting.scales.elements
        for index in tables.indices {
          let isReadiness = tables[index].isReadiness
          let weight = tables[index].weight
          let part = weight * state.leans[index]
          if !isReadiness {
            // An unknown factor at a neutral lean of 0 adds nothing to any draw.
            if part == 0 { continue }
            let column = shares + index * count
            for sample in 0..<count { sums[sample] += column[sample] * part }
          } else if readinessVaries, state.values[index].isKnown {
            let column = scales + index * count
            for sample in 0..<count {
              readySums[sample] += column[sample] * part
              readyWeights[sample] += column[sample] * weight
            }
          }
        }
        let scoreBoundaries = reweighting.score.rawBoundaries.elements
        var held = 0
        if !readinessVaries, box.highestScore == box.lowestScore + 1 {
          // The usual case, one boundary inside the box: count the draws on each side of it,
          // without a branch, then settle the draws within a hair of it by rounding.
          let boundary = scoreBoundaries[box.lowestScore]
          var above = 0
          var close = 0
          for sample in 0..<count {
            above &+= sums[sample] >= boundary ? 1 : 0
            close &+= abs(sums[sample] - boundary) < 1e-9 ? 1 : 0
          }
          if close > 0 {
            above = 0
            for sample in 0..<count
            where reweighting.score.region(of: ShownScore.rounded(sums[sample])) > box.lowestScore {
              above += 1
            }
          }
          let readiness = box.lowestReadiness
          let lowHolds = holds[box.cell(score: box.lowestScore, readiness: readiness)]
          let highHolds = holds[box.cell(score: box.highestScore, readiness: readiness)]
          held = (lowHolds ? count - above : 0) + (highHolds ? above : 0)
          return Double(held) / Double(count)
        }
        let readinessBoundaries = reweighting.readiness.rawBoundaries.elements
        for sample in 0..<count {
          let scoreRegion = rawRegion(
            sums[sample], scoreBoundaries, reweighting.score, from: box.lowestScore, to: box.highestScore)
          let readinessRegion =
            readinessVaries
            ? rawRegion(
              readySums[sample] / readyWeights[sample] * 100, readinessBoundaries, reweighting.readiness,
              from: box.lowestReadiness, to: box.highestReadiness) : box.lowestReadiness
          if holds[box.cell(score: scoreRegion, readiness: readinessRegion)] { held += 1 }
        }
        return Double(held) / Double(count)
      }
    }
  }

  /// The region, between `lowest` and `highest`, of the score an unrounded score is shown as:
  /// by comparing it with the regions' raw boundaries, and by rounding only within a hair of one.
  @inline(__always)
  private func rawRegion(
    _ raw: Double, _ boundaries: UnsafePointer<Double>, _ regions: ThresholdRegions, from lowest: Int,
    to highest: Int
  ) -> Int {
    var region = lowest
    while region < highest {
      let boundary = boundaries[region]
      if abs(raw - boundary) < 1e-9 {
        return min(highest, max(lowest, regions.region(of: ShownScore.rounded(raw))))
      }
      if raw < boundary { break }
      region += 1
    }
    return region
  }

  /// The lowest (or highest) Σ scale × weight × lean ÷ Σ scale × weight over the need factors (or
  /// the answered readiness factors) when each scale may be anything in `low … high`, by
  /// Dinkelbach's iteration: at a ratio t the best scales are the extremes by the sign of
  /// lean − t, which gives a ratio at least as good; it stops when the ratio no longer improves
  /// (at most once per factor).
  private func extremeRatio(
    _ state: RobustnessState, highest: Bool, readiness: Bool, low: Double, high: Double
  ) -> Double {
    withUnsafeTemporaryAllocation(of: (weight: Double, lean: Double).self, capacity: tables.count) {
      factors in
      var included = 0
      var numerator = 0.0
      var denominator = 0.0
      for index in tables.indices
      where tables[index].isReadiness == readiness && (!readiness || state.values[index].isKnown) {
        let weight = tables[index].weight
        let lean = state.leans[index]
        factors.initializeElement(at: included, to: (weight, lean))
        included += 1
        numerator += weight * lean
        denominator += weight
      }
      guard denominator > 0 else { return .nan }
      var ratio = numerator / denominator
      for _ in 0...included {
        numerator = 0
        denominator = 0
        for factor in 0..<included {
          let (weight, lean) = factors[factor]
          let scaled = ((lean > ratio) == highest ? high : low) * weight
          numerator += scaled * lean
          denominator += scaled
        }
        let next = numerator / denominator
        if highest ? next <= ratio : next >= ratio { break }
        ratio = next
      }
      return ratio
    }
  }
}
