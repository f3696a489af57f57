import Testing

@testable import ArchAdvisorKit

/// How a rubric scores documented decisions: one case, and the library's agreement near the edges.
@Suite struct CaseAgreementTests {
  @Test func aCaseIsScoredWithTheRuleThatDecidedItAndItsNearestEdge() {
    let assessment = EvidenceTestCases.scorer.assess(EvidenceTestCases.cases[0])
    // (1 + 0) / 2 × 100 = 50: microservices by the score, capped by a-high.
    #expect(assessment.score == 50)
    #expect(assessment.scoreVerdict == "microservices")
    #expect(assessment.verdict == "modular_monolith")
    #expect(!assessment.agrees)
    #expect(assessment.firedRules == ["a-high"])
    #expect(assessment.decidingRules == ["a-high"])
    #expect(assessment.edge == BandEdge(value: 20, neighbour: "modular_monolith", distance: 30))
    #expect(assessment.readiness == nil)
    #expect(EvidenceTestCases.scorer.assess(EvidenceTestCases.cases[1]).agrees)
  }

  @Test func theEdgeBelowIsTheNearerOneInTheMiddleBand() {
    let decision = EvidenceTestCases.decision(
      "low", chose: "monolith", ["a": .choice("low"), "b": .choice("mid")])
    // −50: monolith, whose only edge with another verdict is −20 (−100 does not count).
    let assessment = EvidenceTestCases.scorer.assess(decision)
    #expect(assessment.edge == BandEdge(value: -20, neighbour: "modular_monolith", distance: 30))
    let middle = EvidenceTestCases.decision("mid", chose: "monolith", ["a": .choice("mid")])
    #expect(EvidenceTestCases.scorer.assess(middle).edge?.distance == 20)
  }

  @Test func theClosestCasesKeepEveryTieWithTheLast() {
    func scored(_ id: String, _ distance: Double?) -> CaseAgreement.Scored {
      CaseAgreement.Scored(
        caseID: id, verdict: "monolith", score: 0,
        edge: distance.map { BandEdge(value: 20, neighbour: "microservices", distance: $0) })
    }
    let table = CaseAgreement.Table(verdictIDs: ["monolith"], counts: [[5]])
    let agreement = CaseAgreement(
      all: table, tuning: table, heldAside: table, misses: [],
      scored: [
        scored("far", 9), scored("tied-1", 0.2), scored("none", nil), scored("near", 1),
        scored("tied-2", 0.2),
      ]
    )
    #expect(agreement.closestToEdge(1).map(\.caseID) == ["tied-1", "tied-2"])
    #expect(agreement.closestToEdge(3).map(\.caseID) == ["tied-1", "tied-2", "near"])
    #expect(agreement.closestToEdge(10).map(\.caseID) == ["tied-1", "tied-2", "near", "far"])
    #expect(agreement.closestToEdge(0).isEmpty)
    #expect(agreement.withinEdge(1).map(\.caseID) == ["tied-1", "near", "tied-2"])
  }

  @Test func agreementOnTheTestCases() {
    let library = CaseLibrary(rubricID: "test", holdoutRule: "", cases: EvidenceTestCases.cases)
    let agreement = EvidenceTestCases.scorer.agreement(on: library)
    #expect(agreement.all.agreeing == 2)
    #expect(agreement.heldAside.total == 1)
    #expect(agreement.misses.map(\.caseID) == ["one"])
    #expect(agreement.misses.first?.rules == ["a-high"])
    #expect(agreement.scored.map(\.edgeDistance) == [30, 30, 30])
  }
}
