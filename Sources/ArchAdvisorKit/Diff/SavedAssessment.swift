/// One assessment as it was kept on disk: an answers file (as `ask --save` writes and `recommend --answers` reads) or
/// a saved JSON report (`recommend --format json`, or one report line of `batch --format jsonl`).
public struct SavedAssessment: Hashable, Sendable {
  /// Which of the two the file was.
  public enum Kind: String, Hashable, Sendable {
    case answers
    case report
  }

  public var kind: Kind
  /// The answers, checked against the current rubric. For a report, `savedWith` is the rubric
  /// the report names.
  public var answers: Answers
  /// A report's own verdict and score as it was written; `nil` for an answers file.
  public var recorded: AssessmentDiff.Recorded?

  public init(kind: Kind, answers: Answers, recorded: AssessmentDiff.Recorded? = nil) {
    self.kind = kind
    self.answers = answers
    self.recorded = recorded
  }
}

extension AnswersReader {
  /// Reads an answers file or a saved JSON report, told apart by its `schema`: a report has
  /// `"schema": "archadvisor.report/…"`; anything else with `answers` is an answers file (read
  /// as ``answers(from:file:)`` reads it).
  ///
  /// From a report only what comparing needs is read: `name`, `rubric` {`id`, `version`},
  /// `verdict.id`, `score`, and each of `factors`' `id` and `answer` (checked against this
  /// rubric: a factor it does not have, or an answer that no longer fits, is an error at its
  /// place in the file). Everything else the report says is recomputed, so it is not checked.
  /// A batch report, or JSON that is neither, is an error that says what the file is.
  public func savedAssessment(from value: JSONValue, file: String?) throws(AnswerError) -> SavedAssessment {
    guard let object = value.objectValue else {
      throw AnswerError(
        file: file, position: value.position, path: "",
        message: "expected an answers file or a saved JSON report (an object), got \(value.typeDescription)")
    }
    guard let schema = object["schema"]?.stringValue else {
      if object["answers"] == nil {
        throw AnswerError(
          file: file, position: value.position, path: "",
          message: "expected an answers file (an object with \"answers\") or a saved JSON report (with "
            + "\"schema\": \"archadvisor.report/2\"); this object is neither")
      }
      return SavedAssessment(kind: .answers, answers: try answers(from: value, file: file))
    }
    guard schema.hasPrefix("archadvisor.report/") else {
      let what =
        schema.hasPrefix("archadvisor.batch/")
        ? "a batch report; compare one project's report (a line of batch --format jsonl) or its answers"
        : "neither an answers file nor a saved JSON report"
      throw AnswerError(
        file: file, position: object.member("schema")?.value.position, path: "schema",
        message: "\(QuotedText.quote(schema)) is \(what)")
    }
    return try savedReport(object, at: value.position, file: file)
  }

  private func savedReport(_ object: JSONObject, at position: SourcePosition, file: String?)
    throws(AnswerError)
    -> SavedAssessment
  {
    func missing(_ path: String, _ what: String) -> AnswerError {
      AnswerError(
        file: file, position: position, path: "",
        message: "a saved report needs \(QuotedText.quote(path)), \(what)")
    }
    let name = object["name"]?.stringValue
    guard let rubric = object["rubric"]?.objectValue, let id = rubric["id"]?.stringValue,
      let version = rubric["version"]?.stringValue
    else { throw missing("rubric", "the id and version it was made with") }
    guard let verdict = object["verdict"]?.objectValue?["id"]?.stringValue else {
      throw missing("verdict", "an object with the verdict's \"id\"")
    }
    guard let score = object["score"]?.doubleValue else { throw missing("score", "a number") }
    guard let factors = object["factors"]?.arrayValue else {
      throw missing("factors", "the array of factors with their answers")
    }
    var values: [String: Answer] = [:]
    for (index, entry) in factors.enumerated() {
      let path = "factors[\(index)]"
      guard let entryObject = entry.objectValue, let idMember = entryObject.member("id"),
        let factorID = idMember.value.stringValue
      else {
        throw AnswerError(
          file: file, position: entry.position, path: path,
          message: "expected an object with the factor's \"id\"")
      }
      let factor: Factor
      do {
        factor = try self.factor(factorID)
      } catch {
        throw AnswerError(
          file: file, position: idMember.value.position, path: path + ".id", message: error.message)
      }
      guard let answerValue = entryObject["answer"] else { continue }
      do throws(AnswerError) {
        if let answer = try self.answer(for: factor, json: answerValue) {
          guard values.updateValue(answer, forKey: factor.id) == nil else {
            throw AnswerError(message: "\(QuotedText.quote(factor.id)) is listed twice")
          }
        }
      } catch {
        throw AnswerError(
          file: file, position: answerValue.position, path: path + ".answer", factor: factor.id,
          message: error.message)
      }
    }
    let made = RubricVersion(id: id, version: version)
    return SavedAssessment(
      kind: .report, answers: Answers(name: name, values: values, savedWith: made),
      recorded: AssessmentDiff.Recorded(rubric: made, verdict: verdict, score: score))
  }
}
