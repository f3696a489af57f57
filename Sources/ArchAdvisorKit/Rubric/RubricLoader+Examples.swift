extension RubricLoader {
  static let exampleKeys = ["name", "answers", "expect"]

  /// Reads `examples` (optional): each a named answer set, valid for the factors, expecting a
  /// verdict that exists.
  func readExamples(
    _ rubric: JSONFields, outline: RubricOutline, problems: inout ProblemCollector
  ) -> [RubricExample]? {
    let before = problems.count
    guard let elements = rubric.array("examples", required: false, problems: &problems) else {
      return problems.count == before ? [] : nil
    }
    // Answers are read for the factors that are valid; answers to a factor with problems of its
    // own are passed over rather than blamed on the example.
    let valid = outline.factorIDs.compactMap { outline.factors[$0]?.factor }
    let broken = Set(outline.factorIDs.filter { outline.factors[$0]?.factor == nil })
    let reader = AnswersReader(factors: valid)
    var examples: [RubricExample] = []
    var firstPaths: [String: String] = [:]
    for (index, element) in elements.enumerated() {
      let path = RubricPath.element("examples", index)
      guard
        let fields = JSONFields(element, path: path, allowed: RubricLoader.exampleKeys, problems: &problems)
      else { continue }
      let exampleBefore = problems.count
      let name = fields.string("name", problems: &problems)
      if let name {
        if let firstPath = firstPaths[name] {
          problems.report(
            "duplicate example name \(QuotedText.quote(name)); \(firstPath) already has it",
            at: fields.value("name")?.position ?? fields.position, path: fields.path("name"))
        } else {
          firstPaths[name] = path
        }
      }
      var answers: [String: Answer]?
      if let value = fields.required("answers", problems: &problems) {
        if case .object(let object) = value.kind {
          var errors: [AnswerError] = []
          answers = reader.readValues(
            object, path: fields.path("answers"), file: problems.file, skipping: broken,
            reportsUnknown: outline.knowsAllFactors, errors: &errors,
            stopAtFirst: false)
          for error in errors {
            problems.report(
              error.message, at: error.position ?? value.position, path: error.path ?? fields.path("answers"))
          }
        } else {
          problems.reportType(
            expected: "an object of answers by factor id", got: value, path: fields.path("answers"))
        }
      }
      let expect = fields.required("expect", problems: &problems).flatMap {
        readVerdictReference($0, path: fields.path("expect"), outline: outline, problems: &problems)
      }
      if problems.count == exampleBefore, let name, let answers, let expect {
        examples.append(
          RubricExample(name: name, answers: Answers(name: name, values: answers), expect: expect))
      }
    }
    return problems.count == before ? examples : nil
  }
}
