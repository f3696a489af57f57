import ArchAdvisorKit

/// `archadvisor cases show ID` as text: the case whole, then how the rubric scores it now.
///
/// Sections: the facts of the case (organisation, system, year, kind, what it chose and how it
/// got there, parts split first, held aside or not), what happened, every factor of the rubric
/// in the order asked with the answer the source gives and the note quoting it (or `unknown`),
/// the notes on the case's own fields, the source with its address whole on a line of its own,
/// and the rubric's verdict. Every string from the library is made safe for a terminal.
struct CaseDetailText: Sendable {
  var style: Style
  var width: Int

  /// How the organisation got to what it chose: the path's id, and what it means.
  static func pathText(_ path: DecisionCase.Path) -> String {
    switch path {
    case .split: return "split: moved from one deployable to services and stayed"
    case .reversed: return "reversed: split into services, then went back to one deployable"
    case .deliberate: return "deliberate: one deployable (or a modular one) on purpose, and kept"
    case .startedSplit: return "started_split: built as services from the start"
    }
  }

  /// The kind of system, in words.
  static func kindText(_ kind: DecisionCase.Kind) -> String {
    switch kind {
    case .generativeAI: return "generative AI"
    case .modelServing: return "model serving"
    case .general: return "general (not a generative-AI or model-serving system)"
    }
  }

  func render(_ decision: DecisionCase, assessment: CaseAssessment, rubric: Rubric) -> String {
    let clean = TerminalSanitizer.clean
    let wrapper = TextWrapper(width: width)
    var blocks: [[String]] = []

    var head = wrapper.lines(clean(decision.name), prefix: style.bold(clean(decision.id)) + "  ", indent: 2)
    var facts: [(String, String)] = [
      ("Organisation", clean(decision.organisation)),
      ("System", clean(decision.system)),
      ("Year", String(decision.year)),
      ("Kind", CaseDetailText.kindText(decision.kind)),
      ("Chose", verdictName(decision.chose, rubric)),
      ("Path", CaseDetailText.pathText(decision.path)),
    ]
    if !decision.splitFirst.isEmpty {
      let parts = decision.splitFirst.map { id in rubric.component(id).map { clean($0.label) } ?? clean(id) }
      facts.append(("Split first", parts.joined(separator: ", ") + " (its own service, the rest together)"))
    }
    facts.append(
      (
        "Held aside",
        decision.heldAside
          ? "yes: kept aside while the rubric was tuned, to measure how it generalises"
          : "no: one of the cases the rubric was tuned on"
      ))
    let column = (facts.map { TerminalCells.width($0.0) }.max() ?? 0) + 4
    for (label, value) in facts {
      head += wrapper.lines(value, prefix: TerminalCells.padded("  " + label, to: column), indent: column)
    }
    blocks.append(head)

    blocks.append(
      [style.bold("What happened")] + wrapper.lines(clean(decision.outcome), prefix: "  ", indent: 2))

    let answered = rubric.factors.filter { decision.answers.values[$0.id] != nil }.count
    var answers = [
      style.bold("Answers")
        + " (\(answered) of \(rubric.factors.count) factors stated by the source, in the order asked)"
    ]
    for factor in rubric.factors {
      let note = decision.notes[factor.id].map(clean)
      if let answer = decision.answers.values[factor.id] {
        answers += wrapper.lines(clean(factor.id) + ": " + clean(answer.displayText), prefix: "  ", indent: 4)
        if let note { answers += wrapper.lines(note, prefix: "    ", indent: 4) }
      } else {
        answers += wrapper.lines(
          clean(factor.id) + ": " + style.dim("unknown") + (note == nil ? " (the source does not say)" : ""),
          prefix: "  ", indent: 4)
        if let note { answers += wrapper.lines(note, prefix: "    ", indent: 4) }
      }
    }
    blocks.append(answers)

    let factorIDs = Set(rubric.factors.map(\.id))
    let fieldNotes = decision.notes.filter { !factorIDs.contains($0.key) }.sorted { $0.key < $1.key }
    if !fieldNotes.isEmpty {
      var lines = [style.bold("Notes on the case")]
      for (key, note) in fieldNotes {
        lines += wrapper.lines(clean(key) + ": " + clean(note), prefix: "  ", indent: 4)
      }
      blocks.append(lines)
    }

    let source = decision.source
    var sourceLines = [style.bold("Source")] + wrapper.lines(clean(source.title), prefix: "  ", indent: 2)
    let byline = [source.author, source.publisher, source.date].compactMap { $0 }.map(clean)
    if !byline.isEmpty {
      sourceLines += wrapper.lines(byline.joined(separator: ", "), prefix: "  ", indent: 2)
    }
    // The address whole, on its own line, so that it can be copied (or followed) as it is.
    sourceLines.append("  " + clean(source.url))
    blocks.append(sourceLines)

    blocks.append(scoring(decision, assessment, rubric: rubric, wrapper: wrapper))
    return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
  }

  /// How the rubric scores the case now: verdict, score, agreement, the rules, the nearest edge.
  private func scoring(
    _ decision: DecisionCase, _ assessment: CaseAssessment, rubric: Rubric, wrapper: TextWrapper
  )
    -> [String]
  {
    let clean = TerminalSanitizer.clean
    var lines = [style.bold("How rubric \(clean(rubric.id)) \(clean(rubric.version)) scores it now")]
    var verdict =
      style.bold(rubric.verdict(assessment.verdict).map { clean($0.label) } ?? clean(assessment.verdict))
      + " (score " + NumberText.signed(assessment.score)
    if let readiness = assessment.readiness {
      verdict += ", readiness " + NumberText.fixed(readiness, decimals: 1)
    }
    verdict += "): "
    verdict +=
      assessment.agrees
      ? "agrees with what \(clean(decision.organisation)) chose."
      : "does not agree: \(clean(decision.organisation)) chose \(verdictName(decision.chose, rubric))."
    lines += wrapper.lines(verdict, prefix: "  ", indent: 2)
    if let edge = assessment.edge {
      let side = assessment.score >= edge.value ? "above" : "below"
      lines += wrapper.lines(
        "The score is \(NumberText.fixed(edge.distance, decimals: 1)) points \(side) "
          + "\(NumberText.signed(edge.value)), the edge with \(clean(edge.neighbour)).",
        prefix: "  ", indent: 2)
    }
    if assessment.firedRules.isEmpty {
      lines += wrapper.lines("No rule fired.", prefix: "  ", indent: 2)
    } else {
      var rules = "Rules that fired: " + assessment.firedRules.map(clean).joined(separator: ", ")
      if !assessment.decidingRules.isEmpty {
        rules +=
          "; the score alone gives \(clean(assessment.scoreVerdict)), and "
          + assessment.decidingRules.map(clean).joined(separator: ", ") + " moved the verdict"
      }
      lines += wrapper.lines(rules + ".", prefix: "  ", indent: 2)
    }
    return lines
  }

  /// A verdict as users type it (`modular_monolith`).
  private func verdictName(_ id: String, _ rubric: Rubric) -> String {
    TerminalSanitizer.clean(id)
  }
}
