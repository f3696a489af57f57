extension RubricLoader {
  /// The key that decides a condition's form; each condition has exactly one.
  static let conditionForms = ["all", "any", "not", "factor", "score", "readiness", "verdict"]
  /// The tests a `factor` condition may make, one per condition.
  static let factorTests = ["is", "atLeast", "below", "hasAll", "lacksAny", "answered"]

  /// Reads a rule's condition (`when`), checking every factor, option and verdict it names.
  func readCondition(
    _ value: JSONValue, path: String, outline: RubricOutline, problems: inout ProblemCollector
  ) -> Condition? {
    guard case .object(let object) = value.kind else {
      problems.reportType(expected: "a condition (an object)", got: value, path: path)
      return nil
    }
    var forms: [String] = []
    for member in object.members where RubricLoader.conditionForms.contains(member.key) {
      if !forms.contains(member.key) { forms.append(member.key) }
    }
    guard forms.count == 1, let form = forms.first else {
      // Still report typos and repeated keys, then what is wrong with the shape.
      _ = JSONFields(
        value, path: path, allowed: RubricLoader.conditionForms + RubricLoader.factorTests,
        problems: &problems)
      let message =
        forms.isEmpty
        ? "a condition needs one of " + RubricLoader.conditionForms.map { "`\($0)`" }.joined(separator: ", ")
        : "a condition has one form, but this one has " + forms.map { "`\($0)`" }.joined(separator: " and ")
          + "; put several conditions in `all` or `any`"
      problems.report(message, at: value.position, path: path)
      return nil
    }
    let allowed = form == "factor" ? ["factor"] + RubricLoader.factorTests : [form]
    var misplaced: [String: String] = [:]
    for key in RubricLoader.conditionForms + RubricLoader.factorTests where !allowed.contains(key) {
      misplaced[key] = "`\(key)` does not belong in a `\(form)` condition"
    }
    guard
      let fields = JSONFields(value, path: path, allowed: allowed, misplaced: misplaced, problems: &problems),
      let operand = fields.value(form)
    else { return nil }
    let operandPath = fields.path(form)
    switch form {
    case "all", "any":
      guard
        let conditions = readConditionList(operand, path: operandPath, outline: outline, problems: &problems)
      else { return nil }
      return form == "all" ? .all(conditions) : .any(conditions)
    case "not":
      return readCondition(operand, path: operandPath, outline: outline, problems: &problems).map(
        Condition.not)
    case "score", "readiness":
      if form == "readiness" {
        requireVersion2(fields, keys: ["readiness"], problems: &problems)
        if schemaVersion >= 2, outline.knowsAllFactors,
          !outline.factors.values.contains(where: { $0.dimension == .readiness })
        {
          problems.report(
            "no factor of this rubric is readiness, so there is no readiness to test; give a factor "
              + "`\"dimension\": \"readiness\"` or test the score", at: fields.keyPosition("readiness"),
            path: fields.path("readiness"))
        }
      }
      guard
        let band = JSONFields(operand, path: operandPath, allowed: ["atLeast", "below"], problems: &problems)
      else { return nil }
      if !band.has("atLeast") && !band.has("below") {
        problems.report("give `atLeast`, `below` or both", at: band.position, path: band.path)
        return nil
      }
      return readBandEnds(band, problems: &problems).map {
        form == "score" ? Condition.scoreIn($0.band) : Condition.readinessIn($0.band)
      }
    case "verdict":
      guard
        let elements = readNonEmptyArray(operand, path: operandPath, what: "verdict id", problems: &problems)
      else { return nil }
      let before = problems.count
      var ids: [String] = []
      for (index, element) in elements.enumerated() {
        let elementPath = RubricPath.element(operandPath, index)
        if let id = readVerdictReference(element, path: elementPath, outline: outline, problems: &problems) {
          ids.append(id)
        }
      }
      return problems.count == before ? .verdictIs(ids) : nil
    default:
      return readFactorCondition(fields, outline: outline, problems: &problems)
    }
  }

  private func readConditionList(
    _ value: JSONValue, path: String, outline: RubricOutline, problems: inout ProblemCollector
  ) -> [Condition]? {
    guard let elements = readNonEmptyArray(value, path: path, what: "condition", problems: &problems)
    else { return nil }
    let before = problems.count
    var conditions: [Condition] = []
    for (index, element) in elements.enumerated() {
      let elementPath = RubricPath.element(path, index)
      if let condition = readCondition(element, path: elementPath, outline: outline, problems: &problems) {
        conditions.append(condition)
      }
    }
    return problems.count == before ? conditions : nil
  }

  /// An array with at least one element.
  private func readNonEmptyArray(
    _ value: JSONValue, path: String, what: String, problems: inout ProblemCollector
  ) -> [JSONValue]? {
    guard case .array(let elements) = value.kind else {
      problems.reportType(expected: "an array of \(what)s", got: value, path: path)
      return nil
    }
    guard !elements.isEmpty else {
      problems.report("needs at least one \(what)", at: value.position, path: path)
      return nil
    }
    return elements
  }

  /// `{"factor": …, <one test>}`, with the test fitting the factor's kind.
  private func readFactorCondition(
    _ fields: JSONFields, outline: RubricOutline, problems: inout ProblemCollector
  ) -> Condition? {
    let before = problems.count
    var factor: FactorOutline?
    var id = ""
    if let value = fields.value("factor") {
      if case .string(let name) = value.kind {
        id = name
        factor = outline.factors[name]
        if factor == nil, outline.knowsAllFactors {
          problems.report(
            RubricLoader.unknownMessage("factor", name, known: outline.factorIDs), at: value.position,
            path: fields.path("factor"))
        }
      } else {
        problems.reportType(expected: "a factor id (a string)", got: value, path: fields.path("factor"))
      }
    }
    // `atLeast` and `below` together make one test.
    var tests: [String] = []
    for member in fields.object.members where RubricLoader.factorTests.contains(member.key) {
      let test = member.key == "below" ? "atLeast" : member.key
      if !tests.contains(test) { tests.append(test) }
    }
    let names = [
      "is": "`is`", "atLeast": "`atLeast`/`below`", "hasAll": "`hasAll`", "lacksAny": "`lacksAny`",
      "answered": "`answered`",
    ]
    guard tests.count == 1, let test = tests.first else {
      let message =
        tests.isEmpty
        ? "a factor condition needs one test: `is`, `atLeast`/`below`, `hasAll`, `lacksAny` or `answered`"
        : "a factor condition has one test, but this one has "
          + tests.map { names[$0] ?? $0 }.joined(separator: " and ")
          + "; put several conditions in `all` or `any`"
      problems.report(message, at: fields.position, path: fields.path)
      return nil
    }
    let testKey = fields.has(test) ? test : "below"
    let needed: FactorKindName? =
      switch test {
      case "is": .choice
      case "atLeast": .number
      case "hasAll", "lacksAny": .set
      default: nil
      }
    if let needed, let kind = factor?.kind, kind != needed {
      problems.report(
        "\(names[test] ?? test) tests \(needed.article) factor, but \(QuotedText.code(id)) is \(kind.article) "
          + "factor; test it with \(kind.tests)", at: fields.keyPosition(testKey), path: fields.path(testKey))
      return nil
    }
    let condition: Condition?
    switch test {
    case "atLeast":
      condition = readBandEnds(fields, problems: &problems).map {
        Condition.numberIn(factor: id, band: $0.band)
      }
    case "answered":
      condition = fields.bool("answered", problems: &problems).map { Condition.answered(factor: id, $0) }
    default:
      let options = readOptionReferences(fields, test, factor: factor, problems: &problems)
      condition = options.map { options in
        switch test {
        case "is": return .choiceIs(factor: id, options: options)
        case "hasAll": return .hasAll(factor: id, options: options)
        default: return .lacksAny(factor: id, options: options)
        }
      }
    }
    return problems.count == before && factor != nil ? condition : nil
  }

  /// The option ids of `is`, `hasAll` or `lacksAny`, each an option of the factor.
  private func readOptionReferences(
    _ fields: JSONFields, _ key: String, factor: FactorOutline?, problems: inout ProblemCollector
  ) -> [String]? {
    guard
      let value = fields.value(key),
      let elements = readNonEmptyArray(value, path: fields.path(key), what: "option id", problems: &problems)
    else { return nil }
    let before = problems.count
    var ids: [String] = []
    for (index, element) in elements.enumerated() {
      let path = RubricPath.element(fields.path(key), index)
      guard case .string(let id) = element.kind else {
        problems.reportType(expected: "an option id (a string)", got: element, path: path)
        continue
      }
      if let factor, let known = factor.optionIDs, !known.contains(id) {
        problems.report(
          RubricLoader.unknownMessage("option", id, known: known, of: factor.id), at: element.position,
          path: path)
        continue
      }
      ids.append(id)
    }
    return problems.count == before ? ids : nil
  }
}
