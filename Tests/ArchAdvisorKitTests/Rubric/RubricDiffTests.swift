import Testing

@testable import ArchAdvisorKit

/// `RubricDiff` on tiny rubrics: each kind of change found exactly once, nothing found between
/// equal rubrics, and the verdicts of examples and cases that move.
@Suite struct RubricDiffTests {
  /// `a` (weight 1) and `b` (weight 1), both low −1 / mid 0 / high +1; one caveat rule.
  static let base = TestRubrics.rubric(
    [TestRubrics.lowMidHigh("a", weight: 1), TestRubrics.lowMidHigh("b", weight: 1)],
    rules: [TestRubrics.rule("warn", when: .choiceIs(factor: "a", options: ["high"]), caveat: "Careful.")],
    examples: [
      RubricExample(
        name: "a high, b mid", answers: Answers(values: ["a": .choice("high"), "b": .choice("mid")]),
        expect: "microservices")
    ])

  static func decision(_ id: String, chose: String, _ answers: [String: Answer], heldAside: Bool = false)
    -> DecisionCase
  {
    DecisionCase(
      id: id, name: "Case \(id)", organisation: "Org", year: 2024, system: "A system", kind: .general,
      chose: chose, path: .deliberate, outcome: "It went fine.",
      source: CaseSource(title: "A talk", url: "https://example.com/\(id)"),
      answers: Answers(values: answers),
      notes: [:], heldAside: heldAside)
  }

  @Test func equalRubricsHaveNoChangesAndNoMoves() {
    let diff = RubricDiff(
      old: Self.base, new: Self.base, cases: [Self.decision("c1", chose: "monolith", ["a": .choice("low")])])
    #expect(diff.changes.isEmpty)
    #expect(diff.isEmpty)
    #expect(diff.exampleMoves.isEmpty)
    #expect(diff.caseMoves.isEmpty)
    #expect(diff.examplesScored == 1)
    #expect(diff.casesScored == 1)
    #expect(diff.oldAgreement == diff.newAgreement)
  }

  @Test func aWeightChangeIsOneChangeWithBothWeights() {
    var new = Self.base
    new.factors[1].weight = 3
    let diff = RubricDiff(old: Self.base, new: new)
    #expect(diff.changes == [RubricDiff.Change(.factor("b"), .weight, old: .number(1), new: .number(3))])
    #expect(diff.changes.first?.section == .factors)
  }

  @Test func anAddedOptionIsOneChangeCarryingTheOption() {
    var new = Self.base
    let extreme = ChoiceOption(id: "extreme", label: "EXTREME", lean: 0.5, reason: "a is extreme")
    guard case .choice(var options) = new.factors[0].kind else {
      Issue.record("a is a choice factor")
      return
    }
    options.append(extreme)
    new.factors[0].kind = .choice(options)
    let diff = RubricDiff(old: Self.base, new: new)
    #expect(
      diff.changes == [
        RubricDiff.Change(
          .option(factor: "a", option: "extreme"), .added, old: nil, new: .choiceOption(extreme))
      ])
  }

  @Test func aRemovedRuleIsOneChangeCarryingTheRule() {
    var new = Self.base
    let rule = new.rules.removeFirst()
    let diff = RubricDiff(old: Self.base, new: new)
    #expect(diff.changes == [RubricDiff.Change(.rule("warn"), .removed, old: .rule(rule), new: nil)])
    #expect(diff.changes.first?.section == .rules)
  }

  @Test func aMovedBandEdgeChangesTheTwoBandsThatMeetThere() {
    var new = Self.base
    new.verdicts[0].band.below = -10
    new.verdicts[1].band.atLeast = -10
    let diff = RubricDiff(old: Self.base, new: new)
    #expect(
      diff.changes == [
        RubricDiff.Change(
          .verdict("monolith"), .band, old: .band(Band(atLeast: -100, below: -20)),
          new: .band(Band(atLeast: -100, below: -10))),
        RubricDiff.Change(
          .verdict("modular_monolith"), .band, old: .band(Band(atLeast: -20, below: 20)),
          new: .band(Band(atLeast: -10, below: 20))),
      ])
  }

  @Test func aRuleFieldChangeNamesTheField() {
    var new = Self.base
    new.rules[0].cap = "modular_monolith"
    new.rules[0].condition = .choiceIs(factor: "a", options: ["mid", "high"])
    let diff = RubricDiff(old: Self.base, new: new)
    #expect(
      diff.changes == [
        RubricDiff.Change(
          .rule("warn"), .condition, old: .condition(.choiceIs(factor: "a", options: ["high"])),
          new: .condition(.choiceIs(factor: "a", options: ["mid", "high"]))),
        RubricDiff.Change(.rule("warn"), .cap, old: nil, new: .text("modular_monolith")),
      ])
  }

  @Test func metadataFactorsAndOrderAreFound() {
    var new = Self.base
    new.version = "0.2.0"
    new.schemaVersion = 2
    new.factors.swapAt(0, 1)
    new.factors[0].dimension = .readiness
    let removed = new.factors.removeLast()
    let added = TestRubrics.lowMidHigh("c", weight: 2)
    new.factors.append(added)
    let diff = RubricDiff(old: Self.base, new: new)
    #expect(
      diff.changes == [
        RubricDiff.Change(.rubric, .schema, old: .number(1), new: .number(2)),
        RubricDiff.Change(.rubric, .version, old: .text("0.1.0"), new: .text("0.2.0")),
        RubricDiff.Change(.factor("a"), .removed, old: .factor(removed), new: nil),
        RubricDiff.Change(.factor("c"), .added, old: nil, new: .factor(added)),
        RubricDiff.Change(.factor("b"), .dimension, old: .text("need"), new: .text("readiness")),
      ])
    // The order of the factors both hold did not change: only one of them is left.
    #expect(!diff.changes.contains { $0.aspect == .factorOrder })
    var reordered = Self.base
    reordered.factors.swapAt(0, 1)
    #expect(
      RubricDiff(old: Self.base, new: reordered).changes == [
        RubricDiff.Change(.rubric, .factorOrder, old: .ids(["a", "b"]), new: .ids(["b", "a"]))
      ])
  }

  @Test func bandReasonsAloneAreProseChanges() {
    let old = TestRubrics.rubric([
      TestRubrics.number("team", weight: 1, [(nil, 6, -1), (6, nil, 1)])
    ])
    var reworded = old
    var shifted = old
    guard case .number(var spec) = old.factors[0].kind else {
      Issue.record("team is a number factor")
      return
    }
    spec.bands[0].reason = "Few people."
    reworded.factors[0].kind = .number(spec)
    spec.bands[0].band.below = 8
    spec.bands[1].band.atLeast = 8
    shifted.factors[0].kind = .number(spec)
    let rewordedChanges = RubricDiff(old: old, new: reworded).changes
    #expect(rewordedChanges.map(\.aspect) == [.bandReasons])
    #expect(rewordedChanges.first?.aspect.isProse == true)
    #expect(RubricDiff(old: old, new: shifted).changes.map(\.aspect) == [.bands])
  }

  @Test func examplesAndCasesWhoseVerdictMovesAreListedWithBothOutcomes() {
    // Old: "a high, b mid" = (1 + 0) / 2 × 100 = +50 → microservices. New, with b weighing 3:
    // (1 + 0) / 4 × 100 = +25 → still microservices; with a weighing 0.001 it is ~0 → modular.
    var new = Self.base
    new.factors[0].weight = 0.001
    let cases = [
      Self.decision("c1", chose: "microservices", ["a": .choice("high")]),
      Self.decision("c2", chose: "monolith", ["b": .choice("low")]),
      Self.decision("c1", chose: "monolith", ["a": .choice("low")]),
    ]
    let diff = RubricDiff(old: Self.base, new: new, cases: cases)
    #expect(diff.examplesScored == 1)
    #expect(
      diff.exampleMoves == [
        RubricDiff.VerdictMove(
          id: "a high, b mid", name: nil, expected: "microservices",
          old: .init(verdict: "microservices", score: 50), new: .init(verdict: "modular_monolith", score: 0.1)
        )
      ])
    // The repeated id c1 is scored once, as first given; c2 (b low) stays a monolith.
    #expect(diff.casesScored == 2)
    #expect(
      diff.caseMoves == [
        RubricDiff.VerdictMove(
          id: "c1", name: "Case c1", expected: "microservices",
          old: .init(verdict: "microservices", score: 50), new: .init(verdict: "modular_monolith", score: 0.1)
        )
      ])
    #expect(diff.oldAgreement?.all.agreeing == 2)
    #expect(diff.oldAgreement?.all.total == 2)
    #expect(diff.newAgreement?.all.agreeing == 1)
  }

  @Test func anExampleOnlyOneRubricHasIsScoredWithBoth() {
    var new = Self.base
    new.examples = []
    new.factors.removeFirst()
    new.rules = []
    // Without `a`, its answer is ignored: only b mid is left, 0 → modular_monolith.
    let diff = RubricDiff(old: Self.base, new: new)
    #expect(diff.examplesScored == 1)
    #expect(diff.exampleMoves.map(\.id) == ["a high, b mid"])
    #expect(diff.exampleMoves.first?.new.verdict == "modular_monolith")
    #expect(diff.changes.contains { $0.subject == .example("a high, b mid") && $0.aspect == .removed })
    #expect(diff.oldAgreement == nil && diff.newAgreement == nil)
  }

  @Test func theVersionOneDefaultAgainstTheCurrentOne() throws {
    let old = try RubricLoader().load(
      try RubricFixture.bytes("genai-architecture-v1.json"), file: "genai-architecture-v1.json")
    let new = try RubricLoader().load(DefaultRubric.bytes, file: DefaultRubric.fileName)
    let library = try CaseLibraryLoader(rubric: new).load(DefaultCaseLibrary.bytes, file: nil)
    let diff = RubricDiff(old: old, new: new, cases: library.cases)
    #expect(
      diff.changes.contains(RubricDiff.Change(.rubric, .version, old: .text("1.0.0"), new: .text("2.0.1"))))
    #expect(
      diff.changes.contains(
        RubricDiff.Change(.factor("skills"), .dimension, old: .text("need"), new: .text("readiness"))))
    #expect(diff.changes.contains { $0.subject == .rule("own-model-servers") && $0.aspect == .added })
    #expect(diff.changes.contains { $0.subject == .verdict("microservices") && $0.aspect == .band })
    #expect(diff.examplesScored == 19)
    #expect(diff.casesScored == library.cases.count)
    #expect(!diff.exampleMoves.isEmpty || !diff.caseMoves.isEmpty)
    #expect(diff.newAgreement?.all.total == library.cases.count)
  }
}
