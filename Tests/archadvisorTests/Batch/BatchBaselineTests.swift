import ArchAdvisorKit
import Testing

@testable import archadvisor

/// How `batch --baseline` matches an answer set with the baseline's report of the same project:
/// by a name the baseline holds once, else by position when the name there is the same.
@Suite struct BatchBaselineTests {
  static func entry(_ name: String?, _ verdict: String = "monolith") -> BatchBaseline.Entry {
    BatchBaseline.Entry(name: name, verdict: verdict, score: -5)
  }

  static let baseline = BatchBaseline(
    file: "old.jsonl",
    entries: [entry("a"), entry("twice"), nil, entry(nil), entry("twice", "microservices"), entry("b")],
    rubric: nil)

  @Test func aNameTheBaselineHoldsOnceMatchesWhereverItStands() {
    #expect(Self.baseline.match(name: "a", record: 1) == 0)
    #expect(Self.baseline.match(name: "a", record: 40) == 0)
    #expect(Self.baseline.match(name: "b", record: 2) == 5)
  }

  @Test func aRepeatedOrMissingNameMatchesByPositionWhenTheNameThereIsTheSame() {
    #expect(Self.baseline.match(name: "twice", record: 2) == 1)
    #expect(Self.baseline.match(name: "twice", record: 5) == 4)
    #expect(Self.baseline.match(name: "twice", record: 3) == nil, "a rejected record there")
    #expect(Self.baseline.match(name: "twice", record: 6) == nil, "another name there")
    #expect(Self.baseline.match(name: nil, record: 4) == 3)
    #expect(Self.baseline.match(name: nil, record: 1) == nil)
    #expect(Self.baseline.match(name: nil, record: 99) == nil)
  }

  @Test func aNameTheBaselineDoesNotHoldIsNew() {
    #expect(Self.baseline.match(name: "c", record: 1) == nil)
    #expect(Self.baseline.reportCount == 5)
  }

  @Test func theSummaryCountsMovesNewAndMatchedPositions() throws {
    let rubric = try CLITestRubrics.standard()
    var summary = BatchSummary(rubric: rubric)
    summary.baselineFile = "old.jsonl"
    let report = Scorer(rubric: rubric).score(Answers(values: [:]))
    summary.addBaseline(report, record: 1, was: Self.entry("a", report.verdict.id), position: 0)
    summary.addBaseline(report, record: 1, was: Self.entry("b", "elsewhere"), position: 5)
    summary.addBaseline(report, record: 1, was: nil, position: nil)
    var total = BatchSummary(rubric: rubric)
    total.baselineFile = "old.jsonl"
    total.merge(summary)
    total.baselineGone = 3
    #expect(total.baselineCompared == 2)
    #expect(total.baselineMoved == 1)
    #expect(total.baselineNew == 1)
    #expect(total.baselineMatched == [0, 5])
    #expect(
      total.baselineSentence()
        == "1 of 2 verdicts moved since the baseline: 1 elsewhere → \(report.verdict.id); 1 project new, 3 no "
        + "longer present.")
  }
}
