import Testing

@testable import ArchAdvisorKit

/// The flip search: the smallest answer changes that give another final verdict.
@Suite struct FlipTests {
  /// a (weight 1) and b (weight 2) with low −1, mid 0, high 1; c (weight 1) with low −1, high 1.
  static let factors = [
    TestRubrics.lowMidHigh("a", weight: 1),
    TestRubrics.lowMidHigh("b", weight: 2),
    TestRubrics.choice("c", weight: 1, [("low", -1), ("high", 1)]),
  ]

  /// (1 + 2 × 1 − 1) / 4 × 100 = 50 → microservices.
  static let answers = Answers(values: ["a": .choice("high"), "b": .choice("high"), "c": .choice("low")])

  func describe(_ flip: Flip) -> String {
    let changes = flip.changes.map { "\($0.factor): \($0.from?.displayText ?? "?")→\($0.to.displayText)" }
    return changes.joined(separator: " + ") + " ⇒ \(flip.verdict) \(ScoreText.number(flip.score))"
  }

  @Test func singleChangesNearestFirst() {
    // a → low:  (−1 + 2 − 1) / 4 × 100 = 0    modular_monolith, moves 50
    // a → mid:  (0 + 2 − 1) / 4 × 100 = 25    still microservices
    // b → low:  (1 − 2 − 1) / 4 × 100 = −50   monolith, moves 100
    // b → mid:  (1 + 0 − 1) / 4 × 100 = 0     modular_monolith, moves 50
    // c → high: (1 + 2 + 1) / 4 × 100 = 100   still microservices
    // a → low and b → mid tie at 50: rubric order puts a first.
    let report = TestRubrics.scorer(Self.factors).score(Self.answers)
    #expect(report.score == 50)
    #expect(
      report.flips.map(describe) == [
        "a: high→low ⇒ modular_monolith 0",
        "b: high→mid ⇒ modular_monolith 0",
        "b: high→low ⇒ monolith -50",
      ])
    #expect(
      report.flips.first
        == Flip(
          changes: [Flip.Change(factor: "a", from: .choice("high"), to: .choice("low"))],
          verdict: "modular_monolith", score: 0))
  }

  @Test func maxFlipsIsRespected() {
    let report = TestRubrics.scorer(Self.factors, options: .init(maxFlips: 2)).score(Self.answers)
    #expect(
      report.flips.map(describe) == ["a: high→low ⇒ modular_monolith 0", "b: high→mid ⇒ modular_monolith 0"])
    #expect(TestRubrics.scorer(Self.factors, options: .init(maxFlips: 0)).score(Self.answers).flips.isEmpty)
  }

  @Test func noFlipsWhenTurnedOff() {
    let report = TestRubrics.scorer(Self.factors, options: .init(includeFlips: false)).score(Self.answers)
    #expect(report.flips.isEmpty)
    // Everything else is the same.
    #expect(report.score == 50)
    #expect(report.verdict.id == "microservices")
  }

  @Test func atMostTwoFlipsPerFactor() {
    // One factor answered `top` (1): score 100. Every other option flips the verdict:
    // zero → 0 (moves 100), half → −50 (150), none → −100 (200). Only the two nearest are kept.
    let scorer = TestRubrics.scorer([
      TestRubrics.choice("d", weight: 1, [("none", -1), ("half", -0.5), ("zero", 0), ("top", 1)])
    ])
    let report = scorer.score(Answers(values: ["d": .choice("top")]))
    #expect(report.flips.map(describe) == ["d: top→zero ⇒ modular_monolith 0", "d: top→half ⇒ monolith -50"])
  }

  @Test func numberFlipsToTheNearestAcceptedValueInEachOtherBand() {
    // team: whole, at least 1; under 6 → −1, 6 to under 20 → 0, from 20 → 1. At 12 the score is 0.
    // The nearest accepted values in the other bands are 5 (−100, monolith) and 20 (100,
    // microservices); both move 100, so band order decides.
    let scorer = TestRubrics.scorer([
      TestRubrics.number(
        "team", weight: 1, integer: true, minimum: 1, [(nil, 6, -1), (6, 20, 0), (20, nil, 1)])
    ])
    let report = scorer.score(Answers(values: ["team": .number(12)]))
    #expect(report.flips.map(describe) == ["team: 12→5 ⇒ monolith -100", "team: 12→20 ⇒ microservices 100"])
  }

  @Test func fractionalNumberFlipsJustUnderAnOpenEnd() throws {
    // Not whole-numbered: the band under 6 is approached at 5.99.
    let scorer = TestRubrics.scorer([TestRubrics.number("load", weight: 1, [(nil, 6, -1), (6, nil, 1)])])
    let report = scorer.score(Answers(values: ["load": .number(10)]))
    let change = try #require(report.flips.first?.changes.first)
    guard case .number(let value) = change.to else {
      Issue.record("expected a number, got \(change.to)")
      return
    }
    #expect(nearlyEqual(value, 5.99))
    #expect(report.flips.first?.verdict == "monolith")
  }

  @Test func setFlipsAddOrDropOneOption() {
    // s (options a, b, c; 0–1 held → −1, 2–3 → 1) holds a; f (low, mid, high) is mid.
    // Score (−1 + 0) / 2 × 100 = −50 → monolith.
    // f → high: (−1 + 1) / 2 × 100 = 0 modular_monolith, moves 50; f → low: −100, no flip.
    // s drops a: still −1. s adds b or c: (1 + 0) / 2 × 100 = 50 microservices, moves 100.
    let scorer = TestRubrics.scorer([
      TestRubrics.set("s", weight: 1, options: ["a", "b", "c"], counts: [(0, 2, -1), (2, 4, 1)]),
      TestRubrics.lowMidHigh("f", weight: 1),
    ])
    let report = scorer.score(Answers(values: ["s": .set(["a"]), "f": .choice("mid")]))
    #expect(
      report.flips.map(describe) == [
        "f: mid→high ⇒ modular_monolith 0",
        "s: a→a, b ⇒ microservices 50",
        "s: a→a, c ⇒ microservices 50",
      ])
  }

  @Test func unknownFactorsFlipByBeingAnswered() {
    // a (weight 1) answered 1, b (weight 1) unknown and neutral: (1 + 0) / 2 × 100 = 50. Answering
    // b low gives (1 − 1) / 2 × 100 = 0 (modular_monolith); mid 50 and high 100 (no flip).
    let scorer = TestRubrics.scorer([
      TestRubrics.lowMidHigh("a", weight: 1), TestRubrics.lowMidHigh("b", weight: 1),
    ])
    let report = scorer.score(Answers(values: ["a": .choice("high")]))
    #expect(report.flips.map(describe).contains("b: ?→low ⇒ modular_monolith 0"))
    let answered = report.flips.first { $0.changes.first?.factor == "b" }
    #expect(answered?.changes == [Flip.Change(factor: "b", from: nil, to: .choice("low"))])
    // a → low alone gives −50 (moves 100), a → mid 0 (moves 50): b's flip, moving 50 too, comes
    // after a → mid in rubric order.
    #expect(
      report.flips.map(describe) == [
        "a: high→mid ⇒ modular_monolith 0", "b: ?→low ⇒ modular_monolith 0", "a: high→low ⇒ monolith -50",
      ])
  }

  @Test func aChangeARuleReadsCanFlipWithoutMovingTheScore() {
    // load (spiky 1 / steady −1) and stage (both 0): spiky prototype scores (1 + 0) / 2 × 100 = 50.
    // stage → production moves the score by 0, but the rule caps it to modular_monolith.
    // load → steady: (−1 + 0) / 2 × 100 = −50, monolith, moves 100.
    let scorer = TestRubrics.scorer(
      [
        TestRubrics.choice("load", weight: 1, [("steady", -1), ("spiky", 1)]),
        TestRubrics.choice("stage", weight: 1, [("prototype", 0), ("production", 0)]),
      ],
      rules: [
        TestRubrics.rule(
          "gate", when: .choiceIs(factor: "stage", options: ["production"]), cap: "modular_monolith")
      ])
    let report = scorer.score(Answers(values: ["load": .choice("spiky"), "stage": .choice("prototype")]))
    #expect(
      report.flips.map(describe) == [
        "stage: prototype→production ⇒ modular_monolith 50", "load: spiky→steady ⇒ monolith -50",
      ])
  }

  @Test func pairsWhenNoSingleChangeFlips() {
    // Three factors (low −1, high 1), all high: 100. One change: (1 + 1 − 1) / 3 × 100 = 33.3,
    // still microservices. Two: (1 − 1 − 1) / 3 × 100 = −33.3, monolith. All three pairs move the
    // score by 133.3; they come in rubric order.
    let factors = ["a", "b", "c"].map { TestRubrics.choice($0, weight: 1, [("low", -1), ("high", 1)]) }
    let report = TestRubrics.scorer(factors).score(
      Answers(values: ["a": .choice("high"), "b": .choice("high"), "c": .choice("high")]))
    #expect(
      report.flips.map(describe) == [
        "a: high→low + b: high→low ⇒ monolith -33.3",
        "a: high→low + c: high→low ⇒ monolith -33.3",
        "b: high→low + c: high→low ⇒ monolith -33.3",
      ])
    #expect(report.flips.allSatisfy { $0.changes.count == 2 })
  }

  @Test func pairsAreOnlyTriedWhenNoSingleChangeFlips() {
    // In the single-change rubric above, pairs (such as a and b both low) would also flip, but
    // single changes exist, so every flip has one change.
    let report = TestRubrics.scorer(Self.factors, options: .init(maxFlips: 20)).score(Self.answers)
    #expect(report.flips.count == 3)
    #expect(report.flips.allSatisfy { $0.changes.count == 1 })
  }

  @Test func atMostTwoFlipsPerPairOfFactors() {
    // a and b (weight 1): low −1, mid −0.4, high 1; both high: 100. A rule forces microservices
    // while either is high, so no single change flips (a → low alone scores 0 but is forced).
    let options: [(id: String, lean: Double)] = [("low", -1), ("mid", -0.4), ("high", 1)]
    let scorer = TestRubrics.scorer(
      [TestRubrics.choice("a", weight: 1, options), TestRubrics.choice("b", weight: 1, options)],
      rules: [
        TestRubrics.rule(
          "pin",
          when: .any([
            .choiceIs(factor: "a", options: ["high"]), .choiceIs(factor: "b", options: ["high"]),
          ]), force: "microservices")
      ])
    // Pairs: (mid, mid) → −40, (mid, low) and (low, mid) → −70, (low, low) → −100; all monolith.
    // Only the two nearest of this one pair of factors are kept.
    let report = scorer.score(Answers(values: ["a": .choice("high"), "b": .choice("high")]))
    #expect(
      report.flips.map(describe) == [
        "a: high→mid + b: high→mid ⇒ monolith -40",
        "a: high→low + b: high→mid ⇒ monolith -70",
      ])
  }
}
