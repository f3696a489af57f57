import Testing

@testable import ArchAdvisorKit

/// `rubric check`'s scoring of the rubric's own examples.
@Suite struct ExampleCheckTests {
  @Test func reportsOnlyTheExamplesWhoseVerdictDiffers() {
    // a and b (weight 1, low −1 … high 1).
    // "split": (1 + 1) / 2 × 100 = 100 → microservices, as expected.
    // "wrong": (1 + 0) / 2 × 100 = 50 → microservices, but the author expects monolith.
    // "forced": −100 → monolith, forced to modular_monolith by the rule, as expected.
    let scorer = TestRubrics.scorer(
      [TestRubrics.lowMidHigh("a", weight: 1), TestRubrics.lowMidHigh("b", weight: 1)],
      rules: [
        TestRubrics.rule(
          "force",
          when: .all([.choiceIs(factor: "a", options: ["low"]), .choiceIs(factor: "b", options: ["low"])]),
          force: "modular_monolith")
      ],
      examples: [
        RubricExample(
          name: "split", answers: Answers(values: ["a": .choice("high"), "b": .choice("high")]),
          expect: "microservices"),
        RubricExample(
          name: "wrong", answers: Answers(values: ["a": .choice("high"), "b": .choice("mid")]),
          expect: "monolith"),
        RubricExample(
          name: "forced", answers: Answers(values: ["a": .choice("low"), "b": .choice("low")]),
          expect: "modular_monolith"),
      ])
    #expect(
      scorer.checkExamples() == [
        ExampleMismatch(example: "wrong", expected: "monolith", actual: "microservices", score: 50)
      ])
  }

  @Test func aRubricWhoseExamplesAllMatchHasNoMismatches() {
    let scorer = TestRubrics.scorer(
      [TestRubrics.lowMidHigh("a", weight: 1)],
      examples: [
        RubricExample(name: "low", answers: Answers(values: ["a": .choice("low")]), expect: "monolith"),
        RubricExample(name: "unknown", answers: Answers(), expect: "modular_monolith"),
      ])
    #expect(scorer.checkExamples().isEmpty)
  }
}
