import ArchAdvisorKit

/// One assessment as a self-contained HTML page, for people who will not read a terminal: it
/// opens offline, prints to PDF with page breaks between sections, follows the reader's light or
/// dark scheme, and parses as XML.
///
/// In order: the verdict and a one-paragraph summary (the verdict's summary, how sure it is, the
/// range and readiness); need × readiness (``NeedReadinessChart``) with the project as a point
/// and its unknowns as a box; each need factor's contribution (``ContributionChart``); what
/// would change the verdict; what to split first; the prerequisites as a checklist; rules,
/// caveats; precedents with links to their sources; robustness; what to answer next; and every
/// answer in a table. Every string from input is escaped by ``HTMLText``; a date appears only
/// when one was given (`--date`), so the same input gives the same bytes.
struct HTMLReportRenderer: ReportRenderer {
  func render(_ report: Report, context: RenderContext) -> String {
    let rubric = context.rubric
    let escape = HTMLText.escape
    let wording = ReportWording(rubric: rubric, term: escape, plain: escape)
    let name = ReportWording.displayName(report)
    let title = "Recommendation" + (name.map { " for " + $0 } ?? "") + ": " + report.verdict.label
    var page = HTMLPage.begin(title: title, verdicts: rubric.verdicts.count)
    page += "<main>\n<header>\n" + HTMLText.text("h1", [:], title) + "\n"
    page += HTMLText.element("p", ["class": "meta"], metaLine(report)) + "\n"

    var lead = [escape(report.verdict.summary)]
    if report.scoreVerdict.id != report.verdict.id {
      lead.append(
        "The score alone points to " + wording.verdictLabel(report.scoreVerdict.id) + "; rules changed that.")
    }
    lead.append(
      "Confidence " + report.confidence.level.rawValue + ": " + escape(report.confidence.explanation))
    if let range = wording.rangeSentence(report) { lead.append(range) }
    if let readiness = wording.readinessSentence(report) { lead.append(readiness) }
    lead += wording.conflictSentences(report)
    page += HTMLText.element("p", ["class": "lead"], lead.filter { !$0.isEmpty }.joined(separator: " "))
    page += "\n</header>\n"

    page += HTMLPage.section(
      "Need and readiness", needReadiness(report, rubric: rubric), id: "need-readiness")
    page += HTMLPage.section("Why", why(report, rubric: rubric), id: "why")

    var flips =
      report.flips.isEmpty
      ? HTMLText.text("p", [:], ReportWording.noFlip(report)) : HTMLPage.list(report.flips.map(wording.flip))
    if let note = ReportWording.flipSearchNote(report) { flips += HTMLText.text("p", [:], note) }
    page += HTMLPage.section("What would change it", flips, id: "flips")

    if !report.splitFirst.isEmpty {
      page += HTMLPage.section(
        "Split first",
        HTMLPage.list(
          report.splitFirst.map { HTMLText.text("strong", [:], $0.label) + ": " + escape($0.reason) }),
        id: "split-first")
    }
    if !report.prerequisites.isEmpty {
      let items = report.prerequisites.map {
        HTMLText.element("span", ["class": "box-mark", "aria-hidden": "true"], "☐") + escape($0)
      }
      page += HTMLPage.section(
        "Prerequisites",
        HTMLText.text("p", [:], "What the team must have in place before it splits:")
          + HTMLPage.list(items, class: "checklist"), id: "prerequisites")
    }
    let changing = report.firedRules.filter(\.changedVerdict)
    if !changing.isEmpty {
      let items = changing.map { rule in
        HTMLText.text("code", [:], rule.id) + ": " + wording.verdictLabel(rule.verdictBefore) + " → "
          + wording.verdictLabel(rule.verdictAfter) + ". " + escape(rule.reason)
      }
      page += HTMLPage.section("Rules that changed the verdict", HTMLPage.list(items), id: "rules")
    }
    if !report.caveats.isEmpty {
      page += HTMLPage.section(
        "Caveats", HTMLPage.list(report.caveats.map(escape), class: "warning"), id: "caveats")
    }
    if !report.precedents.isEmpty {
      var text = HTMLText.text("p", [:], ReportWording.precedentsNote)
      text += HTMLPage.list(
        report.precedents.map { precedent in
          wording.precedent(precedent) + ". " + escape(precedent.outcome) + " Source: "
            + HTMLText.link(precedent.source.title, precedent.source.url)
        })
      if let disagreement = wording.precedentDisagreement(report) {
        text += HTMLText.element("p", ["class": "warning"], HTMLText.element("strong", [:], disagreement))
      }
      page += HTMLPage.section("Precedents", text, id: "precedents")
    }
    if let robustness = wording.robustnessSentence(report) {
      page += HTMLPage.section("Robustness", HTMLText.element("p", [:], robustness), id: "robustness")
    }
    if !report.nextQuestions.isEmpty {
      let items = report.nextQuestions.map { id in
        HTMLText.text("code", [:], id) + ": " + escape(report.factors.first { $0.id == id }?.question ?? "")
      }
      page += HTMLPage.section("Answer next", HTMLPage.list(items), id: "answer-next")
    }
    page += HTMLPage.section("The answers", answers(report, rubric: rubric), id: "answers")
    page += "</main>\n"
    var footer = "Rubric " + HTMLText.text("code", [:], report.rubricID) + " " + escape(report.rubricVersion)
    if !context.date.isEmpty { footer += " · assessed " + escape(context.date) }
    footer += " · written by archadvisor"
    return page + HTMLPage.end(footer: footer)
  }

  /// "Need score +18.0 (range +18.0 … +18.0) · readiness 55.0 · confidence medium".
  private func metaLine(_ report: Report) -> String {
    var text =
      "Need score " + NumberText.signed(report.score) + " (range " + NumberText.signed(report.range.low)
      + " … "
      + NumberText.signed(report.range.high) + ")"
    if let readiness = report.readiness {
      text +=
        " · readiness "
        + (readiness.score.map { NumberText.fixed($0, decimals: 1) } ?? "not answered")
        + " (range " + NumberText.fixed(readiness.low, decimals: 1) + " … "
        + NumberText.fixed(readiness.high, decimals: 1) + ")"
    }
    return text + " · confidence " + report.confidence.level.rawValue
  }

  private func needReadiness(_ report: Report, rubric: Rubric) -> String {
    let chart = NeedReadinessChart(rubric: rubric, id: "need-readiness-chart")
    let verdict = rubric.verdictIndex(report.verdict.id) ?? 0
    let readiness = report.readiness
    let shown = readiness.map { $0.score ?? ($0.low + $0.high) / 2 }
    let point = NeedReadinessChart.Point(
      label: ReportWording.displayName(report).map { HTMLText.shortened($0, to: 24) } ?? "this project",
      verdict: verdict, score: report.score, readiness: shown, readinessAnswered: readiness?.score != nil,
      box: (
        report.range.low, report.range.high, readiness?.low ?? 0, readiness?.high ?? 100
      ))
    var placement =
      "The project stands at need " + NumberText.signed(report.score)
      + (readiness?.score.map { ", readiness " + NumberText.fixed($0, decimals: 1) } ?? "")
      + "; its verdict is " + HTMLText.escape(report.verdict.label) + "."
    let fixed = report.range.low == report.range.high && readiness.map { $0.low == $0.high } ?? true
    if fixed {
      placement += " Every factor is answered, so the point cannot move."
    } else {
      placement +=
        " The dashed box is where its unknown factors could move it: need "
        + NumberText.signed(report.range.low)
        + " … " + NumberText.signed(report.range.high)
      if let readiness {
        placement +=
          ", readiness " + NumberText.fixed(readiness.low, decimals: 1) + " … "
          + NumberText.fixed(readiness.high, decimals: 1)
      }
      placement += "."
    }
    if readiness != nil, readiness?.score == nil {
      placement += " Readiness is not answered: the hollow point stands at the middle of its range."
    }
    var caption = placement
    if let shown {
      let region = chart.map.verdict(score: report.score, readiness: shown)
      if region != report.verdict.id {
        caption +=
          " It lies in the " + HTMLText.escape(rubric.verdict(region)?.label ?? region)
          + " region, but rules on particular answers (see below) made its verdict "
          + HTMLText.escape(report.verdict.label) + "."
      }
    }
    let svg = chart.svg(
      points: [point], title: "Need and readiness", description: chart.regionSentence + " " + placement,
      numbered: false)
    return HTMLText.element(
      "figure", [:],
      svg + chart.legend()
        + HTMLText.element(
          "figcaption", [:],
          caption
            + " Regions: the verdict need and readiness alone give (the rubric’s bands and its rules on "
            + "the score and readiness)."))
  }

  private func why(_ report: Report, rubric: Rubric) -> String {
    let bars = ContributionChart.bars(report, rubric: rubric)
    let scale = ContributionBar(report: report, glyphs: .ascii).scale
    let description =
      bars.map { HTMLText.escape($0.label) + " " + NumberText.signed($0.contribution) }.joined(
        separator: "; ")
      + "."
    guard
      let svg = ContributionChart(id: "contributions-chart").svg(
        bars, scale: scale, title: "Contributions to the need score", description: description)
    else {
      return HTMLText.text(
        "p", [:], "No reason for or against splitting was answered, so nothing pushes either way.")
    }
    return HTMLText.element(
      "figure", [:],
      svg
        + HTMLText.element(
          "figcaption", [:],
          "Each answered need factor’s contribution in score points (they add up to the need score, "
            + NumberText.signed(report.score) + "); a full bar is " + NumberText.fixed(scale, decimals: 1)
            + " points, the most one factor can give. Readiness and the reasons are in the table of answers.")
    )
  }

  private func answers(_ report: Report, rubric: Rubric) -> String {
    var rows = ""
    for factor in report.factors {
      let answered = factor.answer != nil
      let contribution: String
      if !answered {
        contribution = ""
      } else if factor.dimension == .readiness {
        contribution = NumberText.fixed(factor.contribution, decimals: 1) + " of readiness"
      } else {
        contribution = NumberText.signed(factor.contribution)
      }
      rows +=
        HTMLText.element(
          "tr", [:],
          HTMLText.element("th", ["scope": "row"], HTMLText.text("code", [:], factor.id))
            + HTMLText.text("td", [:], factor.dimension == .readiness ? "readiness" : "need")
            + HTMLText.text(
              "td", [:], answered ? ReportWording.answerLabel(factor, rubric: rubric) : "unknown")
            + HTMLText.text("td", ["class": "num"], Band.format(factor.weight))
            + HTMLText.text("td", ["class": "num"], contribution)
            + HTMLText.text("td", [:], factor.reason)) + "\n"
    }
    let header = ["Factor", "Dimension", "Answer", "Weight", "Contribution", "Reason"].map { heading in
      HTMLText.text(
        "th",
        heading == "Weight" || heading == "Contribution"
          ? ["scope": "col", "class": "num"] : ["scope": "col"], heading)
    }.joined()
    return HTMLText.element(
      "table", [:],
      HTMLText.text(
        "caption", [:], "Every factor of the rubric, in its order; unknown ones say what they could do.")
        + HTMLText.element("thead", [:], HTMLText.element("tr", [:], header))
        + HTMLText.element("tbody", [:], "\n" + rows))
  }
}
