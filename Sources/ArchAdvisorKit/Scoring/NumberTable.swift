/// A number factor compiled for scoring: its bands and, for each band, the answers the factor
/// accepts inside it, so that completions and flips can name a real value in any band.
struct NumberTable: Sendable {
  /// The lowest and highest accepted answer inside one band; an end is infinite when both the
  /// band and the factor are open on that side.
  struct AcceptedRange: Sendable {
    var low: Double
    var high: Double
  }

  let bands: [LeanBand]
  let scale: NumberSpec.Scale
  /// Whether some band's lean moves across it (``LeanBand/leanTo``): then a band's ends lean
  /// differently, and the range and the flips look at both.
  let interpolates: Bool
  let integer: Bool
  /// Per band, the accepted answers in it; `nil` when the factor's minimum, maximum or integer
  /// constraint leaves none (a validated rubric has none such, but the scorer must not trap).
  let accepted: [AcceptedRange?]

  init(_ spec: NumberSpec) {
    bands = spec.bands
    scale = spec.scale
    interpolates = spec.bands.contains { $0.leanTo != nil }
    integer = spec.integer
    accepted = spec.bands.map { NumberTable.acceptedRange(in: $0.band, spec) }
  }

  /// The index of the band holding `value`; `nil` for a value outside every band or not finite
  /// (`NaN` would otherwise be "inside" every band, since every comparison with it is false).
  func bandIndex(of value: Double) -> Int? {
    guard value.isFinite else { return nil }
    for index in bands.indices where bands[index].band.contains(value) { return index }
    return nil
  }

  /// The lean of `value`: its band's, interpolated across the band when it has a `leanTo`.
  func lean(of value: Double) -> Double? {
    guard let index = bandIndex(of: value) else { return nil }
    return bands[index].lean(at: value, scale: scale)
  }

  /// The lowest and the highest accepted answer of a band, where finite: with the band's
  /// representative, the values whose leans bound the band's leans.
  func ends(ofBand index: Int) -> [Double] {
    guard accepted.indices.contains(index), let range = accepted[index] else { return [] }
    var ends: [Double] = []
    if range.low.isFinite { ends.append(range.low) }
    if range.high.isFinite, range.high != range.low { ends.append(range.high) }
    return ends
  }

  /// For a band whose lean moves toward `leanTo` and whose top is open to answers (a number that
  /// need not be whole, below `below` and any maximum), the highest accepted value and `leanTo`:
  /// answers come as close to that lean as one likes, so the range takes it as the band's bound.
  func supremum(ofBand index: Int) -> (value: Double, lean: Double)? {
    guard !integer, let leanTo = bands[index].leanTo, let below = bands[index].band.below,
      accepted.indices.contains(index), let range = accepted[index], range.high < below
    else { return nil }
    return (range.high, leanTo)
  }

  /// An accepted answer standing for the whole band when there is nothing to be near: its lowest
  /// accepted value, or for a band open below the whole number just under its top, or 0 for a
  /// band open at both ends.
  func representative(inBand index: Int) -> Double? {
    guard accepted.indices.contains(index), let range = accepted[index] else { return nil }
    if range.low.isFinite { return range.low }
    if range.high.isFinite { return range.high.rounded(.down) }
    return 0
  }

  /// The accepted answer in the band nearest to `target`.
  ///
  /// A band's top is open (`below` is not in it), so for a factor that is not whole-numbered the
  /// nearest value a person would type is taken as `below − 0.01` (or the middle of a band
  /// narrower than that) rather than the next representable `Double` under `below`.
  func nearest(inBand index: Int, to target: Double) -> Double? {
    guard accepted.indices.contains(index), let range = accepted[index] else { return nil }
    guard target.isFinite else { return representative(inBand: index) }
    var value = min(max(target, range.low), range.high)
    if integer { value = min(max(value.rounded(), range.low), range.high) }
    return value
  }

  private static func acceptedRange(in band: Band, _ spec: NumberSpec) -> AcceptedRange? {
    var low = max(band.atLeast ?? -.infinity, spec.minimum ?? -.infinity)
    var high: Double
    if spec.integer {
      low = low.rounded(.up)
      // The largest whole number strictly under `below`.
      high = band.below.map { $0.rounded(.up) - 1 } ?? .infinity
      if let maximum = spec.maximum { high = min(high, maximum.rounded(.down)) }
    } else if let maximum = spec.maximum, band.below.map({ maximum < $0 }) ?? true {
      high = maximum
    } else if let below = band.below {
      high = approach(below, from: low)
    } else {
      high = .infinity
    }
    guard !low.isNaN, !high.isNaN, low <= high else { return nil }
    return AcceptedRange(low: low, high: high)
  }

  /// A value a person would type just under an open upper end `below`, no lower than `low`.
  private static func approach(_ below: Double, from low: Double) -> Double {
    let stepped = below - 0.01
    if stepped < below, stepped >= low { return stepped }
    let middle = low.isFinite ? (low + below) / 2 : below.nextDown
    return middle < below ? middle : below.nextDown
  }
}
