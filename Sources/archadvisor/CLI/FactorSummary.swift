import ArchAdvisorKit

/// How the command line describes a factor: its flag's placeholder and what it accepts, in the
/// words help, `rubric show` and prompts share.
struct FactorSummary: Sendable {
  var factor: Factor

  init(_ factor: Factor) {
    self.factor = factor
  }

  /// The flag with its value's placeholder: `--team-size N`, `--scaling ID`, `--skills IDS`.
  var usage: String { factor.flag + " " + placeholder }

  /// `N` for numbers, `ID` for choices, `IDS` for sets.
  var placeholder: String {
    switch factor.kind {
    case .number: return "N"
    case .choice: return "ID"
    case .set: return "IDS"
    }
  }

  /// What the factor accepts: "a whole number of engineers ≥ 1", "one of steady, growing,
  /// spiky", "any of containers, tracing, comma-separated, or none".
  var accepted: String {
    switch factor.kind {
    case .number(let spec): return FactorSummary.numberAccepted(spec)
    case .choice(let options): return "one of " + options.map(\.id).joined(separator: ", ")
    case .set(let spec):
      return "any of " + spec.options.map(\.id).joined(separator: ", ") + " (comma-separated), or none"
    }
  }

  /// "a whole number of engineers ≥ 1", "a number from 0 to 100", "a number".
  static func numberAccepted(_ spec: NumberSpec) -> String {
    var text = spec.integer ? "a whole number" : "a number"
    if let unit = spec.unit, !unit.isEmpty { text += " of " + unit }
    switch (spec.minimum, spec.maximum) {
    case (let low?, let high?): text += " from \(Band.format(low)) to \(Band.format(high))"
    case (let low?, nil): text += " ≥ \(Band.format(low))"
    case (nil, let high?): text += " ≤ \(Band.format(high))"
    case (nil, nil): break
    }
    return text
  }
}
