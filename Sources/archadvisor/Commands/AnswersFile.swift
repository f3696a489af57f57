import ArchAdvisorKit

/// The answers format on disk: `{"name": "…", "answers": {"team_size": 8, …}}`, read by
/// `recommend --answers` and written by `ask --save`.
enum AnswersFile {
  /// The answer set in the file at `path` (`-` is standard input), checked against the rubric.
  ///
  /// A missing file exits 66; a file that is not JSON, or answers that do not fit, exit 65 with
  /// the file, line and column.
  static func read(_ path: String, reader: AnswersReader) throws(CLIError) -> Answers {
    let (value, name) = try json(path)
    do {
      return try reader.answers(from: value, file: name)
    } catch {
      throw CLIError.invalidAnswers(error)
    }
  }

  /// The file's JSON and its name in messages: a missing file exits 66, one that is not JSON 65,
  /// with the line and column.
  static func json(_ path: String) throws(CLIError) -> (value: JSONValue, name: String) {
    let name = InputFiles.displayName(path)
    let bytes = try InputFiles.read(path)
    do {
      return (try JSONParser().parse(bytes), name)
    } catch {
      throw CLIError.invalidJSON(file: name, location: error.position.description, reason: error.reasonText)
    }
  }

  /// The one line to say when answers saved against one rubric are scored against another id
  /// or version; `nil` when they match or the file does not say.
  static func versionNote(_ answers: Answers, file: String, rubric: Rubric) -> String? {
    guard let saved = answers.savedWith, saved != RubricVersion(rubric) else { return nil }
    let clean = TerminalSanitizer.clean
    return
      "\(clean(InputFiles.displayName(file))) was saved with rubric \(clean(saved.id)) \(clean(saved.version)); "
      + "scored with \(clean(rubric.id)) \(clean(rubric.version)), whose factors or weights may differ"
  }

  /// The answers as the file holds them, pretty-printed: `name` (when there is one), `rubric`
  /// (the id and version they were answered against, so a later version can say it differs),
  /// then `answers` in the rubric's factor order, unknown factors left out.
  static func text(_ answers: Answers, rubric: Rubric) -> String {
    let renderer = JSONReportRenderer()
    var values: [JSONObject.Member] = []
    for factor in rubric.factors {
      guard let answer = answers[factor.id] else { continue }
      values.append(JSONObject.Member(key: factor.id, value: renderer.answer(answer)))
    }
    var members: [JSONObject.Member] = []
    if let name = answers.name {
      members.append(JSONObject.Member(key: "name", value: JSONValue(.string(name))))
    }
    members.append(
      JSONObject.Member(
        key: "rubric",
        value: JSONValue(
          .object(
            JSONObject([
              JSONObject.Member(key: "id", value: JSONValue(.string(rubric.id))),
              JSONObject.Member(key: "version", value: JSONValue(.string(rubric.version))),
            ])))))
    members.append(JSONObject.Member(key: "answers", value: JSONValue(.object(JSONObject(values)))))
    return JSONWriter(pretty: true).string(JSONValue(.object(JSONObject(members)))) + "\n"
  }
}
