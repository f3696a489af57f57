import Testing

@testable import ArchAdvisorKit

/// Reads answers against the valid rubric fixture: team_size (whole number of engineers ≥ 1),
/// availability (number of percent from 90 to 100), scaling and inference (choices), skills (a
/// set of six options).
@Suite("Answers reader")
struct AnswersReaderTests {
  let rubric: Rubric
  let reader: AnswersReader

  init() throws {
    rubric = try RubricFixture.valid()
    reader = AnswersReader(rubric: rubric)
  }

  func factor(_ id: String) throws -> Factor { try #require(rubric.factor(id)) }

  func parse(_ text: String) throws -> JSONValue { try JSONParser().parse(Array(text.utf8)) }

  /// The answer set in `text`, read as if from `a.json`.
  func answers(_ text: String) throws -> Answers {
    try reader.answers(from: parse(text), file: "a.json")
  }

  /// The error reading the answer set in `text` gives, or `nil` if it reads.
  func answersError(_ text: String, file: String? = "a.json") throws -> AnswerError? {
    let value = try parse(text)
    do {
      _ = try reader.answers(from: value, file: file)
      return nil
    } catch {
      return error
    }
  }

  func textError(_ factorID: String, _ text: String) throws -> AnswerError? {
    let factor = try factor(factorID)
    do {
      _ = try reader.answer(for: factor, text: text)
      return nil
    } catch {
      return error
    }
  }

  func text(_ factorID: String, _ text: String) throws -> Answer {
    try reader.answer(for: factor(factorID), text: text)
  }

  // MARK: Answer sets

  @Test("an answer set with every kind of answer")
  func fullAnswerSet() throws {
    let set = try answers(
      """
      {"name": "shop", "answers": {"team_size": 8, "availability": 99.9, "scaling": "spiky",
       "inference": "hosted_api", "skills": ["tracing", "containers", "tracing"]}}
      """)
    #expect(set.name == "shop")
    #expect(
      set.values == [
        "team_size": .number(8), "availability": .number(99.9), "scaling": .choice("spiky"),
        "inference": .choice("hosted_api"), "skills": .set(["containers", "tracing"]),
      ])
  }

  @Test("null and left-out answers are unknown; the name is optional")
  func unknowns() throws {
    let set = try answers(#"{"answers": {"team_size": null, "skills": []}}"#)
    #expect(set.name == nil)
    #expect(set.values == ["skills": .set([])])
    #expect(try answers(#"{"name": null, "answers": {}}"#) == Answers())
  }

  @Test("a JSON answer's errors carry file, line, column and path")
  func locatedChoiceError() throws {
    let error = try #require(
      try answersError(
        """
        {
          "name": "shop",
          "answers": {
            "team_size": 8,
            "scaling": "huge"
          }
        }
        """))
    #expect(error.position?.line == 5 && error.position?.column == 16)
    #expect(error.path == "answers.scaling")
    #expect(error.factor == "scaling")
    #expect(
      error.description
        == #"a.json:5:16: answers.scaling: "huge" is not an option; expected one of steady, growing, spiky"#)
  }

  @Test(
    "JSON ids match as flags do, whatever their case and -/_; the canonical id is kept; a near miss is suggested"
  )
  func jsonMatchesAsFlagsDo() throws {
    #expect(try answers(#"{"answers": {"scaling": "Steady"}}"#)["scaling"] == .choice("steady"))
    #expect(try answers(#"{"answers": {"scaling": "SPIKY"}}"#)["scaling"] == .choice("spiky"))
    let error = try #require(try answersError(#"{"answers": {"scaling": "Stedy"}}"#))
    #expect(
      error.description
        == #"a.json:1:25: answers.scaling: "Stedy" is not an option (did you mean "steady"?); expected one of steady, growing, spiky"#
    )
  }

  @Test("JSON numbers: whole numbers for integer factors, within minimum and maximum, of the right type")
  func jsonNumbers() throws {
    #expect(try answers(#"{"answers": {"team_size": 8.0}}"#)["team_size"] == .number(8))
    #expect(
      try answersError(#"{"answers": {"team_size": 8.5}}"#)?.description
        == "a.json:1:27: answers.team_size: 8.5 is not a whole number; expected a whole number of engineers ≥ 1"
    )
    #expect(
      try answersError(#"{"answers": {"team_size": 0}}"#)?.description
        == "a.json:1:27: answers.team_size: 0 is below the minimum 1; expected a whole number of engineers ≥ 1"
    )
    #expect(
      try answersError(#"{"answers": {"availability": 100.5}}"#)?.message
        == "100.5 is above the maximum 100; expected a number of percent from 90 to 100")
    #expect(
      try answersError(#"{"answers": {"team_size": "8"}}"#)?.description
        == "a.json:1:27: answers.team_size: expected a whole number of engineers ≥ 1, got a string")
  }

  @Test("JSON sets: arrays of option ids, each checked where it stands")
  func jsonSets() throws {
    #expect(
      try answersError(#"{"answers": {"skills": "tracing"}}"#)?.description
        == "a.json:1:24: answers.skills: expected an array of option ids (any of containers, orchestration, "
        + "networking, security, tracing, fault_tolerance), got a string")
    #expect(
      try answersError(#"{"answers": {"skills": ["tracing", 3]}}"#)?.position?.column == 36)
    let unknown = try #require(try answersError(#"{"answers": {"skills": ["tracing", "kubernetes"]}}"#))
    #expect(unknown.position?.column == 36)
    #expect(
      unknown.message
        == #""kubernetes" is not an option; expected any of containers, orchestration, networking, security, tracing, fault_tolerance"#
    )
    #expect(
      try answersError(#"{"answers": {"scaling": ["steady"]}}"#)?.message
        == "expected one of steady, growing, spiky, got an array")
  }

  @Test("an unknown factor is named, with the nearest known one")
  func unknownFactor() throws {
    let error = try #require(try answersError(#"{"answers": {"team_sise": 8}}"#))
    #expect(
      error.description
        == #"a.json:1:14: answers.team_sise: unknown factor "team_sise" (did you mean "team_size"?)"#)
    #expect(error.factor == nil)
    #expect(
      try answersError(#"{"answers": {"colour": "red"}}"#, file: nil)?.description
        == #"1:14: answers.colour: unknown factor "colour"; expected one of team_size, availability, scaling, inference, skills"#
    )
  }

  @Test("keys written twice are errors naming both positions, also when one of them is null")
  func duplicateKeys() throws {
    #expect(
      try answersError(#"{"answers": {"team_size": 3, "team_size": 4}}"#)?.description
        == #"a.json:1:30: answers.team_size: "team_size" is answered twice, at 1:14 and at 1:30"#)
    #expect(
      try answersError(#"{"answers": {"team_size": null, "team_size": 4}}"#)?.position?.column == 33)
    #expect(
      try answersError(#"{"answers": {"team_size": 4, "team_size": null}}"#)?.position?.column == 30)
    #expect(
      try answersError(#"{"name": "a", "name": "b", "answers": {}}"#)?.description
        == #"a.json:1:15: key "name" is written twice, at 1:2 and at 1:15"#)
  }

  @Test("the answer set's own shape: an object with answers, a string name, no other keys")
  func answerSetShape() throws {
    #expect(
      try answersError(#"[{"answers": {}}]"#)?.description
        == #"a.json:1:1: expected an answer set (an object with "answers"), got an array"#)
    #expect(try answersError(#"{"name": "x"}"#)?.description == #"a.json:1:1: missing key "answers""#)
    #expect(
      try answersError(#"{"answers": []}"#)?.description
        == "a.json:1:13: answers: expected an object of answers by factor id, got an array")
    #expect(
      try answersError(#"{"name": 3, "answers": {}}"#)?.description
        == "a.json:1:10: name: expected a string, got a number")
    #expect(
      try answersError(#"{"anwsers": {}}"#)?.description
        == #"a.json:1:2: unknown key "anwsers" (did you mean "answers"?); an answer set has "name", "rubric" and "answers""#
    )
  }

  @Test("the rubric an answer set was saved against: id and version, both strings")
  func savedWithRubric() throws {
    let saved = try reader.answers(
      from: parse(#"{"rubric": {"id": "genai-architecture", "version": "1.0.0"}, "answers": {}}"#),
      file: "a.json")
    #expect(saved.savedWith == RubricVersion(id: "genai-architecture", version: "1.0.0"))
    #expect(try reader.answers(from: parse(#"{"rubric": null, "answers": {}}"#), file: nil).savedWith == nil)
    #expect(try reader.answers(from: parse(#"{"answers": {}}"#), file: nil).savedWith == nil)
    #expect(
      try answersError(#"{"rubric": "1.0.0", "answers": {}}"#)?.description
        == #"a.json:1:12: rubric: expected the rubric the answers were saved against, {"id": …, "version": …}, got a string"#
    )
    #expect(
      try answersError(#"{"rubric": {"id": "g"}, "answers": {}}"#)?.description
        == #"a.json:1:12: rubric: missing key "version"; expected the rubric the answers were saved against, {"id": …, "version": …}"#
    )
    #expect(
      try answersError(#"{"rubric": {"id": "g", "version": 2}, "answers": {}}"#)?.description
        == "a.json:1:35: rubric.version: expected a string, got a number")
    #expect(
      try answersError(#"{"rubric": {"id": "g", "id": "h", "version": "1"}, "answers": {}}"#)?.description
        .contains(#"key "id" is written twice"#) == true)
  }

  @Test("a single JSON answer: null is unknown")
  func singleJSONAnswer() throws {
    #expect(try reader.answer(for: factor("scaling"), json: parse("null")) == nil)
    #expect(
      try reader.answer(for: factor("skills"), json: parse(#"["security", "containers"]"#))
        == .set(["containers", "security"]))
    let teamSize = try factor("team_size")
    let value = try parse("true")
    do {
      _ = try reader.answer(for: teamSize, json: value)
      Issue.record("true read as a team size")
    } catch {
      #expect(error.description == "1:1: team_size: expected a whole number of engineers ≥ 1, got a boolean")
      #expect(error.position == .start)
    }
  }

  // MARK: Typed text

  @Test("typed numbers", arguments: [("8", 8.0), (" 12 ", 12), ("1e1", 10), ("+3", 3), ("8.0", 8)])
  func typedWholeNumbers(_ input: String, _ expected: Double) throws {
    #expect(try text("team_size", input) == .number(expected))
  }

  @Test("typed numbers that are refused say what was typed and what would do")
  func typedNumberErrors() throws {
    let expectation = "expected a whole number of engineers ≥ 1"
    #expect(
      try textError("team_size", "banana")?.description
        == #"team_size: "banana" is not a whole number; \#(expectation)"#)
    #expect(try textError("team_size", "8.5")?.message == #""8.5" is not a whole number; \#(expectation)"#)
    #expect(try textError("team_size", "0")?.message == "0 is below the minimum 1; \(expectation)")
    for input in ["", "0x10", "inf", "nan", "1e", "--1", "8 engineers", "1e999"] {
      #expect(try textError("team_size", input) != nil, "\(input) was accepted")
    }
    #expect(try text("availability", "99.9") == .number(99.9))
    #expect(
      try textError("availability", "lots")?.description
        == #"availability: "lots" is not a number; expected a number of percent from 90 to 100"#)
    #expect(try textError("availability", "89")?.message.hasPrefix("89 is below the minimum 90") == true)
  }

  @Test("typed choices: any case, `-` for `_`", arguments: ["spiky", "Spiky", " SPIKY "])
  func typedChoices(_ input: String) throws {
    #expect(try text("scaling", input) == .choice("spiky"))
  }

  @Test("typed choices with `_` in their ids", arguments: ["hosted_api", "hosted-api", "Hosted-API"])
  func typedUnderscoreChoices(_ input: String) throws {
    #expect(try text("inference", input) == .choice("hosted_api"))
  }

  @Test("a typed choice that is not an option lists the options")
  func typedChoiceError() throws {
    let error = try #require(try textError("scaling", "huge"))
    #expect(error.description == #"scaling: "huge" is not an option; expected one of steady, growing, spiky"#)
    #expect(error.factor == "scaling" && error.path == nil && error.position == nil && error.file == nil)
  }

  @Test("typed sets: comma-separated, spaces allowed, repeats collapsed, rubric order, none")
  func typedSets() throws {
    #expect(try text("skills", "tracing, containers") == .set(["containers", "tracing"]))
    #expect(try text("skills", "tracing,tracing ,Tracing") == .set(["tracing"]))
    #expect(try text("skills", "fault-tolerance,security,") == .set(["security", "fault_tolerance"]))
    #expect(try text("skills", "none") == .set([]))
    #expect(try text("skills", " None ") == .set([]))
  }

  @Test("typed sets that are refused")
  func typedSetErrors() throws {
    let expectation =
      "expected any of containers, orchestration, networking, security, tracing, fault_tolerance (comma-separated, or none)"
    #expect(
      try textError("skills", "containers, kubernetes")?.description
        == #"skills: "kubernetes" is not an option; \#(expectation)"#)
    #expect(try textError("skills", "")?.message == "no options given; \(expectation)")
    #expect(try textError("skills", " , ")?.message == "no options given; \(expectation)")
    #expect(
      try textError("skills", "none, tracing")?.message
        == #""none" cannot be combined with options; \#(expectation)"#)
  }

  @Test("text from a user is quoted with control characters escaped")
  func escapesControlCharacters() throws {
    let error = try #require(try textError("scaling", "\u{1B}[31mred"))
    #expect(error.message.hasPrefix(#""\u{1B}[31mred" is not an option"#))
    #expect(!error.description.unicodeScalars.contains("\u{1B}"))
  }

  @Test("factors are found by id or by their flag spelling")
  func factorLookup() throws {
    #expect(try reader.factor("team_size").id == "team_size")
    #expect(try reader.factor("team-size").id == "team_size")
    do {
      _ = try reader.factor("team_sise")
      Issue.record("team_sise was found")
    } catch {
      #expect(error.description == #"unknown factor "team_sise" (did you mean "team_size"?)"#)
    }
  }

  @Test("a factor that is not the rubric's, under a reused id, is read by its own options")
  func foreignFactor() throws {
    let foreign = Factor(
      id: "scaling", question: "?", help: "?",
      kind: .choice([
        ChoiceOption(id: "flat", label: "Flat", lean: 0, reason: "r"),
        ChoiceOption(id: "wild", label: "Wild", lean: 1, reason: "r"),
      ]), weight: 1)
    #expect(try reader.answer(for: foreign, text: "wild") == .choice("wild"))
    #expect(throws: AnswerError.self) { try reader.answer(for: foreign, text: "steady") }
  }

  @Test("a set factor with more than 64 options (built by hand) still reads in rubric order")
  func wideSet() throws {
    let options = (0..<70).map { SetOption(id: "o\($0)", label: "O", prerequisite: "P") }
    let wide = Factor(
      id: "wide", question: "?", help: "?",
      kind: .set(SetSpec(options: options, counts: [LeanBand(band: Band(), lean: 0, reason: "r")])), weight: 1
    )
    let reader = AnswersReader(
      rubric: Rubric(id: "w", version: "1", title: "W", factors: [wide], verdicts: []))
    #expect(try reader.answer(for: wide, text: "o69, o3, o64") == .set(["o3", "o64", "o69"]))
  }
}
