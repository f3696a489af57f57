/// Reads a rubric from JSON and checks all of it against rubric format v1 or v2, reporting every
/// problem at once, each with its file, line, column and path in the rubric.
///
/// Both entry points throw ``RubricProblems`` (typed throws) holding every problem found, in file
/// order; a rubric comes back only when there are none. What is checked:
///
/// - the `schema` tag (an unsupported version is the only problem reported: the rest of such a
///   file follows a format this version does not know);
/// - every key: the types of values, required keys (reported at the object missing them), unknown
///   keys (with the nearest known key as a suggestion) and keys written twice (with both
///   positions);
/// - ids against their patterns and for repeats: factors, options within a factor, verdicts,
///   rules;
/// - texts shown to users (questions, labels, reasons …) are not blank; weights are above 0;
///   leans lie in −1…1;
/// - bands chain exactly and cover what they must: a number factor's bands its `minimum` to
///   `maximum` (or everything, without them), a set factor's counts 0 to its number of options
///   (at most 64), the verdicts −100 to 100;
/// - rules name factors, options and verdicts that exist, test each factor the way its kind
///   allows, and have an effect; `prerequisitesFrom` names set factors;
/// - each factor's `default` and each example's answers are valid answers (read by
///   ``AnswersReader``), and each example expects a verdict that exists.
public struct RubricLoader: Sendable {
  /// The keys of a rubric's top level.
  static let rubricKeys = [
    "schema", "id", "version", "title", "description", "factors", "verdicts", "rules", "examples",
    "components", "cases",
  ]

  /// The format version being read (set from the `schema` tag): keys of v2 in a v1 rubric are
  /// reported, since a v1 reader elsewhere would not know them.
  var schemaVersion = 2
  /// Flag names (`format`, `fail-on`) a factor's flag may not take: the command line's own
  /// options, which a factor of that name would shadow.
  public var reservedFlagNames: Set<String>

  /// A loader; `reservedFlagNames` are flags (without dashes) that factors may not take.
  public init(reservedFlagNames: Set<String> = []) {
    self.reservedFlagNames = reservedFlagNames
  }

  /// Parses and reads a rubric from UTF-8 bytes; `file` is put on every problem as given.
  ///
  /// A JSON syntax error is the one problem reported, at the parser's position, with an empty
  /// path: nothing after it can be read reliably.
  public func load(_ bytes: some Collection<UInt8>, file: String?) throws(RubricProblems) -> Rubric {
    let value: JSONValue
    do {
      value = try JSONParser().parse(bytes)
    } catch {
      throw RubricProblems([RubricProblem(file: file, position: error.position, message: error.reasonText)])
    }
    return try load(value, file: file)
  }

  /// Reads a rubric from a parsed JSON value; `file` is put on every problem as given.
  public func load(_ value: JSONValue, file: String?) throws(RubricProblems) -> Rubric {
    var problems = ProblemCollector(file: file)
    let rubric = readRubric(value, problems: &problems)
    guard let rubric, problems.count == 0 else { throw RubricProblems(problems.problems) }
    return rubric
  }

  func readRubric(_ value: JSONValue, problems: inout ProblemCollector) -> Rubric? {
    if let object = value.objectValue, !checkSchema(object, at: value.position, problems: &problems) {
      return nil
    }
    var reader = self
    if value.objectValue?["schema"]?.stringValue == Rubric.schemaTag { reader.schemaVersion = 1 }
    return reader.readRubricFields(value, problems: &problems)
  }

  private func readRubricFields(_ value: JSONValue, problems: inout ProblemCollector) -> Rubric? {
    guard let fields = JSONFields(value, path: "", allowed: RubricLoader.rubricKeys, problems: &problems)
    else { return nil }
    let before = problems.count

    // A present string tag was checked above; this reports a missing one or a wrong type.
    _ = fields.string("schema", problems: &problems)
    let id = fields.string("id", problems: &problems)
    if let id, !IDPattern.isRubric(id), let idValue = fields.value("id") {
      problems.report(
        "\(QuotedText.code(id)) is not a valid rubric id; use lowercase letters, digits, `_` and `-` "
          + "(\(IDPattern.rubric))", at: idValue.position, path: "id")
    }
    let version = fields.string("version", problems: &problems)
    let title = fields.string("title", problems: &problems)
    if let title, title.contains(where: \.isNewline), let titleValue = fields.value("title") {
      problems.report("must be one line", at: titleValue.position, path: "title")
    }
    let description = fields.string("description", required: false, problems: &problems)

    requireVersion2(fields, keys: ["components", "cases"], problems: &problems)
    let casesFile = fields.string("cases", required: false, problems: &problems)
    if let casesFile, !RubricLoader.isPlainFileName(casesFile) {
      problems.report(
        "\(QuotedText.quote(casesFile)) is not a plain file name; name a .json file beside the rubric "
          + "(letters, digits, `.`, `_` and `-`, not starting with `.`)", at: fields.value("cases")?.position,
        path: "cases")
    }
    var outline = RubricOutline()
    let components = readComponents(fields, outline: &outline, problems: &problems)
    let factors = readFactors(fields, outline: &outline, problems: &problems)
    if outline.knowsAllFactors, !outline.factorIDs.isEmpty,
      outline.factorIDs.allSatisfy({ outline.factors[$0]?.dimension == .readiness })
    {
      problems.report(
        "every factor is readiness; a rubric needs at least one need factor, since the verdict comes from the "
          + "need score", at: fields.value("factors")?.position, path: "factors")
    }
    let verdicts = readVerdicts(fields, outline: &outline, problems: &problems)
    let rules = readRules(fields, outline: outline, problems: &problems)
    let examples = readExamples(fields, outline: outline, problems: &problems)

    guard problems.count == before, let id, let version, let title, let factors, let verdicts, let rules,
      let examples, let components
    else { return nil }
    return Rubric(
      id: id, version: version, title: title, description: description, factors: factors,
      verdicts: verdicts, rules: rules, examples: examples, schemaVersion: schemaVersion,
      components: components, casesFile: casesFile)
  }

  /// Whether `name` names a JSON file in the rubric's own folder: `[A-Za-z0-9._-]+.json`, not
  /// starting with `.` (so no folder, no hidden file, nothing a terminal would act on).
  static func isPlainFileName(_ name: String) -> Bool {
    guard name.hasSuffix(".json"), name.count > 5, !name.hasPrefix(".") else { return false }
    return name.unicodeScalars.allSatisfy { scalar in
      switch scalar {
      case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": return true
      default: return false
      }
    }
  }

  /// Reports each of these keys when present in a v1 rubric: they belong to format v2.
  func requireVersion2(_ fields: JSONFields, keys: [String], problems: inout ProblemCollector) {
    guard schemaVersion < 2 else { return }
    for key in keys where fields.has(key) {
      problems.report(
        "\(QuotedText.code(key)) belongs to rubric format v2; set `\"schema\": \"\(Rubric.schemaTagV2)\"` to use it",
        at: fields.keyPosition(key), path: fields.path(key))
    }
  }

  /// Checks the `schema` tag first; `false` means the file is not a rubric this version reads,
  /// and that single problem is all there is to say about it.
  func checkSchema(_ object: JSONObject, at position: SourcePosition, problems: inout ProblemCollector)
    -> Bool
  {
    let expected = Rubric.schemaTagV2
    guard let schema = object["schema"] else {
      if object["factors"] == nil {
        problems.report(
          "not an archadvisor rubric: it has no `schema` key (expected \"\(expected)\") and no factors",
          at: position, path: "")
        return false
      }
      return true  // Reported as a missing key along with everything else.
    }
    guard case .string(let tag) = schema.kind else { return true }  // Reported as a wrong type.
    if Rubric.schemaTags.contains(tag) { return true }
    let prefix = "archadvisor.rubric/"
    if tag.hasPrefix(prefix) {
      problems.report(
        "unsupported schema \(QuotedText.code(tag)); this archadvisor reads \(Rubric.schemaTag) and \(expected)",
        at: schema.position,
        path: "schema")
    } else {
      problems.report(
        "\(QuotedText.code(tag)) is not an archadvisor rubric schema; expected \(expected)",
        at: schema.position,
        path: "schema")
    }
    return false
  }

  /// Reads an id and checks it against its pattern; the id comes back even when the pattern does
  /// not match (so that references to it are not reported as well).
  func readID(_ fields: JSONFields, what: String, problems: inout ProblemCollector) -> String? {
    guard let id = fields.string("id", problems: &problems) else { return nil }
    let isRule = what == "rule"
    if !(isRule ? IDPattern.isRule(id) : IDPattern.isSnake(id)), let value = fields.value("id") {
      let spelled = isRule ? "lowercase letters, digits, `_` and `-`" : "lowercase letters, digits and `_`"
      let pattern = isRule ? IDPattern.rule : IDPattern.snake
      problems.report(
        "\(QuotedText.code(id)) is not a valid \(what) id; use \(spelled), starting with a letter (\(pattern))",
        at: value.position, path: fields.path("id"))
    }
    return id
  }

  /// The elements of a required array member that must hold at least `minimum` elements.
  func readList(
    _ fields: JSONFields, _ key: String, required: Bool = true, minimum: Int, what: String,
    problems: inout ProblemCollector
  ) -> [JSONValue]? {
    guard let elements = fields.array(key, required: required, problems: &problems) else { return nil }
    if elements.count < minimum, let value = fields.value(key) {
      let count = minimum == 1 ? "at least one \(what)" : "at least \(minimum) \(what)s"
      problems.report("needs \(count)", at: value.position, path: fields.path(key))
    }
    return elements
  }
}
