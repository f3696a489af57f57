/// The parts of the readiness score over the answered readiness factors: Σ weight × level and
/// Σ weight. Readiness is their quotient, so an unanswered factor is left out rather than
/// counted as nothing in place (the low end of the range does that).
struct ReadinessSum: Equatable, Sendable {
  var numerator = 0.0
  var weight = 0.0

  static let zero = ReadinessSum()

  var isZero: Bool { numerator == 0 && weight == 0 }

  static func + (a: ReadinessSum, b: ReadinessSum) -> ReadinessSum {
    ReadinessSum(numerator: a.numerator + b.numerator, weight: a.weight + b.weight)
  }
}
