import ArchAdvisorKit

/// Each answered need factor's signed contribution as a horizontal bar, the strongest push
/// toward splitting at the top and toward one deployable at the bottom, each labelled with the
/// factor and the answer's label.
///
/// Bars share one scale: the most one need factor of the rubric can contribute (its weight's
/// share of the need weight), the same as the text report's bars, so pictures compare across
/// reports. Minus (toward the monolith end) is drawn left of the zero line, plus right of it.
struct ContributionChart: Sendable {
  /// One bar.
  struct Bar: Sendable {
    var label: String
    var contribution: Double
  }

  var id: String

  private static let width = 720.0
  private static let labelEnd = 320.0
  private static let zero = 520.0
  private static let halfWidth = 150.0
  private static let rowHeight = 26.0

  /// The bars of a report, sorted by signed contribution, largest first (ties in rubric order).
  static func bars(_ report: Report, rubric: Rubric) -> [Bar] {
    let answered = report.factors.enumerated().filter {
      $0.element.dimension == .need && $0.element.answer != nil
    }
    let sorted = answered.sorted {
      $0.element.contribution != $1.element.contribution
        ? $0.element.contribution > $1.element.contribution : $0.offset < $1.offset
    }
    return sorted.map {
      Bar(
        label: $0.element.id + ": " + ReportWording.answerLabel($0.element, rubric: rubric),
        contribution: $0.element.contribution)
    }
  }

  /// The `<svg>` element, or `nil` without bars; `scale` is the contribution a full bar stands for.
  func svg(_ bars: [Bar], scale: Double, title: String, description: String) -> String? {
    guard !bars.isEmpty else { return nil }
    let scale = max(scale, bars.map { abs($0.contribution) }.max() ?? 0, 0.1)
    let top = 24.0
    let height = top + Double(bars.count) * ContributionChart.rowHeight + 12
    var body = HTMLText.text(
      "text",
      [
        "class": "muted", "x": HTMLText.number(ContributionChart.zero - 6), "y": "14", "text-anchor": "end",
      ], "← toward one deployable")
    body += HTMLText.text(
      "text",
      [
        "class": "muted", "x": HTMLText.number(ContributionChart.zero + 6), "y": "14", "text-anchor": "start",
      ],
      "toward splitting →")
    for (row, bar) in bars.enumerated() {
      let y = top + Double(row) * ContributionChart.rowHeight
      let length = abs(bar.contribution) / scale * ContributionChart.halfWidth
      let up = bar.contribution >= 0
      let x = up ? ContributionChart.zero : ContributionChart.zero - length
      body += HTMLText.text(
        "text",
        [
          "x": HTMLText.number(ContributionChart.labelEnd), "y": HTMLText.number(y + 17),
          "text-anchor": "end",
        ], HTMLText.shortened(bar.label, to: 48))
      body += HTMLText.empty(
        "rect",
        [
          "class": "bar " + (up ? "up" : "down"), "x": HTMLText.number(x), "y": HTMLText.number(y + 5),
          "width": HTMLText.number(max(length, 1)), "height": "16",
        ])
      let valueX = up ? ContributionChart.zero + length + 5 : ContributionChart.zero - length - 5
      body += HTMLText.text(
        "text",
        [
          "x": HTMLText.number(valueX), "y": HTMLText.number(y + 17), "text-anchor": up ? "start" : "end",
        ], NumberText.signed(bar.contribution))
    }
    body += HTMLText.empty(
      "line",
      [
        "class": "axis", "x1": HTMLText.number(ContributionChart.zero), "y1": HTMLText.number(top),
        "x2": HTMLText.number(ContributionChart.zero), "y2": HTMLText.number(height - 8),
      ])
    let titleID = id + "-title"
    let descID = id + "-desc"
    return HTMLText.element(
      "svg",
      [
        "class": "chart",
        "viewBox": "0 0 " + HTMLText.number(ContributionChart.width) + " " + HTMLText.number(height),
        "width": HTMLText.number(ContributionChart.width), "height": HTMLText.number(height), "role": "img",
        "aria-labelledby": titleID + " " + descID,
      ],
      HTMLText.text("title", ["id": titleID], title) + HTMLText.element("desc", ["id": descID], description)
        + body)
  }
}
