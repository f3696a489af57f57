@testable import ArchAdvisorKit

/// Documented decisions made up for the evidence tests: only the fields the tests read differ.
enum EvidenceTestCases {
  static func decision(
    _ id: String, chose: String, kind: DecisionCase.Kind = .general, heldAside: Bool = false,
    _ answers: [String: Answer]
  ) -> DecisionCase {
    DecisionCase(
      id: id, name: "Case \(id)", organisation: "Org \(id)", year: 2020, system: "a system", kind: kind,
      chose: chose, path: .deliberate, outcome: "It went well.",
      source: CaseSource(title: "How \(id) decided", url: "https://example.org/\(id)"),
      answers: Answers(values: answers), notes: answers.mapValues { "the source on \($0.displayText)" },
      heldAside: heldAside)
  }

  /// Factors `a` and `b` (weight 1 each, low −1, mid 0, high +1); the rule `a-high` caps the
  /// verdict at the modular monolith when `a` is high, and `b-low` only adds a caveat when `b` is
  /// low. The examples: both high (100 → microservices, capped), both mid (0, no rule).
  static let scorer = TestRubrics.scorer(
    [TestRubrics.lowMidHigh("a", weight: 1), TestRubrics.lowMidHigh("b", weight: 1)],
    rules: [
      TestRubrics.rule("a-high", when: .choiceIs(factor: "a", options: ["high"]), cap: "modular_monolith"),
      TestRubrics.rule("b-low", when: .choiceIs(factor: "b", options: ["low"]), caveat: "b is low"),
    ],
    examples: [
      RubricExample(
        name: "both high", answers: Answers(values: ["a": .choice("high"), "b": .choice("high")]),
        expect: "modular_monolith"),
      RubricExample(
        name: "both mid", answers: Answers(values: ["a": .choice("mid"), "b": .choice("mid")]),
        expect: "modular_monolith"),
    ],
    options: .init(includeFlips: false, robustness: nil))

  /// Three cases: `a` high and `b` mid (50, capped), `a` high alone (50, capped), `b` high alone
  /// (50 → microservices, no rule).
  static let cases = [
    decision("one", chose: "microservices", ["a": .choice("high"), "b": .choice("mid")]),
    decision("two", chose: "modular_monolith", kind: .generativeAI, heldAside: true, ["a": .choice("high")]),
    decision("three", chose: "microservices", kind: .modelServing, ["b": .choice("high")]),
  ]
}
