extension Scorer {
  /// How the final verdict `verdict` fares under other weights (see ``Robustness``); `nil` when
  /// robustness is off or the rubric has no need weight.
  ///
  /// The analysis runs for every answer set of a batch, so it works from small tables on the
  /// stack: the verdict of each pair of regions (need score × readiness) and the truth of each
  /// rule that reads neither score, per verdict so far, each worked out once when first needed.
  func robustness(
    values: [ResolvedValue], leans: [Double], need: Double, ready: ReadinessSum, score: Double,
    readiness: Double, verdict: Int, path: (start: Int, firedSteps: UInt64)? = nil
  ) -> Robustness? {
    guard self.reweighting != nil, needWeight > 0 else { return nil }
    // Borrowed, not retained: every core of a batch reads the same tables.
    unowned(unsafe) let reweighting = self.reweighting!
    unowned(unsafe) let scoreRegions = reweighting.score
    unowned(unsafe) let readinessRegions = reweighting.readiness
    let cellCount = scoreRegions.count * readinessRegions.count
    let truthCount = verdictSteps.count * verdicts.count
    // A rubric with thousands of score tests would make the tables larger than the work they save.
    let cached = cellCount + truthCount <= 8192
    return withUnsafeTemporaryAllocation(of: Int32.self, capacity: cached ? cellCount + truthCount : 0) {
      memo in
      memo.initialize(repeating: -1)
      if cached, let path, verdictSteps.count <= 64 {
        // The rules already ran on these answers: what each verdict step said along the way is
        // known, and a step that reads neither score nor the verdict says it for every verdict.
        var verdict = path.start
        let verdictCount = verdicts.count
        for (index, step) in verdictSteps.enumerated() {
          let fired: Int32 = path.firedSteps & (UInt64(1) << UInt64(index)) != 0 ? 1 : 0
          if !stepReadsScores[index] {
            if stepReadsVerdict[index] {
              memo[cellCount + index * verdictCount + verdict] = fired
            } else {
              for seen in 0..<verdictCount { memo[cellCount + index * verdictCount + seen] = fired }
            }
          }
          if fired == 1 { verdict = step.apply(to: verdict) }
        }
      }
      let state = RobustnessState(
        reweighting: reweighting, view: AnswerView(values),
        cells: cached
          ? UnsafeMutableBufferPointer(rebasing: memo[0..<cellCount]) : .init(start: nil, count: 0),
        truths: cached
          ? UnsafeMutableBufferPointer(rebasing: memo[cellCount...]) : .init(start: nil, count: 0),
        values: values, leans: leans, need: need, ready: ready, verdict: verdict,
        scoreRegion: scoreRegions.region(of: score),
        readinessRegion: readinessRegions.region(of: readiness))
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
  /// Borrowed from the scorer, which outlives the analysis: retaining it for every answer set
  /// would have the cores of a batch contend for its reference count.
  unowned(unsafe) let reweighting: Reweighting
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

/// A factor's position, weight and lean, as plain values on the stack.
private struct CompactFactor {
  let index: Int
  let weight: Double
  let lean: Double
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
    unowned(unsafe) let regions = state.reweighting
    unowned(unsafe) let scores = regions.score
    unowned(unsafe) let readinesses = regions.readiness
    let key = scoreRegion * readinesses.count + readinessRegion
    if key < state.cells.count, state.cells[key] >= 0 { return Int(state.cells[key]) }
    let score = scores.representative(scoreRegion)
    let readiness = readinesses.representative(readinessRegion)
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
    unowned(unsafe) let regions = axis.isReadiness ? state.reweighting.readiness : state.reweighting.score
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
    // The factors of each dimension as plain (index, weight, lean) on the stack, for the box's
    // extremes and the draws.
    withUnsafeTemporaryAllocation(of: CompactFactor.self, capacity: tables.count) { factors in
      var needCount = 0
      for index in tables.indices where !tables[index].isReadiness {
        factors.initializeElement(
          at: needCount,
          to: CompactFactor(index: index, weight: tables[index].weight, lean: state.leans[index]))
        needCount += 1
      }
      var readyEnd = needCount
      for index in tables.indices where tables[index].isReadiness && state.values[index].isKnown {
        factors.initializeElement(
          at: readyEnd,
          to: CompactFactor(index: index, weight: tables[index].weight, lean: state.leans[index]))
        readyEnd += 1
      }
      let need = UnsafeBufferPointer(rebasing: factors[0..<needCount])
      let ready = UnsafeBufferPointer(rebasing: factors[needCount..<readyEnd])
      return holdShare(state, need: need, ready: ready)
    }
  }

  private func holdShare(
    _ state: RobustnessState, need: UnsafeBufferPointer<CompactFactor>,
    ready: UnsafeBufferPointer<CompactFactor>
  ) -> Double {
    unowned(unsafe) let reweighting = state.reweighting
    let low = reweighting.settings.lowestScale
    let high = reweighting.settings.highestScale
    // Every draw's need score lies between the lowest and highest any scales in the range give,
    // and readiness likewise (widened by a hair, so that a draw summed in another order cannot
    // round past an end): when the verdict is the same all over that box, every draw holds.
    let needSpan = extremeRatios(need, low: low, high: high)
    var lowestReadiness = state.readinessRegion
    var highestReadiness = state.readinessRegion
    unowned(unsafe) let scores = reweighting.score
    unowned(unsafe) let readinesses = reweighting.readiness
    if readinesses.thresholds.count > 0, ready.count > 1 {
      let readySpan = extremeRatios(ready, low: low, high: high)
      lowestReadiness = readinesses.region(of: ShownScore.rounded(readySpan.lowest * 100 - 1e-9))
      highestReadiness = readinesses.region(of: ShownScore.rounded(readySpan.highest * 100 + 1e-9))
    }
    let box = RegionBox(
      lowestScore: scores.region(of: ShownScore.rounded(needSpan.lowest * 100 - 1e-9)),
      highestScore: scores.region(of: ShownScore.rounded(needSpan.highest * 100 + 1e-9)),
      lowestReadiness: lowestReadiness, highestReadiness: highestReadiness)
    if box.cellCount == 1 { return 1 }
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
      if allHold { return 1 }
      let held = UnsafeBufferPointer(holds)
      return countedShare(state, box: box, holds: held, need: need, ready: ready)
        ?? sampledShare(state, box: box, holds: held, need: need, ready: ready)
    }
  }

  /// The share of the drawn re-weightings that hold, four draws to an instruction, when the draw
  /// count is a multiple of four and no draw lies within 0.001 points of a boundary (`nil`
  /// otherwise: then ``sampledShare`` decides each draw). Only counts are needed: a draw's cell is
  /// the number of boundaries below its score (and readiness), so the draws in cell (i, j) are, by
  /// inclusion and exclusion, the draws above score boundary i and readiness boundary j, less
  /// those above the next ones.
  private func countedShare(
    _ state: RobustnessState, box: RegionBox, holds: UnsafeBufferPointer<Bool>,
    need: UnsafeBufferPointer<CompactFactor>, ready: UnsafeBufferPointer<CompactFactor>
  ) -> Double? {
    unowned(unsafe) let reweighting = state.reweighting
    let count = reweighting.sampleCount
    guard count % 4 == 0 else { return nil }
    let lanes = count / 4
    let readinessVaries = box.lowestReadiness != box.highestReadiness
    let scoreSpan = box.highestScore - box.lowestScore + 1
    let readinessSpan = box.readinessSpan
    return withUnsafeTemporaryAllocation(of: SIMD4<Float>.self, capacity: 2 * lanes) { work in
      let sums = work.baseAddress!
      let readiness = sums + lanes
      sums.initialize(repeating: .zero, count: 2 * lanes)
      let shares = UnsafeRawPointer(reweighting.roughNeedShares.elements)
      for factor in need {
        let part = Float(factor.weight * factor.lean)
        if part == 0 { continue }
        let column = shares + factor.index * count * MemoryLayout<Float>.stride
        for lane in 0..<lanes {
          sums[lane] += column.loadUnaligned(fromByteOffset: lane * 16, as: SIMD4<Float>.self) * part
        }
      }
      if readinessVaries {
        let scales = UnsafeRawPointer(reweighting.roughScales.elements)
        // Each lane's readiness summed with its weight in registers, then divided.
        for lane in 0..<lanes {
          var sum = SIMD4<Float>.zero
          var weight = SIMD4<Float>.zero
          for factor in ready {
            let column = scales + factor.index * count * MemoryLayout<Float>.stride
            let scale = column.loadUnaligned(fromByteOffset: lane * 16, as: SIMD4<Float>.self)
            sum += scale * Float(factor.weight * factor.lean)
            weight += scale * Float(factor.weight)
          }
          readiness[lane] = sum / weight * 100
        }
      }
      // above[i × readinessSpan + j]: draws whose score region ≥ lowestScore + i and readiness
      // region ≥ lowestReadiness + j.
      return withUnsafeTemporaryAllocation(of: Int.self, capacity: scoreSpan * readinessSpan) { above in
        let scoreBoundaries = reweighting.score.roughRawBoundaries.elements
        let readinessBoundaries = reweighting.readiness.roughRawBoundaries.elements
        var near = SIMDMask<SIMD4<Int32>>(repeating: false)
        for i in 0..<scoreSpan {
          for j in 0..<readinessSpan {
            var counted = SIMD4<Int32>.zero
            let scoreBoundary = i == 0 ? -Float.infinity : scoreBoundaries[box.lowestScore + i - 1]
            let readinessBoundary =
              j == 0 ? -Float.infinity : readinessBoundaries[box.lowestReadiness + j - 1]
            for lane in 0..<lanes {
              let scoreDistance = sums[lane] - scoreBoundary
              let readinessDistance = readiness[lane] - readinessBoundary
              let mask =
                (scoreDistance .>= 0) .& (j == 0 ? SIMDMask(repeating: true) : (readinessDistance .>= 0))
              counted &+= SIMD4<Int32>.zero.replacing(with: 1, where: mask)
              if i > 0 { near .|= (scoreDistance .< 0.001) .& (scoreDistance .> -0.001) }
              if j > 0 { near .|= (readinessDistance .< 0.001) .& (readinessDistance .> -0.001) }
            }
            above[i * readinessSpan + j] = Int(counted.wrappedSum())
          }
        }
        guard !any(near) else { return nil }
        var held = 0
        for i in 0..<scoreSpan {
          for j in 0..<readinessSpan
          where holds[box.cell(score: box.lowestScore + i, readiness: box.lowestReadiness + j)] {
            let upRight =
              i + 1 < scoreSpan && j + 1 < readinessSpan ? above[(i + 1) * readinessSpan + j + 1] : 0
            let up = i + 1 < scoreSpan ? above[(i + 1) * readinessSpan + j] : 0
            let right = j + 1 < readinessSpan ? above[i * readinessSpan + j + 1] : 0
            held += above[i * readinessSpan + j] - up - right + upRight
          }
        }
        return Double(held) / Double(count)
      }
    }
  }

  /// The share of the drawn re-weightings that hold, each draw's regions found from its scores
  /// summed in double precision: the path for what ``countedShare`` leaves (a draw count that is
  /// not a multiple of four, or a draw within 0.001 points of a boundary), so rare that its speed
  /// does not matter.
  private func sampledShare(
    _ state: RobustnessState, box: RegionBox, holds: UnsafeBufferPointer<Bool>,
    need: UnsafeBufferPointer<CompactFactor>, ready: UnsafeBufferPointer<CompactFactor>
  ) -> Double {
    let count = state.reweighting.sampleCount
    let readinessVaries = box.lowestReadiness != box.highestReadiness
    var held = 0
    for sample in 0..<count {
      let regions = exactRegions(
        state, sample: sample, box: box, need: need, ready: readinessVaries ? ready : nil)
      if holds[box.cell(score: regions.score, readiness: regions.readiness)] { held += 1 }
    }
    return Double(held) / Double(count)
  }

  /// The regions of one draw's need score and readiness, summed in double precision.
  private func exactRegions(
    _ state: RobustnessState, sample: Int, box: RegionBox, need: UnsafeBufferPointer<CompactFactor>,
    ready: UnsafeBufferPointer<CompactFactor>?
  ) -> (score: Int, readiness: Int) {
    unowned(unsafe) let reweighting = state.reweighting
    let count = reweighting.sampleCount
    let shares = reweighting.needShares.elements
    var raw = 0.0
    for factor in need { raw += shares[factor.index * count + sample] * (factor.weight * factor.lean) }
    let scoreRegion = rawRegion(
      raw, reweighting.score.rawBoundaries.elements, reweighting.score.thresholds.elements,
      from: box.lowestScore, to: box.highestScore)
    guard let ready else { return (scoreRegion, box.lowestReadiness) }
    let scales = reweighting.scales.elements
    var readySum = 0.0
    var readyWeight = 0.0
    for factor in ready {
      let scale = scales[factor.index * count + sample]
      readySum += scale * factor.weight * factor.lean
      readyWeight += scale * factor.weight
    }
    let readinessRegion = rawRegion(
      readySum / readyWeight * 100, reweighting.readiness.rawBoundaries.elements,
      reweighting.readiness.thresholds.elements, from: box.lowestReadiness, to: box.highestReadiness)
    return (scoreRegion, readinessRegion)
  }

  /// The region, between `lowest` and `highest`, of the score an unrounded score is shown as:
  /// by comparing it with the regions' raw boundaries, and by rounding only within a hair of one.
  /// Plain pointers, not the ``ThresholdRegions``, since this runs for every draw.
  @inline(__always)
  private func rawRegion(
    _ raw: Double, _ boundaries: UnsafePointer<Double>, _ thresholds: UnsafePointer<Double>, from lowest: Int,
    to highest: Int
  ) -> Int {
    var region = lowest
    while region < highest {
      let boundary = boundaries[region]
      if abs(raw - boundary) < 1e-9 {
        // The region of the score as shown: the thresholds it reaches.
        let shown = ShownScore.rounded(raw)
        var exact = lowest
        while exact < highest, shown >= thresholds[exact] { exact += 1 }
        return exact
      }
      if raw < boundary { break }
      region += 1
    }
    return region
  }

  /// The lowest and highest Σ scale × weight × lean ÷ Σ scale × weight over the factors when each
  /// scale may be anything in `low … high`, by Dinkelbach's iteration: at a ratio t the best
  /// scales are the extremes by the sign of lean − t, which gives a ratio at least as good; it
  /// stops when the ratio no longer improves (at most once per factor).
  private func extremeRatios(_ factors: UnsafeBufferPointer<CompactFactor>, low: Double, high: Double) -> (
    lowest: Double, highest: Double
  ) {
    var numerator = 0.0
    var denominator = 0.0
    for factor in factors {
      numerator += factor.weight * factor.lean
      denominator += factor.weight
    }
    guard denominator > 0 else { return (.nan, .nan) }
    let start = numerator / denominator
    func extreme(_ highest: Bool) -> Double {
      var ratio = start
      for _ in 0...factors.count {
        var numerator = 0.0
        var denominator = 0.0
        for factor in factors {
          let scaled = ((factor.lean > ratio) == highest ? high : low) * factor.weight
          numerator += scaled * factor.lean
          denominator += scaled
        }
        let next = numerator / denominator
        if highest ? next <= ratio : next >= ratio { break }
        ratio = next
      }
      return ratio
    }
    return (extreme(false), extreme(true))
  }
}
