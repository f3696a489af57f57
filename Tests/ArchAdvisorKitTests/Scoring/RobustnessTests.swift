import Testing

@testable import ArchAdvisorKit

/// Robustness of the weights on a rubric small enough to work out by hand.
///
/// a (weight 2) answered `high` (lean +1) and b (weight 2) answered `half` (lean −0.5), with the
/// test rubric's edge between modular monolith and microservices at 20: the score is
/// (2 × 1 + 2 × −0.5) ÷ 4 × 100 = 25, microservices. The score as shown stays at 20.0 or more
/// while the unrounded score is at least 19.95.
@Suite struct RobustnessTests {
  let scorer = TestRubrics.scorer([
    TestRubrics.choice("a", weight: 2, [("low", -1), ("half", -0.5), ("high", 1)]),
    TestRubrics.choice("b", weight: 2, [("low", -1), ("half", -0.5), ("high", 1)]),
  ])
  let answers = Answers(values: ["a": .choice("high"), "b": .choice("half")])

  @Test func eachWeightHoldsUpToItsHandWorkedBreakpoint() throws {
    let report = scorer.score(answers)
    #expect(report.score == 25)
    #expect(report.verdict.id == "microservices")
    let robustness = try #require(report.robustness)
    let a = try #require(robustness.factors.first { $0.factor == "a" })
    let b = try #require(robustness.factors.first { $0.factor == "b" })

    // b weighing w: (2 − 0.5 w) ÷ (2 + w) ≥ 0.1995 ⇔ 1.601 ≥ 0.6995 w ⇔ w ≤ 2.28878 (to 6 places);
    // lighter, the score only rises toward a's +100.
    #expect(b.weight == 2)
    #expect(abs(try #require(b.holdsTo) - 1.601 / 0.6995) < 1e-9)
    #expect(b.verdictAbove == "modular_monolith")
    #expect(b.holdsFrom == nil)
    #expect(b.verdictBelow == nil)

    // a weighing v: (v − 1) ÷ (v + 2) ≥ 0.1995 ⇔ 0.8005 v ≥ 1.399 ⇔ v ≥ 1.74766; heavier, the
    // score only rises toward +100.
    #expect(abs(try #require(a.holdsFrom) - 1.399 / 0.8005) < 1e-9)
    #expect(a.verdictBelow == "modular_monolith")
    #expect(a.holdsTo == nil)

    // Both breakpoints lie within × 0.5 … 2 of the weights, so both factors are fragile (by the
    // same margin, 1.14439: what matters is b's weight over a's).
    #expect(Set(robustness.fragile.map(\.factor)) == ["a", "b"])
  }

  @Test func theShareOfReweightingsMatchesTheHandWorkedProbability() throws {
    // Scaling a by m_a and b by m_b, the verdict holds while r = m_b ÷ m_a ≤ 1.601 ÷ 1.399 =
    // 1.14439. ln m_a and ln m_b are uniform on ±ln 2, so ln r is triangular on ±2 ln 2 and
    // P(ln r ≤ 0.134869) = 1 − (2 ln 2 − 0.134869)² ÷ (2 × (2 ln 2)²) = 0.5926. 64 draws have a
    // standard error of 0.061; three of them is the tolerance.
    let robustness = try #require(scorer.score(answers).robustness)
    #expect(robustness.settings.samples == 64)
    #expect(abs(robustness.holdShare - 0.5926) < 0.185)
    #expect(!robustness.isSteady)
  }

  @Test func aWaveringVerdictLowersTheConfidence() {
    // Everything answered and the score 5 points from the edge: medium by the range and the
    // edge alone; fewer than 90% of the re-weightings holding keeps it at medium, and the
    // explanation says why.
    let report = scorer.score(answers)
    #expect(report.confidence.level == .medium)
    #expect(report.confidence.explanation.contains("re-weightings"))

    // Switched off: no robustness, and the confidence as the range and edges make it.
    let plain = TestRubrics.scorer(
      scorer.rubric.factors, options: Scorer.Options(robustness: nil)
    ).score(answers)
    #expect(plain.robustness == nil)
    #expect(!plain.confidence.explanation.contains("re-weightings"))
  }

  @Test func fewerThanHalfHoldingMakesTheConfidenceLow() throws {
    // A modular-monolith band only 2 points wide (0 ..< 2) and b at −0.98: the score is
    // (2 − 1.96) ÷ 4 × 100 = 1.0. It stays in the band while 0.98099 < m_b ÷ m_a ≤ 1.02144,
    // a sliver around 1: about 3% of the draws.
    let verdicts = [
      Verdict(id: "monolith", label: "Monolith", summary: "", band: Band(atLeast: -100, below: 0)),
      Verdict(
        id: "modular_monolith", label: "Modular monolith", summary: "", band: Band(atLeast: 0, below: 2)),
      Verdict(id: "microservices", label: "Microservices", summary: "", band: Band(atLeast: 2)),
    ]
    let scorer = Scorer(
      rubric: TestRubrics.rubric(
        [
          TestRubrics.choice("a", weight: 2, [("high", 1)]),
          TestRubrics.choice("b", weight: 2, [("lower", -0.98)]),
        ], verdicts: verdicts))
    let report = scorer.score(Answers(values: ["a": .choice("high"), "b": .choice("lower")]))
    #expect(report.score == 1)
    #expect(report.verdict.id == "modular_monolith")
    let robustness = try #require(report.robustness)
    #expect(robustness.holdShare < 0.1)
    #expect(report.confidence.level == .low)
  }

  @Test func anUnansweredReadinessFactorsWeightChangesNothing() throws {
    var readiness = TestRubrics.choice("r", weight: 2, [("none", 0), ("all", 1)])
    readiness.dimension = .readiness
    let scorer = TestRubrics.scorer([TestRubrics.lowMidHigh("n", weight: 1), readiness])
    let report = scorer.score(Answers(values: ["n": .choice("high")]))
    let range = try #require(report.robustness?.factors.first { $0.factor == "r" })
    #expect(range.holdsFrom == nil && range.holdsTo == nil)
  }

  @Test func theSameAnswersGiveTheSameShareEveryTime() {
    let first = scorer.score(answers).robustness
    let again = TestRubrics.scorer(scorer.rubric.factors).score(answers).robustness
    #expect(first == again)
    // Another seed draws other re-weightings.
    let other = TestRubrics.scorer(
      scorer.rubric.factors, options: Scorer.Options(robustness: Robustness.Settings(seed: 7))
    ).score(answers).robustness
    #expect(other?.settings.seed == 7)
  }
}
