extension RubricLoader {
  static let componentKeys = ["id", "label"]

  /// Reads `components` (v2, optional): the parts a rule can advise splitting first.
  func readComponents(
    _ rubric: JSONFields, outline: inout RubricOutline, problems: inout ProblemCollector
  ) -> [Component]? {
    let before = problems.count
    guard let elements = rubric.array("components", required: false, problems: &problems) else {
      return problems.count == before ? [] : nil
    }
    var components: [Component] = []
    var firstPaths: [String: String] = [:]
    for (index, element) in elements.enumerated() {
      let path = RubricPath.element("components", index)
      guard
        let fields = JSONFields(element, path: path, allowed: RubricLoader.componentKeys, problems: &problems)
      else {
        outline.knowsAllComponents = false
        continue
      }
      let id = readID(fields, what: "component", problems: &problems)
      let label = fields.string("label", problems: &problems)
      guard let id else {
        outline.knowsAllComponents = false
        continue
      }
      if let firstPath = firstPaths[id] {
        problems.report(
          "duplicate component id \(QuotedText.code(id)); \(firstPath) already has it",
          at: fields.value("id")?.position ?? fields.position, path: fields.path("id"))
        continue
      }
      firstPaths[id] = path
      outline.componentIDs.append(id)
      if let label { components.append(Component(id: id, label: label)) }
    }
    return problems.count == before ? components : nil
  }
}
