import Foundation
import Testing

@testable import ArchAdvisorKit

/// Rubric format v2 scored: need and readiness, leans that move across a band, components split
/// first, readiness rules, conflicts, flips narrowed to the nearest value, the flip search's limit.
/// The rubric is the fixture `v2-valid.json`: team_size (weight 2, log scale: −1 → 0 over 1 … 10,
/// 0 → 1 over 10 … 100, 1 from 100), scaling (weight 2: steady −1, spiky 1) as need; skills
/// (weight 1: none 0, one 0.5, both 1) and delivery (weight 1: manual 0, pipeline 1) as readiness.
@Suite struct ScoringModelV2Tests {
  static func rubric() throws -> Rubric {
    try RubricLoader().load(try RubricFixture.bytes("v2-valid.json"), file: "v2-valid.json")
  }

  static func score(_ values: [String: Answer], flips: Bool = true) throws -> Report {
    try Scorer(rubric: rubric(), options: .init(includeFlips: flips)).score(Answers(values: values))
  }

  static let ready: [String: Answer] = [
    "skills": .set(["containers", "tracing"]), "delivery": .choice("pipeline"),
  ]

  @Test func loadsEveryV2Part() throws {
    let rubric = try Self.rubric()
    #expect(rubric.schemaVersion == 2)
    #expect(rubric.casesFile == "v2-valid.cases.json")
    #expect(
      rubric.components == [
        Component(id: "model_inference", label: "Model inference"),
        Component(id: "storage", label: "Storage"),
      ])
    #expect(rubric.factors.map(\.dimension) == [.need, .need, .readiness, .readiness])
    guard case .number(let spec) = rubric.factors[0].kind else {
      Issue.record("team_size is a number")
      return
    }
    #expect(spec.scale == .log)
    #expect(spec.bands.map(\.leanTo) == [0, 1, nil])
    #expect(
      rubric.rules[1].split == [
        SplitAdvice(component: "model_inference", reason: "Scale inference on its own.")
      ])
    #expect(
      rubric.rules[0].condition == .all([.verdictIs(["microservices"]), .readinessIn(Band(below: 50))]))
  }

  /// On a log scale the lean at the geometric middle of a band is halfway: √(10 × 100) → 0.5.
  @Test func leansMoveAcrossTheirBandOnALogScale() throws {
    let rubric = try Self.rubric()
    guard case .number(let spec) = rubric.factors[0].kind else { return }
    #expect(spec.lean(for: 10) == 0)
    #expect(abs((spec.lean(for: 1000.squareRoot()) ?? 0) - 0.5) < 1e-12)
    #expect(abs((spec.lean(for: 5) ?? 0) - (-1 + log10(5.0))) < 1e-12)
    #expect(spec.lean(for: 100) == 1)
    #expect(spec.lean(for: 5000) == 1)
  }

  /// Need 100 (team 200 → 1, spiky → 1) with everything in place: microservices, inference first.
  @Test func highNeedAndReadySplits() throws {
    var values = Self.ready
    values["team_size"] = .number(200)
    values["scaling"] = .choice("spiky")
    let report = try Self.score(values)
    #expect(report.score == 100)
    #expect(report.readiness == Readiness(score: 100, low: 100, high: 100))
    #expect(report.verdict.id == "microservices")
    #expect(
      report.splitFirst == [
        SplitFirst(
          component: "model_inference", label: "Model inference", reason: "Scale inference on its own.",
          rule: "spiky-inference")
      ])
    #expect(report.confidence.level == .high)
  }

  /// The same need with nothing in place: held back one band, what is missing listed.
  @Test func highNeedAndNotReadyIsHeldBackWithTheListToBuild() throws {
    let report = try Self.score([
      "team_size": .number(200), "scaling": .choice("spiky"), "skills": .set([]),
      "delivery": .choice("manual"),
    ])
    #expect(report.readiness?.score == 0)
    #expect(report.scoreVerdict.id == "microservices")
    #expect(report.verdict.id == "modular_monolith")
    #expect(report.prerequisites == ["Learn containers.", "Learn tracing."])
    #expect(report.conflicts.isEmpty, "one band is no conflict")
    #expect(!report.splitFirst.isEmpty, "a part can be split while the whole stays together")
  }

  /// Readiness not answered is not readiness absent: no cap, no prerequisites, but the low end of
  /// the range (nothing in place) is held back, so confidence is low and readiness is asked for.
  @Test func unansweredReadinessIsAskedForNotAssumedMissing() throws {
    let report = try Self.score(["team_size": .number(200), "scaling": .choice("spiky")])
    #expect(report.readiness == Readiness(score: nil, low: 0, high: 100))
    #expect(report.verdict.id == "microservices")
    #expect(report.prerequisites.isEmpty)
    #expect(report.range.lowVerdict == "modular_monolith")
    #expect(report.confidence.level == .low)
    #expect(Set(report.nextQuestions).isSuperset(of: ["skills", "delivery"]), "\(report.nextQuestions)")
  }

  /// Readiness averages the answered readiness factors: one skill of two (0.5, weight 1) alone is
  /// 50; the range counts the unknown delivery from 0 to 1: (0.5 + 0) / 2 … (0.5 + 1) / 2.
  @Test func readinessAveragesWhatWasAnswered() throws {
    let report = try Self.score(["skills": .set(["tracing"])])
    #expect(report.readiness == Readiness(score: 50, low: 25, high: 75))
    let skills = try #require(report.factor("skills"))
    #expect(skills.dimension == .readiness)
    #expect(skills.contribution == 50)
    // Readiness is no part of the need score.
    #expect(report.score == 0)
  }

  /// Team 200 with steady load: (2 × 1 − 2) / 4 = 0, modular monolith. Fewer engineers flip it to
  /// the monolith once 2 × lean − 2 < −0.8, lean < 0.6: log10(x / 10) < 0.6, x < 39.8. The flip
  /// names 39, the nearest such team, not the band's end at 10.
  @Test func numberFlipsNameTheNearestValueThatFlips() throws {
    var values = Self.ready
    values["team_size"] = .number(200)
    values["scaling"] = .choice("steady")
    let report = try Self.score(values)
    #expect(report.score == 0)
    let team = report.flips.first { $0.changes.first?.factor == "team_size" && $0.verdict == "monolith" }
    #expect(
      team?.changes == [Flip.Change(factor: "team_size", from: .number(200), to: .number(39))],
      "\(report.flips)")
    #expect(team?.rule == nil)
    // And 40 would not flip it.
    values["team_size"] = .number(40)
    #expect(try Self.score(values, flips: false).verdict.id == "modular_monolith")
  }

  /// A flip whose verdict a rule decides says so: two engineers score in the middle band, but
  /// tiny-team forces the monolith.
  @Test func flipsNameTheRuleThatDecidedThem() throws {
    var values = Self.ready
    values["team_size"] = .number(5)
    values["scaling"] = .choice("spiky")
    let report = try Self.score(values)
    #expect(report.verdict.id == "microservices")
    let down = report.flips.first { $0.changes.first?.factor == "team_size" }
    #expect(down?.changes.first?.to == .number(2))
    #expect(down?.verdict == "monolith")
    #expect(down?.rule == "tiny-team")
    #expect(down.map { Self.verdictOfScore($0.score) } == "modular_monolith")
  }

  static func verdictOfScore(_ score: Double) -> String {
    ((try? rubric())?.verdict(forScore: score).id) ?? ""
  }
}

/// What rules that move the verdict far from the score, and a search that hits its limit, say.
@Suite struct RuleConflictAndSearchLimitTests {
  @Test func aRuleTwoBandsFromTheScoreIsAConflictAndLowersConfidence() {
    // Everything answered, −100 (monolith), far from any edge: high confidence without the rule.
    let factors = [TestRubrics.lowMidHigh("a", weight: 1), TestRubrics.lowMidHigh("b", weight: 1)]
    let answers = Answers(values: ["a": .choice("low"), "b": .choice("low")])
    #expect(TestRubrics.scorer(factors).score(answers).confidence.level == .high)
    let force = TestRubrics.rule(
      "force", when: .choiceIs(factor: "a", options: ["low"]), force: "microservices")
    let report = TestRubrics.scorer(factors, rules: [force]).score(answers)
    #expect(report.verdict.id == "microservices")
    #expect(
      report.conflicts == [
        RuleConflict(rule: "force", scoreVerdict: "monolith", verdict: "microservices", bands: 2)
      ])
    #expect(report.confidence.level == .low)
    #expect(report.confidence.explanation.contains("a rule moved the verdict more than one band"))
  }

  /// 1,000 factors answered 0; a single change moves the score 0.1 and a pair 0.2, never out of
  /// the middle band. Only a rule on f0 and f1 together flips it, and their changes move the score
  /// by nothing, so they fall outside the 400 changes the pair search keeps: the report says the
  /// search stopped, instead of claiming no pair flips.
  @Test func aPairSearchCutShortSaysSo() {
    var factors = [
      TestRubrics.choice("f0", weight: 1, [("a", 0), ("b", 0)]),
      TestRubrics.choice("f1", weight: 1, [("a", 0), ("b", 0)]),
    ]
    for index in 2..<1_000 { factors.append(TestRubrics.lowMidHigh("f\(index)", weight: 1)) }
    var values: [String: Answer] = ["f0": .choice("a"), "f1": .choice("a")]
    for index in 2..<1_000 { values["f\(index)"] = .choice("mid") }
    let rule = TestRubrics.rule(
      "both", when: .all([.choiceIs(factor: "f0", options: ["b"]), .choiceIs(factor: "f1", options: ["b"])]),
      force: "microservices")
    let report = TestRubrics.scorer(factors, rules: [rule]).score(Answers(values: values))
    #expect(report.verdict.id == "modular_monolith")
    #expect(report.flips.isEmpty)
    #expect(!report.flipSearchComplete)
    // With fewer factors the same pair is found, and the search is complete.
    let small = Array(factors.prefix(10))
    let smallValues = values.filter { small.map(\.id).contains($0.key) }
    let found = TestRubrics.scorer(small, rules: [rule]).score(Answers(values: smallValues))
    #expect(found.flipSearchComplete)
    #expect(found.flips.first?.changes.map(\.factor) == ["f0", "f1"])
  }
}

/// Precedents: the nearest cases by the documented similarity, worked by hand on the v2 fixture.
@Suite struct PrecedentTests {
  static func finder() throws -> PrecedentFinder {
    let rubric = try ScoringModelV2Tests.rubric()
    let library = try CaseLibraryLoader(rubric: rubric).load(
      try RubricFixture.bytes("v2-valid.cases.json"), file: nil)
    return PrecedentFinder(rubric: rubric, library: library)
  }

  /// The project: team 200 (lean 1), spiky (1), both skills (readiness 1), a pipeline (1); the
  /// weight it answered is 2 + 2 + 1 + 1 = 6.
  /// acme-2020 (team 200, spiky): both shared factors lean alike, 2 × 1 + 2 × 1 = 4 → 4 / 6.
  /// tiny-2021 (team 3, steady): team 3 leans −1 + log10 3 = −0.5229 over a span of 2, so
  /// 1 − 1.5229 / 2 = 0.2386, × 2; steady is −1 against 1, the whole span: 0. Skills and
  /// delivery are unknown in both cases: no match. (0.4771 + 0) / 6 = 0.0795.
  @Test func similarityFollowsItsFormula() throws {
    var values = ScoringModelV2Tests.ready
    values["team_size"] = .number(200)
    values["scaling"] = .choice("spiky")
    let report = try ScoringModelV2Tests.score(values, flips: false)
    let similarities = try Self.finder().similarities(report)
    #expect(abs(similarities[0].similarity - 4.0 / 6) < 1e-12)
    #expect(similarities[0].shared == 2)
    let tiny = 2 * (1 - (1 - (-1 + log10(3.0))) / 2) / 6
    #expect(abs(similarities[1].similarity - tiny) < 1e-12, "\(similarities[1])")
    let nearest = try Self.finder().nearest(report)
    #expect(nearest.map(\.caseID) == ["acme-2020", "tiny-2021"])
    #expect(nearest.first?.chose == "microservices")
    #expect(nearest.first?.source.url == "https://example.org/acme")
  }

  @Test func nothingInCommonIsNoPrecedentAndMostlyDisagreeingPrecedentsAreFlagged() throws {
    // Only readiness answered: no case answered readiness, so nothing is similar.
    let only = try ScoringModelV2Tests.score(ScoringModelV2Tests.ready, flips: false)
    #expect(try Self.finder().nearest(only).isEmpty)
    // A small steady team: tiny-2021 is nearest (monolith), acme second.
    var report = try ScoringModelV2Tests.score(
      ["team_size": .number(3), "scaling": .choice("steady")], flips: false)
    report.precedents = try Self.finder().nearest(report)
    #expect(report.precedents.map(\.caseID) == ["tiny-2021", "acme-2020"])
    #expect(report.verdict.id == "monolith")
    #expect(!report.precedentsDisagree, "one of two agrees: not most")
    report.verdict = Verdict(id: "microservices", label: "Microservices", summary: "", band: Band())
    #expect(!report.precedentsDisagree, "one of two disagrees: not most either")
    let second = report.precedents[1]
    report.precedents[1] = Precedent(
      caseID: second.caseID, name: second.name, organisation: second.organisation, chose: "monolith",
      similarity: second.similarity, sharedFactors: second.sharedFactors, outcome: second.outcome,
      source: second.source)
    #expect(report.precedentsDisagree)
  }
}

/// `nearest` against the plainest reading of its contract: every case's similarity by the
/// formula, sorted, ties by id, the zeros dropped, the first `limit` kept.
@Suite struct PrecedentSelectionPropertyTests {
  @Test func nearestIsTheSortedSimilaritiesOverSeededAnswerSets() throws {
    let rubric = try DefaultRubricTests.loadedRubric()
    let library = try CaseLibraryLoader(rubric: rubric).load(
      DefaultCaseLibrary.bytes, file: DefaultCaseLibrary.fileName)
    let finder = PrecedentFinder(rubric: rubric, library: library)
    let scorer = Scorer(rubric: rubric, options: .init(includeFlips: false, includeExplanations: false))
    var generator = SplitMix64(seed: 0x5EED_0012)
    for _ in 0..<3_000 {
      let report = scorer.score(DefaultRubricTests.randomAnswers(rubric, using: &generator))
      let similarities = finder.similarities(report)
      let expected = similarities.indices.filter { similarities[$0].similarity > 0 }.sorted { a, b in
        similarities[a].similarity != similarities[b].similarity
          ? similarities[a].similarity > similarities[b].similarity
          : library.cases[a].id < library.cases[b].id
      }
      for limit in [0, 1, 3, library.cases.count + 5] {
        let nearest = finder.nearest(report, limit: limit)
        #expect(nearest.map(\.caseID) == expected.prefix(limit).map { library.cases[$0].id })
        for precedent in nearest {
          let index = try #require(library.cases.firstIndex { $0.id == precedent.caseID })
          #expect(precedent.similarity == similarities[index].similarity)
          #expect(precedent.sharedFactors == similarities[index].shared)
          #expect(precedent.similarity > 0 && precedent.similarity <= 1 + 1e-12)
          #expect(precedent.sharedFactors >= 1)
        }
      }
    }
  }
}
