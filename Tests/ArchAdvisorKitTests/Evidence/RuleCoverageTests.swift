import Testing

@testable import ArchAdvisorKit

/// `rubric check`'s rule coverage: on how many examples and cases each rule fires.
@Suite struct RuleCoverageTests {
  @Test func countsTheExamplesAndCasesEachRuleFiresOnAndNamesTheOneThatNeverDoes() {
    let coverage = EvidenceTestCases.scorer.ruleCoverage(cases: EvidenceTestCases.cases)
    #expect(coverage.exampleCount == 2)
    #expect(coverage.caseCount == 3)
    #expect(
      coverage.rules == [
        // "both high" (100, capped), cases one and two (50, capped): it changed all three.
        RuleCoverage.Entry(ruleID: "a-high", examples: 1, cases: 2, changedVerdict: 3),
        // No example or case answers b low.
        RuleCoverage.Entry(ruleID: "b-low", examples: 0, cases: 0, changedVerdict: 0),
      ])
    #expect(coverage.neverFiring.map(\.ruleID) == ["b-low"])
    #expect(coverage.rules[0].fires && !coverage.rules[1].fires)
  }

  @Test func withoutCasesOnlyTheExamplesCount() {
    let coverage = EvidenceTestCases.scorer.ruleCoverage()
    #expect(coverage.caseCount == 0)
    #expect(coverage.rules.map(\.examples) == [1, 0])
    #expect(coverage.rules.map(\.cases) == [0, 0])
  }

  @Test func aRuleThatOnlyAddsACaveatFiresWithoutChangingTheVerdict() {
    let low = EvidenceTestCases.decision("low", chose: "monolith", ["b": .choice("low")])
    let coverage = EvidenceTestCases.scorer.ruleCoverage(cases: [low])
    #expect(
      coverage.rules[1] == RuleCoverage.Entry(ruleID: "b-low", examples: 0, cases: 1, changedVerdict: 0))
    #expect(coverage.neverFiring.isEmpty)
  }
}
