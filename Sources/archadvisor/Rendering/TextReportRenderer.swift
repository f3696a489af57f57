import ArchAdvisorKit

/// The report for a person at a terminal: the verdict first, in one line, then why.
///
/// Sections, each left out when it has nothing to say: a one-line gauge of need and readiness
/// (``NeedReadinessGauge``), the verdict's summary and how sure it is; "Why" (the answered
/// factors, the strongest push first, each with its signed contribution in score points, a bar
/// of it (``ContributionBar``), its answer and its reason); "Not answered" (what each unknown factor could do);
/// "What would change it" (the flips, in words); "Rules that changed the verdict"; "Caveats";
/// "Prerequisites" as a checklist. Paragraphs wrap to ``RenderContext/width`` with a hanging
/// indent. Every string from input passes through ``TerminalSanitizer`` first; bold and color
/// appear only when ``RenderContext/color`` is true.
struct TextReportRenderer: ReportRenderer {
  func render(_ report: Report, context: RenderContext) -> String {
    let style = Style(enabled: context.color)
    let wrapper = TextWrapper(width: context.width)
    let clean = TerminalSanitizer.clean
    let wording = ReportWording(rubric: context.rubric, term: clean, plain: clean)
    let side = wording.side(of: report)

    var blocks: [[String]] = []
    // Wrapped between words like every paragraph, so a narrow terminal never breaks it inside a
    // number; the verdict stays on the first line for whoever looks for it there.
    blocks.append(wrapper.lines(headline(report, style: style, side: side), indent: 2))

    let glyphs = BarGlyphs.forUnicode(context.unicode)
    var summary = NeedReadinessGauge(rubric: context.rubric, glyphs: glyphs).lines(
      report, prefix: "  ", width: context.width)
    if !report.verdict.summary.isEmpty {
      summary += wrapper.lines(clean(report.verdict.summary), prefix: "  ", indent: 2)
    }
    if report.scoreVerdict.id != report.verdict.id {
      let sentence =
        "The score alone points to " + wording.verdictLabel(report.scoreVerdict.id)
        + "; the rules below changed that."
      summary += wrapper.lines(sentence, prefix: "  ", indent: 2)
    }
    let confidence =
      "Confidence " + report.confidence.level.rawValue + ": " + clean(report.confidence.explanation)
    summary += wrapper.lines(confidence, prefix: "  ", indent: 2)
    if let range = wording.rangeSentence(report) {
      summary += wrapper.lines(range, prefix: "  ", indent: 2)
    }
    if let readiness = wording.readinessSentence(report) {
      summary += wrapper.lines(readiness, prefix: "  ", indent: 2)
    }
    if let robustness = wording.robustnessSentence(report) {
      summary += wrapper.lines(robustness, prefix: "  ", indent: 2)
    }
    for conflict in wording.conflictSentences(report) {
      summary += wrapper.lines(conflict, prefix: "  ", indent: 2)
    }
    blocks.append(summary)

    blocks.append(
      why(report, style: style, wrapper: wrapper, bar: ContributionBar(report: report, glyphs: glyphs)))

    let readiness = report.factors.filter { $0.dimension == .readiness && $0.answer != nil }
    if !readiness.isEmpty {
      var lines = [style.bold("Readiness")]
      for factor in readiness {
        let text =
          style.bold(clean(factor.id)) + " = " + clean(ReportWording.answerText(factor.answer)) + " — "
          + clean(factor.reason)
        lines += wrapper.lines(text, prefix: "  - ", indent: 4)
      }
      blocks.append(lines)
    }

    if !report.splitFirst.isEmpty {
      var lines = [style.bold("Split first")]
      for part in report.splitFirst {
        lines += wrapper.lines(
          style.bold(clean(part.label)) + ": " + clean(part.reason), prefix: "  - ", indent: 4)
      }
      blocks.append(lines)
    }

    if !report.precedents.isEmpty {
      var lines = [style.bold("Precedents")]
      lines += wrapper.lines(ReportWording.precedentsNote, prefix: "  ", indent: 2)
      for precedent in report.precedents {
        lines += wrapper.lines(wording.precedent(precedent) + ".", prefix: "  - ", indent: 4)
        lines += wrapper.lines(clean(precedent.outcome), prefix: "    ", indent: 4)
        lines += wrapper.lines("Source: " + clean(precedent.source.title), prefix: "    ", indent: 4)
        // The address whole, on its own line, so that it can be copied (or followed) as it is.
        lines.append("    " + clean(precedent.source.url))
      }
      if let disagreement = wording.precedentDisagreement(report) {
        lines += wrapper.lines(style.color("!", .yellow) + " " + disagreement, prefix: "  ", indent: 4)
      }
      blocks.append(lines)
    }

    if !report.nextQuestions.isEmpty {
      var lines = [style.bold("Answer next")]
      for id in report.nextQuestions {
        let question = report.factors.first { $0.id == id }?.question ?? ""
        lines += wrapper.lines(
          style.bold(clean(id)) + ": " + clean(question), prefix: "  - ", indent: 4)
      }
      blocks.append(lines)
    }

    let unknown = report.factors.filter { $0.answer == nil }
    if !unknown.isEmpty {
      var lines = [style.bold("Not answered")]
      for factor in unknown {
        // The engine's reason says what the factor could do: how far it could move the score.
        lines += wrapper.lines(
          clean(factor.reason), prefix: "  " + style.dim(clean(factor.id)) + ": ", indent: 4)
      }
      blocks.append(lines)
    }

    var flips = [style.bold("What would change it")]
    if report.flips.isEmpty {
      flips += wrapper.lines(ReportWording.noFlip(report), prefix: "  ", indent: 2)
    } else {
      for flip in report.flips {
        flips += wrapper.lines(wording.flip(flip), prefix: "  - ", indent: 4)
      }
    }
    if let note = ReportWording.flipSearchNote(report) {
      flips += wrapper.lines(note, prefix: "  ", indent: 2)
    }
    blocks.append(flips)

    let changing = report.firedRules.filter(\.changedVerdict)
    if !changing.isEmpty {
      var lines = [style.bold("Rules that changed the verdict")]
      for rule in changing {
        let text =
          style.bold(clean(rule.id)) + ": " + wording.verdictLabel(rule.verdictBefore) + " → "
          + wording.verdictLabel(rule.verdictAfter) + ". " + clean(rule.reason)
        lines += wrapper.lines(text, prefix: "  - ", indent: 4)
      }
      blocks.append(lines)
    }

    if !report.caveats.isEmpty {
      var lines = [style.bold("Caveats")]
      for caveat in report.caveats {
        lines += wrapper.lines(clean(caveat), prefix: "  " + style.color("!", .yellow) + " ", indent: 4)
      }
      blocks.append(lines)
    }

    if !report.prerequisites.isEmpty {
      var lines = [style.bold("Prerequisites")]
      for prerequisite in report.prerequisites {
        lines += wrapper.lines(clean(prerequisite), prefix: "  [ ] ", indent: 6)
      }
      blocks.append(lines)
    }

    return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
  }

  /// "Recommendation for payments: Modular monolith (score +12.3, range −8.0 … +31.0,
  /// confidence medium)".
  func headline(_ report: Report, style: Style, side: Double) -> String {
    let subject = ReportWording.displayName(report).map { " for " + TerminalSanitizer.clean($0) } ?? ""
    let label = style.bold(style.lean(TerminalSanitizer.clean(report.verdict.label), side))
    let readiness = report.readiness?.score.map { ", readiness " + NumberText.fixed($0, decimals: 1) } ?? ""
    return "Recommendation" + subject + ": " + label + " (score " + NumberText.signed(report.score)
      + ", range " + NumberText.signed(report.range.low) + " … " + NumberText.signed(report.range.high)
      + readiness + ", confidence " + report.confidence.level.rawValue + ")"
  }

  /// "Why": every answered factor, the strongest push first, contributions in one column, each
  /// with its bar.
  private func why(_ report: Report, style: Style, wrapper: TextWrapper, bar: ContributionBar) -> [String] {
    var lines = [style.bold("Why")]
    let drivers = report.drivers.filter { $0.dimension == .need }
    guard !drivers.isEmpty else {
      lines += wrapper.lines(
        "No reason for or against splitting was answered, so nothing pushes either way.", prefix: "  ",
        indent: 2)
      return lines
    }
    let contributions = drivers.map { NumberText.signed($0.contribution) }
    let column = contributions.map(\.count).max() ?? 0
    for (factor, contribution) in zip(drivers, contributions) {
      let padded = String(repeating: " ", count: column - contribution.count) + contribution
      let prefix =
        "  " + style.lean(padded, factor.contribution) + " "
        + style.lean(bar.bar(factor.contribution), factor.contribution)
        + "  "
      let text =
        style.bold(TerminalSanitizer.clean(factor.id)) + " = "
        + TerminalSanitizer.clean(ReportWording.answerText(factor.answer)) + " — "
        + TerminalSanitizer.clean(factor.reason)
      lines += wrapper.lines(text, prefix: prefix, indent: column + 5 + ContributionBar.cells)
    }
    return lines
  }
}
