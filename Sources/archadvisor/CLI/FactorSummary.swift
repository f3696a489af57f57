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
    case .number(let spec): return spec.acceptedDescription
    case .choice(let options): return "one of " + options.map(\.id).joined(separator: ", ")
    case .set(let spec):
      return "any of " + spec.options.map(\.id).joined(separator: ", ") + " (comma-separated), or none"
    }
  }
}
