import Testing

@testable import ArchAdvisorKit

/// One test per branch of the confidence definition (see ``Scorer``).
@Suite struct ConfidenceTests {
  @Test func highWhenAllIsAnsweredAndFarFromAnEdge() {
    // (1 + 1) / 2 × 100 = 100, in microservices (from 20): 80 points from its only counted edge.
    let scorer = TestRubrics.scorer([
      TestRubrics.lowMidHigh("a", weight: 1), TestRubrics.lowMidHigh("b", weight: 1),
    ])
    let report = scorer.score(Answers(values: ["a": .choice("high"), "b": .choice("high")]))
    #expect(report.confidence.level == .high)
    #expect(
      report.confidence.explanation
        == "All 2 factors are answered; the score is 80.0 points from the Modular monolith band.")
  }

  @Test func lowWhenTheVerdictChangesAcrossTheRange() {
    // a answered 1, b (weight 1, −1 … 1) unknown (neutral 0): score 50; low (1 − 1) / 2 × 100 = 0 →
    // modular_monolith, high 100 → microservices. Half the weight is answered: not under half.
    let scorer = TestRubrics.scorer([
      TestRubrics.lowMidHigh("a", weight: 1), TestRubrics.lowMidHigh("b", weight: 1),
    ])
    let report = scorer.score(Answers(values: ["a": .choice("high")]))
    #expect(report.confidence.level == .low)
    #expect(
      report.confidence.explanation
        == "1 of 2 factors is unknown (50% of the weight, more than a quarter) and the verdict changes across its"
        + " range (Modular monolith at the low end, Microservices at the high end); the score is 30.0 points from"
        + " the Modular monolith band.")
  }

  @Test func lowWhenLessThanHalfTheWeightIsAnswered() {
    // a (weight 1) answered 1; b (weight 2, leans 0.9 and 1) unknown, counting with the lean
    // nearest 0, 0.9. Score = low = (1 + 1.8) / 3 × 100 = 93.3, high 100: microservices
    // throughout, but only 1 of 3 weight is answered.
    let scorer = TestRubrics.scorer([
      TestRubrics.lowMidHigh("a", weight: 1),
      TestRubrics.choice("b", weight: 2, [("most", 0.9), ("all", 1)]),
    ])
    let report = scorer.score(Answers(values: ["a": .choice("high")]))
    #expect(report.range.verdictHolds)
    #expect(report.confidence.level == .low)
    #expect(
      report.confidence.explanation
        == "1 of 2 factors is unknown (66.7% of the weight, more than half) and the verdict holds across its range;"
        + " the score is 73.3 points from the Modular monolith band.")
  }

  @Test func oneAnswerAgainstAHeavierUnknownStaysLowAndInsideItsRange() {
    // a (weight 1) answered 1; b (weight 3, leans −1 and −0.8) unknown, counting with −0.8:
    // score = high = (1 − 2.4) / 4 × 100 = −35, low (1 − 3) / 4 × 100 = −50, both monolith.
    // (Under v1 the answered factor alone said 100, microservices, outside its own range.)
    let scorer = TestRubrics.scorer([
      TestRubrics.lowMidHigh("a", weight: 1),
      TestRubrics.choice("b", weight: 3, [("down", -1), ("less", -0.8)]),
    ])
    let report = scorer.score(Answers(values: ["a": .choice("high")]))
    #expect(report.score == -35)
    #expect(report.verdict.id == "monolith")
    #expect(report.range.verdictHolds)
    #expect(report.confidence.level == .low)
    #expect(
      report.confidence.explanation
        == "1 of 2 factors is unknown (75% of the weight, more than half) and the verdict holds across its range;"
        + " the verdict holds in only 50 of 64 re-weightings; the score is 15.0 points from the"
        + " Modular monolith band.")
  }

  @Test func mediumWhenTheScoreIsNearAnEdge() {
    // One factor leaning 0.125: score 12.5 in −20 ..< 20, 7.5 points from 20.
    let scorer = TestRubrics.scorer([TestRubrics.choice("a", weight: 1, [("slight", 0.125)])])
    let report = scorer.score(Answers(values: ["a": .choice("slight")]))
    #expect(report.confidence.level == .medium)
    #expect(
      report.confidence.explanation
        == "The one factor is answered; the score is 7.5 points from the Microservices band.")
  }

  @Test func tenPointsFromAnEdgeCountsAsNear() {
    // −0.1 × 100 = −10: exactly 10 points from −20.
    let scorer = TestRubrics.scorer([TestRubrics.choice("a", weight: 1, [("slight", -0.1)])])
    let report = scorer.score(Answers(values: ["a": .choice("slight")]))
    #expect(report.confidence.level == .medium)
    #expect(report.confidence.explanation.hasSuffix("the score is 10.0 points from the Monolith band."))
  }

  @Test func tenAndAHalfPointsFromAnEdgeIsFarEnough() {
    // 0.095 × 100 = 9.5: 10.5 points from 20 and 29.5 from −20.
    let scorer = TestRubrics.scorer([TestRubrics.choice("a", weight: 1, [("slight", 0.095)])])
    let report = scorer.score(Answers(values: ["a": .choice("slight")]))
    #expect(report.confidence.level == .high)
    #expect(report.confidence.explanation.hasSuffix("the score is 10.5 points from the Microservices band."))
  }

  @Test func mediumWhenMoreThanAQuarterOfTheWeightIsUnknown() {
    // a (weight 2) answered 1; b (weight 1, leans 0.5 and 1) unknown, counting with 0.5. Score =
    // low = (2 + 0.5) / 3 × 100 = 83.3 → microservices throughout; 2 of 3 answered.
    let scorer = TestRubrics.scorer([
      TestRubrics.lowMidHigh("a", weight: 2),
      TestRubrics.choice("b", weight: 1, [("half", 0.5), ("all", 1)]),
    ])
    let report = scorer.score(Answers(values: ["a": .choice("high")]))
    #expect(report.confidence.level == .medium)
    #expect(
      report.confidence.explanation
        == "1 of 2 factors is unknown (33.3% of the weight, more than a quarter) and the verdict holds across its"
        + " range; the score is 63.3 points from the Modular monolith band.")
  }

  @Test func aQuarterUnknownIsNotMoreThanAQuarter() {
    // a (weight 3) answered 1; b (weight 1, leans 0.5 and 1) unknown: exactly a quarter unknown.
    // low (3 + 0.5) / 4 × 100 = 87.5 → microservices throughout.
    let scorer = TestRubrics.scorer([
      TestRubrics.lowMidHigh("a", weight: 3),
      TestRubrics.choice("b", weight: 1, [("half", 0.5), ("all", 1)]),
    ])
    let report = scorer.score(Answers(values: ["a": .choice("high")]))
    #expect(report.confidence.level == .high)
    #expect(
      report.confidence.explanation.hasPrefix(
        "1 of 2 factors is unknown (25% of the weight) and the verdict holds"))
  }

  @Test func edgesAtPlusAndMinus100DoNotCount() {
    // −0.95 × 100 = −95 in −100 ..< −20: 5 points from −100, which does not count; 75 from −20.
    let scorer = TestRubrics.scorer([TestRubrics.choice("a", weight: 1, [("down", -0.95), ("up", 0.95)])])
    let low = scorer.score(Answers(values: ["a": .choice("down")]))
    #expect(low.confidence.level == .high)
    #expect(low.confidence.explanation.hasSuffix("the score is 75.0 points from the Modular monolith band."))
    // A last band closed at 101 (so that 100 is in it): its top edge does not count either.
    var verdicts = TestRubrics.verdicts
    verdicts[2].band = Band(atLeast: 20, below: 101)
    let closed = Scorer(rubric: TestRubrics.rubric(scorer.rubric.factors, verdicts: verdicts))
    let high = closed.score(Answers(values: ["a": .choice("up")]))
    #expect(high.confidence.level == .high)
    #expect(high.confidence.explanation.hasSuffix("the score is 75.0 points from the Modular monolith band."))
  }
}

extension ConfidenceTests {
  @Test func nothingAnsweredSaysAllAreUnknownWithoutAShareOfTheWeight() throws {
    let report = Scorer(rubric: try RubricLoader().load(DefaultRubric.bytes, file: nil)).score(Answers())
    #expect(report.confidence.level == .low)
    #expect(
      report.confidence.explanation.hasPrefix(
        "All 12 factors are unknown and the verdict changes across their range (Monolith at the low end, Microservices at the high end)"
      ), "\(report.confidence.explanation)")
    #expect(!report.confidence.explanation.contains("100%"))
  }
}
