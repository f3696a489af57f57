import Testing

@testable import ArchAdvisorKit

/// The flip search's fast paths against brute force on random rubrics that also have readiness
/// factors and readiness conditions (the shipped property test has neither).
@Suite struct ReadinessFlipPropertyTests {
  static func rubric(_ random: inout FlipTestRandom) -> Rubric {
    var base = random.rubric()
    // Add one or two readiness factors with levels 0 … 1.
    for index in 0..<random.int(1...2) {
      let id = "r\(index)"
      if random.chance(50) {
        var factor = TestRubrics.choice(
          id, weight: Double(random.int(1...3)), [("none", 0), ("half", 0.5), ("all", 1)])
        factor.dimension = .readiness
        base.factors.append(factor)
      } else {
        var factor = TestRubrics.set(
          id, weight: Double(random.int(1...3)), options: ["a", "b", "c"],
          counts: [(0, 1, 0), (1, 3, 0.5), (3, 4, 1)])
        factor.dimension = .readiness
        base.factors.append(factor)
      }
    }
    // Rules that read readiness, sometimes with the verdict, sometimes with a factor.
    var rules = base.rules.filter { !reads(score: $0.condition) && random.chance(70) }
    for index in 0..<random.int(1...3) {
      let band = Band(
        atLeast: random.chance(50) ? Double(random.int(0...60)) : nil, below: Double(random.int(40...101)))
      var condition: Condition = .readinessIn(band)
      switch random.int(0...3) {
      case 0: condition = .not(condition)
      case 1: condition = .all([condition, random.condition(base.factors, depth: 1)])
      case 2: condition = .any([condition, .verdictIs([random.pick(TestRubrics.verdicts.map(\.id))])])
      default: break
      }
      var rule = TestRubrics.rule("q\(index)", when: condition, caveat: "c")
      let verdict = random.pick(TestRubrics.verdicts.map(\.id))
      switch random.int(0...2) {
      case 0: rule.cap = verdict
      case 1: rule.floor = verdict
      default: rule.force = verdict
      }
      rules.insert(rule, at: random.int(0...rules.count))
    }
    base.rules = rules
    return base
  }

  static func reads(score condition: Condition) -> Bool {
    switch condition {
    case .scoreIn: return true
    case .all(let c), .any(let c): return c.contains(where: reads(score:))
    case .not(let c): return reads(score: c)
    default: return false
    }
  }

  @Test(arguments: 0..<2000)
  func flipsMatchBruteForceWithReadiness(seed: Int) {
    var random = FlipTestRandom(seed: UInt64(seed) &+ 77_777)
    let rubric = Self.rubric(&random)
    let answers = random.answers(for: rubric)
    let scorer = Scorer(rubric: rubric, options: .init(maxFlips: 6))
    let actual = scorer.score(answers).flips
    let expected = FlipSearchPropertyTests.bruteForceFlips(scorer, answers, maxFlips: 6)
    #expect(
      actual == expected, "seed \(seed): rules \(rubric.rules.map(\.condition)), answers \(answers.values)")
  }
}
