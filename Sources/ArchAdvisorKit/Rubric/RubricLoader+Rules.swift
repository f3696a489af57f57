extension RubricLoader {
  static let ruleKeys = [
    "id", "reason", "when", "caveat", "cap", "floor", "force", "prerequisites", "prerequisitesFrom", "split",
  ]
  /// The keys that give a rule something to do.
  static let effectKeys = ["caveat", "cap", "floor", "force", "prerequisites", "prerequisitesFrom", "split"]
  static let splitKeys = ["component", "reason"]

  /// Reads `rules` (optional; none is an empty list).
  func readRules(_ rubric: JSONFields, outline: RubricOutline, problems: inout ProblemCollector) -> [Rule]? {
    let before = problems.count
    guard let elements = rubric.array("rules", required: false, problems: &problems) else {
      return problems.count == before ? [] : nil
    }
    var rules: [Rule] = []
    var firstPaths: [String: String] = [:]
    for (index, element) in elements.enumerated() {
      let path = RubricPath.element("rules", index)
      guard let fields = JSONFields(element, path: path, allowed: RubricLoader.ruleKeys, problems: &problems)
      else { continue }
      if let id = readID(fields, what: "rule", problems: &problems) {
        if let firstPath = firstPaths[id] {
          problems.report(
            "duplicate rule id \(QuotedText.code(id)); \(firstPath) already has it",
            at: fields.value("id")?.position ?? fields.position, path: fields.path("id"))
        } else {
          firstPaths[id] = path
        }
        if let rule = readRule(fields, id: id, outline: outline, problems: &problems) { rules.append(rule) }
      } else {
        _ = readRule(fields, id: "", outline: outline, problems: &problems)
      }
    }
    return problems.count == before ? rules : nil
  }

  /// Everything of a rule but its id.
  private func readRule(
    _ fields: JSONFields, id: String, outline: RubricOutline, problems: inout ProblemCollector
  ) -> Rule? {
    let before = problems.count
    let reason = fields.string("reason", problems: &problems)
    let condition = fields.required("when", problems: &problems).flatMap {
      readCondition($0, path: fields.path("when"), outline: outline, problems: &problems)
    }
    let caveat = fields.string("caveat", required: false, problems: &problems)
    let cap = verdictMember(fields, "cap", outline: outline, problems: &problems)
    let floor = verdictMember(fields, "floor", outline: outline, problems: &problems)
    let force = verdictMember(fields, "force", outline: outline, problems: &problems)
    let prerequisites = readTexts(fields, "prerequisites", problems: &problems)
    let prerequisitesFrom = readPrerequisiteSources(fields, outline: outline, problems: &problems)
    requireVersion2(fields, keys: ["split"], problems: &problems)
    let split = readSplit(fields, outline: outline, problems: &problems)

    let hasEffect = RubricLoader.effectKeys.contains { key in
      guard let value = fields.value(key) else { return false }
      // An empty list does nothing.
      if case .array(let elements) = value.kind { return !elements.isEmpty }
      return true
    }
    if !hasEffect {
      let effects = RubricLoader.effectKeys.map { "`\($0)`" }.joined(separator: ", ")
      problems.report(
        "has no effect; give it at least one of \(effects)", at: fields.position, path: fields.path)
    }
    if let cap, let floor, let capIndex = outline.verdictIndex[cap],
      let floorIndex = outline.verdictIndex[floor],
      capIndex < floorIndex
    {
      problems.report(
        "`cap` \(QuotedText.code(cap)) is below `floor` \(QuotedText.code(floor)); no verdict can satisfy both",
        at: fields.keyPosition("cap"), path: fields.path("cap"))
    }
    guard problems.count == before, let reason, let condition else { return nil }
    return Rule(
      id: id, reason: reason, condition: condition, caveat: caveat, cap: cap, floor: floor, force: force,
      prerequisites: prerequisites ?? [], prerequisitesFrom: prerequisitesFrom ?? [], split: split ?? [])
  }

  /// `split`: components to run as their own service first, each with a reason.
  private func readSplit(
    _ fields: JSONFields, outline: RubricOutline, problems: inout ProblemCollector
  ) -> [SplitAdvice]? {
    guard let elements = fields.array("split", required: false, problems: &problems) else { return nil }
    var advice: [SplitAdvice] = []
    for (index, element) in elements.enumerated() {
      let path = RubricPath.element(fields.path("split"), index)
      guard let entry = JSONFields(element, path: path, allowed: RubricLoader.splitKeys, problems: &problems)
      else { continue }
      let component = entry.string("component", problems: &problems)
      let reason = entry.string("reason", problems: &problems)
      if let component, !outline.componentIDs.contains(component), outline.knowsAllComponents {
        problems.report(
          RubricLoader.unknownMessage("component", component, known: outline.componentIDs),
          at: entry.value("component")?.position ?? entry.position, path: entry.path("component"))
        continue
      }
      if let component, let reason { advice.append(SplitAdvice(component: component, reason: reason)) }
    }
    return advice
  }

  /// An optional member naming a verdict.
  private func verdictMember(
    _ fields: JSONFields, _ key: String, outline: RubricOutline, problems: inout ProblemCollector
  ) -> String? {
    guard let value = fields.value(key) else { return nil }
    return readVerdictReference(value, path: fields.path(key), outline: outline, problems: &problems)
  }

  /// An optional array of non-blank texts.
  private func readTexts(_ fields: JSONFields, _ key: String, problems: inout ProblemCollector) -> [String]? {
    guard let elements = fields.array(key, required: false, problems: &problems) else { return nil }
    var texts: [String] = []
    for (index, element) in elements.enumerated() {
      if let text = JSONFields.text(
        element, path: RubricPath.element(fields.path(key), index), problems: &problems)
      {
        texts.append(text)
      }
    }
    return texts
  }

  /// `prerequisitesFrom`: ids of set factors.
  private func readPrerequisiteSources(
    _ fields: JSONFields, outline: RubricOutline, problems: inout ProblemCollector
  ) -> [String]? {
    let key = "prerequisitesFrom"
    guard let elements = fields.array(key, required: false, problems: &problems) else { return nil }
    var ids: [String] = []
    for (index, element) in elements.enumerated() {
      let path = RubricPath.element(fields.path(key), index)
      guard case .string(let id) = element.kind else {
        problems.reportType(expected: "a factor id (a string)", got: element, path: path)
        continue
      }
      guard let factor = outline.factors[id] else {
        guard outline.knowsAllFactors else { continue }
        problems.report(
          RubricLoader.unknownMessage("factor", id, known: outline.factorIDs), at: element.position,
          path: path)
        continue
      }
      if let kind = factor.kind, kind != .set {
        problems.report(
          "\(QuotedText.code(id)) is \(kind.article) factor; `prerequisitesFrom` takes set factors, whose "
            + "missing options become prerequisites", at: element.position, path: path)
        continue
      }
      ids.append(id)
    }
    return ids
  }
}
