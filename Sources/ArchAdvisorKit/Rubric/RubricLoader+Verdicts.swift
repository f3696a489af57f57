extension RubricLoader {
  static let verdictKeys = ["id", "label", "summary", "atLeast", "below"]

  /// Reads `verdicts`: at least two, with unique ids, whose bands chain from −100 to 100.
  func readVerdicts(
    _ rubric: JSONFields, outline: inout RubricOutline, problems: inout ProblemCollector
  ) -> [Verdict]? {
    let before = problems.count
    guard let elements = readList(rubric, "verdicts", minimum: 2, what: "verdict", problems: &problems) else {
      outline.knowsAllVerdicts = false
      return nil
    }
    var verdicts: [Verdict] = []
    var entries: [BandEntry] = []
    var chainable = true
    var firstPaths: [String: String] = [:]
    for (index, element) in elements.enumerated() {
      let path = RubricPath.element("verdicts", index)
      guard
        let fields = JSONFields(element, path: path, allowed: RubricLoader.verdictKeys, problems: &problems)
      else {
        chainable = false
        outline.knowsAllVerdicts = false
        continue
      }
      var id = readID(fields, what: "verdict", problems: &problems)
      if id == nil { outline.knowsAllVerdicts = false }
      if let known = id, let firstPath = firstPaths[known] {
        problems.report(
          "duplicate verdict id \(QuotedText.code(known)); \(firstPath) already has it",
          at: fields.value("id")?.position ?? fields.position, path: fields.path("id"))
        id = nil
      }
      if let id {
        firstPaths[id] = path
        outline.verdictIndex[id] = outline.verdictIDs.count
        outline.verdictIDs.append(id)
      }
      let label = fields.string("label", problems: &problems)
      let summary = fields.string("summary", problems: &problems)
      let entry = readBandEnds(fields, problems: &problems)
      if let entry { entries.append(entry) } else { chainable = false }
      if let id, let label, let summary, let entry {
        verdicts.append(Verdict(id: id, label: label, summary: summary, band: entry.band))
      }
    }
    if chainable {
      let coverage = BandCoverage(
        low: -100, high: 100, noun: "scores", uncovered: "have no verdict",
        lowFix: "leave out `atLeast` on the first verdict or start it at -100",
        highFix: "leave out `below` on the last verdict or make it greater than 100")
      checkChain(entries, coverage: coverage, problems: &problems)
    }
    return problems.count == before ? verdicts : nil
  }

  /// A reference to a verdict by id (a rule's `cap`, an example's `expect`); the id comes back
  /// when it exists.
  func readVerdictReference(
    _ value: JSONValue, path: String, outline: RubricOutline, problems: inout ProblemCollector
  ) -> String? {
    guard case .string(let id) = value.kind else {
      problems.reportType(expected: "a verdict id (a string)", got: value, path: path)
      return nil
    }
    guard outline.verdictIndex[id] != nil else {
      guard outline.knowsAllVerdicts else { return nil }
      problems.report(
        RubricLoader.unknownMessage("verdict", id, known: outline.verdictIDs), at: value.position, path: path)
      return nil
    }
    return id
  }

  /// "unknown verdict `microservice`; did you mean `microservices`?", or the known ids.
  static func unknownMessage(_ what: String, _ id: String, known: [String], of owner: String? = nil) -> String
  {
    let subject =
      "unknown \(what) \(QuotedText.code(id))" + (owner.map { " of \(QuotedText.code($0))" } ?? "")
    if let near = Suggestion.nearest(to: id, in: known) { return subject + "; did you mean `\(near)`?" }
    if known.isEmpty { return subject }
    return subject + "; expected one of " + known.joined(separator: ", ")
  }
}
