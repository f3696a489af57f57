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

  @Test func unknownFactorsAreLeftOutOfTheMean() throws {
    // c (weight 2) is not answered: the mean stays (1.5 − 1) / 4 × 100 = 12.5.
    let scorer = TestRubrics.scorer([
      TestRubrics.choice("a", weight: 3, [("low", -1), ("half", 0.5), ("high", 1)]),
      TestRubrics.lowMidHigh("b", weight: 1),
      TestRubrics.choice("c", weight: 2, [("low", -1), ("half", 0.5), ("high", 1)]),
    ])
    let report = scorer.score(Answers(values: ["a": .choice("half"), "b": .choice("low")]))
    #expect(report.score == 12.5)
    let c = try #require(report.factor("c"))
    #expect(c.answer == nil)
    #expect(c.lean == 0)
    #expect(c.contribution == 0)
    // Answering c alone makes the denominator 4 + 2, so the score moves by 2/6 of the way to
    // lean × 100: 1/3 × (−100 − 12.5) = −37.5 and 1/3 × (100 − 12.5) = 29.1666… → +29.2.
    #expect(c.reason == "Not answered: could move the score between \u{2212}37.5 and +29.2.")
  }

  @Test func nothingAnsweredScoresZero() throws {
    let report = scorer.score(Answers())
    #expect(report.score == 0)
    #expect(report.scoreVerdict.id == "modular_monolith")
    #expect(report.factors.allSatisfy { $0.contribution == 0 && $0.answer == nil })
    // With nothing answered, answering a alone makes the score its lean × 100.
    let a = try #require(report.factor("a"))
    #expect(a.reason == "Not answered: could move the score between \u{2212}100 and +100.")
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
    // b alone: 1 × 1 / 1 × 100 = 100; a is left out.
    let report = scorer.score(Answers(values: ["a": answer, "b": .choice("high")]))
    #expect(report.score == 100)
    #expect(try #require(report.factor("a")).answer == nil)
  }

  @Test(arguments: [Double.nan, .infinity, 50])
  func anUnfittingNumberCountsAsUnknown(value: Double) throws {
    // The only band is 0 ..< 10, so 50 is in none; NaN and infinity are not numbers a band holds.
    let scorer = TestRubrics.scorer([
      TestRubrics.number("n", weight: 1, [(0, 10, 1)]), TestRubrics.lowMidHigh("b", weight: 1),
    ])
    let report = scorer.score(Answers(values: ["n": .number(value), "b": .choice("low")]))
    #expect(report.score == -100)
    #expect(try #require(report.factor("n")).answer == nil)
  }

  @Test func aSetWithAnUnknownOptionCountsAsUnknown() throws {
    let scorer = TestRubrics.scorer([
      TestRubrics.set("s", weight: 1, options: ["a", "b"], counts: [(0, 3, 1)]),
      TestRubrics.lowMidHigh("b", weight: 1),
    ])
    let report = scorer.score(Answers(values: ["s": .set(["a", "zzz"]), "b": .choice("low")]))
    #expect(report.score == -100)
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
    #expect(report.score == 100)
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
