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

extension RecommendOptions {
  /// `recommend`'s own options, declared once; its factor flags come from the rubric.
  static let declarations: [OptionDeclaration<RecommendOptions>] =
    [
      .value(
        "--answers", "FILE", .inputFile,
        summary: "Read answers from a JSON file ({\"name\": …, \"answers\": {…}}); - is standard input."
      ) { $0.answersFile = $1 },
      .value(
        "--weight", "FACTOR=N", .factorWeight,
        summary: "What-if: give FACTOR the weight N (0.001 … 1000) instead of the rubric's; repeatable.",
        repeats: true
      ) { (options, value) throws(CLIError) in
        options.weights.append(try CommandLineParser.weightOverride(value))
      },
    ] + ReportOptions.declarations.lifted(\.report)
}
