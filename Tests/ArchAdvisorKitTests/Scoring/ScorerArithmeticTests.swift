import Testing

@testable import ArchAdvisorKit

/// The score, contributions, leans and reasons, on rubrics small enough to work out by hand.
@Suite struct ScorerArithmeticTests {
  /// a (weight 3) and b (weight 1), each with options low −1, mid 0, high 1 — plus `half` (0.5)
  /// on a.
  let scorer = TestRubrics.scorer([
    TestRubrics.choice("a", weight: 3, [("low", -1), ("half", 0.5), ("high", 1)]),
    TestRubrics.lowMidHigh("b", weight: 1),
  ])

  @Test func scoreIsTheWeightedMeanOfTheLeansTimes100() {
    // (3 × 0.5 + 1 × −1) / (3 + 1) × 100 = (1.5 − 1) / 4 × 100 = 12.5
    let report = scorer.score(Answers(values: ["a": .choice("half"), "b": .choice("low")]))
    #expect(report.score == 12.5)
    // 12.5 lies in −20 ..< 20.
    #expect(report.verdict.id == "modular_monolith")
    #expect(report.scoreVerdict.id == "modular_monolith")
  }

  @Test func contributionsAddUpToTheScore() throws {
    // a: 3 × 0.5 / 4 × 100 = 37.5; b: 1 × −1 / 4 × 100 = −25; 37.5 − 25 = 12.5.
    let report = scorer.score(Answers(values: ["a": .choice("half"), "b": .choice("low")]))
    let a = try #require(report.factor("a"))
    let b = try #require(report.factor("b"))
    #expect(a.contribution == 37.5)
    #expect(b.contribution == -25)
    #expect(a.lean == 0.5)
    #expect(b.lean == -1)
    #expect(a.weight == 3)
    #expect(a.reason == "a is half")
    #expect(b.reason == "b is low")
    #expect(a.answer == .choice("half"))
    #expect(nearlyEqual(a.contribution + b.contribution, report.score))
  }

  @Test func unknownFactorsCountAsNeutral() throws {
    // c (weight 2) is not answered and counts with its neutral lean 0, over every weight:
    // (1.5 − 1 + 0) / 6 × 100 = 8.333… → 8.3 as shown.
    let scorer = TestRubrics.scorer([
      TestRubrics.choice("a", weight: 3, [("low", -1), ("half", 0.5), ("high", 1)]),
      TestRubrics.lowMidHigh("b", weight: 1),
      TestRubrics.choice("c", weight: 2, [("low", -1), ("half", 0.5), ("high", 1)]),
    ])
    let report = scorer.score(Answers(values: ["a": .choice("half"), "b": .choice("low")]))
    #expect(report.score == 8.3)
    let c = try #require(report.factor("c"))
    #expect(c.answer == nil)
    #expect(c.lean == 0)
    #expect(c.contribution == 0)
    // Answering c moves the score by its share of the weight, 2/6, times its lean − 0:
    // −33.3 (low) … +33.3 (high); one answer alone can never move it further.
    #expect(c.reason == "Could move the score between \u{2212}33.3 and +33.3.")
  }

  @Test func nothingAnsweredScoresZero() throws {
    let report = scorer.score(Answers())
    #expect(report.score == 0)
    #expect(report.scoreVerdict.id == "modular_monolith")
    #expect(report.factors.allSatisfy { $0.contribution == 0 && $0.answer == nil })
    // With nothing answered, answering a alone moves the score by its share of the weight, 3/4.
    let a = try #require(report.factor("a"))
    #expect(a.reason == "Could move the score between \u{2212}75.0 and +75.0.")
  }

  @Test(arguments: [
    // Bands: under 3 → −1, 3 to under 10 → 0.25, at least 10 → 1; one factor, so score = lean × 100.
    (2.999, -100.0),
    (3, 25),  // atLeast is inclusive
    (9.999, 25),
    (10, 100),  // below is exclusive
    (-1e9, -100),  // open lower end
    (1e9, 100),  // open upper end
  ])
  func numberBandsAreHalfOpen(value: Double, expected: Double) throws {
    let scorer = TestRubrics.scorer([
      TestRubrics.number("n", weight: 1, [(nil, 3, -1), (3, 10, 0.25), (10, nil, 1)])
    ])
    let report = scorer.score(Answers(values: ["n": .number(value)]))
    #expect(report.score == expected)
    let band = try #require(report.factor("n"))
    #expect(band.answer == .number(value))
  }

  @Test func numberReasonIsTheBandsReason() throws {
    let scorer = TestRubrics.scorer([
      TestRubrics.number("n", weight: 1, [(nil, 3, -1), (3, 10, 0.25), (10, nil, 1)])
    ])
    let report = scorer.score(Answers(values: ["n": .number(3)]))
    #expect(try #require(report.factor("n")).reason == "n: 3 to under 10")
  }

  /// Counts: 0 → −1, 1 to 2 → −0.2, 3 to 4 → 0.6; one factor, so score = lean × 100.
  static let setCases: [([String], Double)] = [
    ([], -100),
    (["b"], -20),
    (["a", "d"], -20),
    (["d", "a"], -20),  // order does not matter
    (["a", "b", "c"], 60),
    (["a", "b", "c", "d"], 60),
  ]

  @Test(arguments: setCases)
  func setLeansByHowManyOptionsAreHeld(held: [String], expected: Double) {
    let scorer = TestRubrics.scorer([
      TestRubrics.set(
        "s", weight: 1, options: ["a", "b", "c", "d"], counts: [(0, 1, -1), (1, 3, -0.2), (3, 5, 0.6)])
    ])
    let report = scorer.score(Answers(values: ["s": .set(held)]))
    #expect(nearlyEqual(report.score, expected))
  }

  @Test func setReasonIsTheCountBandsReason() throws {
    let scorer = TestRubrics.scorer([
      TestRubrics.set(
        "s", weight: 1, options: ["a", "b", "c", "d"], counts: [(0, 1, -1), (1, 3, -0.2), (3, 5, 0.6)])
    ])
    let report = scorer.score(Answers(values: ["s": .set(["a", "c"])]))
    #expect(try #require(report.factor("s")).reason == "s count: 1 to under 3")
  }

  @Test(arguments: [
    Answer.choice("nope"),  // no such option
    .number(1),  // wrong kind
    .set(["low"]),  // wrong kind
  ])
  func anUnfittingChoiceAnswerCountsAsUnknown(answer: Answer) throws {
    // b alone: 1 × 1 / (3 + 1) × 100 = 25; a counts as unknown, with its neutral lean 0.
    let report = scorer.score(Answers(values: ["a": answer, "b": .choice("high")]))
    #expect(report.score == 25)
    #expect(try #require(report.factor("a")).answer == nil)
  }

  @Test(arguments: [Double.nan, .infinity, 50])
  func anUnfittingNumberCountsAsUnknown(value: Double) throws {
    // The only band is 0 ..< 10, so 50 is in none; NaN and infinity are not numbers a band holds.
    // n counts as unknown, with the lean nearest 0 it can give, its only one: 1. So the score is
    // (1 × 1 + 1 × −1) / 2 × 100 = 0, and the range is 0 … 0 on n's side.
    let scorer = TestRubrics.scorer([
      TestRubrics.number("n", weight: 1, [(0, 10, 1)]), TestRubrics.lowMidHigh("b", weight: 1),
    ])
    let report = scorer.score(Answers(values: ["n": .number(value), "b": .choice("low")]))
    #expect(report.score == 0)
    #expect(report.range.low == 0 && report.range.high == 0)
    #expect(try #require(report.factor("n")).answer == nil)
  }

  @Test func aSetWithAnUnknownOptionCountsAsUnknown() throws {
    let scorer = TestRubrics.scorer([
      TestRubrics.set("s", weight: 1, options: ["a", "b"], counts: [(0, 3, 1)]),
      TestRubrics.lowMidHigh("b", weight: 1),
    ])
    let report = scorer.score(Answers(values: ["s": .set(["a", "zzz"]), "b": .choice("low")]))
    // s counts as unknown with its only lean, 1: (1 − 1) / 2 × 100 = 0.
    #expect(report.score == 0)
    #expect(try #require(report.factor("s")).answer == nil)
  }

  @Test func reportCarriesTheNameRubricAndEveryFactorInRubricOrder() {
    let report = scorer.score(Answers(name: "Search", values: ["b": .choice("high")]))
    #expect(report.name == "Search")
    #expect(report.rubricID == "test")
    #expect(report.rubricVersion == "0.1.0")
    #expect(report.factors.map(\.id) == ["a", "b"])
    #expect(report.factors.map(\.question) == ["What is a?", "What is b?"])
  }

  @Test func answersForFactorsTheRubricLacksAreIgnored() {
    let report = scorer.score(Answers(values: ["b": .choice("high"), "zzz": .number(3)]))
    #expect(report.score == 25)
    #expect(report.factors.count == 2)
  }

  @Test(arguments: [
    // −0.15 × 100 = −15 falls in the gap −20 ..< −10: the band below it, monolith, holds it.
    (-0.15, "monolith"),
    (-0.1, "modular_monolith"),  // −10 starts the middle band
    (0.5, "microservices"),
  ])
  func verdictBandsWithAGapStillGiveTheBandBelow(lean: Double, expected: String) {
    // A validated rubric cannot have this gap; the scorer must still answer sensibly.
    var verdicts = TestRubrics.verdicts
    verdicts[1].band = Band(atLeast: -10, below: 20)
    let scorer = Scorer(
      rubric: TestRubrics.rubric([TestRubrics.choice("a", weight: 1, [("x", lean)])], verdicts: verdicts))
    #expect(scorer.score(Answers(values: ["a": .choice("x")])).verdict.id == expected)
  }
}
