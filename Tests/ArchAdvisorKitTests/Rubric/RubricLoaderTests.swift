import Foundation
import Glibc
import Testing

@testable import ArchAdvisorKit

/// The rubric fixtures in `Fixtures/rubrics/`: `valid-minimal.json` and one broken copy of it per
/// problem the loader must find.
enum RubricFixture {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent("rubrics")

  static func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  /// The valid fixture, loaded.
  static func valid() throws -> Rubric {
    try RubricLoader().load(bytes("valid-minimal.json"), file: "valid-minimal.json")
  }

  /// The problems loading a fixture gives; empty when it loads.
  static func problems(_ name: String) throws -> [RubricProblem] {
    let data = try bytes(name)
    do {
      _ = try RubricLoader().load(data, file: name)
      return []
    } catch {
      return error.problems
    }
  }
}

/// One problem a fixture must report: where, at which path, and a phrase of the message.
struct ExpectedProblem: Sendable, CustomStringConvertible {
  var line: Int
  var column: Int
  var path: String
  var phrase: String

  init(_ line: Int, _ column: Int, _ path: String, _ phrase: String) {
    self.line = line
    self.column = column
    self.path = path
    self.phrase = phrase
  }

  func matches(_ problem: RubricProblem) -> Bool {
    problem.position?.line == line && problem.position?.column == column && problem.path == path
      && problem.message.contains(phrase)
  }

  var description: String { "\(line):\(column): \(path): …\(phrase)…" }
}

/// A broken fixture and every problem it must report (and no others, unless `count` says so).
struct ProblemCase: Sendable, CustomTestStringConvertible {
  var name: String
  var expected: [ExpectedProblem]
  var count: Int

  init(_ name: String, _ expected: [ExpectedProblem], count: Int? = nil) {
    self.name = name
    self.expected = expected
    self.count = count ?? expected.count
  }

  var file: String { name + ".json" }
  var testDescription: String { name }

  // Positions were worked out from the fixture texts by a separate script, not by the loader.
  static let all: [ProblemCase] = [
    ProblemCase(
      "duplicate-factor-id",
      [.init(25, 13, "factors[1].id", "duplicate factor id `team_size`; factors[0] already has it")]),
    ProblemCase("missing-reason", [.init(20, 9, "factors[0].bands[1]", "missing key `reason`")]),
    ProblemCase("empty-reason", [.init(47, 71, "factors[2].options[1].reason", "must not be empty")]),
    ProblemCase("zero-weight", [.init(43, 17, "factors[2].weight", "weight must be greater than 0, got 0")]),
    ProblemCase(
      "negative-weight", [.init(56, 17, "factors[3].weight", "weight must be greater than 0, got -1")]),
    ProblemCase("lean-out-of-range", [.init(59, 62, "factors[3].options[1].lean", "2.5 is outside -1…1")]),
    ProblemCase(
      "overlapping-bands",
      [
        .init(
          21, 22, "factors[0].bands[2].atLeast", "overlaps the band before it: 15 to under 20 falls in both")
      ]),
    ProblemCase(
      "gapped-bands",
      [.init(20, 22, "factors[0].bands[1].atLeast", "leaves a gap: nothing covers 6 to under 8")]),
    ProblemCase(
      "bands-out-of-order",
      [
        .init(
          35, 22, "factors[1].bands[1].atLeast",
          "out of order: this band starts at 90, before the band before it (99 to under 101)")
      ]),
    ProblemCase(
      "bands-not-covering-minimum",
      [.init(19, 22, "factors[0].bands[0].atLeast", "answers from 1 to under 2 fall in no band")]),
    ProblemCase(
      "bands-not-covering-maximum",
      [.init(35, 35, "factors[1].bands[1].below", "answers of exactly 100 fall in no band")]),
    ProblemCase(
      "counts-not-covering",
      [.init(81, 34, "factors[4].counts[2].below", "counts of exactly 6 fall in no band")]),
    ProblemCase(
      "too-many-set-options",
      [.init(70, 18, "factors[4].options", "has 65 options; a set factor may have at most 64")]),
    ProblemCase(
      "verdicts-not-covering",
      [
        .init(
          88, 115, "verdicts[2].below",
          "scores of exactly 100 have no verdict; leave out `below` on the last verdict or make it greater than 100"
        )
      ]),
    ProblemCase(
      "verdicts-not-covering-low",
      [.init(86, 93, "verdicts[0].atLeast", "scores from -100 to under -90 have no verdict")]),
    ProblemCase(
      "verdicts-gapped",
      [.init(87, 131, "verdicts[1].atLeast", "leaves a gap: nothing covers -20 to under -10")]),
    ProblemCase(
      "verdicts-overlapping",
      [.init(88, 102, "verdicts[2].atLeast", "overlaps the band before it: 20 to under 30 falls in both")]),
    ProblemCase(
      "rule-unknown-factor",
      [.init(102, 27, "rules[1].when.factor", "unknown factor `team_sise`; did you mean `team_size`?")]),
    ProblemCase(
      "rule-unknown-option",
      [
        .init(
          108, 70, "rules[2].when.not.is[1]",
          "unknown option `in_proces` of `inference`; did you mean `in_process`?")
      ]),
    ProblemCase(
      "rule-unknown-verdict",
      [.init(103, 14, "rules[1].cap", "unknown verdict `monolit`; did you mean `monolith`?")]),
    ProblemCase(
      "rule-wrong-operator",
      [
        .init(
          102, 40, "rules[1].when.is",
          "`is` tests a choice factor, but `team_size` is a number factor; test it with `atLeast`/`below`")
      ]),
    ProblemCase(
      "rule-no-effect",
      [
        .init(
          117, 5, "rules[4]",
          "has no effect; give it at least one of `caveat`, `cap`, `floor`, `force`, `prerequisites`, `prerequisitesFrom`"
        )
      ]),
    ProblemCase(
      "rule-prerequisites-from-choice",
      [
        .init(
          97, 29, "rules[0].prerequisitesFrom[0]",
          "`scaling` is a choice factor; `prerequisitesFrom` takes set factors")
      ]),
    ProblemCase(
      "rule-two-forms",
      [.init(120, 15, "rules[4].when", "a condition has one form, but this one has `factor` and `verdict`")]),
    ProblemCase(
      "rule-cap-below-floor",
      [.init(95, 7, "rules[0].cap", "`cap` `modular_monolith` is below `floor` `microservices`")]),
    ProblemCase(
      "condition-typo",
      [
        .init(120, 17, "rules[4].when", "unknown key `factr`; did you mean `factor`?"),
        .init(
          120, 15, "rules[4].when",
          "a condition needs one of `all`, `any`, `not`, `factor`, `score`, `readiness`, `verdict`"),
      ]),
    ProblemCase(
      "duplicate-rule-id",
      [.init(106, 13, "rules[2].id", "duplicate rule id `small_team`; rules[1] already has it")]),
    ProblemCase(
      "duplicate-option-id",
      [
        .init(
          47, 17, "factors[2].options[1].id",
          "duplicate option id `steady`; factors[2].options[0] already has it")
      ]),
    ProblemCase(
      "duplicate-verdict-id",
      [.init(88, 13, "verdicts[2].id", "duplicate verdict id `monolith`; verdicts[0] already has it")],
      count: 3),
    ProblemCase(
      "duplicate-key", [.init(14, 7, "factors[0]", "key `weight` is written twice, at 13:7 and at 14:7")]),
    ProblemCase(
      "unknown-key-typo",
      [
        .init(29, 7, "factors[1]", "unknown key `wieght`; did you mean `weight`?"),
        .init(24, 5, "factors[1]", "missing key `weight`"),
      ]),
    ProblemCase(
      "misplaced-key",
      [
        .init(
          16, 7, "factors[0]", "`options` does not belong to a number factor (only to choice and set factors)"
        )
      ]),
    ProblemCase(
      "unknown-kind", [.init(67, 15, "factors[4].kind", "unknown kind `sets`; did you mean `set`?")]),
    ProblemCase(
      "unknown-schema",
      [
        .init(
          2, 13, "schema",
          "unsupported schema `archadvisor.rubric/9`; this archadvisor reads archadvisor.rubric/1 and archadvisor.rubric/2"
        )
      ]),
    ProblemCase("missing-schema", [.init(1, 1, "", "missing key `schema`")]),
    ProblemCase("wrong-type", [.init(68, 17, "factors[4].weight", "expected a number, got a string")]),
    ProblemCase("invalid-rule-id", [.init(92, 13, "rules[0].id", "`Skills first` is not a valid rule id")]),
    ProblemCase(
      "invalid-option-id",
      [
        .init(
          76, 17, "factors[4].options[5].id",
          "`fault-tolerance` is not a valid option id; use lowercase letters, digits and `_`, starting with a letter"
        )
      ]),
    ProblemCase(
      "invalid-default",
      [
        .init(
          44, 18, "factors[2].default",
          "not a valid answer: \"huge\" is not an option; expected one of steady, growing, spiky")
      ]),
    ProblemCase(
      "minimum-above-maximum",
      [.init(31, 18, "factors[1].minimum", "`minimum` 101 is greater than `maximum` 100")]),
    ProblemCase(
      "example-invalid-answer",
      [
        .init(
          127, 33, "examples[0].answers.team_size", "expected a whole number of engineers ≥ 1, got a string")
      ]),
    ProblemCase(
      "example-unknown-factor",
      [
        .init(
          127, 36, "examples[0].answers.scalling", "unknown factor \"scalling\" (did you mean \"scaling\"?)")
      ]),
    ProblemCase(
      "example-unknown-verdict",
      [.init(128, 17, "examples[0].expect", "unknown verdict `monolit`; did you mean `monolith`?")]),
    ProblemCase("missing-factor-id", [.init(8, 5, "factors[0]", "missing key `id`")]),
    ProblemCase(
      "empty-score-condition",
      [.init(94, 36, "rules[0].when.all[0].score", "give `atLeast`, `below` or both")]),
    ProblemCase("empty-any", [.init(114, 24, "rules[3].when.any", "needs at least one condition")]),
    ProblemCase(
      "two-factor-tests",
      [
        .init(
          114, 25, "rules[3].when.any[0]",
          "a factor condition has one test, but this one has `hasAll` and `lacksAny`")
      ]),
    ProblemCase(
      "empty-band", [.init(20, 9, "factors[0].bands[1]", "`atLeast` 20 must be less than `below` 20")]),
    ProblemCase(
      "band-missing-at-least",
      [.init(20, 9, "factors[0].bands[1]", "only the first band may leave out `atLeast`")]),
    ProblemCase(
      "bands-open-low-without-minimum",
      [
        .init(
          33, 22, "factors[1].bands[0].atLeast",
          "answers under 90 fall in no band; leave out `atLeast` on the first band or set `minimum`")
      ]),
  ]
}

@Suite("Rubric loader")
struct RubricLoaderTests {
  @Test("the valid fixture loads with everything in it")
  func validFixture() throws {
    let rubric = try RubricFixture.valid()
    #expect(rubric.id == "minimal-test")
    #expect(rubric.version == "1.0.0")
    #expect(rubric.description?.hasPrefix("Used by the tests") == true)
    #expect(rubric.factors.map(\.id) == ["team_size", "availability", "scaling", "inference", "skills"])
    #expect(rubric.verdicts.map(\.id) == ["monolith", "modular_monolith", "microservices"])
    #expect(
      rubric.rules.map(\.id) == [
        "skills-first", "small_team", "own_models", "traced_platform", "unknown_scaling",
      ])
    #expect(rubric.examples.map(\.name) == ["small prototype", "large platform"])

    let teamSize = try #require(rubric.factor("team_size"))
    #expect(teamSize.weight == 3)
    #expect(teamSize.defaultAnswer == .number(5))
    guard case .number(let spec) = teamSize.kind else {
      Issue.record("team_size is not a number factor")
      return
    }
    #expect(spec.integer && spec.unit == "engineers" && spec.minimum == 1 && spec.maximum == nil)
    #expect(spec.bands.map(\.band) == [Band(below: 6), Band(atLeast: 6, below: 20), Band(atLeast: 20)])
    #expect(spec.bands.map(\.lean) == [-0.8, 0, 0.8])

    let scaling = try #require(rubric.factor("scaling"))
    #expect(scaling.defaultAnswer == .choice("steady"))
    guard case .choice(let options) = scaling.kind else {
      Issue.record("scaling is not a choice factor")
      return
    }
    #expect(options.map(\.id) == ["steady", "growing", "spiky"])
    #expect(options[2].help == "Bursts of ten times the usual load.")
    #expect(options[0].help == nil)

    let skills = try #require(rubric.factor("skills"))
    #expect(skills.defaultAnswer == .set(["containers"]))
    guard case .set(let set) = skills.kind else {
      Issue.record("skills is not a set factor")
      return
    }
    #expect(set.options.count == 6)
    #expect(set.options[4].prerequisite == "Trace requests across services.")
    #expect(set.counts.map(\.band) == [Band(below: 2), Band(atLeast: 2, below: 5), Band(atLeast: 5)])

    #expect(
      rubric.verdicts.map(\.band) == [Band(below: -20), Band(atLeast: -20, below: 20), Band(atLeast: 20)])
    #expect(
      rubric.examples[1].answers["skills"]
        == .set(["containers", "orchestration", "networking", "security", "tracing"]))
    #expect(rubric.examples[1].answers["availability"] == .number(99.95))
    #expect(rubric.examples[0].answers["availability"] == nil)
    #expect(rubric.examples[0].expect == "monolith")
  }

  @Test("every condition form and rule effect is read into the model")
  func rulesOfTheValidFixture() throws {
    let rules = try RubricFixture.valid().rules
    #expect(
      rules[0].condition
        == .all([
          .scoreIn(Band(atLeast: 20)), .lacksAny(factor: "skills", options: ["orchestration", "tracing"]),
        ]))
    #expect(rules[0].cap == "modular_monolith")
    #expect(rules[0].caveat == "Build the missing skills before splitting.")
    #expect(rules[0].prerequisitesFrom == ["skills"])
    #expect(rules[1].condition == .numberIn(factor: "team_size", band: Band(below: 4)))
    #expect(rules[1].cap == "monolith" && rules[1].floor == nil && rules[1].force == nil)
    #expect(
      rules[2].condition == .not(.choiceIs(factor: "inference", options: ["hosted_api", "in_process"])))
    #expect(rules[2].prerequisites == ["A runbook for the model servers."])
    #expect(
      rules[3].condition
        == .any([
          .hasAll(factor: "skills", options: ["tracing", "orchestration"]), .verdictIs(["microservices"]),
        ]))
    #expect(rules[3].floor == "modular_monolith")
    #expect(rules[4].condition == .answered(factor: "scaling", false))
  }

  @Test("each broken fixture reports its problem at its line, column and path", arguments: ProblemCase.all)
  func brokenFixture(_ problemCase: ProblemCase) throws {
    let problems = try RubricFixture.problems(problemCase.file)
    for expected in problemCase.expected {
      #expect(
        problems.contains(where: expected.matches),
        "missing \(expected) in:\n\(problems.map(\.description).joined(separator: "\n"))")
    }
    #expect(
      problems.count == problemCase.count, "\(problems.map(\.description).joined(separator: "\n"))")
    #expect(problems.allSatisfy { $0.file == problemCase.file })
  }

  @Test("a rubric with many problems reports all of them, in file order")
  func severalProblems() throws {
    let expected: [ExpectedProblem] = [
      .init(20, 22, "factors[0].bands[1].atLeast", "leaves a gap: nothing covers 6 to under 8"),
      .init(24, 5, "factors[1]", "missing key `weight`"),
      .init(29, 7, "factors[1]", "unknown key `wieght`; did you mean `weight`?"),
      .init(45, 7, "factors[2]", "key `default` is written twice, at 44:7 and at 45:7"),
      .init(60, 62, "factors[3].options[1].lean", "2.5 is outside -1…1"),
      .init(88, 131, "verdicts[1].atLeast", "leaves a gap: nothing covers -20 to under -10"),
      .init(103, 27, "rules[1].when.factor", "unknown factor `team_sise`; did you mean `team_size`?"),
      .init(129, 17, "examples[0].expect", "unknown verdict `monolit`; did you mean `monolith`?"),
    ]
    let problems = try RubricFixture.problems("several-problems.json")
    #expect(problems.count == expected.count, "\(problems.map(\.description).joined(separator: "\n"))")
    for (problem, expected) in zip(problems, expected) {
      #expect(expected.matches(problem), "\(problem) is not \(expected)")
    }
  }

  @Test("a JSON syntax error is one problem at the parser's position, with no path")
  func syntaxError() throws {
    let problems = try RubricFixture.problems("syntax-error.json")
    #expect(problems.count == 1)
    let problem = try #require(problems.first)
    #expect(problem.file == "syntax-error.json")
    #expect(problem.position?.line == 5 && problem.position?.column == 73)
    #expect(problem.path == "")
    #expect(problem.description.hasPrefix("syntax-error.json:5:73: "))
  }

  @Test("a document that is not an object is one problem")
  func notAnObject() throws {
    let problems = try RubricFixture.problems("not-an-object.json")
    #expect(problems.map(\.description) == ["not-an-object.json:1:1: expected an object, got an array"])
  }

  @Test("an answers file given as a rubric is one problem, not one per missing key")
  func notARubric() throws {
    let problems = try RubricFixture.problems("not-a-rubric.json")
    #expect(problems.count == 1)
    #expect(problems.first?.message.hasPrefix("not an archadvisor rubric") == true)
    #expect(problems.first?.position == .start)
  }

  @Test("an unsupported schema hides the rest of the file's problems")
  func unsupportedSchemaStops() throws {
    var text = String(decoding: try RubricFixture.bytes("unknown-key-typo.json"), as: UTF8.self)
    text = text.replacingOccurrences(of: "archadvisor.rubric/1", with: "archadvisor.rubric/9")
    do {
      _ = try RubricLoader().load(Array(text.utf8), file: nil)
      Issue.record("a rubric of schema 9 loaded")
    } catch {
      #expect(
        error.problems.map(\.description) == [
          "2:13: schema: unsupported schema `archadvisor.rubric/9`; this archadvisor reads archadvisor.rubric/1 and "
            + "archadvisor.rubric/2"
        ])
    }
  }

  @Test("the shipped default rubric loads without problems")
  func defaultRubric() throws {
    let rubric = try RubricLoader().load(Array(DefaultRubric.json.utf8), file: "genai-architecture.json")
    #expect(rubric.id == "genai-architecture")
    #expect(rubric.verdicts.map(\.id) == ["monolith", "modular_monolith", "microservices"])
  }

  /// Release builds load this in about 0.1 s; debug builds (what `swift test` runs) are several
  /// times slower, so the bound here is what catches a check that grows faster than the rubric.
  @Test("a rubric with 10,000 factors and 1,000 rules is checked in linear time")
  func largeRubric() throws {
    var text =
      #"{"schema": "archadvisor.rubric/1", "id": "big", "version": "1", "title": "Big", "factors": ["#
    for index in 0..<10_000 {
      if index > 0 { text += "," }
      text +=
        #"{"id": "f\#(index)", "question": "Q?", "help": "H.", "kind": "choice", "weight": 1, "options": ["#
      text +=
        #"{"id": "a", "label": "A", "lean": -1, "reason": "R."}, {"id": "b", "label": "B", "lean": 1, "reason": "R."}]}"#
    }
    text += #"], "verdicts": [{"id": "m", "label": "M", "summary": "S.", "below": 0}, "#
    text += #"{"id": "s", "label": "S", "summary": "S.", "atLeast": 0}], "rules": ["#
    for index in 0..<1_000 {
      if index > 0 { text += "," }
      text +=
        #"{"id": "r\#(index)", "reason": "R.", "when": {"factor": "f\#(index * 7)", "is": ["b"]}, "cap": "m"}"#
    }
    text += "]}"
    let value = try JSONParser().parse(Array(text.utf8))
    // Processor time of this thread, so that other work on a busy machine does not count.
    func cpuSeconds() -> Double {
      var now = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
      return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
    let start = cpuSeconds()
    let rubric = try RubricLoader().load(value, file: nil)
    let elapsed = cpuSeconds() - start
    #expect(rubric.factors.count == 10_000)
    #expect(rubric.rules.count == 1_000)
    #expect(elapsed < 3, "took \(elapsed) s")
  }

  @Test("problems render as file:line:column: path: message, leaving out what is unknown")
  func problemDescription() {
    let position = SourcePosition(line: 42, column: 17, offset: 900)
    let path = "factors[3].options[1].lean"
    let message = "2.5 is outside -1…1"
    #expect(
      RubricProblem(file: "my-rubric.json", position: position, path: path, message: message).description
        == "my-rubric.json:42:17: factors[3].options[1].lean: 2.5 is outside -1…1")
    #expect(
      RubricProblem(position: position, path: path, message: message).description
        == "42:17: factors[3].options[1].lean: 2.5 is outside -1…1")
    #expect(
      RubricProblem(file: "my-rubric.json", position: position, message: "unexpected end of input")
        .description
        == "my-rubric.json:42:17: unexpected end of input")
    #expect(
      RubricProblem(file: "my-rubric.json", path: "id", message: "must not be empty").description
        == "my-rubric.json: id: must not be empty")
    #expect(RubricProblem(message: "no rubric").description == "no rubric")
  }

  @Test("problems are sorted by position, unpositioned first, ties in the order found")
  func problemOrder() {
    let late = SourcePosition(line: 9, column: 1, offset: 90)
    let early = SourcePosition(line: 2, column: 5, offset: 12)
    let problems = RubricProblems([
      RubricProblem(position: late, message: "late"),
      RubricProblem(position: early, message: "early, found first"),
      RubricProblem(message: "nowhere"),
      RubricProblem(position: early, message: "early, found second"),
    ])
    #expect(
      problems.problems.map(\.message) == ["nowhere", "early, found first", "early, found second", "late"])
    #expect(problems.description == "nowhere\n2:5: early, found first\n2:5: early, found second\n9:1: late")
  }
}
