import Testing

@testable import ArchAdvisorKit

/// What rubric format v2 adds to loading, each broken fixture being `v2-valid.json` (or, for the
/// v1 case, `valid-minimal.json`) with one thing broken; and the case library's own checks.
@Suite struct RubricV2LoaderTests {
  static let cases: [ProblemCase] = [
    ProblemCase(
      "v2-weight-too-large",
      [.init(17, 17, "factors[0].weight", "weight 1e+308 is outside 0.001 … 1000")]),
    ProblemCase(
      "v2-readiness-negative-lean",
      [.init(63, 54, "factors[3].options[0].lean", "lean -0.5 is below 0; a readiness factor leans 0")]),
    ProblemCase(
      "v2-readiness-short-span",
      [.init(55, 5, "factors[3]", "a readiness factor's levels must run from 0 (nothing in place) to 1")]),
    ProblemCase(
      "v2-lean-to-open-band",
      [.init(24, 38, "factors[0].bands[2].leanTo", "`leanTo` needs a band with both `atLeast` and `below`")]),
    ProblemCase(
      "v2-unknown-component",
      [
        .init(
          85, 32, "rules[1].split[0].component",
          "unknown component `model_infrence`; did you mean `model_inference`?")
      ]),
    ProblemCase(
      "v1-with-v2-keys",
      [
        .init(14, 7, "factors[0].dimension", "`dimension` belongs to rubric format v2"),
        .init(103, 17, "rules[1].when.readiness", "`readiness` belongs to rubric format v2"),
      ]),
  ]

  @Test(arguments: cases)
  func eachBrokenV2FixtureReportsItsProblem(_ problemCase: ProblemCase) throws {
    let problems = try RubricFixture.problems(problemCase.name + ".json")
    for expected in problemCase.expected {
      #expect(problems.contains(where: expected.matches), "\(expected) in \(problems)")
    }
    #expect(problems.count == problemCase.expected.count, "\(problems)")
  }

  @Test func aFactorWhoseFlagIsReservedIsReportedAtItsID() throws {
    let bytes = try RubricFixture.bytes("valid-minimal.json")
    do {
      _ = try RubricLoader(reservedFlagNames: ["team-size", "output"]).load(bytes, file: "r.json")
      Issue.record("a factor with a reserved flag loaded")
    } catch {
      #expect(error.problems.count == 1)
      #expect(error.problems.first?.path == "factors[0].id")
      #expect(error.problems.first?.message.contains("--team-size, which archadvisor already has") == true)
      #expect(error.problems.first?.message.hasSuffix("(reserved: output, team_size)") == true, "\(error)")
    }
    #expect(throws: Never.self) { try RubricLoader().load(bytes, file: nil) }
  }

  @Test func theValidV2FixtureLoadsAndItsExamplesAgree() throws {
    let rubric = try ScoringModelV2Tests.rubric()
    #expect(Scorer(rubric: rubric).checkExamples().isEmpty)
  }

  @Test func aCaseLibraryLoadsWithItsSourcesNotesAndHeldAsideCases() throws {
    let rubric = try ScoringModelV2Tests.rubric()
    let library = try CaseLibraryLoader(rubric: rubric).load(
      try RubricFixture.bytes("v2-valid.cases.json"), file: "v2-valid.cases.json")
    #expect(library.cases.map(\.id) == ["acme-2020", "tiny-2021"])
    let tiny = library.cases[1]
    #expect(tiny.kind == .generativeAI && tiny.isAI)
    #expect(tiny.path == .deliberate)
    #expect(tiny.splitFirst == ["model_inference"])
    #expect(tiny.heldAside && !library.cases[0].heldAside)
    #expect(
      tiny.source
        == CaseSource(
          title: "Why Tiny stayed small", author: "A. Person", url: "https://example.org/tiny",
          date: "2021-03"))
    #expect(tiny.answers.values == ["team_size": .number(3), "scaling": .choice("steady")])
    #expect(tiny.notes["scaling"] == "\"the same load every day\"")
    let agreement = Scorer(rubric: rubric).agreement(on: library)
    #expect(agreement.all.total == 2 && agreement.all.agreeing == 2)
    #expect(agreement.heldAside.total == 1 && agreement.tuning.total == 1)
    #expect(agreement.misses.isEmpty)
  }

  @Test func aBrokenCaseLibraryReportsEveryProblemWithItsLocation() throws {
    let rubric = try ScoringModelV2Tests.rubric()
    let bytes = try RubricFixture.bytes("cases-broken.json")
    do {
      _ = try CaseLibraryLoader(rubric: rubric).load(bytes, file: "cases.json")
      Issue.record("a broken case library loaded")
    } catch {
      let expected: [String] = [
        "cases.json:13:16: cases[0].chose: unknown verdict `micro_services`; did you mean `microservices`?",
        "cases.json:17:58: cases[0].answers.latency: unknown factor \"latency\"; expected one of team_size, scaling, skills, delivery",
        "cases.json:18:16: cases[0].notes: the answer to `scaling` has no note; say which fact of the source it comes from",
        "cases.json:31:83: cases[1].source.url: \"example.org/tiny\" is not a web address; give the source's http(s) address",
      ]
      #expect(error.problems.map(\.description) == expected)
    }
  }

  /// A confusion table counts each case once, in the row of what it chose.
  @Test func agreementTablesCountEachCaseOnce() throws {
    let rubric = try ScoringModelV2Tests.rubric()
    var library = try CaseLibraryLoader(rubric: rubric).load(
      try RubricFixture.bytes("v2-valid.cases.json"), file: nil)
    library.cases[0].chose = "monolith"
    let agreement = Scorer(rubric: rubric).agreement(on: library)
    #expect(agreement.all.counts == [[1, 0, 1], [0, 0, 0], [0, 0, 0]])
    #expect(agreement.all.share == 0.5)
    #expect(agreement.misses.map(\.caseID) == ["acme-2020"])
    #expect(agreement.misses.first?.verdict == "microservices")
  }
}
