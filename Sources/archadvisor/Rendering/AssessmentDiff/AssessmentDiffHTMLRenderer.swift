import ArchAdvisorKit

/// `diff` as one self-contained HTML page, built from the pieces of the report pages
/// (``HTMLPage``, ``HTMLText``, ``NeedReadinessChart``, ``ContributionChart``): it opens offline,
/// prints, follows the reader's light or dark scheme and parses as XML.
///
/// In order: the headline with the project and the verdict's move; first of all, when a side was
/// made with another rubric, the note that says so (``AssessmentDiffWording``, as in the text and
/// Markdown diffs); the files and the rubric; need × readiness with both assessments as points
/// and an arrow from OLD to NEW; each changed factor's contribution before and after, labelled
/// with the answers; then tables of the answers that changed, how the outcome moved, and the
/// rules, parts to split first, prerequisites and flips that appeared or went away. Every string
/// from input is escaped by ``HTMLText``; nothing depends on the time, so the same input gives the
/// same bytes.
struct AssessmentDiffHTMLRenderer: Sendable {
  func render(_ comparison: AssessmentComparison) -> String {
    let diff = comparison.diff
    let rubric = comparison.rubric.rubric
    let escape = HTMLText.escape
    let code = { (text: String) in HTMLText.text("code", [:], text) }
    let wording = AssessmentDiffWording(comparison: comparison, term: code, plain: escape)
    // The title and heading are plain text, escaped once where they are written.
    let plain = AssessmentDiffWording(comparison: comparison, term: { $0 }, plain: { $0 })
    let title =
      "Assessment diff" + (comparison.projectName.map { " for " + $0 } ?? "") + ": " + plain.verdictMove
    var page = HTMLPage.begin(title: title, verdicts: rubric.verdicts.count)
    page += "<main>\n<header>\n" + HTMLText.text("h1", [:], title) + "\n"
    // The method first: before any move is read, the reader knows where it comes from.
    for note in (wording.methodNote.map { [$0] } ?? []) + wording.recordedNotes {
      page += HTMLText.element("p", ["class": "warning"], HTMLText.element("strong", [:], note)) + "\n"
    }
    page += HTMLText.element("p", ["class": "meta"], metaLine(comparison, wording: wording)) + "\n"
    page += HTMLText.element("p", ["class": "lead"], lead(comparison, wording: wording)) + "\n</header>\n"

    page += HTMLPage.section("Need and readiness", needReadiness(comparison), id: "need-readiness")
    page += HTMLPage.section(
      "What the changed answers moved", contributions(comparison, wording: wording), id: "contributions")
    page += HTMLPage.section("Answers that changed", answers(comparison, wording: wording), id: "answers")
    page += HTMLPage.section("How the outcome moved", outcome(wording), id: "outcome")
    page += HTMLPage.section(
      "What appeared and went away", appearedAndGone(comparison, wording: wording), id: "appeared")
    page += "</main>\n"
    return page
      + HTMLPage.end(
        footer: "Both scored with rubric " + wording.name(diff.rubric) + " · written by archadvisor")
  }

  /// "OLD q1.json (answers) · NEW q2.json (answers) · rubric genai-architecture 2.0.1,
  /// rubrics/genai-architecture.json (embedded)".
  private func metaLine(_ comparison: AssessmentComparison, wording: AssessmentDiffWording) -> String {
    let side = { (label: String, source: AssessmentComparison.Source) in
      label + " " + HTMLText.text("code", [:], source.file) + " (" + source.kind.rawValue + ")"
    }
    return side("OLD", comparison.old) + " · " + side("NEW", comparison.new) + " · rubric "
      + wording.name(comparison.diff.rubric) + ", " + HTMLText.escape(comparison.rubric.name)
  }

  /// The move in one paragraph: the verdict, how many answers changed, what NEW's verdict means.
  private func lead(_ comparison: AssessmentComparison, wording: AssessmentDiffWording) -> String {
    let diff = comparison.diff
    let after = diff.new.report
    let report = ReportWording(
      rubric: comparison.rubric.rubric, term: HTMLText.escape, plain: HTMLText.escape)
    var sentences = [
      diff.verdictMoved
        ? "The verdict moved from " + report.verdictLabel(diff.old.report.verdict.id) + " to "
          + report.verdictLabel(after.verdict.id) + "."
        : "The verdict stayed " + report.verdictLabel(after.verdict.id) + ".",
      answerCount(comparison) + "; the need score moved "
        + wording.numbers(diff.old.report.score, after.score) + ".",
      "Now: " + HTMLText.escape(after.verdict.summary),
    ]
    if after.scoreVerdict.id != after.verdict.id {
      sentences.append(
        "The score alone points to " + report.verdictLabel(after.scoreVerdict.id) + "; rules changed that.")
    }
    return sentences.filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// "5 of 12 answers changed", "None of the 12 answers changed".
  private func answerCount(_ comparison: AssessmentComparison) -> String {
    let changed = comparison.diff.answerChanges.count
    let total = comparison.diff.new.report.factors.count
    guard changed > 0 else { return "None of the \(total) answers changed" }
    return "\(changed) of \(total) " + (total == 1 ? "answer" : "answers") + " changed"
  }

  private func needReadiness(_ comparison: AssessmentComparison) -> String {
    let diff = comparison.diff
    let rubric = comparison.rubric.rubric
    let chart = NeedReadinessChart(rubric: rubric, id: "need-readiness-chart")
    let before = diff.old.report
    let after = diff.new.report
    let shown = { (report: Report) in report.readiness.map { $0.score ?? ($0.low + $0.high) / 2 } }
    let fixed = { (report: Report) in
      report.range.low == report.range.high && report.readiness.map { $0.low == $0.high } ?? true
    }
    let point = NeedReadinessChart.Point(
      label: "NEW", verdict: rubric.verdictIndex(after.verdict.id) ?? 0, score: after.score,
      readiness: shown(after), readinessAnswered: after.readiness?.score != nil,
      box: fixed(after)
        ? nil
        : (after.range.low, after.range.high, after.readiness?.low ?? 0, after.readiness?.high ?? 100),
      was: NeedReadinessChart.Origin(
        label: "OLD", verdict: rubric.verdictIndex(before.verdict.id) ?? 0, score: before.score,
        readiness: shown(before), readinessAnswered: before.readiness?.score != nil))

    func place(_ name: String, _ report: Report) -> String {
      var text =
        name + " stands at need " + NumberText.signed(report.score)
        + (report.readiness.map { readiness in
          ", readiness "
            + (readiness.score.map { NumberText.fixed($0, decimals: 1) }
              ?? "not answered (drawn hollow at the middle of its range)")
        } ?? "") + " (" + HTMLText.escape(report.verdict.label) + ")"
      if let readiness = shown(report) {
        let region = chart.map.verdict(score: report.score, readiness: readiness)
        if region != report.verdict.id {
          text +=
            "; it lies in the " + HTMLText.escape(rubric.verdict(region)?.label ?? region)
            + " region, but rules on particular answers made its verdict "
            + HTMLText.escape(report.verdict.label)
        }
      }
      return text
    }
    var placement = place("OLD", before) + "; " + place("NEW", after) + "."
    let moved = before.score != after.score || shown(before) != shown(after)
    placement +=
      moved
      ? " The arrow runs from OLD, faded, to NEW."
      : " Both stand at the same place: the answers that changed moved neither need nor readiness."
    if !fixed(after) {
      placement +=
        " The dashed box is where NEW’s unknown factors could move it: need "
        + NumberText.signed(after.range.low) + " … " + NumberText.signed(after.range.high)
        + (after.readiness.map {
          ", readiness " + NumberText.fixed($0.low, decimals: 1) + " … "
            + NumberText.fixed($0.high, decimals: 1)
        } ?? "") + "."
    }
    let svg = chart.svg(
      points: [point], title: "Need and readiness, OLD and NEW",
      description: chart.regionSentence + " " + placement, numbered: false)
    return HTMLText.element(
      "figure", [:],
      svg + chart.legend()
        + HTMLText.element(
          "figcaption", [:],
          placement
            + " Regions: the verdict need and readiness alone give (the rubric’s bands and its rules on "
            + "the score and readiness)."))
  }

  /// A chart of the changed need factors, and one of the changed readiness factors: their points
  /// are different scales, so they never share bars.
  private func contributions(_ comparison: AssessmentComparison, wording: AssessmentDiffWording) -> String {
    let diff = comparison.diff
    let changes = comparison.changesByMove
    guard !changes.isEmpty else {
      return HTMLText.text(
        "p", [:], answerCount(comparison) + ", so no contribution moved.")
    }
    var text = ""
    let need = changes.filter { $0.dimension == .need }
    let needScale = ContributionBar(report: diff.new.report, glyphs: .ascii).scale
    if let svg = ContributionChart(id: "need-contributions-chart").svg(
      pairs: need.map { pair($0, comparison) }, scale: needScale, directions: .need,
      title: "Need contributions that changed, OLD and NEW", description: description(need, comparison))
    {
      text += HTMLText.element(
        "figure", [:],
        svg
          + HTMLText.element(
            "figcaption", [:],
            "Each changed need factor’s contribution in score points, OLD faded above NEW; a full bar is "
              + NumberText.fixed(needScale, decimals: 1) + " points, the most one factor can give. The need "
              + "score moved " + wording.numbers(diff.old.report.score, diff.new.report.score) + "."))
    }
    let readiness = changes.filter { $0.dimension == .readiness }
    let readinessFactors = diff.new.report.factors.filter { $0.dimension == .readiness }
    let readinessWeight = readinessFactors.reduce(0) { $0 + $1.weight }
    let readinessScale =
      readinessWeight > 0 ? (readinessFactors.map(\.weight).max() ?? 0) / readinessWeight * 100 : 0
    if let svg = ContributionChart(id: "readiness-contributions-chart").svg(
      pairs: readiness.map { pair($0, comparison) }, scale: readinessScale, directions: .readiness,
      title: "Readiness contributions that changed, OLD and NEW",
      description: description(readiness, comparison))
    {
      text += HTMLText.element(
        "figure", [:],
        svg
          + HTMLText.element(
            "figcaption", [:],
            "Each changed readiness factor’s contribution in readiness points (0 … 100 in all, another scale "
              + "than the need score), OLD faded above NEW."))
    }
    return text
  }

  private func pair(_ change: AssessmentDiff.AnswerChange, _ comparison: AssessmentComparison)
    -> ContributionChart.Pair
  {
    ContributionChart.Pair(
      factor: change.factor, oldAnswer: answerLabel(change.factor, comparison.diff.old.report, comparison),
      newAnswer: answerLabel(change.factor, comparison.diff.new.report, comparison),
      old: change.oldContribution, new: change.newContribution)
  }

  /// "team_size: 12 → 30, contribution −3.0 → +3.4; …": the chart in words, escaped.
  private func description(_ changes: [AssessmentDiff.AnswerChange], _ comparison: AssessmentComparison)
    -> String
  {
    let wording = AssessmentDiffWording(comparison: comparison, term: HTMLText.escape, plain: HTMLText.escape)
    return changes.map { change in
      HTMLText.escape(
        change.factor + ": " + answerLabel(change.factor, comparison.diff.old.report, comparison) + " → "
          + answerLabel(change.factor, comparison.diff.new.report, comparison)) + ", "
        + wording.contributions(change)
    }.joined(separator: "; ") + "."
  }

  /// The answer's label as the report pages show it ("Hosted model API"), or `unknown`.
  private func answerLabel(_ factor: String, _ report: Report, _ comparison: AssessmentComparison) -> String {
    guard let result = report.factors.first(where: { $0.id == factor }) else { return "unknown" }
    return ReportWording.answerLabel(result, rubric: comparison.rubric.rubric)
  }

  private func answers(_ comparison: AssessmentComparison, wording: AssessmentDiffWording) -> String {
    let changes = comparison.changesByMove
    guard !changes.isEmpty else { return HTMLText.text("p", [:], answerCount(comparison) + ".") }
    var rows = ""
    for change in changes {
      rows +=
        HTMLText.element(
          "tr", [:],
          HTMLText.element("th", ["scope": "row"], HTMLText.text("code", [:], change.factor))
            + HTMLText.text("td", [:], change.dimension == .readiness ? "readiness" : "need")
            + HTMLText.text("td", [:], answerLabel(change.factor, comparison.diff.old.report, comparison))
            + HTMLText.text("td", [:], answerLabel(change.factor, comparison.diff.new.report, comparison))
            + HTMLText.text("td", ["class": "num"], NumberText.signed(change.oldContribution))
            + HTMLText.text("td", ["class": "num"], NumberText.signed(change.newContribution))
            + HTMLText.text("td", ["class": "num"], NumberText.signed(change.contributionChange))) + "\n"
    }
    let numeric: Set = ["Old contribution", "New contribution", "Change"]
    let header = ["Factor", "Dimension", "Old", "New", "Old contribution", "New contribution", "Change"].map {
      HTMLText.text("th", numeric.contains($0) ? ["scope": "col", "class": "num"] : ["scope": "col"], $0)
    }.joined()
    return HTMLText.element(
      "table", [:],
      HTMLText.text(
        "caption", [:],
        answerCount(comparison) + ": need factors first (score points), then readiness factors (readiness "
          + "points), each the largest move first.")
        + HTMLText.element("thead", [:], HTMLText.element("tr", [:], header))
        + HTMLText.element("tbody", [:], "\n" + rows))
  }

  private func outcome(_ wording: AssessmentDiffWording) -> String {
    var rows = ""
    for (label, text) in wording.outcomeRows {
      rows +=
        HTMLText.element(
          "tr", [:],
          HTMLText.text("th", ["scope": "row"], label.prefix(1).uppercased() + label.dropFirst())
            + HTMLText.element("td", [:], text)) + "\n"
    }
    return HTMLText.element(
      "table", ["class": "summary"],
      HTMLText.element(
        "thead", [:],
        HTMLText.element(
          "tr", [:],
          HTMLText.text("th", ["scope": "col"], "What") + HTMLText.text("th", ["scope": "col"], "OLD → NEW")
        )) + HTMLText.element("tbody", [:], "\n" + rows))
  }

  /// One table per kind that moved (rules, parts to split first, prerequisites, flips), each
  /// row saying whether the item appeared or went away.
  private func appearedAndGone(_ comparison: AssessmentComparison, wording: AssessmentDiffWording) -> String {
    let diff = comparison.diff
    let kinds: [(caption: String, now: String, gone: String, appeared: [String], went: [String])] = [
      (
        "Rules", "now fires", "no longer fires",
        diff.rulesStarted.map { wording.rule($0, in: diff.new.report) },
        diff.rulesStopped.map { wording.rule($0, in: diff.old.report) }
      ),
      (
        "Split first", "now advised", "no longer advised", diff.splitFirstAppeared.map(wording.splitFirst),
        diff.splitFirstGone.map(wording.splitFirst)
      ),
      (
        "Prerequisites", "now listed", "no longer listed", diff.prerequisitesAppeared.map(HTMLText.escape),
        diff.prerequisitesGone.map(HTMLText.escape)
      ),
      (
        "What would change it", "now", "no longer", diff.flipsAppeared.map(wording.flip),
        diff.flipsGone.map(wording.flip)
      ),
    ]
    var text = ""
    for kind in kinds where !kind.appeared.isEmpty || !kind.went.isEmpty {
      let rows =
        kind.appeared.map { (kind.now, $0) } + kind.went.map { (kind.gone, $0) }
      text +=
        HTMLText.element(
          "table", ["class": "changes"],
          HTMLText.text("caption", [:], kind.caption)
            + HTMLText.element(
              "thead", [:],
              HTMLText.element(
                "tr", [:],
                HTMLText.text("th", ["scope": "col"], "Change")
                  + HTMLText.text("th", ["scope": "col"], "What")))
            + HTMLText.element(
              "tbody", [:],
              "\n"
                + rows.map { change, item in
                  HTMLText.element(
                    "tr", [:],
                    HTMLText.text("th", ["scope": "row"], change) + HTMLText.element("td", [:], item))
                    + "\n"
                }.joined())) + "\n"
    }
    guard text.isEmpty else { return text }
    return HTMLText.text(
      "p", [:], "No rule, part to split first, prerequisite or flip appeared or went away.")
  }
}
