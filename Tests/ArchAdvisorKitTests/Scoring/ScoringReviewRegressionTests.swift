import Testing

@testable import ArchAdvisorKit

/// Regression tests from the review of the scoring model v2: each failed before its fix.
@Suite struct ScoringReviewRegressionTests {
  static let defaultRubric =
    (try? RubricLoader().load(DefaultRubric.bytes, file: nil)) ?? HonestScoringPropertyTests.rubric

  static func load(_ json: String) throws(RubricProblems) -> Rubric {
    try RubricLoader().load(Array(json.utf8), file: "review.json")
  }

  /// The one problem loading `json` gives, as `path: message`; records an issue when it loads.
  static func problem(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    do {
      _ = try load(json)
      Issue.record("the rubric loaded", sourceLocation: sourceLocation)
      return ""
    } catch {
      #expect(error.problems.count == 1, "\(error)", sourceLocation: sourceLocation)
      return error.problems.first.map { $0.path + ": " + $0.message } ?? ""
    }
  }

  static let verdictsJSON = """
    "verdicts": [
      {"id": "monolith", "label": "M", "summary": "s", "atLeast": -100, "below": -20},
      {"id": "modular_monolith", "label": "MM", "summary": "s", "atLeast": -20, "below": 20},
      {"id": "microservices", "label": "MS", "summary": "s", "atLeast": 20}
    ]
    """

  static func fullAnswers(team: Double, updates: String) -> Answers {
    var a = Answers()
    a["team_size"] = .number(team)
    a["update_frequency"] = .choice(updates)
    a["scaling"] = .choice("growing")
    a["resilience"] = .choice("high")
    a["complexity"] = .choice("complex")
    a["stage"] = .choice("production")
    a["budget"] = .choice("moderate")
    a["latency"] = .choice("relaxed")
    a["inference"] = .choice("hosted_api")
    a["skills"] = .set([
      "containers", "orchestration", "networking", "security", "tracing", "fault_tolerance",
    ])
    a["infrastructure"] = .set(["orchestration", "secure_networking", "monitoring", "tracing"])
    a["ci_cd"] = .choice("continuous")
    return a
  }

  // MARK: 1. Flips after bisection: duplicates and not nearest first

  @Test func narrowedFlipsAreDistinctAndNearestFirst() {
    let scorer = Scorer(rubric: Self.defaultRubric, options: .init(maxFlips: 10))
    let report = scorer.score(Self.fullAnswers(team: 8, updates: "weekly"))
    #expect(report.score == 9.7)
    let described = report.flips.map { "\($0.changes.map { "\($0.factor)→\($0.to)" }) \($0.score)" }
    // team_size 8 → 16 appears twice (the candidates 19 and 20 both narrow down to 16).
    #expect(Set(described).count == described.count, "duplicate flips: \(described)")
    let distances = report.flips.map { abs($0.score - report.score) }
    #expect(distances == distances.sorted(), "not nearest first: \(described)")
  }

  // MARK: 2. Unknown readiness factor's reason describes the wrong move

  @Test func unknownReadinessReasonMatchesWhatAnsweringDoes() {
    let scorer = Scorer(rubric: Self.defaultRubric, options: .init(includeFlips: false))
    var answers = Answers()
    answers["ci_cd"] = .choice("continuous")
    let report = scorer.score(answers)
    #expect(report.readiness?.score == 100)
    var none = answers
    none["skills"] = .set([])
    var all = answers
    all["skills"] = .set([
      "containers", "orchestration", "networking", "security", "tracing", "fault_tolerance",
    ])
    // Answering skills moves readiness from 100 to between 50 and 100, i.e. by −50 … 0.
    #expect(scorer.score(none).readiness?.score == 50)
    #expect(scorer.score(all).readiness?.score == 100)
    let reason = report.factors.first { $0.id == "skills" }!.reason
    #expect(reason == "Could move readiness between \u{2212}50.0 and 0.0.", "\(reason)")
  }

  // MARK: 3. Loader accepts readiness leans that run 0…1 only on paper

  @Test func readinessLevelsNoAnswerReachesAreRefused() throws {
    // `held` declares a lean of 1 for 3+ options, but it has only 2: its levels run 0 … 0.5.
    let unreachable =
      ("""
      {"schema": "archadvisor.rubric/2", "id": "t", "version": "1", "title": "t",
       "factors": [
        {"id": "n", "question": "q", "help": "h", "kind": "choice", "weight": 1,
         "options": [{"id": "lo", "label": "lo", "lean": -1, "reason": "r"},
                     {"id": "hi", "label": "hi", "lean": 1, "reason": "r"}]},
        {"id": "ci", "question": "q", "help": "h", "kind": "choice", "weight": 1, "dimension": "readiness",
         "options": [{"id": "no", "label": "no", "lean": 0, "reason": "r"},
                     {"id": "yes", "label": "yes", "lean": 1, "reason": "r"}]},
        {"id": "held", "question": "q", "help": "h", "kind": "set", "weight": 1, "dimension": "readiness",
         "options": [{"id": "a", "label": "a", "prerequisite": "p"}, {"id": "b", "label": "b", "prerequisite": "p"}],
         "counts": [{"atLeast": 0, "below": 1, "lean": 0, "reason": "r"},
                    {"atLeast": 1, "below": 3, "lean": 0.5, "reason": "r"},
                    {"atLeast": 3, "lean": 1, "reason": "r"}]}
       ],
       \(Self.verdictsJSON)}
      """)
    #expect(
      Self.problem(unreachable).hasPrefix(
        "factors[2]: a readiness factor's levels must run from 0 (nothing in place) to 1 (all of it in place); "
          + "the answers it accepts reach 0 … 0.5"))
  }

  @Test func readinessNumberLevelsMustReachOne() throws {
    // A readiness number whose only band leans 0 → 1 over 0 ..< 101, whole numbers up to 100:
    // the highest level any answer gives is 100/101, not 1.
    let short =
      ("""
      {"schema": "archadvisor.rubric/2", "id": "t", "version": "1", "title": "t",
       "factors": [
        {"id": "n", "question": "q", "help": "h", "kind": "choice", "weight": 1,
         "options": [{"id": "lo", "label": "lo", "lean": -1, "reason": "r"},
                     {"id": "hi", "label": "hi", "lean": 1, "reason": "r"}]},
        {"id": "ci", "question": "q", "help": "h", "kind": "choice", "weight": 1, "dimension": "readiness",
         "options": [{"id": "no", "label": "no", "lean": 0, "reason": "r"},
                     {"id": "yes", "label": "yes", "lean": 1, "reason": "r"}]},
        {"id": "automated", "question": "q", "help": "h", "kind": "number", "weight": 3, "dimension": "readiness",
         "integer": true, "minimum": 0, "maximum": 100,
         "bands": [{"atLeast": 0, "below": 101, "lean": 0, "leanTo": 1, "reason": "r"}]}
       ],
       \(Self.verdictsJSON)}
      """)
    do {
      _ = try Self.load(short)
      Issue.record("a readiness factor reaching only 100/101 loaded")
    } catch {
      #expect(
        error.problems.first?.message.contains("the answers it accepts reach 0 … 0.99") == true, "\(error)")
    }
  }

  // MARK: 4. An open top end: the range's extreme is not the factor's extreme

  @Test func answeringNeverLeavesTheRangeForAnOpenTopBand() throws {
    let rubric = try Self.load(
      """
      {"schema": "archadvisor.rubric/2", "id": "t", "version": "1", "title": "t",
       "factors": [
        {"id": "x", "question": "q", "help": "h", "kind": "number", "weight": 1000, "minimum": 0,
         "bands": [{"atLeast": 0, "below": 1, "lean": -1, "leanTo": 1, "reason": "r"},
                   {"atLeast": 1, "lean": 0, "reason": "r"}]},
        {"id": "n", "question": "q", "help": "h", "kind": "choice", "weight": 0.001,
         "options": [{"id": "lo", "label": "lo", "lean": -1, "reason": "r"},
                     {"id": "hi", "label": "hi", "lean": 1, "reason": "r"}]}
       ],
       \(Self.verdictsJSON)}
      """)
    let scorer = Scorer(rubric: rubric, options: .init(includeFlips: false))
    let unknown = scorer.score(Answers())
    var answers = Answers()
    answers["x"] = .number(0.999)
    let answered = scorer.score(answers)
    #expect(
      answered.range.high <= unknown.range.high,
      "range widened: unknown \(unknown.range.low)…\(unknown.range.high), answered 0.999 → \(answered.score)")
  }

  // MARK: 5. Loader accepts a v2 rubric with no need factor

  @Test func rubricWithoutNeedFactorsIsRejected() {
    let json = """
      {"schema": "archadvisor.rubric/2", "id": "t", "version": "1", "title": "t",
       "factors": [
        {"id": "ci", "question": "q", "help": "h", "kind": "choice", "weight": 1, "dimension": "readiness",
         "options": [{"id": "no", "label": "no", "lean": 0, "reason": "r"},
                     {"id": "yes", "label": "yes", "lean": 1, "reason": "r"}]}
       ],
       \(Self.verdictsJSON)}
      """
    #expect(
      Self.problem(json).hasPrefix(
        "factors: every factor is readiness; a rubric needs at least one need factor"))
  }

  @Test func readinessConditionWithoutReadinessFactorsIsRejected() {
    let json = """
      {"schema": "archadvisor.rubric/2", "id": "t", "version": "1", "title": "t",
       "factors": [
        {"id": "n", "question": "q", "help": "h", "kind": "choice", "weight": 1,
         "options": [{"id": "lo", "label": "lo", "lean": -1, "reason": "r"},
                     {"id": "hi", "label": "hi", "lean": 1, "reason": "r"}]}
       ],
       \(Self.verdictsJSON),
       "rules": [{"id": "r", "reason": "r", "when": {"not": {"readiness": {"atLeast": 60}}}, "cap": "monolith"}]}
      """
    #expect(
      Self.problem(json).hasPrefix("rules[0].when.not.readiness: no factor of this rubric is readiness"))
  }
}

@Suite struct FlipNarrowingTests {
  @Test func bisectionFindsTheNearestFlippingValue() throws {
    let rubric = try ScoringReviewRegressionTests.load(
      """
      {"schema": "archadvisor.rubric/2", "id": "t", "version": "1", "title": "t",
       "factors": [
        {"id": "x", "question": "q", "help": "h", "kind": "number", "weight": 1, "integer": true,
         "minimum": 0, "maximum": 100,
         "bands": [{"atLeast": 0, "below": 101, "lean": -1, "leanTo": 1, "reason": "r"}]}
       ],
       \(ScoringReviewRegressionTests.verdictsJSON),
       "rules": [{"id": "odd", "reason": "r", "when": {"factor": "x", "atLeast": 52, "below": 53},
                  "force": "monolith"}]}
      """)
    let scorer = Scorer(rubric: rubric, options: .init(maxFlips: 10))
    var answers = Answers()
    answers["x"] = .number(50)
    let report = scorer.score(answers)
    let plain = Scorer(rubric: rubric, options: .init(includeFlips: false))
    let upward = (51...100).first {
      plain.score(Answers(values: ["x": .number(Double($0))])).verdict != report.verdict
    }
    let shown = report.flips.compactMap { flip -> Double? in
      if case .number(let v) = flip.changes[0].to, v > 50 { return v }
      return nil
    }
    #expect(
      shown.min() == upward.map(Double.init),
      "nearest upward flip is \(String(describing: upward)), shown \(shown)")
  }
}

@Suite struct ReadinessTestTruthTests {
  static func rubric(_ when: String) throws -> Rubric {
    try ScoringReviewRegressionTests.load(
      """
      {"schema": "archadvisor.rubric/2", "id": "t", "version": "1", "title": "t",
       "factors": [
        {"id": "n", "question": "q", "help": "h", "kind": "choice", "weight": 1,
         "options": [{"id": "lo", "label": "lo", "lean": -1, "reason": "r"},
                     {"id": "hi", "label": "hi", "lean": 1, "reason": "r"}]},
        {"id": "ci", "question": "q", "help": "h", "kind": "choice", "weight": 1, "dimension": "readiness",
         "options": [{"id": "no", "label": "no", "lean": 0, "reason": "r"},
                     {"id": "yes", "label": "yes", "lean": 1, "reason": "r"}]}
       ],
       \(ScoringReviewRegressionTests.verdictsJSON),
       "rules": [{"id": "not-ready", "reason": "r", "when": \(when), "cap": "modular_monolith"}]}
      """)
  }

  /// With no readiness answered, a readiness test is false as a test of an unanswered factor is:
  /// "below 60" does not hold, and so "not at least 60" does. The rubric says which it means.
  @Test func aReadinessTestWithNothingAnsweredIsFalseLikeAnUnansweredFactor() throws {
    var answers = Answers()
    answers["n"] = .choice("hi")
    let below = Scorer(rubric: try Self.rubric(#"{"readiness": {"below": 60}}"#)).score(answers)
    let notAtLeast = Scorer(rubric: try Self.rubric(#"{"not": {"readiness": {"atLeast": 60}}}"#)).score(
      answers)
    #expect(below.readiness?.score == nil)
    #expect(below.verdict.id == "microservices")
    #expect(notAtLeast.verdict.id == "modular_monolith")
  }
}

@Suite struct RuleConflictPerRuleTests {
  /// A rule that forces the verdict two bands from the score's is a conflict, even when a later
  /// rule brings it one band back.
  @Test func aRuleTwoBandsAwayIsAConflictEvenIfALaterRuleMovesBack() {
    let scorer = TestRubrics.scorer(
      [TestRubrics.lowMidHigh("a", weight: 1)],
      rules: [
        {
          var r = TestRubrics.rule("force-up", when: .choiceIs(factor: "a", options: ["low"]), caveat: "c");
          r.force = "microservices"; return r
        }(),
        {
          var r = TestRubrics.rule("cap", when: .choiceIs(factor: "a", options: ["low"]), caveat: "c");
          r.cap = "modular_monolith"; return r
        }(),
      ])
    var answers = Answers()
    answers["a"] = .choice("low")
    let report = scorer.score(answers)
    #expect(report.scoreVerdict.id == "monolith")
    #expect(report.firedRules.map(\.verdictAfter) == ["microservices", "modular_monolith"])
    #expect(report.conflicts.map(\.rule).contains("force-up"), "\(report.conflicts)")
  }
}

@Suite struct NonIntegerFlipNarrowingTests {
  @Test func narrowedValueIsOneAPersonWouldType() throws {
    let rubric = try ScoringReviewRegressionTests.load(
      """
      {"schema": "archadvisor.rubric/2", "id": "t", "version": "1", "title": "t",
       "factors": [
        {"id": "x", "question": "q", "help": "h", "kind": "number", "weight": 1, "minimum": 0, "maximum": 100,
         "bands": [{"atLeast": 0, "below": 101, "lean": -1, "leanTo": 1, "reason": "r"}]}
       ],
       \(ScoringReviewRegressionTests.verdictsJSON)}
      """)
    var answers = Answers()
    answers["x"] = .number(50)
    let flips = Scorer(rubric: rubric).score(answers).flips
    let values = flips.compactMap { flip -> Double? in
      if case .number(let v) = flip.changes[0].to { return v }
      return nil
    }
    #expect(!values.isEmpty)
    #expect(values.allSatisfy { abs($0 * 100 - ($0 * 100).rounded()) < 1e-6 }, "narrowed to \(values)")
  }
}
