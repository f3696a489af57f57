/// Whether the verdict survives other weights: for each factor, the range of its weight (every
/// other weight as the rubric has it) over which the final verdict stays the same, and the share
/// of seeded random re-weightings of all factors at once in which it does.
///
/// **Per factor.** Moving one weight moves the need score (or, for an answered readiness factor,
/// readiness) monotonically toward that factor's own lean, so the verdict can change only where
/// the score as shown crosses a band edge or a score a verdict-changing rule tests. The range is
/// the interval around the rubric's weight, within ``Factor/weightLimits``, up to the first such
/// crossing on each side that gives another verdict; `nil` on a side where no weight within the
/// limits changes it. An unanswered readiness factor is left out of readiness, so its weight
/// changes nothing.
///
/// **Re-weightings.** ``Settings/samples`` draws, the same for every answer set of a rubric (from
/// ``Settings/seed``): each draw scales every factor's weight by its own factor, log-uniform in
/// ``Settings/lowestScale`` … ``Settings/highestScale`` (½ … 2 by default), and scores the
/// answers again. ``holdShare`` is the fraction whose final verdict is the report's.
///
/// **Confidence.** Fewer than half of the re-weightings holding makes the confidence low; fewer
/// than ``Robustness/steadyShare`` (90%) makes it at most medium (see ``Scorer``).
public struct Robustness: Hashable, Sendable {
  /// How the re-weightings are drawn.
  public struct Settings: Hashable, Sendable {
    /// How many random re-weightings to score.
    public var samples: Int
    /// The smallest and largest factor a weight is scaled by.
    public var lowestScale: Double
    public var highestScale: Double
    /// The seed of the draws: the same seed gives the same draws, so the same answers always
    /// give the same share.
    public var seed: UInt64
    /// Whether each factor's weight range is searched for at all: a table of many answer sets
    /// shows each one's share alone, and the search costs as much as the share. Without it
    /// ``Robustness/factors`` is empty.
    public var includesRanges: Bool

    public init(
      samples: Int = 64, lowestScale: Double = 0.5, highestScale: Double = 2, seed: UInt64 = 20_261_201,
      includesRanges: Bool = true
    ) {
      self.includesRanges = includesRanges
      self.samples = max(1, min(samples, 100_000))
      // A scale outside 0 < low ≤ high would draw weights the rubric could never have.
      let low = lowestScale.isFinite && lowestScale > 0 ? lowestScale : 0.5
      let high = highestScale.isFinite && highestScale >= low ? highestScale : max(low, 2)
      self.lowestScale = low
      self.highestScale = high
      self.seed = seed
    }

    /// 64 draws, each weight × ½ … 2, seed 20261201.
    public static let standard = Settings()
  }

  /// One factor's weight and the weights between which the verdict holds.
  public struct WeightRange: Hashable, Sendable {
    public var factor: String
    /// The weight the rubric gives it.
    public var weight: Double
    /// The weight below which the verdict changes (to ``verdictBelow``); `nil` when it holds
    /// down to the lowest weight a rubric may give (``Factor/weightLimits``).
    public var holdsFrom: Double?
    /// The weight above which the verdict changes (to ``verdictAbove``); `nil` when it holds up
    /// to the highest weight a rubric may give.
    public var holdsTo: Double?
    /// The verdict id just below ``holdsFrom`` and just above ``holdsTo``.
    public var verdictBelow: String?
    public var verdictAbove: String?

    public init(
      factor: String, weight: Double, holdsFrom: Double? = nil, holdsTo: Double? = nil,
      verdictBelow: String? = nil, verdictAbove: String? = nil
    ) {
      self.factor = factor
      self.weight = weight
      self.holdsFrom = holdsFrom
      self.holdsTo = holdsTo
      self.verdictBelow = verdictBelow
      self.verdictAbove = verdictAbove
    }

    /// How far the weight may move, as a factor of itself, before the verdict changes: the
    /// smaller of `holdsTo ÷ weight` and `weight ÷ holdsFrom`; infinite when it never does.
    public var margin: Double {
      min(holdsTo.map { $0 / weight } ?? .infinity, holdsFrom.map { weight / $0 } ?? .infinity)
    }
  }

  /// The share of re-weightings below which the verdict is not steady: confidence is then at
  /// most medium.
  public static let steadyShare = 0.9

  public var settings: Settings
  /// The fraction of the re-weightings, 0 … 1, whose final verdict is the report's.
  public var holdShare: Double
  /// Every factor of the rubric, in rubric order; empty when the ranges were not searched for
  /// (``Settings/includesRanges``).
  public var factors: [WeightRange]

  public init(settings: Settings, holdShare: Double, factors: [WeightRange]) {
    self.settings = settings
    self.holdShare = holdShare
    self.factors = factors
  }

  /// The factors whose weight changes the verdict within the re-weightings' scale (× ½ … 2 by
  /// default), the most fragile (smallest ``WeightRange/margin``) first; ties in rubric order.
  public var fragile: [WeightRange] {
    factors.enumerated()
      .filter { isFragile($0.element) }
      .sorted { a, b in
        a.element.margin != b.element.margin ? a.element.margin < b.element.margin : a.offset < b.offset
      }
      .map(\.element)
  }

  /// Whether the verdict changes within the re-weightings' scale of this factor's weight.
  public func isFragile(_ range: WeightRange) -> Bool {
    range.holdsTo.map { $0 <= range.weight * settings.highestScale } ?? false
      || range.holdsFrom.map { $0 >= range.weight * settings.lowestScale } ?? false
  }

  /// How many of the re-weightings keep the verdict.
  public var holdCount: Int { Int((holdShare * Double(settings.samples)).rounded()) }

  /// Whether the verdict holds in at least ``steadyShare`` of the re-weightings.
  public var isSteady: Bool { holdShare >= Robustness.steadyShare }
}
