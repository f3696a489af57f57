import Testing

@testable import ArchAdvisorKit

/// Rules: their effects, their order, and what their conditions see.
@Suite struct RuleEvaluationTests {
  /// load (steady −1, growing 0.1, spiky 1) and stage (prototype 0, production 0), weight 1 each;
  /// skills (containers, tracing, orchestration; every count leans 0), weight 1.
  static let factors = [
    TestRubrics.choice("load", weight: 1, [("steady", -1), ("growing", 0.1), ("spiky", 1)]),
    TestRubrics.choice("stage", weight: 1, [("prototype", 0), ("production", 0)]),
    TestRubrics.set(
      "skills", weight: 1, options: ["containers", "tracing", "orchestration"], counts: [(0, 4, 0)]),
  ]

  /// Spiky load in production: (1 + 0 + 0) / 3 × 100 = 33.3 → microservices (skills unknown,
  /// counting with its neutral lean 0).
  static let spiky = Answers(values: ["load": .choice("spiky"), "stage": .choice("production")])
  /// Steady load in production: (−1 + 0 + 0) / 3 × 100 = −33.3 → monolith.
  static let steady = Answers(values: ["load": .choice("steady"), "stage": .choice("production")])

  let inProduction = Condition.choiceIs(factor: "stage", options: ["production"])

  func score(_ answers: Answers, _ rules: [Rule]) -> Report {
    TestRubrics.scorer(Self.factors, rules: rules).score(answers)
  }

  @Test func capHoldsTheVerdictBack() {
    let report = score(Self.spiky, [TestRubrics.rule("gate", when: inProduction, cap: "modular_monolith")])
    #expect(report.score == 33.3)
    #expect(report.scoreVerdict.id == "microservices")
    #expect(report.verdict.id == "modular_monolith")
    #expect(
      report.firedRules == [
        FiredRule(
          id: "gate", reason: "Because of gate.", verdictBefore: "microservices",
          verdictAfter: "modular_monolith")
      ])
    #expect(report.firedRules.first?.changedVerdict == true)
  }

  @Test func capDoesNotRaiseAVerdictBelowIt() {
    let report = score(Self.steady, [TestRubrics.rule("gate", when: inProduction, cap: "modular_monolith")])
    #expect(report.verdict.id == "monolith")
    // The rule fired (its condition held) but left the verdict where it was.
    #expect(report.firedRules.map(\.verdictAfter) == ["monolith"])
    #expect(report.firedRules.first?.changedVerdict == false)
  }

  @Test func floorRaisesAVerdictBelowIt() {
    let report = score(Self.steady, [TestRubrics.rule("gate", when: inProduction, floor: "modular_monolith")])
    #expect(report.scoreVerdict.id == "monolith")
    #expect(report.verdict.id == "modular_monolith")
  }

  @Test func floorDoesNotLowerAVerdictAboveIt() {
    let report = score(Self.spiky, [TestRubrics.rule("gate", when: inProduction, floor: "modular_monolith")])
    #expect(report.verdict.id == "microservices")
  }

  @Test func forceSetsTheVerdictEitherWay() {
    let rules = [TestRubrics.rule("gate", when: inProduction, force: "modular_monolith")]
    #expect(score(Self.spiky, rules).verdict.id == "modular_monolith")
    #expect(score(Self.steady, rules).verdict.id == "modular_monolith")
  }

  @Test func caveatsAreCollectedInOrderWithoutRepeats() {
    let report = score(
      Self.spiky,
      [
        TestRubrics.rule("one", when: inProduction, caveat: "Watch latency."),
        TestRubrics.rule("two", when: inProduction, caveat: "Budget for tracing."),
        TestRubrics.rule("three", when: inProduction, caveat: "Watch latency."),
      ])
    #expect(report.caveats == ["Watch latency.", "Budget for tracing."])
    #expect(report.firedRules.map(\.id) == ["one", "two", "three"])
  }

  @Test func aRuleWhoseConditionFailsDoesNothing() {
    let report = score(
      Self.spiky,
      [
        TestRubrics.rule(
          "proto", when: .choiceIs(factor: "stage", options: ["prototype"]), caveat: "Prototype.")
      ])
    #expect(report.caveats.isEmpty)
    #expect(report.firedRules.isEmpty)
  }

  @Test func prerequisitesAreCollectedWithoutRepeats() {
    let report = score(
      Self.spiky,
      [
        TestRubrics.rule("one", when: inProduction, prerequisites: ["CI", "Monitoring"]),
        TestRubrics.rule("two", when: inProduction, prerequisites: ["Monitoring", "On-call"]),
      ])
    #expect(report.prerequisites == ["CI", "Monitoring", "On-call"])
  }

  @Test func prerequisitesFromAKnownSetListWhatTheTeamLacks() {
    var answers = Self.spiky
    answers["skills"] = .set(["containers", "orchestration"])
    let report = score(
      answers,
      [TestRubrics.rule("ready", when: inProduction, prerequisites: ["CI"], prerequisitesFrom: ["skills"])])
    #expect(report.prerequisites == ["CI", "Build tracing"])
  }

  @Test func prerequisitesFromASetHeldInFullListNothing() {
    var answers = Self.spiky
    answers["skills"] = .set(["containers", "tracing", "orchestration"])
    let report = score(
      answers, [TestRubrics.rule("ready", when: inProduction, prerequisitesFrom: ["skills"])])
    #expect(report.prerequisites.isEmpty)
    #expect(report.firedRules.map(\.id) == ["ready"])
  }

  @Test func prerequisitesFromAnUnknownSetAskForTheAnswerInstead() {
    // The team has not said what it has: nothing is listed as missing, the set is to be answered.
    let report = score(
      Self.spiky, [TestRubrics.rule("ready", when: inProduction, prerequisitesFrom: ["skills"])])
    #expect(report.prerequisites.isEmpty)
    #expect(report.nextQuestions.contains("skills"))
  }

  @Test func ruleOrderMatters() {
    let force = TestRubrics.rule("force", when: inProduction, force: "microservices")
    let cap = TestRubrics.rule("cap", when: inProduction, cap: "modular_monolith")
    // Steady load scores monolith. Force then cap: microservices, capped to modular_monolith.
    #expect(score(Self.steady, [force, cap]).verdict.id == "modular_monolith")
    // Cap then force: the cap leaves monolith alone, then the force wins.
    #expect(score(Self.steady, [cap, force]).verdict.id == "microservices")
  }

  @Test func verdictConditionSeesWhatEarlierRulesLeft() {
    let force = TestRubrics.rule("force", when: inProduction, force: "microservices")
    let sawMicroservices = TestRubrics.rule(
      "saw-micro", when: .verdictIs(["microservices"]), caveat: "Saw microservices.")
    let sawMonolith = TestRubrics.rule("saw-mono", when: .verdictIs(["monolith"]), caveat: "Saw monolith.")
    // Steady load scores monolith; after the force the later rules see microservices.
    let report = score(Self.steady, [force, sawMicroservices, sawMonolith])
    #expect(report.caveats == ["Saw microservices."])
    // Before the force, a verdict condition sees the score's verdict.
    let before = score(Self.steady, [sawMonolith, force, sawMicroservices])
    #expect(before.caveats == ["Saw monolith.", "Saw microservices."])
    #expect(
      before.firedRules.map { "\($0.id):\($0.verdictBefore)→\($0.verdictAfter)" } == [
        "saw-mono:monolith→monolith", "force:monolith→microservices",
        "saw-micro:microservices→microservices",
      ])
  }

  @Test func aRuleChangesTheFinalVerdictButNotTheScoreVerdict() {
    let report = score(Self.steady, [TestRubrics.rule("force", when: inProduction, force: "microservices")])
    #expect(report.score == -33.3)
    #expect(report.scoreVerdict.id == "monolith")
    #expect(report.verdict.id == "microservices")
  }

  @Test func effectsNamingVerdictsOrFactorsTheRubricLacksDoNothing() {
    // A validated rubric cannot hold these; the scorer must still not trap on them.
    let report = score(
      Self.spiky,
      [
        TestRubrics.rule(
          "bad-cap", when: inProduction, cap: "nowhere", prerequisitesFrom: ["nothing", "load"]),
        TestRubrics.rule("bad-factor", when: .choiceIs(factor: "nothing", options: ["x"]), force: "monolith"),
      ])
    #expect(report.verdict.id == "microservices")
    #expect(report.firedRules.map(\.id) == ["bad-cap"])
    #expect(report.prerequisites.isEmpty)
  }
}

/// One condition and whether it holds for ``ConditionTests/answers``.
struct ConditionCase: Sendable, CustomTestStringConvertible {
  var name: String
  var condition: Condition
  var holds: Bool

  init(_ name: String, _ condition: Condition, _ holds: Bool) {
    self.name = name
    self.condition = condition
    self.holds = holds
  }

  var testDescription: String { name }
}

/// Every form of condition, tested through a rule that adds a caveat when it holds.
@Suite struct ConditionTests {
  /// load, stage and skills as in ``RuleEvaluationTests``, plus team (a number, every value
  /// leaning 0) and latency (a choice that is never answered here).
  static let factors =
    RuleEvaluationTests.factors + [
      TestRubrics.number("team", weight: 1, [(nil, nil, 0)]),
      TestRubrics.choice("latency", weight: 1, [("relaxed", -1), ("critical", 1)]),
    ]

  /// (1 + 0 + 0 + 0 + 0) / 5 × 100 = 20 → microservices; latency unknown (neutral 0).
  static let answers = Answers(values: [
    "load": .choice("spiky"), "stage": .choice("production"), "skills": .set(["containers", "tracing"]),
    "team": .number(8),
  ])

  static let yes = Condition.choiceIs(factor: "load", options: ["spiky"])
  static let no = Condition.choiceIs(factor: "load", options: ["steady"])

  static let cases: [ConditionCase] = [
    ConditionCase("choice is one of", .choiceIs(factor: "load", options: ["growing", "spiky"]), true),
    ConditionCase("choice is none of", no, false),
    ConditionCase("number in band", .numberIn(factor: "team", band: Band(atLeast: 5, below: 10)), true),
    ConditionCase("number at atLeast", .numberIn(factor: "team", band: Band(atLeast: 8)), true),
    ConditionCase("number at below", .numberIn(factor: "team", band: Band(below: 8)), false),
    ConditionCase("hasAll held", .hasAll(factor: "skills", options: ["containers", "tracing"]), true),
    ConditionCase(
      "hasAll one missing", .hasAll(factor: "skills", options: ["containers", "orchestration"]), false),
    ConditionCase(
      "lacksAny missing", .lacksAny(factor: "skills", options: ["tracing", "orchestration"]), true),
    ConditionCase("lacksAny all held", .lacksAny(factor: "skills", options: ["containers"]), false),
    ConditionCase("answered true", .answered(factor: "load", true), true),
    ConditionCase("answered false on an answer", .answered(factor: "load", false), false),
    ConditionCase("all true", .all([yes, yes]), true),
    ConditionCase("all with a false", .all([yes, no]), false),
    ConditionCase("all of nothing", .all([]), true),
    ConditionCase("any with a true", .any([no, yes]), true),
    ConditionCase("any all false", .any([no, no]), false),
    ConditionCase("any of nothing", .any([]), false),
    ConditionCase("not true", .not(yes), false),
    ConditionCase("not false", .not(no), true),
    ConditionCase("nested", .all([.any([no, yes]), .not(.all([yes, no]))]), true),
    ConditionCase("score at atLeast", .scoreIn(Band(atLeast: 20)), true),
    ConditionCase("score at below", .scoreIn(Band(below: 20)), false),
    // Readiness is NaN without readiness factors: no readiness test holds, whatever its band.
    ConditionCase("readiness without readiness factors", .readinessIn(Band()), false),
    ConditionCase("not readiness without readiness factors", .not(.readinessIn(Band(atLeast: 0))), true),
    ConditionCase("verdict is", .verdictIs(["microservices", "monolith"]), true),
    ConditionCase("verdict is not", .verdictIs(["modular_monolith"]), false),
    // A condition on an unanswered factor is false, so its negation is true.
    ConditionCase("unknown choice", .choiceIs(factor: "latency", options: ["relaxed", "critical"]), false),
    ConditionCase("not unknown choice", .not(.choiceIs(factor: "latency", options: ["critical"])), true),
    ConditionCase("unknown answered true", .answered(factor: "latency", true), false),
    ConditionCase("unknown answered false", .answered(factor: "latency", false), true),
  ]

  @Test(arguments: cases)
  func conditionHolds(_ test: ConditionCase) {
    let scorer = TestRubrics.scorer(
      Self.factors, rules: [TestRubrics.rule("probe", when: test.condition, caveat: "fired")])
    let report = scorer.score(Self.answers)
    #expect(report.score == 20)
    #expect(report.caveats == (test.holds ? ["fired"] : []))
  }

  @Test(arguments: [
    Condition.numberIn(factor: "team", band: Band()),
    .hasAll(factor: "skills", options: []),
    .lacksAny(factor: "skills", options: ["tracing"]),
    .choiceIs(factor: "load", options: ["spiky"]),
  ])
  func conditionsOnUnansweredFactorsAreFalse(_ condition: Condition) {
    // Nothing answered: even conditions that any answer would meet are false.
    let scorer = TestRubrics.scorer(
      Self.factors,
      rules: [
        TestRubrics.rule("probe", when: condition, caveat: "fired"),
        TestRubrics.rule("negated", when: .not(condition), caveat: "negation fired"),
      ])
    #expect(scorer.score(Answers()).caveats == ["negation fired"])
  }
}
