import Testing

@testable import ArchAdvisorKit

/// `AnswersReader.savedAssessment`: an answers file and a saved report are told apart by their
/// `schema`, a report's answers are read from its factors and checked, and anything else is an
/// error that says what the file is.
@Suite struct SavedAssessmentTests {
  static let reader = AnswersReader(rubric: TestRubrics.rubric([TestRubrics.lowMidHigh("a", weight: 1)]))

  static func read(_ text: String) throws(AnswerError) -> SavedAssessment {
    let value: JSONValue
    do {
      value = try JSONParser().parse(Array(text.utf8))
    } catch {
      Issue.record("fixture is not JSON: \(error)")
      throw AnswerError(message: "not JSON")
    }
    return try reader.savedAssessment(from: value, file: "f.json")
  }

  @Test func anAnswersFileIsReadAsAnswers() throws {
    let saved = try Self.read(
      #"{"name": "P", "rubric": {"id": "x", "version": "1"}, "answers": {"a": "high"}}"#)
    #expect(saved.kind == .answers)
    #expect(saved.answers["a"] == .choice("high"))
    #expect(saved.answers.savedWith == RubricVersion(id: "x", version: "1"))
    #expect(saved.recorded == nil)
  }

  @Test func aReportGivesItsAnswersRubricVerdictAndScore() throws {
    let saved = try Self.read(
      #"{"schema": "archadvisor.report/2", "name": "P", "rubric": {"id": "x", "version": "1"}, "#
        + #""verdict": {"id": "monolith", "label": "M"}, "score": -12.5, "#
        + #""factors": [{"id": "a", "answer": "low", "contribution": -50}]}"#)
    #expect(saved.kind == .report)
    #expect(saved.answers.name == "P")
    #expect(saved.answers["a"] == .choice("low"))
    #expect(
      saved.recorded
        == AssessmentDiff.Recorded(
          rubric: RubricVersion(id: "x", version: "1"), verdict: "monolith", score: -12.5))
  }

  @Test func aReportAnswerThatNoLongerFitsIsLocated() {
    #expect(throws: AnswerError.self) {
      try Self.read(
        #"{"schema": "archadvisor.report/2", "rubric": {"id": "x", "version": "1"}, "verdict": {"id": "m"}, "#
          + #""score": 0, "factors": [{"id": "a", "answer": "huge"}]}"#)
    }
    do {
      _ = try Self.read(
        #"{"schema": "archadvisor.report/2", "rubric": {"id": "x", "version": "1"}, "verdict": {"id": "m"}, "#
          + #""score": 0, "factors": [{"id": "a", "answer": "huge"}]}"#)
    } catch {
      #expect(error.path == "factors[0].answer")
      #expect(error.description.hasPrefix("f.json:1:"))
      #expect(error.message.contains("huge"))
    }
  }

  @Test func aBatchReportOrSomethingElseSaysWhatItIs() {
    for (text, expected) in [
      (#"{"schema": "archadvisor.batch/1", "reports": []}"#, "is a batch report"),
      (#"{"schema": "archadvisor.rubric/2"}"#, "neither an answers file nor a saved JSON report"),
      (#"{"team_size": 3}"#, "this object is neither"),
      (#"[1]"#, "expected an answers file or a saved JSON report (an object), got an array"),
    ] {
      do {
        _ = try Self.read(text)
        Issue.record("accepted \(text)")
      } catch {
        #expect(error.message.contains(expected), "\(error)")
      }
    }
  }
}
