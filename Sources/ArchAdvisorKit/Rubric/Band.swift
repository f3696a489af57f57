#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A half-open interval `atLeast ..< below`; a missing end is open.
///
/// Bands split numbers (a team's size), counts (how many skills a team holds) and scores
/// (verdicts) into ranges; half-open intervals chain with no gaps and no overlaps when each
/// band's `below` is the next band's `atLeast`.
public struct Band: Hashable, Sendable, CustomStringConvertible {
  /// The lowest value in the band; `nil` means no lower end.
  public var atLeast: Double?
  /// The first value above the band; `nil` means no upper end.
  public var below: Double?

  public init(atLeast: Double? = nil, below: Double? = nil) {
    self.atLeast = atLeast
    self.below = below
  }

  public func contains(_ value: Double) -> Bool {
    if let atLeast, value < atLeast { return false }
    if let below, value >= below { return false }
    return true
  }

  /// "1 to under 6", "at least 50", "under 3", "any value".
  public var description: String {
    switch (atLeast, below) {
    case (nil, nil): return "any value"
    case (let low?, nil): return "at least \(Band.format(low))"
    case (nil, let high?): return "under \(Band.format(high))"
    case (let low?, let high?): return "\(Band.format(low)) to under \(Band.format(high))"
    }
  }

  /// A number without a trailing `.0` when it is whole.
  public static func format(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }
}

/// A band with the lean an answer inside it gives and the reason in words.
public struct LeanBand: Hashable, Sendable {
  public var band: Band
  /// −1 (monolith) … +1 (microservices); 0 … 1 for readiness. The lean at the band's lower end.
  public var lean: Double
  /// When set (v2, number factors, bands with both ends), the lean moves from `lean` at
  /// `atLeast` toward `leanTo` at `below`, so that neighbouring bands can meet without a cliff.
  public var leanTo: Double?
  public var reason: String

  public init(band: Band, lean: Double, reason: String, leanTo: Double? = nil) {
    self.band = band
    self.lean = lean
    self.reason = reason
    self.leanTo = leanTo
  }

  /// The lean at `value` inside the band: `lean`, or the interpolation toward `leanTo`.
  public func lean(at value: Double, scale: NumberSpec.Scale) -> Double {
    guard let leanTo, let low = band.atLeast, let high = band.below, high > low else { return lean }
    let share: Double
    switch scale {
    case .linear:
      share = (value - low) / (high - low)
    case .log:
      // Logarithms need positive ends; a band reaching 0 or below falls back to linear.
      guard low > 0 else { return lean + (leanTo - lean) * min(1, max(0, (value - low) / (high - low))) }
      share = (log(value) - log(low)) / (log(high) - log(low))
    }
    let clamped = share.isFinite ? min(1, max(0, share)) : 0
    return lean + (leanTo - lean) * clamped
  }
}
