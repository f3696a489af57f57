import Testing

@testable import ArchAdvisorKit

/// The numbers of a report never contradict each other, over 10,000 seeded random answer sets on
/// the default rubric, from one answer to all twelve (the seed and the answers are in every
/// failure message, so a failure reproduces).
@Suite struct HonestScoringPropertyTests {
  static let count = 10_000
  static let seed: UInt64 = 0xA2C_0010

  static let rubric: Rubric = {
    // The default rubric is checked by DefaultRubricTests; a problem here fails there first.
    (try? RubricLoader().load(DefaultRubric.bytes, file: nil))
      ?? Rubric(
        id: "broken", version: "0", title: "broken", factors: [], verdicts: [])
  }()

  /// A random valid answer to one factor.
  static func randomAnswer(_ factor: Factor, using generator: inout SplitMix64) -> Answer {
    switch factor.kind {
    case .number:
      // Team sizes from 1 to 2,000, spread over the orders of magnitude.
      let exponent = Double.random(in: 0...3.3, using: &generator)
      var value = 1.0
      for _ in 0..<Int(exponent * 10) { value *= 1.2589 }
      return .number(max(1, value.rounded()))
    case .choice(let options):
      return .choice(options[Int.random(in: options.indices, using: &generator)].id)
    case .set(let spec):
      return .set(spec.options.map(\.id).filter { _ in Bool.random(using: &generator) })
    }
  }

  /// `count` answer sets: each answers between 1 and all 12 factors, chosen at random.
  static func samples() -> [Answers] {
    var generator = SplitMix64(seed: seed)
    var samples: [Answers] = []
    for _ in 0..<count {
      let answered = Int.random(in: 1...rubric.factors.count, using: &generator)
      var answers = Answers()
      for factor in rubric.factors.shuffled(using: &generator).prefix(answered) {
        answers[factor.id] = randomAnswer(factor, using: &generator)
      }
      samples.append(answers)
    }
    return samples
  }

  static let scorer = Scorer(rubric: rubric, options: .init(includeFlips: false))

  static func isShown(_ value: Double) -> Bool { (value * 10).rounded() == value * 10 }

  @Test func scoresLieInsideTheirRangesAndBandsFollowTheScoreAsShown() {
    #expect(Self.rubric.factors.count == 12)
    var checked = 0
    for (index, answers) in Self.samples().enumerated() {
      let report = Self.scorer.score(answers)
      let context = "sample \(index) of seed \(Self.seed): \(answers.values)"
      let failures = [
        report.range.low <= report.score && report.score <= report.range.high,
        Self.isShown(report.score) && Self.isShown(report.range.low) && Self.isShown(report.range.high),
        report.scoreVerdict.id == Self.rubric.verdict(forScore: report.score).id,
        report.score >= -100 && report.score <= 100,
        report.readiness.map { readiness in
          readiness.low <= readiness.high && readiness.low >= 0 && readiness.high <= 100
            && (readiness.score.map { readiness.low <= $0 && $0 <= readiness.high } ?? true)
        } ?? false,
        report.factors.allSatisfy { $0.contribution.isFinite && $0.lean.isFinite },
      ]
      #expect(failures.allSatisfy { $0 }, "\(context): \(failures) in \(report.score) \(report.range)")
      if !failures.allSatisfy({ $0 }) { break }
      checked += 1
    }
    #expect(checked == Self.count)
  }

  @Test func lessThanHalfTheWeightAnsweredIsNeverConfident() {
    let total = Self.rubric.totalWeight
    var singles = 0
    for (index, answers) in Self.samples().enumerated() {
      let answered = Self.rubric.factors.filter { answers[$0.id] != nil }.reduce(0) { $0 + $1.weight }
      guard answered < total / 2 else { continue }
      let report = Self.scorer.score(answers)
      if answers.values.count == 1 { singles += 1 }
      #expect(report.confidence.level == .low, "sample \(index): \(answers.values)")
      if report.confidence.level != .low { break }
      if answers.values.count == 1 {
        // One answer moves the score by at most its share of the need weight.
        let weight = Self.rubric.factors.first { answers[$0.id] != nil }?.weight ?? 0
        #expect(abs(report.score) <= weight / 22 * 100 + 0.05, "sample \(index): \(answers.values)")
      }
    }
    #expect(singles > 500, "the samples hold single answers")
  }

  @Test func answeringOneMoreFactorNeverWidensTheRange() {
    var generator = SplitMix64(seed: Self.seed ^ 0xFF)
    for (index, answers) in Self.samples().enumerated() {
      let unknown = Self.rubric.factors.filter { answers[$0.id] == nil }
      guard let factor = unknown.randomElement(using: &generator) else { continue }
      var more = answers
      more[factor.id] = Self.randomAnswer(factor, using: &generator)
      let before = Self.scorer.score(answers)
      let after = Self.scorer.score(more)
      let nested =
        after.range.low >= before.range.low && after.range.high <= before.range.high
        && (after.readiness.map { $0.low >= before.readiness!.low && $0.high <= before.readiness!.high }
          ?? true)
      #expect(nested, "sample \(index) + \(factor.id): \(before.range) → \(after.range)")
      if !nested { break }
    }
  }

  /// Holding every skill, all the infrastructure and continuous delivery never gives a verdict
  /// nearer the monolith than holding none of it, all else equal; and no flip says that gaining
  /// readiness moves toward the monolith.
  @Test func readinessNeverArguesForTheMonolith() {
    let scorer = Scorer(rubric: Self.rubric, options: .init(includeFlips: true, maxFlips: 20))
    let order = Self.rubric.verdicts.map(\.id)
    func position(_ id: String) -> Int { order.firstIndex(of: id) ?? -1 }
    let full: [String: Answer] = [
      "skills": .set(["containers", "orchestration", "networking", "security", "tracing", "fault_tolerance"]),
      "infrastructure": .set(["orchestration", "secure_networking", "monitoring", "tracing"]),
      "ci_cd": .choice("continuous"),
    ]
    let none: [String: Answer] = ["skills": .set([]), "infrastructure": .set([]), "ci_cd": .choice("manual")]
    var readinessFlips = 0
    for (index, answers) in Self.samples().enumerated() {
      var ready = answers
      var unready = answers
      for (id, answer) in full { ready[id] = answer }
      for (id, answer) in none { unready[id] = answer }
      let readyVerdict = position(Self.scorer.score(ready).verdict.id)
      let unreadyVerdict = position(Self.scorer.score(unready).verdict.id)
      #expect(readyVerdict >= unreadyVerdict, "sample \(index): \(answers.values)")
      if readyVerdict < unreadyVerdict { break }

      let report = scorer.score(answers)
      for flip in report.flips where flip.changes.allSatisfy({ Self.gainsReadiness($0) }) {
        readinessFlips += 1
        #expect(
          position(flip.verdict) >= position(report.verdict.id),
          "sample \(index): \(flip) from \(report.verdict.id)")
      }
    }
    #expect(readinessFlips > 100, "the samples hold flips that only gain readiness: \(readinessFlips)")
  }

  /// Whether a change only adds readiness: a set gaining options, delivery moving up, or an
  /// unanswered readiness factor answered with all of it in place.
  static func gainsReadiness(_ change: Flip.Change) -> Bool {
    switch (change.factor, change.from, change.to) {
    case ("skills", nil, .set(let to)): return to.count == 6
    case ("infrastructure", nil, .set(let to)): return to.count == 4
    case ("ci_cd", nil, .choice(let to)): return to == "continuous"
    case ("skills", .set(let from)?, .set(let to)), ("infrastructure", .set(let from)?, .set(let to)):
      return Set(from).isSubset(of: Set(to)) && from.count < to.count
    case ("ci_cd", .choice(let from)?, .choice(let to)):
      let levels = ["manual", "automated", "continuous"]
      return (levels.firstIndex(of: to) ?? 0) > (levels.firstIndex(of: from) ?? 0)
    default:
      return false
    }
  }
}
