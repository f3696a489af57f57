extension RubricLoader {
  static let choiceOptionKeys = ["id", "label", "help", "lean", "reason"]
  static let setOptionKeys = ["id", "label", "prerequisite"]
  /// The most options a set factor may have: a team's holdings fit in one 64-bit mask.
  static let maximumSetOptions = 64

  /// Reads `factors`, filling in `outline`; the factors come back when none has a problem.
  func readFactors(
    _ rubric: JSONFields, outline: inout RubricOutline, problems: inout ProblemCollector
  ) -> [Factor]? {
    let before = problems.count
    guard let elements = readList(rubric, "factors", minimum: 1, what: "factor", problems: &problems) else {
      outline.knowsAllFactors = false
      return nil
    }
    var factors: [Factor] = []
    var firstPaths: [String: String] = [:]
    for (index, element) in elements.enumerated() {
      let path = RubricPath.element("factors", index)
      guard let factor = readFactor(element, path: path, problems: &problems) else {
        outline.knowsAllFactors = false
        continue
      }
      if let firstPath = firstPaths[factor.id] {
        let position = element.objectValue?["id"]?.position ?? element.position
        problems.report(
          "duplicate factor id \(QuotedText.code(factor.id)); \(firstPath) already has it", at: position,
          path: RubricPath.member(path, "id"))
        continue
      }
      firstPaths[factor.id] = path
      outline.factors[factor.id] = factor
      outline.factorIDs.append(factor.id)
      if let built = factor.factor { factors.append(built) }
    }
    return problems.count == before ? factors : nil
  }

  /// Reads one factor: its outline whenever it has an id, with the factor itself when it is
  /// valid.
  func readFactor(_ value: JSONValue, path: String, problems: inout ProblemCollector) -> FactorOutline? {
    // The kind decides which keys belong, so it is looked at before the keys are checked.
    let kind = value.objectValue?["kind"]?.stringValue.flatMap(FactorKindName.init(rawValue:))
    guard
      let fields = JSONFields(
        value, path: path, allowed: kind?.factorKeys ?? FactorKindName.anyFactorKeys,
        misplaced: kind?.misplacedKeys ?? [:], problems: &problems)
    else { return nil }
    let before = problems.count

    let id = readID(fields, what: "factor", problems: &problems)
    if let id, reservedFlagNames.contains(Factor.flagName(for: id)) {
      problems.report(
        "factor id \(QuotedText.code(id)) would give the flag --\(Factor.flagName(for: id)), which archadvisor "
          + "already has; rename the factor (reserved: "
          + reservedFlagNames.map { String($0.map { $0 == "-" ? "_" : $0 }) }.sorted().joined(separator: ", ")
          + ")",
        at: fields.value("id")?.position ?? fields.position, path: fields.path("id"))
    }
    let question = fields.string("question", problems: &problems)
    let help = fields.string("help", problems: &problems)
    let weight = readWeight(fields, problems: &problems)
    readKind(fields, problems: &problems)
    requireVersion2(fields, keys: ["dimension", "scale"], problems: &problems)
    let dimension = readDimension(fields, problems: &problems)

    var optionIDs: [String]?
    var factorKind: Factor.Kind?
    switch kind {
    case .number:
      factorKind = readNumberSpec(fields, problems: &problems).map(Factor.Kind.number)
      optionIDs = []
    case .choice:
      let options = readChoiceOptions(fields, problems: &problems)
      optionIDs = options.ids
      factorKind = options.options.map(Factor.Kind.choice)
    case .set:
      let spec = readSetSpec(fields, problems: &problems)
      optionIDs = spec.ids
      factorKind = spec.spec.map(Factor.Kind.set)
    case nil:
      break
    }

    guard let id else { return nil }
    var outline = FactorOutline(id: id, kind: kind, optionIDs: optionIDs, dimension: dimension)
    guard problems.count == before, let question, let help, let weight, let factorKind, let dimension else {
      return outline
    }
    var factor = Factor(
      id: id, question: question, help: help, kind: factorKind, weight: weight, dimension: dimension)
    if dimension == .readiness, !checkReadinessLeans(factorKind, fields, problems: &problems) {
      return outline
    }
    if let defaultValue = fields.value("default") {
      do {
        factor.defaultAnswer = try FactorAnswerReader(factor).read(json: defaultValue)
      } catch {
        problems.report(
          "not a valid answer: \(error.message)", at: error.position ?? defaultValue.position,
          path: fields.path("default"))
        return outline
      }
    }
    outline.factor = factor
    return outline
  }

  /// A weight within ``Factor/weightLimits``.
  func readWeight(_ fields: JSONFields, problems: inout ProblemCollector) -> Double? {
    guard let weight = fields.number("weight", problems: &problems) else { return nil }
    guard weight > 0 else {
      problems.report(
        "weight must be greater than 0, got \(Band.format(weight))",
        at: fields.value("weight")?.position ?? fields.position, path: fields.path("weight"))
      return nil
    }
    guard Factor.weightLimits.contains(weight) else {
      problems.report(
        "weight \(Band.format(weight)) is outside \(Factor.weightLimitsText); weights compare factors, so "
          + "scale them all down or up together", at: fields.value("weight")?.position ?? fields.position,
        path: fields.path("weight"))
      return nil
    }
    return weight
  }

  /// `dimension` (v2, optional): `need` (the default) or `readiness`.
  func readDimension(_ fields: JSONFields, problems: inout ProblemCollector) -> Factor.Dimension? {
    guard let value = fields.value("dimension") else { return .need }
    guard case .string(let name) = value.kind else {
      problems.reportType(expected: "a string", got: value, path: fields.path("dimension"))
      return nil
    }
    if let dimension = Factor.Dimension(rawValue: name) { return dimension }
    problems.report(
      "unknown dimension \(QuotedText.code(name)); expected need or readiness", at: value.position,
      path: fields.path("dimension"))
    return nil
  }

  /// A readiness factor's leans say how much is in place: 0 … 1, never toward the monolith.
  private func checkReadinessLeans(
    _ kind: Factor.Kind, _ fields: JSONFields, problems: inout ProblemCollector
  ) -> Bool {
    // Each lean with the key it is written under and the list it is in, to point at it.
    var leans: [(lean: Double, key: String, list: String, index: Int)] = []
    switch kind {
    case .number(let spec):
      for (index, band) in spec.bands.enumerated() {
        leans.append((band.lean, "lean", "bands", index))
        if let to = band.leanTo { leans.append((to, "leanTo", "bands", index)) }
      }
    case .choice(let options):
      for (index, option) in options.enumerated() { leans.append((option.lean, "lean", "options", index)) }
    case .set(let spec):
      for (index, band) in spec.counts.enumerated() { leans.append((band.lean, "lean", "counts", index)) }
    }
    var valid = true
    for entry in leans where entry.lean < 0 {
      valid = false
      let element = fields.value(entry.list)?.arrayValue?[entry.index]
      problems.report(
        "lean \(Band.format(entry.lean)) is below 0; a readiness factor leans 0 (not in place) … 1 (in place)",
        at: element?.objectValue?[entry.key]?.position ?? fields.position,
        path: RubricPath.member(RubricPath.element(fields.path(entry.list), entry.index), entry.key))
    }
    // Readiness averages the answered factors, and its range counts an unknown one from 0 to 1:
    // the average lies within the range only when the levels answers can reach run that whole
    // way (not just the leans as written: a count band no set can hold is never reached).
    let table = FactorTable(
      Factor(id: "", question: "", help: "", kind: kind, weight: 1, dimension: .readiness))
    let reachedLow = table.lowest?.lean ?? .nan
    let reachedHigh = table.highest?.lean ?? .nan
    if valid, !(abs(reachedLow) < 1e-9 && abs(reachedHigh - 1) < 1e-9) {
      valid = false
      problems.report(
        "a readiness factor's levels must run from 0 (nothing in place) to 1 (all of it in place); "
          + "the answers it accepts reach \(Band.format(reachedLow)) … \(Band.format(reachedHigh))",
        at: fields.position, path: fields.path)
    }
    return valid
  }

  /// Checks `kind` is one of the kinds (the kind itself was read before the keys were checked).
  func readKind(_ fields: JSONFields, problems: inout ProblemCollector) {
    guard let value = fields.required("kind", problems: &problems) else { return }
    guard case .string(let name) = value.kind else {
      problems.reportType(expected: "a string", got: value, path: fields.path("kind"))
      return
    }
    if FactorKindName(rawValue: name) != nil { return }
    let kinds = FactorKindName.allCases.map(\.rawValue)
    let hint =
      Suggestion.nearest(to: name, in: kinds).map { "did you mean `\($0)`?" }
      ?? "expected number, choice or set"
    problems.report(
      "unknown kind \(QuotedText.code(name)); \(hint)", at: value.position, path: fields.path("kind"))
  }

  /// A number factor's `unit`, `integer`, `minimum`, `maximum` and `bands`.
  func readNumberSpec(_ fields: JSONFields, problems: inout ProblemCollector) -> NumberSpec? {
    let before = problems.count
    let unit = fields.string("unit", required: false, problems: &problems)
    let integer = fields.bool("integer", required: false, problems: &problems) ?? false
    let beforeLimits = problems.count
    let minimum = fields.number("minimum", required: false, problems: &problems)
    let maximum = fields.number("maximum", required: false, problems: &problems)
    if let minimum, let maximum, minimum > maximum {
      problems.report(
        "`minimum` \(Band.format(minimum)) is greater than `maximum` \(Band.format(maximum))",
        at: fields.value("minimum")?.position ?? fields.position, path: fields.path("minimum"))
    }
    // Coverage is only checked against limits that could be read.
    let coverage: BandCoverage? =
      problems.count == beforeLimits
      ? BandCoverage(
        low: minimum, high: maximum, noun: "answers", uncovered: "fall in no band",
        lowFix: minimum == nil
          ? "leave out `atLeast` on the first band or set `minimum`"
          : "leave out `atLeast` on the first band or start it at the minimum",
        highFix: maximum == nil
          ? "leave out `below` on the last band or set `maximum`"
          : "leave out `below` on the last band or make it greater than the maximum")
      : nil
    let bands = readLeanBands(
      fields, key: "bands", coverage: coverage, allowsLeanTo: true, problems: &problems)
    var scale = NumberSpec.Scale.linear
    if let value = fields.value("scale") {
      if case .string(let name) = value.kind, let known = NumberSpec.Scale(rawValue: name) {
        scale = known
      } else {
        problems.report(
          "`scale` must be \"linear\" or \"log\"", at: value.position, path: fields.path("scale"))
      }
    }
    if scale == .log, let bands, bands.contains(where: { $0.leanTo != nil && ($0.band.atLeast ?? 0) <= 0 }) {
      problems.report(
        "a log scale needs every band with `leanTo` to start above 0; set `minimum` and the first band's "
          + "`atLeast` to 1 or more", at: fields.value("scale")?.position ?? fields.position,
        path: fields.path("scale"))
    }
    guard problems.count == before, let bands else { return nil }
    return NumberSpec(
      unit: unit, integer: integer, minimum: minimum, maximum: maximum, bands: bands, scale: scale)
  }

  /// A choice factor's options: their ids whenever the list could be read, and the options when
  /// every one is valid.
  func readChoiceOptions(
    _ fields: JSONFields, problems: inout ProblemCollector
  ) -> (ids: [String]?, options: [ChoiceOption]?) {
    let before = problems.count
    guard let elements = readList(fields, "options", minimum: 2, what: "option", problems: &problems)
    else { return (nil, nil) }
    var ids: [String] = []
    var options: [ChoiceOption] = []
    var firstPaths: [String: String] = [:]
    for (index, element) in elements.enumerated() {
      let path = RubricPath.element(fields.path("options"), index)
      guard
        let option = JSONFields(
          element, path: path, allowed: RubricLoader.choiceOptionKeys, problems: &problems)
      else { continue }
      let id = readOptionID(option, firstPaths: &firstPaths, problems: &problems)
      let label = option.string("label", problems: &problems)
      let help = option.string("help", required: false, problems: &problems)
      let lean = readLean(option, problems: &problems)
      let reason = option.string("reason", problems: &problems)
      if let id { ids.append(id) }
      if let id, let label, let lean, let reason {
        options.append(ChoiceOption(id: id, label: label, help: help, lean: lean, reason: reason))
      }
    }
    return (ids, problems.count == before ? options : nil)
  }

  /// A set factor's options and count bands.
  func readSetSpec(_ fields: JSONFields, problems: inout ProblemCollector) -> (ids: [String]?, spec: SetSpec?)
  {
    let before = problems.count
    guard let elements = readList(fields, "options", minimum: 1, what: "option", problems: &problems) else {
      _ = readLeanBands(fields, key: "counts", coverage: nil, problems: &problems)
      return (nil, nil)
    }
    if elements.count > RubricLoader.maximumSetOptions, let value = fields.value("options") {
      problems.report(
        "has \(elements.count) options; a set factor may have at most \(RubricLoader.maximumSetOptions)",
        at: value.position, path: fields.path("options"))
    }
    var ids: [String] = []
    var options: [SetOption] = []
    var firstPaths: [String: String] = [:]
    for (index, element) in elements.enumerated() {
      let path = RubricPath.element(fields.path("options"), index)
      guard
        let option = JSONFields(element, path: path, allowed: RubricLoader.setOptionKeys, problems: &problems)
      else { continue }
      let id = readOptionID(option, firstPaths: &firstPaths, problems: &problems)
      let label = option.string("label", problems: &problems)
      let prerequisite = option.string("prerequisite", problems: &problems)
      if let id { ids.append(id) }
      if let id, let label, let prerequisite {
        options.append(SetOption(id: id, label: label, prerequisite: prerequisite))
      }
    }
    let count = Double(elements.count)
    let coverage = BandCoverage(
      low: 0, high: count, noun: "counts", uncovered: "fall in no band",
      lowFix: "leave out `atLeast` on the first band or start it at 0",
      highFix:
        "leave out `below` on the last band or make it greater than \(elements.count), the number of options")
    let counts = readLeanBands(fields, key: "counts", coverage: coverage, problems: &problems)
    guard problems.count == before, let counts else { return (ids, nil) }
    return (ids, SetSpec(options: options, counts: counts))
  }

  /// An option's id, checked against the id pattern and the ids before it in the factor.
  private func readOptionID(
    _ option: JSONFields, firstPaths: inout [String: String], problems: inout ProblemCollector
  ) -> String? {
    guard let id = readID(option, what: "option", problems: &problems) else { return nil }
    if let firstPath = firstPaths[id] {
      problems.report(
        "duplicate option id \(QuotedText.code(id)); \(firstPath) already has it",
        at: option.value("id")?.position ?? option.position, path: option.path("id"))
      return nil
    }
    firstPaths[id] = option.path
    return id
  }
}
