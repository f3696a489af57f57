import Testing

@testable import ArchAdvisorKit

/// The verdict regions of need × readiness, on the default rubric: the cells its bands and its
/// score-and-readiness rule cut, and the verdicts real reports get inside them.
@Suite struct VerdictMapTests {
  @Test func theDefaultRubricCutsAtItsBandsAndItsReadinessRule() throws {
    let map = Scorer(rubric: try DefaultRubricTests.loadedRubric()).verdictMap
    #expect(map.scoreEdges == [-100, 2.5, 12.5, 50, 100])
    #expect(map.readinessEdges == [0, 60, 100])
    // Below 60 readiness the split waits (modular monolith) unless the need is 50 or more.
    #expect(
      map.cells == [
        "monolith", "modular_monolith", "modular_monolith", "microservices",
        "monolith", "modular_monolith", "microservices", "microservices",
      ])
    #expect(map.verdict(score: 12.5, readiness: 59.9) == "modular_monolith")
    #expect(map.verdict(score: 12.5, readiness: 60) == "microservices")
    #expect(map.verdict(score: 100, readiness: 100) == "microservices")
    #expect(map.verdict(score: -100, readiness: 0) == "monolith")
  }

  @Test func reportsThatOnlyTheMapsRulesMovedLieInTheirRegion() throws {
    let rubric = try DefaultRubricTests.loadedRubric()
    let scorer = Scorer(rubric: rubric, options: .init(includeFlips: false, robustness: nil))
    let map = scorer.verdictMap
    var generator = SplitMix64(seed: 0x5EED_0014)
    var checked = 0
    for _ in 0..<3_000 {
      let report = scorer.score(DefaultRubricTests.randomAnswers(rubric, using: &generator))
      guard let readiness = report.readiness?.score else { continue }
      // Rules that read particular answers (prototype, small team, manual releases …) move a
      // project off its region; the map claims nothing about those.
      guard report.firedRules.allSatisfy({ !$0.changedVerdict || $0.id == "not-ready-to-split" }) else {
        continue
      }
      checked += 1
      #expect(map.verdict(score: report.score, readiness: readiness) == report.verdict.id)
    }
    #expect(checked > 300)
  }

  @Test func aRubricWithoutReadinessHasOneRow() {
    let scorer = TestRubrics.scorer([TestRubrics.lowMidHigh("a", weight: 1)])
    let map = scorer.verdictMap
    #expect(map.readinessEdges == [0, 100])
    #expect(map.rows == 1)
    #expect(map.cells.count == map.columns)
  }
}
