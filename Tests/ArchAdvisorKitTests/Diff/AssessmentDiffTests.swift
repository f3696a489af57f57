import Testing

@testable import ArchAdvisorKit

/// `AssessmentDiff` on hand-made reports: only the answers that differ are listed, with both
/// contributions; rules, flips, prerequisites and parts to split first that appeared or went
/// away; the verdict's move; and whether a side was made with another rubric.
@Suite struct AssessmentDiffTests {
  static let current = RubricVersion(id: "r", version: "2.0.0")

  static func verdict(_ id: String) -> Verdict {
    Verdict(id: id, label: id.capitalized, summary: "", band: Band())
  }

  static func factor(
    _ id: String, _ answer: Answer?, _ contribution: Double, dimension: Factor.Dimension = .need
  )
    -> FactorResult
  {
    FactorResult(
      id: id, question: "?", answer: answer, weight: 1, lean: 0, contribution: contribution, reason: "",
      dimension: dimension)
  }

  static func report(
    verdict: String = "monolith", score: Double = -10, factors: [FactorResult], rules: [String] = [],
    prerequisites: [String] = [], flips: [Flip] = [], splitFirst: [String] = []
  ) -> Report {
    Report(
      name: "Project", rubricID: current.id, rubricVersion: current.version, verdict: Self.verdict(verdict),
      scoreVerdict: Self.verdict(verdict), score: score,
      range: ScoreRange(low: score, high: score, lowVerdict: verdict, highVerdict: verdict),
      confidence: Confidence(level: .high, explanation: ""), factors: factors,
      firedRules: rules.map {
        FiredRule(id: $0, reason: "because", verdictBefore: verdict, verdictAfter: verdict)
      },
      caveats: [], prerequisites: prerequisites, flips: flips,
      readiness: Readiness(score: 50, low: 50, high: 50),
      splitFirst: splitFirst.map { SplitFirst(component: $0, label: $0, reason: "why", rule: "rule") })
  }

  static func side(_ report: Report, savedWith: RubricVersion? = current) -> AssessmentDiff.Side {
    var values: [String: Answer] = [:]
    for factor in report.factors { values[factor.id] = factor.answer }
    return AssessmentDiff.Side(
      answers: Answers(name: report.name, values: values, savedWith: savedWith), report: report)
  }

  @Test func theSameReportOnBothSidesHasNothingToList() {
    let report = Self.report(
      factors: [Self.factor("team", .number(8), -3)], rules: ["r1"], prerequisites: ["p"],
      flips: [
        Flip(changes: [.init(factor: "team", from: .number(8), to: .number(40))], verdict: "micro", score: 5)
      ])
    let diff = AssessmentDiff(old: Self.side(report), new: Self.side(report), rubric: Self.current)
    #expect(diff.isEmpty)
    #expect(!diff.verdictMoved)
    #expect(diff.answerChanges.isEmpty)
    #expect(diff.rulesStarted.isEmpty && diff.rulesStopped.isEmpty)
    #expect(diff.flipsAppeared.isEmpty && diff.flipsGone.isEmpty)
    #expect(diff.prerequisitesAppeared.isEmpty && diff.prerequisitesGone.isEmpty)
    #expect(!diff.methodDiffers)
  }

  @Test func onlyTheChangedAnswersAreListedInRubricOrderWithBothContributions() {
    let old = Self.report(
      factors: [
        Self.factor("team", .number(12), -3), Self.factor("load", .choice("steady"), -2),
        Self.factor("latency", nil, 0), Self.factor("skills", .set(["a"]), 8, dimension: .readiness),
      ])
    let new = Self.report(
      verdict: "modular", score: 4,
      factors: [
        Self.factor("team", .number(30), 3.4), Self.factor("load", .choice("steady"), -2),
        Self.factor("latency", .choice("sensitive"), -2.7),
        Self.factor("skills", .set(["a", "b"]), 18, dimension: .readiness),
      ])
    let diff = AssessmentDiff(old: Self.side(old), new: Self.side(new), rubric: Self.current)
    #expect(diff.answerChanges.map(\.factor) == ["team", "latency", "skills"])
    let team = diff.answerChanges[0]
    #expect(team.old == .number(12) && team.new == .number(30))
    #expect(team.oldContribution == -3 && team.newContribution == 3.4)
    #expect(abs(team.contributionChange - 6.4) < 1e-9)
    // An unknown factor that became known is a change, from `nil`.
    #expect(diff.answerChanges[1].old == nil && diff.answerChanges[1].new == .choice("sensitive"))
    #expect(diff.answerChanges[2].dimension == .readiness)
    #expect(diff.verdictMoved)
    #expect(!diff.isEmpty)
  }

  @Test func rulesPrerequisitesAndPartsToSplitFirstThatAppearedOrWentAway() {
    let factors = [Self.factor("team", .number(12), -3)]
    let old = Self.report(factors: factors, rules: ["keep", "small-team"], prerequisites: ["tracing", "ci"])
    let new = Self.report(
      factors: factors, rules: ["keep", "own-servers", "bursts"], prerequisites: ["ci", "mesh"],
      splitFirst: ["inference"])
    let diff = AssessmentDiff(old: Self.side(old), new: Self.side(new), rubric: Self.current)
    #expect(diff.rulesStarted == ["own-servers", "bursts"])
    #expect(diff.rulesStopped == ["small-team"])
    #expect(diff.prerequisitesAppeared == ["mesh"])
    #expect(diff.prerequisitesGone == ["tracing"])
    #expect(diff.splitFirstAppeared.map(\.component) == ["inference"])
    #expect(diff.splitFirstGone.isEmpty)
    #expect(!diff.verdictMoved)
  }

  @Test func flipsAreTheSameWhenTheyMakeTheSameChangesForTheSameVerdict() {
    let factors = [Self.factor("team", .number(12), -3), Self.factor("load", .choice("steady"), -2)]
    let toSpiky = Flip(
      changes: [.init(factor: "load", from: .choice("steady"), to: .choice("spiky"))], verdict: "modular",
      score: 3)
    let teamOld = Flip(
      changes: [.init(factor: "team", from: .number(12), to: .number(52))], verdict: "modular", score: 2.5)
    let teamNew = Flip(
      changes: [.init(factor: "team", from: .number(12), to: .number(52))], verdict: "micro", score: 9)
    var moved = toSpiky
    moved.score = 4.2  // the same changes to the same verdict, from a slightly different score
    let old = Self.report(factors: factors, flips: [toSpiky, teamOld])
    let new = Self.report(factors: factors, flips: [moved, teamNew])
    let diff = AssessmentDiff(old: Self.side(old), new: Self.side(new), rubric: Self.current)
    #expect(diff.flipsAppeared == [teamNew])
    #expect(diff.flipsGone == [teamOld])
  }

  @Test func aSideMadeWithAnotherRubricVersionIsSaid() {
    let report = Self.report(factors: [Self.factor("team", .number(12), -3)])
    let older = RubricVersion(id: "r", version: "1.0.0")
    let same = AssessmentDiff(old: Self.side(report), new: Self.side(report), rubric: Self.current)
    #expect(!same.methodDiffers && !same.sidesDiffer)
    let unrecorded = AssessmentDiff(
      old: Self.side(report, savedWith: nil), new: Self.side(report), rubric: Self.current)
    #expect(!unrecorded.methodDiffers, "a file that does not say is not taken to differ")
    let diff = AssessmentDiff(
      old: Self.side(report, savedWith: older), new: Self.side(report), rubric: Self.current)
    #expect(diff.methodDiffers)
    #expect(diff.sidesDiffer)
    #expect(diff.old.madeWith == older)
    // A saved report's rubric is the one it names, whatever its answers record.
    var recorded = Self.side(report, savedWith: nil)
    recorded.recorded = AssessmentDiff.Recorded(rubric: older, verdict: "modular", score: -8)
    #expect(recorded.madeWith == older)
    #expect(AssessmentDiff(old: recorded, new: Self.side(report), rubric: Self.current).methodDiffers)
  }
}
