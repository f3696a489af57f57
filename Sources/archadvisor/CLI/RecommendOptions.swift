/// What `archadvisor recommend` was asked for.
struct RecommendOptions: Hashable, Sendable {
  var report = ReportOptions()
  /// `--answers FILE`, `-` for standard input.
  var answersFile: String?
  /// Every flag that is not one of recommend's own, in order: factor flags to be matched
  /// against the rubric's factors once it is loaded.
  var factorFlags: [FactorFlag] = []
  /// `--weight FACTOR=N`, in order.
  var weights: [WeightOverride] = []
}

/// A flag given to `recommend` that is not one of its own options: a factor's flag, or a
/// mistake to be reported with the nearest real flag.
struct FactorFlag: Hashable, Sendable {
  /// The flag as typed, without any `=value` (`--team-size`).
  var option: String
  /// Its value; `nil` when none followed it.
  var value: String?
}

/// A `--weight FACTOR=N` what-if: the factor's weight replaced by `weight` for this report.
struct WeightOverride: Hashable, Sendable {
  /// The factor as typed: its id or its flag name (`team_size`, `team-size`).
  var factor: String
  /// The new weight, above 0.
  var weight: Double
}
