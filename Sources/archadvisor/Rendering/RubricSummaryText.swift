import ArchAdvisorKit

/// `rubric show`'s text: every factor in the order asked, with its flag, kind, weight, what it
/// accepts and its options (id, lean, label) or bands (range, lean); then the verdict bands, the
/// rules with their effects, and the examples with the verdicts they expect. Every string from
/// the rubric is made safe for a terminal.
enum RubricSummaryText {
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
}
