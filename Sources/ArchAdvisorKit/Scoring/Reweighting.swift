#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the robustness analysis needs of a rubric, computed once per scorer: the random scales of
/// every draw and the scores at which the final verdict can change.
///
/// Every answer set of a batch is re-weighted with the same draws, so they are drawn here once:
/// per answer set what is left is a product of the draws' scales with the answers' leans. A class,
/// so that the analysis of each answer set can borrow it rather than retain each of its tables.
final class Reweighting: Sendable {
  let settings: Robustness.Settings
  let sampleCount: Int
  /// The regions of the need score, and of readiness, between which no verdict can change.
  let score: ThresholdRegions
  let readiness: ThresholdRegions
  /// The scale of factor `f`'s weight in draw `s`, at `f × sampleCount + s`.
  let scales: FixedTable<Double>
  /// The same for a need factor divided by draw `s`'s need weight (Σ over the need factors of
  /// scale × weight) and multiplied by 100, so that a draw's unrounded need score is
  /// Σ `needShares` × weight × lean, without a division per draw.
  let needShares: FixedTable<Double>
  /// ``needShares`` and ``scales`` in single precision, for summing four draws to an
  /// instruction: enough to tell on which side of a boundary a draw falls, except within a hair
  /// of it, where the draw is summed again in double precision.
  let roughNeedShares: FixedTable<Float>
  let roughScales: FixedTable<Float>

  init(
    settings: Robustness.Settings, tables: [FactorTable], scoreThresholds: [Double],
    readinessThresholds: [Double]
  ) {
    self.settings = settings
    sampleCount = settings.samples
    var generator = SplitMix64(seed: settings.seed)
    let logLow = log(settings.lowestScale)
    let logSpan = log(settings.highestScale) - logLow
    var scales: [Double] = []
    scales.reserveCapacity(tables.count * sampleCount)
    for _ in tables.indices {
      for _ in 0..<sampleCount { scales.append(exp(logLow + logSpan * generator.nextUnit())) }
    }
    var needWeights = [Double](repeating: 0, count: sampleCount)
    // Summed in rubric order, as the scorer sums the weights.
    for (factor, table) in tables.enumerated() where !table.isReadiness {
      for sample in 0..<sampleCount {
        needWeights[sample] += scales[factor * sampleCount + sample] * table.weight
      }
    }
    var needShares = scales
    for (factor, table) in tables.enumerated() where !table.isReadiness {
      for sample in 0..<sampleCount {
        needShares[factor * sampleCount + sample] =
          scales[factor * sampleCount + sample] / needWeights[sample] * 100
      }
    }
    self.scales = FixedTable(scales)
    self.needShares = FixedTable(needShares)
    roughNeedShares = FixedTable(needShares.map { Float($0) })
    roughScales = FixedTable(scales.map { Float($0) })
    score = ThresholdRegions(scoreThresholds)
    readiness = ThresholdRegions(readinessThresholds)
  }
}

/// The scores at which some test of a rubric changes its truth (band edges, a rule's `score` or
/// `readiness` test), sorted: between two of them, and at the lower one, every test has the same
/// truth, so the final verdict is the same.
///
/// Region `k` holds the scores from threshold `k − 1` (inclusive) below threshold `k`; region 0
/// everything below the first, region `thresholds.count` everything from the last, and region
/// `thresholds.count + 1` NaN (no readiness answered), where every test is false.
final class ThresholdRegions: Sendable {
  let thresholds: FixedTable<Double>
  /// Per threshold, the unrounded score from which the score as shown (to a tenth, half away from
  /// zero) reaches it: the threshold raised to the next tenth, less 0.05.
  let rawBoundaries: FixedTable<Double>
  /// The same in single precision, for the draws' first pass.
  let roughRawBoundaries: FixedTable<Float>

  init(_ values: [Double]) {
    var sorted = values.filter(\.isFinite).sorted()
    var index = 1
    while index < sorted.count {
      if sorted[index] == sorted[index - 1] { sorted.remove(at: index) } else { index += 1 }
    }
    thresholds = FixedTable(sorted)
    let boundaries = sorted.map { ($0 * 10).rounded(.up) / 10 - 0.05 }
    rawBoundaries = FixedTable(boundaries)
    roughRawBoundaries = FixedTable(boundaries.map { Float($0) })
  }

  /// How many regions there are, the NaN region included.
  var count: Int { thresholds.count + 2 }

  /// The region of a score as shown.
  func region(of shown: Double) -> Int {
    guard !shown.isNaN else { return thresholds.count + 1 }
    var region = 0
    while region < thresholds.count, shown >= thresholds[region] { region += 1 }
    return region
  }

  /// A score in the region: its lowest, or for region 0 one below the first threshold.
  func representative(_ region: Int) -> Double {
    if region > thresholds.count { return .nan }
    if region == 0 { return (thresholds.count > 0 ? thresholds[0] : 1) - 1 }
    return thresholds[region - 1]
  }
}
