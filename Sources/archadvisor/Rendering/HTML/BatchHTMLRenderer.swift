import ArchAdvisorKit

/// A portfolio as one self-contained HTML page: how many projects got each verdict, every
/// project on need × readiness (numbered by its record, the table below being the key), the
/// projects sorted by verdict, a project × factor heat map of contributions, and the rejected
/// records.
///
/// The page is drawn at the end, from the ``PortfolioEntry`` values the summary keeps of every
/// report (``portfolioLimit``): a picture and a sorted table need them all. Nothing is written
/// per report, so the streaming machinery of the batch stays as it is for every other format.
struct BatchHTMLRenderer: BatchRenderer {
  var rubric: Rubric
  /// Whether the table has the "Holds" column (the share of re-weightings that keep the verdict).
  var showsRobustness = false
  /// Whether the table has the "Was" column and the page the moves since the baseline
  /// (`batch --baseline`).
  var showsBaseline = false

  /// The most points the chart labels with their numbers; more would hide each other, so
  /// beyond it the points stand unlabelled and the table still lists every project.
  static let labelLimit = 200

  var portfolioLimit: Int { Int.max }
  var needsFlips: Bool { false }
  var needsExplanations: Bool { false }
  var separator: String { "" }
  var listsErrorsAtEnd: Bool { true }

  private var title: String { "Portfolio report: rubric " + rubric.id + " " + rubric.version }

  func begin() -> String {
    HTMLPage.begin(title: title, verdicts: rubric.verdicts.count) + "<main>\n<header>\n"
      + HTMLText.text("h1", [:], "Portfolio report") + "\n"
  }

  func appendReport(_ report: Report, to output: inout [UInt8]) {}

  /// Nothing per report: the baseline is kept in the summary's entries and drawn in the table.
  func appendReport(_ report: Report, was: BatchBaseline.Entry?, to output: inout [UInt8]) {}

  func appendError(_ error: BatchRecordError, to output: inout [UInt8]) -> Bool { false }

  func endBeforeErrors(_ summary: BatchSummary) -> String {
    var page = HTMLText.element("p", ["class": "meta"], metaLine(summary)) + "\n</header>\n"
    page += HTMLPage.section("Verdicts", counts(summary), id: "verdicts")
    if showsBaseline, let moved = summary.baselineSentence(term: { HTMLText.text("code", [:], $0) }) {
      page += HTMLPage.section(
        "Since the baseline",
        HTMLText.element("p", [:], moved + " Baseline: " + HTMLText.escape(summary.baselineFile ?? "") + "."),
        id: "baseline")
    }
    page += HTMLPage.section("Need and readiness", chart(summary), id: "need-readiness")
    page += HTMLPage.section("Projects by verdict", table(summary), id: "projects")
    page += HTMLPage.section("What drives each project", heatMap(summary), id: "heat-map")
    if summary.errorCount > 0 {
      page +=
        "<section id=\"rejected\" aria-labelledby=\"rejected-heading\">"
        + HTMLText.text("h2", ["id": "rejected-heading"], "Rejected records") + "\n<table>"
        + HTMLText.element(
          "thead", [:],
          HTMLText.element(
            "tr", [:],
            ["Record", "File", "Line", "Problem"].map {
              HTMLText.text(
                "th", $0 == "Record" || $0 == "Line" ? ["scope": "col", "class": "num"] : ["scope": "col"], $0
              )
            }.joined())) + "<tbody>\n"
    }
    return page
  }

  func listedError(_ error: BatchRecordError, index: Int) -> String {
    HTMLText.element(
      "tr", [:],
      HTMLText.text("td", ["class": "num"], String(error.record)) + HTMLText.text("td", [:], error.file)
        + HTMLText.text("td", ["class": "num"], String(error.line)) + HTMLText.text("td", [:], error.message))
      + "\n"
  }

  func endAfterErrors(_ summary: BatchSummary) -> String {
    var page = summary.errorCount > 0 ? "</tbody></table></section>\n" : ""
    page += "</main>\n"
    return page
      + HTMLPage.end(
        footer: "Rubric " + HTMLText.text("code", [:], rubric.id) + " " + HTMLText.escape(rubric.version)
          + " · written by archadvisor")
  }

  /// "3 projects reported, 1 record rejected · 2 of 3 verdicts hold under re-weighting …".
  private func metaLine(_ summary: BatchSummary) -> String {
    var text =
      BatchSummary.grouped(summary.reportCount) + (summary.reportCount == 1 ? " project" : " projects")
      + " reported"
    if summary.errorCount > 0 {
      text +=
        ", " + BatchSummary.grouped(summary.errorCount)
        + (summary.errorCount == 1 ? " record" : " records") + " rejected (listed at the end)"
    }
    text += " · rubric " + HTMLText.text("code", [:], rubric.id) + " " + HTMLText.escape(rubric.version)
    if let robustness = summary.robustnessSentence { text += " · " + HTMLText.escape(robustness) }
    return text
  }

  private func counts(_ summary: BatchSummary) -> String {
    var rows = ""
    let total = max(1, summary.reportCount)
    for (index, verdict) in summary.verdicts.enumerated() {
      let count = summary.verdictCounts[index]
      let share = Double(count) / Double(total)
      rows += HTMLText.element(
        "tr", [:],
        HTMLText.element(
          "th", ["scope": "row"],
          HTMLText.element("span", ["class": "swatch v\(index)", "aria-hidden": "true"])
            + HTMLText.escape(verdict.label))
          + HTMLText.text("td", ["class": "num"], BatchSummary.grouped(count))
          + HTMLText.text("td", ["class": "num"], NumberText.fixed(share * 100, decimals: 1) + "%")
          + HTMLText.element(
            "td", ["aria-hidden": "true"],
            HTMLText.element(
              "span",
              [
                "class": "share swatch v\(index)",
                "style": "width:" + NumberText.fixed(share * 20, decimals: 2) + "rem;border-radius:2px",
              ])))
    }
    var text = HTMLText.element(
      "table", ["class": "summary"],
      HTMLText.element(
        "thead", [:],
        HTMLText.element(
          "tr", [:],
          HTMLText.text("th", ["scope": "col"], "Verdict")
            + HTMLText.text("th", ["scope": "col", "class": "num"], "Projects")
            + HTMLText.text("th", ["scope": "col", "class": "num"], "Share")
            + HTMLText.element("td", [:])))
        + HTMLText.element("tbody", [:], rows))
    let drivers = summary.topDrivers(3)
    if !drivers.isEmpty {
      let items = drivers.map { driver in
        HTMLText.text("code", [:], driver.id) + ": " + NumberText.fixed(driver.mean, decimals: 1) + " points"
          + (rubric.factor(driver.id).map { " — " + HTMLText.escape($0.question) } ?? "")
      }
      text +=
        HTMLText.text(
          "p", [:],
          "The factors that move the scores most, by their mean absolute contribution (score points, out of 100):"
        )
        + "<ol>" + items.map { HTMLText.element("li", [:], $0) }.joined() + "</ol>"
    }
    return text
  }

  private func chart(_ summary: BatchSummary) -> String {
    let chart = NeedReadinessChart(rubric: rubric, id: "portfolio-chart")
    let numbered = summary.entries.count <= BatchHTMLRenderer.labelLimit
    let points = summary.entries.map { entry in
      NeedReadinessChart.Point(
        label: numbered ? String(entry.record) : "", verdict: entry.verdict, score: entry.score,
        readiness: entry.shownReadiness,
        readinessAnswered: entry.readiness != nil || entry.readinessLow == nil)
    }
    var description =
      chart.regionSentence + " " + BatchSummary.grouped(points.count)
      + (points.count == 1 ? " project is" : " projects are") + " drawn as points in their verdict’s color"
    description +=
      numbered
      ? ", each numbered by its record: the table of projects is the key."
      : "; the table of projects lists each one's need and readiness."
    let note =
      numbered
      ? "Each point is a project, numbered by its record (the # column of the table below); a hollow point "
        + "has no readiness answered and stands at the middle of its range."
      : "Each point is a project (too many to number: the table below gives each one's need and readiness); "
        + "a hollow point has no readiness answered."
    return HTMLText.element(
      "figure", [:],
      chart.svg(
        points: points, title: "Need and readiness of every project", description: description,
        numbered: numbered)
        + chart.legend() + HTMLText.element("figcaption", [:], HTMLText.escape(note)))
  }

  private func table(_ summary: BatchSummary) -> String {
    let order = summary.entries.indices.sorted { a, b in
      let x = summary.entries[a]
      let y = summary.entries[b]
      if x.verdict != y.verdict { return x.verdict < y.verdict }
      if x.score != y.score { return x.score < y.score }
      return x.record < y.record
    }
    var headings = ["#", "Project", "Verdict", "Need", "Range", "Readiness", "Confidence"]
    if showsRobustness { headings.append("Holds") }
    if showsBaseline { headings.append("Was") }
    let numeric: Set<String> = ["#", "Need", "Range", "Readiness", "Holds"]
    let header = headings.map {
      HTMLText.text("th", numeric.contains($0) ? ["scope": "col", "class": "num"] : ["scope": "col"], $0)
    }.joined()
    var rows = ""
    rows.reserveCapacity(order.count * 260)
    for index in order {
      let entry = summary.entries[index]
      let verdict = entry.verdict < rubric.verdicts.count ? rubric.verdicts[entry.verdict].label : ""
      var row = "<tr><td class=\"num\">" + String(entry.record) + "</td>"
      row += "<th scope=\"row\">" + HTMLText.escape(entry.name ?? "–") + "</th>"
      row +=
        "<td><span class=\"swatch v\(entry.verdict)\" aria-hidden=\"true\"></span>" + HTMLText.escape(verdict)
        + "</td>"
      row += "<td class=\"num\">" + NumberText.signed(entry.score) + "</td>"
      row +=
        "<td class=\"num\">" + NumberText.signed(entry.rangeLow) + " … " + NumberText.signed(entry.rangeHigh)
        + "</td>"
      row +=
        "<td class=\"num\">" + (entry.readiness.map { NumberText.fixed($0, decimals: 1) } ?? "–") + "</td>"
      row += "<td>" + entry.confidence.rawValue + "</td>"
      if showsRobustness {
        row += "<td class=\"num\">" + (entry.holds.map(NumberText.percent) ?? "–") + "</td>"
      }
      if showsBaseline {
        // "new", or the baseline's verdict and score, in bold when the verdict moved.
        let cell =
          entry.was.map { was in
            let text =
              HTMLText.escape(rubric.verdict(was.verdict)?.label ?? was.verdict) + " ("
              + NumberText.signed(was.score)
              + ")"
            return entry.verdict < rubric.verdicts.count && rubric.verdicts[entry.verdict].id == was.verdict
              ? text : "<strong>" + text + "</strong>"
          } ?? "new"
        row += "<td>" + cell + "</td>"
      }
      rows += row + "</tr>\n"
    }
    return "<table>"
      + HTMLText.text(
        "caption", [:], "Every project, by verdict, then by need score; # is its record in the input.")
      + HTMLText.element("thead", [:], HTMLText.element("tr", [:], header)) + "<tbody>\n" + rows
      + "</tbody></table>"
  }

  private func heatMap(_ summary: BatchSummary) -> String {
    let map = HeatMap(rubric: rubric)
    var text = map.begin() + "\n"
    text.reserveCapacity(summary.entries.count * 320)
    for entry in summary.entries { text += map.row(entry) + "\n" }
    return text + map.end()
  }
}
