@testable import ArchAdvisorKit

/// Tiny rubrics built in Swift for the engine's tests, with leans and weights chosen so that the
/// expected numbers can be worked out by hand. Every reason names its factor and answer, so a
/// test can tell which reason a result carries.
enum TestRubrics {
  /// Monolith from −100 to under −20, modular monolith from −20 to under 20, microservices from 20.
  static let verdicts = [
    Verdict(
      id: "monolith", label: "Monolith", summary: "One deployable.", band: Band(atLeast: -100, below: -20)),
    Verdict(
      id: "modular_monolith", label: "Modular monolith", summary: "One deployable, clear modules.",
      band: Band(atLeast: -20, below: 20)),
    Verdict(id: "microservices", label: "Microservices", summary: "Split it.", band: Band(atLeast: 20)),
  ]

  /// A choice factor; option `o` of factor `f` has the reason "f is o".
  static func choice(_ id: String, weight: Double, _ options: [(id: String, lean: Double)]) -> Factor {
    Factor(
      id: id, question: "What is \(id)?", help: "Help for \(id).",
      kind: .choice(
        options.map {
          ChoiceOption(id: $0.id, label: $0.id.uppercased(), lean: $0.lean, reason: "\(id) is \($0.id)")
        }),
      weight: weight)
  }

  /// A choice factor with options `low` (−1), `mid` (0) and `high` (+1).
  static func lowMidHigh(_ id: String, weight: Double) -> Factor {
    choice(id, weight: weight, [("low", -1), ("mid", 0), ("high", 1)])
  }

  /// A number factor; a band's reason is "f: <band description>", e.g. "team: 1 to under 6".
  static func number(
    _ id: String, weight: Double, integer: Bool = false, minimum: Double? = nil, maximum: Double? = nil,
    _ bands: [(atLeast: Double?, below: Double?, lean: Double)]
  ) -> Factor {
    let leanBands = bands.map { band in
      let range = Band(atLeast: band.atLeast, below: band.below)
      return LeanBand(band: range, lean: band.lean, reason: "\(id): \(range)")
    }
    return Factor(
      id: id, question: "How many \(id)?", help: "Help for \(id).",
      kind: .number(NumberSpec(integer: integer, minimum: minimum, maximum: maximum, bands: leanBands)),
      weight: weight)
  }

  /// A set factor; option `o` has the prerequisite "Build o", a count band the reason
  /// "f count: <band description>".
  static func set(
    _ id: String, weight: Double, options: [String],
    counts: [(atLeast: Double?, below: Double?, lean: Double)]
  ) -> Factor {
    let countBands = counts.map { band in
      let range = Band(atLeast: band.atLeast, below: band.below)
      return LeanBand(band: range, lean: band.lean, reason: "\(id) count: \(range)")
    }
    return Factor(
      id: id, question: "Which \(id)?", help: "Help for \(id).",
      kind: .set(
        SetSpec(
          options: options.map { SetOption(id: $0, label: $0.uppercased(), prerequisite: "Build \($0)") },
          counts: countBands)),
      weight: weight)
  }

  static func rubric(
    _ factors: [Factor], verdicts: [Verdict] = TestRubrics.verdicts, rules: [Rule] = [],
    examples: [RubricExample] = []
  ) -> Rubric {
    Rubric(
      id: "test", version: "0.1.0", title: "A test rubric", factors: factors, verdicts: verdicts,
      rules: rules,
      examples: examples)
  }

  static func scorer(
    _ factors: [Factor], rules: [Rule] = [], examples: [RubricExample] = [],
    options: Scorer.Options = .init()
  ) -> Scorer {
    Scorer(rubric: rubric(factors, rules: rules, examples: examples), options: options)
  }

  /// A rule that only adds `caveat` when `condition` holds, or applies the verdict effects given.
  static func rule(
    _ id: String, when condition: Condition, caveat: String? = nil, cap: String? = nil, floor: String? = nil,
    force: String? = nil, prerequisites: [String] = [], prerequisitesFrom: [String] = []
  ) -> Rule {
    Rule(
      id: id, reason: "Because of \(id).", condition: condition, caveat: caveat, cap: cap, floor: floor,
      force: force, prerequisites: prerequisites, prerequisitesFrom: prerequisitesFrom)
  }
}

/// Whether two scores agree to far better than any report shows (one decimal).
func nearlyEqual(_ a: Double, _ b: Double, within tolerance: Double = 1e-9) -> Bool {
  abs(a - b) <= tolerance
}

extension Report {
  /// The result of the factor with this id.
  func factor(_ id: String) -> FactorResult? { factors.first { $0.id == id } }
}
