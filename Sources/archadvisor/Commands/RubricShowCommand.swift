import ArchAdvisorKit

/// `archadvisor rubric show [FILE]`: a rubric author's quick view of a rubric.
///
/// Text lists every factor in the order asked, with its flag, kind, weight, what it accepts and
/// its options (id, lean, label) or bands (range, lean); then the verdict bands, the rules with
/// their effects, and the examples with the verdicts they expect. `--format json` gives the same
/// as JSON. Every string from the rubric is made safe for a terminal (or escaped by the JSON
/// writer).
struct RubricShowCommand: Sendable {
  var options: RubricShowOptions
  var terminal: Terminal

  func run() throws(CLIError) -> ExitCode {
    let loaded = try LoadedRubric.load(options.file)
    let text: String
    switch options.format {
    case .text: text = RubricShowCommand.text(loaded, width: terminal.width())
    case .json: text = JSONWriter(pretty: true).string(RubricShowCommand.json(loaded.rubric)) + "\n"
    }
    do {
      try OutputStream.standardOutput.write(text)
    } catch {
      throw CLIError.cannotWrite(what: "the rubric", file: nil, reason: error.description)
    }
    return .success
  }

  // MARK: Text

  /// The text view of a rubric.
  static func text(_ loaded: LoadedRubric, width: Int) -> String {
    let rubric = loaded.rubric
    let clean = TerminalSanitizer.clean
    let wrapper = TextWrapper(width: width)
    var lines: [String] = []
    lines.append("\(clean(rubric.id)) \(clean(rubric.version)): \(clean(rubric.title))")
    lines.append("from \(clean(loaded.name))")
    lines.append("")
    // Each score averages its own dimension's factors: a share is of that dimension's weight.
    func weight(_ dimension: Factor.Dimension) -> Double {
      rubric.factors.filter { $0.dimension == dimension }.reduce(0) { $0 + $1.weight }
    }
    let needWeight = weight(.need)
    let readinessWeight = weight(.readiness)
    var totals = "need weight \(Band.format(needWeight))"
    if readinessWeight > 0 { totals += ", readiness weight \(Band.format(readinessWeight))" }
    lines.append("Factors (\(rubric.factors.count); \(totals)), in the order asked:")
    for (index, factor) in rubric.factors.enumerated() {
      let summary = FactorSummary(factor)
      let total = factor.dimension == .need ? needWeight : readinessWeight
      let share = total > 0 ? NumberText.fixed(factor.weight / total * 100, decimals: 1) : "0"
      lines.append("")
      lines.append(
        "\(index + 1). \(clean(factor.id))  \(clean(summary.usage))  \(factor.kindName), "
          + (rubric.schemaVersion >= 2 ? factor.dimension.rawValue + ", " : "") + "weight "
          + "\(Band.format(factor.weight)) (\(share)% of \(factor.dimension.rawValue))")
      let indent = 4
      let pad = String(repeating: " ", count: indent)
      lines += wrapper.lines(clean(factor.question), prefix: pad, indent: indent)
      var accepts = "Accepts " + clean(summary.accepted)
      if let answer = factor.defaultAnswer { accepts += "; default " + clean(answer.displayText) }
      lines += wrapper.lines(accepts + ".", prefix: pad, indent: indent)
      switch factor.kind {
      case .number(let spec):
        if spec.scale == .log, spec.bands.contains(where: { $0.leanTo != nil }) {
          lines += wrapper.lines("Leans move across each band on a log scale.", prefix: pad, indent: indent)
        }
        lines += bandRows(spec.bands, label: { $0.description }, indent: indent + 2)
      case .choice(let options):
        let idWidth = options.map { TerminalCells.width(clean($0.id)) }.max() ?? 0
        for option in options {
          let id = clean(option.id)
          let row =
            pad + "  " + id + String(repeating: " ", count: idWidth - TerminalCells.width(id)) + "  "
            + lean(option.lean) + "  "
          lines += wrapper.lines(clean(option.label), prefix: row, indent: TerminalCells.width(row))
        }
      case .set(let spec):
        let held = spec.options.map { clean($0.id) + " (" + clean($0.label) + ")" }.joined(separator: ", ")
        lines += wrapper.lines(held, prefix: pad + "  options: ", indent: indent + 11)
        lines += bandRows(spec.counts, label: { "holding " + $0.description }, indent: indent + 2)
      }
    }
    if !rubric.components.isEmpty {
      lines.append("")
      lines.append("Components a rule can split first:")
      let idWidth = rubric.components.map { TerminalCells.width(clean($0.id)) }.max() ?? 0
      for component in rubric.components {
        lines.append(
          "  " + TerminalCells.padded(clean(component.id), to: idWidth) + "  " + clean(component.label))
      }
    }
    lines.append("")
    lines.append("Verdicts on the need score, from the monolith end (-100) to the microservices end (+100):")
    let verdictWidth = rubric.verdicts.map { TerminalCells.width(clean($0.id)) }.max() ?? 0
    for verdict in rubric.verdicts {
      let id = clean(verdict.id)
      lines.append(
        "  " + id + String(repeating: " ", count: verdictWidth - TerminalCells.width(id)) + "  "
          + "need score \(verdict.band)  " + clean(verdict.label))
    }
    if !rubric.rules.isEmpty {
      lines.append("")
      lines.append("Rules (\(rubric.rules.count)), run in this order:")
      for rule in rubric.rules {
        lines += wrapper.lines(
          clean(rule.id) + ": " + effects(rule, clean: clean).joined(separator: ", "), prefix: "  ", indent: 4
        )
      }
    }
    if !rubric.examples.isEmpty {
      lines.append("")
      lines.append("Examples (\(rubric.examples.count)), checked by 'archadvisor rubric check':")
      for example in rubric.examples {
        lines += wrapper.lines(
          clean(example.name) + " → " + clean(example.expect), prefix: "  ", indent: 4)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `+0.80`, `-0.30`, ` 0.00`: a lean with its sign, aligned.
  static func lean(_ value: Double) -> String {
    let text = NumberText.fixed(value, decimals: 2)
    if text.hasPrefix("-") { return text }
    return (value > 0 ? "+" : " ") + text
  }

  private static func bandRows(_ bands: [LeanBand], label: (Band) -> String, indent: Int) -> [String] {
    let labels = bands.map { label($0.band) }
    let width = labels.map { TerminalCells.width($0) }.max() ?? 0
    return zip(bands, labels).map { band, text in
      String(repeating: " ", count: indent) + text
        + String(repeating: " ", count: width - TerminalCells.width(text)) + "  " + lean(band.lean)
        + (band.leanTo.map { " → " + lean($0) } ?? "")
    }
  }

  /// What a rule does, in words: "caveat", "cap at modular_monolith", "prerequisites from skills".
  /// `clean` makes rubric text safe for where it goes (a terminal, or nothing for JSON).
  static func effects(_ rule: Rule, clean: (String) -> String) -> [String] {
    var effects: [String] = []
    if let force = rule.force { effects.append("force " + clean(force)) }
    if let cap = rule.cap { effects.append("cap at " + clean(cap)) }
    if let floor = rule.floor { effects.append("floor at " + clean(floor)) }
    if rule.caveat != nil { effects.append("caveat") }
    if !rule.prerequisites.isEmpty { effects.append("\(rule.prerequisites.count) prerequisites") }
    if !rule.prerequisitesFrom.isEmpty {
      effects.append("prerequisites from " + rule.prerequisitesFrom.map(clean).joined(separator: ", "))
    }
    for advice in rule.split { effects.append("split " + clean(advice.component) + " first") }
    return effects
  }

  // MARK: JSON

  /// The rubric summary as JSON, under the `schema` tag `archadvisor.rubric-summary/2`: v2 adds
  /// each factor's `dimension`, a number factor's `scale` and each band's `leanTo`, the
  /// `components`, the `cases` file, and each rule's `split` advice.
  static func json(_ rubric: Rubric) -> JSONValue {
    let answers = JSONReportRenderer()
    func object(_ members: [(String, JSONValue)]) -> JSONValue {
      JSONValue(.object(JSONObject(members.map { JSONObject.Member(key: $0.0, value: $0.1) })))
    }
    func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
    func number(_ value: Double?) -> JSONValue {
      guard let value, value.isFinite else { return JSONValue(.null) }
      if value.rounded() == value, abs(value) < 9e15 { return JSONValue(.integer(Int64(value))) }
      return JSONValue(.double(value))
    }
    func bands(_ bands: [LeanBand]) -> JSONValue {
      JSONValue(
        .array(
          bands.map {
            object([
              ("atLeast", number($0.band.atLeast)), ("below", number($0.band.below)),
              ("lean", number($0.lean)), ("leanTo", number($0.leanTo)),
            ])
          }))
    }
    let factors = rubric.factors.map { factor in
      var members: [(String, JSONValue)] = [
        ("id", string(factor.id)), ("flag", string(factor.flag)), ("kind", string(factor.kindName)),
        ("dimension", string(factor.dimension.rawValue)), ("weight", number(factor.weight)),
        ("question", string(factor.question)),
        ("accepts", string(FactorSummary(factor).accepted)),
        ("default", answers.answer(factor.defaultAnswer)),
      ]
      switch factor.kind {
      case .number(let spec):
        members += [
          ("unit", spec.unit.map(string) ?? JSONValue(.null)), ("integer", JSONValue(.bool(spec.integer))),
          ("minimum", number(spec.minimum)), ("maximum", number(spec.maximum)),
          ("scale", string(spec.scale.rawValue)), ("bands", bands(spec.bands)),
        ]
      case .choice(let options):
        let list = options.map {
          object([("id", string($0.id)), ("label", string($0.label)), ("lean", number($0.lean))])
        }
        members.append(("options", JSONValue(.array(list))))
      case .set(let spec):
        let list = spec.options.map { object([("id", string($0.id)), ("label", string($0.label))]) }
        members += [("options", JSONValue(.array(list))), ("counts", bands(spec.counts))]
      }
      return object(members)
    }
    let verdicts = rubric.verdicts.map {
      object([
        ("id", string($0.id)), ("label", string($0.label)), ("atLeast", number($0.band.atLeast)),
        ("below", number($0.band.below)),
      ])
    }
    let rules = rubric.rules.map { rule in
      object([
        ("id", string(rule.id)), ("effects", JSONValue(.array(effects(rule, clean: { $0 }).map(string)))),
        (
          "split",
          JSONValue(
            .array(
              rule.split.map { object([("component", string($0.component)), ("reason", string($0.reason))]) })
          )
        ),
      ])
    }
    let examples = rubric.examples.map { object([("name", string($0.name)), ("expect", string($0.expect))]) }
    return object([
      ("schema", string("archadvisor.rubric-summary/2")),
      (
        "rubric",
        object([
          ("id", string(rubric.id)), ("version", string(rubric.version)), ("title", string(rubric.title)),
        ])
      ),
      ("cases", rubric.casesFile.map(string) ?? JSONValue(.null)),
      (
        "components",
        JSONValue(
          .array(rubric.components.map { object([("id", string($0.id)), ("label", string($0.label))]) }))
      ),
      ("factors", JSONValue(.array(factors))),
      ("verdicts", JSONValue(.array(verdicts))),
      ("rules", JSONValue(.array(rules))),
      ("examples", JSONValue(.array(examples))),
    ])
  }
}
