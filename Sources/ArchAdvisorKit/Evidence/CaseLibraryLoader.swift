/// Reads a case library from JSON against the rubric it calibrates, reporting every problem at
/// once with its file, line, column and path, as ``RubricLoader`` does for rubrics.
///
/// Checked: the `schema` tag and `rubric` id; every key; ids unique and well formed; `chose` a
/// verdict of the rubric and `split_first` its components; answers valid for the rubric's
/// factors (an unknown factor is an error; a factor left out is unknown); a note for every
/// answer; a source with a title and an `http(s)` address.
public struct CaseLibraryLoader: Sendable {
  static let libraryKeys = ["schema", "rubric", "holdout", "cases"]
  static let caseKeys = [
    "id", "name", "organisation", "year", "system", "kind", "chose", "path", "split_first", "outcome",
    "source", "answers", "notes", "held_aside",
  ]
  static let sourceKeys = ["title", "author", "publisher", "url", "date"]

  public let rubric: Rubric
  /// Built once: a reader indexes the rubric's factors, and a library has dozens of answer sets.
  private let answersReader: AnswersReader

  public init(rubric: Rubric) {
    self.rubric = rubric
    self.answersReader = AnswersReader(rubric: rubric)
  }

  /// Parses and reads a case library from UTF-8 bytes; `file` is put on every problem as given.
  public func load(_ bytes: some Collection<UInt8>, file: String?) throws(RubricProblems) -> CaseLibrary {
    let value: JSONValue
    do {
      value = try JSONParser().parse(bytes)
    } catch {
      throw RubricProblems([RubricProblem(file: file, position: error.position, message: error.reasonText)])
    }
    var problems = ProblemCollector(file: file)
    let library = read(value, problems: &problems)
    guard let library, problems.count == 0 else { throw RubricProblems(problems.problems) }
    return library
  }

  private func read(_ value: JSONValue, problems: inout ProblemCollector) -> CaseLibrary? {
    guard let fields = JSONFields(value, path: "", allowed: Self.libraryKeys, problems: &problems) else {
      return nil
    }
    if let schema = fields.string("schema", problems: &problems), schema != CaseLibrary.schemaTag {
      problems.report(
        "\(QuotedText.code(schema)) is not a case library schema; expected \(CaseLibrary.schemaTag)",
        at: fields.value("schema")?.position, path: "schema")
      return nil
    }
    let rubricID = fields.string("rubric", problems: &problems)
    if let rubricID, rubricID != rubric.id {
      problems.report(
        "the cases are encoded for rubric \(QuotedText.code(rubricID)), not \(QuotedText.code(rubric.id))",
        at: fields.value("rubric")?.position, path: "rubric")
    }
    let holdout = fields.string("holdout", problems: &problems)
    guard let elements = fields.array("cases", problems: &problems) else { return nil }
    if elements.isEmpty {
      problems.report(
        "a case library needs at least one case", at: fields.value("cases")?.position, path: "cases")
    }
    var cases: [DecisionCase] = []
    var firstPaths: [String: String] = [:]
    for (index, element) in elements.enumerated() {
      let path = RubricPath.element("cases", index)
      guard let decision = readCase(element, path: path, problems: &problems) else { continue }
      if let first = firstPaths[decision.id] {
        problems.report(
          "duplicate case id \(QuotedText.code(decision.id)); \(first) already has it",
          at: element.objectValue?["id"]?.position ?? element.position, path: RubricPath.member(path, "id"))
        continue
      }
      firstPaths[decision.id] = path
      cases.append(decision)
    }
    guard let rubricID, let holdout else { return nil }
    return CaseLibrary(rubricID: rubricID, holdoutRule: holdout, cases: cases)
  }

  private func readCase(_ value: JSONValue, path: String, problems: inout ProblemCollector) -> DecisionCase? {
    guard let fields = JSONFields(value, path: path, allowed: Self.caseKeys, problems: &problems) else {
      return nil
    }
    let before = problems.count
    let id = fields.string("id", problems: &problems)
    if let id, !IDPattern.isRubric(id) {
      problems.report(
        "\(QuotedText.code(id)) is not a valid case id; use lowercase letters, digits, `_` and `-`",
        at: fields.value("id")?.position, path: fields.path("id"))
    }
    let name = fields.string("name", problems: &problems)
    let organisation = fields.string("organisation", problems: &problems)
    let year = fields.number("year", problems: &problems)
    if let year, year.rounded() != year || year < 1950 || year > 2100 {
      problems.report(
        "`year` must be a whole year from 1950 to 2100, the year of the decision or of its source",
        at: fields.value("year")?.position, path: fields.path("year"))
    }
    let system = fields.string("system", problems: &problems)
    let kind = enumMember(fields, "kind", DecisionCase.Kind.self, problems: &problems)
    let path = enumMember(fields, "path", DecisionCase.Path.self, problems: &problems)
    let chose = fields.string("chose", problems: &problems)
    if let chose, rubric.verdict(chose) == nil {
      problems.report(
        RubricLoader.unknownMessage("verdict", chose, known: rubric.verdicts.map(\.id)),
        at: fields.value("chose")?.position, path: fields.path("chose"))
    }
    var splitFirst: [String] = []
    if let elements = fields.array("split_first", required: false, problems: &problems) {
      for (index, element) in elements.enumerated() {
        let elementPath = RubricPath.element(fields.path("split_first"), index)
        guard case .string(let component) = element.kind else {
          problems.reportType(expected: "a component id (a string)", got: element, path: elementPath)
          continue
        }
        if rubric.component(component) == nil {
          problems.report(
            RubricLoader.unknownMessage("component", component, known: rubric.components.map(\.id)),
            at: element.position, path: elementPath)
        }
        splitFirst.append(component)
      }
    }
    let outcome = fields.string("outcome", problems: &problems)
    let source = fields.required("source", problems: &problems).flatMap {
      readSource($0, path: fields.path("source"), problems: &problems)
    }
    var answers: Answers?
    if let value = fields.required("answers", problems: &problems) {
      if case .object(let object) = value.kind {
        var errors: [AnswerError] = []
        let values = answersReader.readValues(
          object, path: fields.path("answers"), file: problems.file, errors: &errors, stopAtFirst: false)
        for error in errors {
          problems.report(
            error.message, at: error.position ?? value.position, path: error.path ?? fields.path("answers"))
        }
        answers = Answers(name: name, values: values)
      } else {
        problems.reportType(
          expected: "an object of answers by factor id", got: value, path: fields.path("answers"))
      }
    }
    var notes: [String: String] = [:]
    if let value = fields.required("notes", problems: &problems) {
      if case .object(let object) = value.kind {
        // A note explains an answer, why a factor was left out, or one of the case's own fields.
        let noteKeys = rubric.factors.map(\.id) + Self.caseKeys
        var blank: Set<String> = []
        for member in object.members {
          let path = RubricPath.member(fields.path("notes"), member.key)
          guard noteKeys.contains(member.key) else {
            problems.report(
              JSONFields.unknownKeyMessage(member.key, allowed: noteKeys)
                + "; a note belongs to a factor or a "
                + "field of the case", at: member.keyPosition, path: path)
            continue
          }
          guard case .string(let note) = member.value.kind else {
            problems.reportType(expected: "a note (a string)", got: member.value, path: path)
            continue
          }
          guard !note.allSatisfy(\.isWhitespace) else {
            blank.insert(member.key)
            problems.report(
              "the note is blank; say which fact of the source the answer comes from",
              at: member.value.position,
              path: path)
            continue
          }
          notes[member.key] = note
        }
        for factor in rubric.factors
        where answers?.values[factor.id] != nil && notes[factor.id] == nil && !blank.contains(factor.id) {
          problems.report(
            "the answer to \(QuotedText.code(factor.id)) has no note; say which fact of the source it comes from",
            at: value.position, path: fields.path("notes"))
        }
      } else {
        problems.reportType(
          expected: "an object of notes by factor id", got: value, path: fields.path("notes"))
      }
    }
    let heldAside = fields.bool("held_aside", required: false, problems: &problems) ?? false
    guard problems.count == before, let id, let name, let organisation, let year, let system, let kind,
      let path, let chose, let outcome, let source, let answers
    else { return nil }
    return DecisionCase(
      id: id, name: name, organisation: organisation, year: Int(year), system: system, kind: kind,
      chose: chose, path: path, splitFirst: splitFirst, outcome: outcome, source: source, answers: answers,
      notes: notes, heldAside: heldAside)
  }

  private func readSource(_ value: JSONValue, path: String, problems: inout ProblemCollector) -> CaseSource? {
    guard let fields = JSONFields(value, path: path, allowed: Self.sourceKeys, problems: &problems) else {
      return nil
    }
    let title = fields.string("title", problems: &problems)
    let author = fields.string("author", required: false, problems: &problems)
    let publisher = fields.string("publisher", required: false, problems: &problems)
    let url = fields.string("url", problems: &problems)
    if let url,
      !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.contains(where: \.isWhitespace)
    {
      problems.report(
        "\(QuotedText.quote(url)) is not a web address; give the source's http(s) address",
        at: fields.value("url")?.position, path: fields.path("url"))
    }
    let date = fields.string("date", required: false, problems: &problems)
    guard let title, let url else { return nil }
    return CaseSource(title: title, author: author, publisher: publisher, url: url, date: date)
  }

  private func enumMember<Value: RawRepresentable & CaseIterable>(
    _ fields: JSONFields, _ key: String, _ type: Value.Type, problems: inout ProblemCollector
  ) -> Value? where Value.RawValue == String {
    guard let name = fields.string(key, problems: &problems) else { return nil }
    if let value = Value(rawValue: name) { return value }
    let known = Value.allCases.map(\.rawValue)
    problems.report(
      "unknown \(key) \(QuotedText.code(name)); expected one of \(known.joined(separator: ", "))",
      at: fields.value(key)?.position, path: fields.path(key))
    return nil
  }
}
