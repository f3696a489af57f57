import Testing

@testable import ArchAdvisorKit

/// The range over the values unknown factors could take, and the verdicts at its ends.
@Suite struct ScoreRangeTests {
  @Test func oneUnknownFactor() {
    // a (weight 2) answered 0.5; b (weight 2, leans −1, 0.25, 1) unknown, neutral 0. Σ w = 4.
    // score = (2 × 0.5 + 2 × 0) / 4 × 100 = 25
    // low  = (2 × 0.5 + 2 × −1) / 4 × 100 = (1 − 2) / 4 × 100 = −25  → monolith
    // high = (2 × 0.5 + 2 × 1) / 4 × 100 = (1 + 2) / 4 × 100 = 75    → microservices
    let scorer = TestRubrics.scorer([
      TestRubrics.choice("a", weight: 2, [("low", -1), ("half", 0.5), ("high", 1)]),
      TestRubrics.choice("b", weight: 2, [("low", -1), ("quarter", 0.25), ("high", 1)]),
    ])
    let report = scorer.score(Answers(values: ["a": .choice("half")]))
    #expect(report.score == 25)
    #expect(report.range.low == -25)
    #expect(report.range.high == 75)
    #expect(report.range.lowVerdict == "monolith")
    #expect(report.range.highVerdict == "microservices")
    #expect(!report.range.verdictHolds)
  }

  @Test func twoUnknownFactorsOfDifferentKinds() {
    // a (weight 1) answered 1; b (weight 2, choice −1 … 1) and c (weight 1, number: under 5 →
    // −0.5, from 5 → 0.5) unknown. Σ w = 4.
    // low  = (1 + 2 × −1 + 1 × −0.5) / 4 × 100 = −1.5 / 4 × 100 = −37.5
    // high = (1 + 2 × 1 + 1 × 0.5) / 4 × 100 = 3.5 / 4 × 100 = 87.5
    let scorer = TestRubrics.scorer([
      TestRubrics.lowMidHigh("a", weight: 1),
      TestRubrics.lowMidHigh("b", weight: 2),
      TestRubrics.number("c", weight: 1, [(nil, 5, -0.5), (5, nil, 0.5)]),
    ])
    let report = scorer.score(Answers(values: ["a": .choice("high")]))
    // (1 + 0 + 0) / 4 × 100 = 25: b and c count as neutral (0; c's leans straddle 0 too).
    #expect(report.score == 25)
    #expect(report.range.low == -37.5)
    #expect(report.range.high == 87.5)
    #expect(report.range.lowVerdict == "monolith")
    #expect(report.range.highVerdict == "microservices")
  }

  @Test func everythingUnknown() {
    // a (weight 3, leans −0.5, 0.5) and b (weight 1, leans −1, 0.2), nothing answered. Σ w = 4.
    // low  = (3 × −0.5 + 1 × −1) / 4 × 100 = −2.5 / 4 × 100 = −62.5
    // high = (3 × 0.5 + 1 × 0.2) / 4 × 100 = 1.7 / 4 × 100 = 42.5
    let scorer = TestRubrics.scorer([
      TestRubrics.choice("a", weight: 3, [("down", -0.5), ("up", 0.5)]),
      TestRubrics.choice("b", weight: 1, [("down", -1), ("up", 0.2)]),
    ])
    let report = scorer.score(Answers())
    #expect(report.score == 0)
    #expect(nearlyEqual(report.range.low, -62.5))
    #expect(nearlyEqual(report.range.high, 42.5))
    #expect(report.range.lowVerdict == "monolith")
    #expect(report.range.highVerdict == "microservices")
  }

  @Test func everythingAnsweredMakesTheRangeThePoint() {
    // (3 × 0.5 + 1 × −1) / 4 × 100 = 12.5
    let scorer = TestRubrics.scorer([
      TestRubrics.choice("a", weight: 3, [("low", -1), ("half", 0.5)]),
      TestRubrics.lowMidHigh("b", weight: 1),
    ])
    let report = scorer.score(Answers(values: ["a": .choice("half"), "b": .choice("low")]))
    #expect(report.range.low == 12.5)
    #expect(report.range.high == 12.5)
    #expect(report.range.lowVerdict == "modular_monolith")
    #expect(report.range.highVerdict == "modular_monolith")
  }

  @Test func theScoreStaysInsideTheRangeWhenEveryLeanIsOnOneSide() {
    // a (weight 1) answered 1; b (weight 3, leans −1 and −0.5) unknown. b's neutral lean is the
    // one nearest 0, −0.5, so the score is the range's high end, never above it:
    // score = high = (1 + 3 × −0.5) / 4 × 100 = −12.5
    // low  = (1 + 3 × −1) / 4 × 100 = −50
    let scorer = TestRubrics.scorer([
      TestRubrics.lowMidHigh("a", weight: 1),
      TestRubrics.choice("b", weight: 3, [("down", -1), ("less", -0.5)]),
    ])
    let report = scorer.score(Answers(values: ["a": .choice("high")]))
    #expect(report.score == -12.5)
    #expect(report.range.low == -50)
    #expect(report.range.high == -12.5)
    #expect(report.score <= report.range.high)
    #expect(report.range.lowVerdict == "monolith")
    #expect(report.range.highVerdict == "modular_monolith")
  }

  @Test func rangeVerdictsComeFromRulesOnARealCompletionRespectingTheMinimum() {
    // team (whole, at least 1; under 6 → −1, from 6 → 1) unknown; a answered 0. The low end takes
    // the lowest accepted value of the first band, 1 (its minimum), where the rule fires:
    // (0 + −1) / 2 × 100 = −50 would be monolith, but the rule forces modular_monolith.
    // The high end takes 6: (0 + 1) / 2 × 100 = 50 → microservices, rule silent.
    let scorer = TestRubrics.scorer(
      [
        TestRubrics.lowMidHigh("a", weight: 1),
        TestRubrics.number("team", weight: 1, integer: true, minimum: 1, [(nil, 6, -1), (6, nil, 1)]),
      ],
      rules: [
        TestRubrics.rule(
          "solo", when: .numberIn(factor: "team", band: Band(atLeast: 1, below: 2)), force: "modular_monolith"
        )
      ])
    let report = scorer.score(Answers(values: ["a": .choice("mid")]))
    #expect(report.range.low == -50)
    #expect(report.range.high == 50)
    #expect(report.range.lowVerdict == "modular_monolith")
    #expect(report.range.highVerdict == "microservices")
  }

  @Test func rangeCompletionOfAWholeNumberBandRoundsUp() {
    // n (whole, at least 0; under 2.5 → −1, from 2.5 → 1) unknown. The high band's lowest
    // accepted value is 3, where the rule forces modular_monolith; the low end takes 0:
    // −1 × 100 = −100 → monolith.
    let scorer = TestRubrics.scorer(
      [TestRubrics.number("n", weight: 1, integer: true, minimum: 0, [(nil, 2.5, -1), (2.5, nil, 1)])],
      rules: [
        TestRubrics.rule(
          "three", when: .numberIn(factor: "n", band: Band(atLeast: 3, below: 4)), force: "modular_monolith")
      ])
    let report = scorer.score(Answers())
    #expect(report.range.lowVerdict == "monolith")
    #expect(report.range.highVerdict == "modular_monolith")
  }

  @Test func rangeCompletionOfASetTakesOptionsInRubricOrder() {
    // s (options a, b, c; 0–1 held → −1, 2–3 → 1) unknown, m answered 0. The high end holds
    // two options, the first two: a and b, so the cap fires: (0 + 1) / 2 × 100 = 50 would be
    // microservices, capped to modular_monolith. The low end holds none: −50 → monolith.
    let scorer = TestRubrics.scorer(
      [
        TestRubrics.lowMidHigh("m", weight: 1),
        TestRubrics.set("s", weight: 1, options: ["a", "b", "c"], counts: [(0, 2, -1), (2, 4, 1)]),
      ],
      rules: [
        TestRubrics.rule("ab", when: .hasAll(factor: "s", options: ["a", "b"]), cap: "modular_monolith")
      ])
    let report = scorer.score(Answers(values: ["m": .choice("mid")]))
    #expect(report.range.low == -50)
    #expect(report.range.high == 50)
    #expect(report.range.lowVerdict == "monolith")
    #expect(report.range.highVerdict == "modular_monolith")
  }

  @Test func rangeVerdictsApplyRulesInDeclaredOrder() {
    // a unknown (low −1, high 1). Once a is answered, the first rule forces microservices and the
    // second caps it back to modular_monolith, at both ends of the range. In the other order the
    // force would win.
    let answered = Condition.answered(factor: "a", true)
    let rules = [
      TestRubrics.rule("force", when: answered, force: "microservices"),
      TestRubrics.rule("cap", when: answered, cap: "modular_monolith"),
    ]
    let report = TestRubrics.scorer([TestRubrics.lowMidHigh("a", weight: 1)], rules: rules).score(Answers())
    #expect(report.range.lowVerdict == "modular_monolith")
    #expect(report.range.highVerdict == "modular_monolith")
    let reversed = TestRubrics.scorer([TestRubrics.lowMidHigh("a", weight: 1)], rules: rules.reversed())
      .score(Answers())
    #expect(reversed.range.lowVerdict == "microservices")
    #expect(reversed.range.highVerdict == "microservices")
  }

  @Test func anEqualLeanTieGoesToTheFirstOptionInRubricOrder() {
    // b unknown with x and y both at −1: the low end takes x, where the rule forces
    // modular_monolith (y alone would score −100, monolith).
    let scorer = TestRubrics.scorer(
      [TestRubrics.choice("b", weight: 1, [("z", 1), ("x", -1), ("y", -1)])],
      rules: [TestRubrics.rule("x", when: .choiceIs(factor: "b", options: ["x"]), force: "modular_monolith")])
    let report = scorer.score(Answers())
    #expect(report.range.low == -100)
    #expect(report.range.lowVerdict == "modular_monolith")
  }
}
