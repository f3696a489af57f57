import ArchAdvisorKit

/// Each answered need factor's signed contribution as a horizontal bar, the strongest push
/// toward splitting at the top and toward one deployable at the bottom, each labelled with the
/// factor and the answer's label.
///
/// Bars share one scale: the most one need factor of the rubric can contribute (its weight's
/// share of the need weight), the same as the text report's bars, so pictures compare across
/// reports. Minus (toward the monolith end) is drawn left of the zero line, plus right of it. For a
/// diff, each changed factor gets a pair of bars, before and after (``Pair``).
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

  /// One factor whose answer changed (`diff`): its contribution before and after, each bar
  /// labelled with that side's answer.
  struct Pair: Sendable {
    var factor: String
    var oldAnswer: String
    var newAnswer: String
    var old: Double
    var new: Double
  }

  /// What the two directions of the zero line mean, written above it.
  struct Directions: Sendable {
    var minus: String
    var plus: String

    /// Need contributions: minus toward the monolith end, plus toward splitting.
    static let need = Directions(minus: "← toward one deployable", plus: "toward splitting →")
    /// Readiness contributions, which only add.
    static let readiness = Directions(minus: "", plus: "more ready →")
  }

  /// The `<svg>` element, or `nil` without bars; `scale` is the contribution a full bar stands for.
  func svg(_ bars: [Bar], scale: Double, title: String, description: String) -> String? {
    guard !bars.isEmpty else { return nil }
    let scale = max(scale, bars.map { abs($0.contribution) }.max() ?? 0, 0.1)
    let top = 24.0
    let height = top + Double(bars.count) * ContributionChart.rowHeight + 12
    var body = directions(.need)
    for (row, bar) in bars.enumerated() {
      let y = top + Double(row) * ContributionChart.rowHeight
      body += self.row(HTMLText.shortened(bar.label, to: 48), bar.contribution, y: y, bar: 16, scale: scale)
    }
    return frame(
      body + axis(top: top, height: height), height: height, title: title, description: description)
  }

  /// Before and after for each pair: the factor's name, then a faded bar for OLD and a solid one
  /// for NEW, each labelled with its answer, on the same scale as ``svg(_:scale:title:description:)``.
  func svg(
    pairs: [Pair], scale: Double, directions: Directions, title: String, description: String
  ) -> String? {
    guard !pairs.isEmpty else { return nil }
    let scale = max(scale, pairs.map { max(abs($0.old), abs($0.new)) }.max() ?? 0, 0.1)
    let top = 24.0
    let group = 18 + 2 * ContributionChart.pairRowHeight + 8
    let height = top + Double(pairs.count) * group + 4
    var body = self.directions(directions)
    for (index, pair) in pairs.enumerated() {
      let y = top + Double(index) * group
      body += HTMLText.text(
        "text", ["class": "group-label", "x": "8", "y": HTMLText.number(y + 14)], pair.factor)
      body += row(
        "old: " + HTMLText.shortened(pair.oldAnswer, to: 44), pair.old, y: y + 18, bar: 12, scale: scale,
        faded: true)
      body += row(
        "new: " + HTMLText.shortened(pair.newAnswer, to: 44), pair.new,
        y: y + 18 + ContributionChart.pairRowHeight,
        bar: 12, scale: scale)
    }
    return frame(
      body + axis(top: top, height: height), height: height, title: title, description: description)
  }

  private static let pairRowHeight = 20.0

  /// The captions either side of the zero line.
  private func directions(_ directions: Directions) -> String {
    var text = ""
    if !directions.minus.isEmpty {
      text += HTMLText.text(
        "text",
        [
          "class": "muted", "x": HTMLText.number(ContributionChart.zero - 6), "y": "14", "text-anchor": "end",
        ], directions.minus)
    }
    return text
      + HTMLText.text(
        "text",
        [
          "class": "muted", "x": HTMLText.number(ContributionChart.zero + 6), "y": "14",
          "text-anchor": "start",
        ],
        directions.plus)
  }

  /// One labelled bar with its value, in a row starting at `y`; `bar` is the bar's thickness.
  private func row(
    _ label: String, _ contribution: Double, y: Double, bar thickness: Double, scale: Double,
    faded: Bool = false
  ) -> String {
    let length = abs(contribution) / scale * ContributionChart.halfWidth
    let up = contribution >= 0
    let x = up ? ContributionChart.zero : ContributionChart.zero - length
    // The text's baseline a little below the bar's middle, which centres 12-pixel text on it.
    let baseline = y + 5 + thickness / 2 + 4
    var text = HTMLText.text(
      "text",
      [
        "x": HTMLText.number(ContributionChart.labelEnd), "y": HTMLText.number(baseline),
        "text-anchor": "end",
      ], label)
    text += HTMLText.empty(
      "rect",
      [
        "class": "bar " + (up ? "up" : "down") + (faded ? " was" : ""), "x": HTMLText.number(x),
        "y": HTMLText.number(y + 5), "width": HTMLText.number(max(length, 1)),
        // Whole pixels, written as such (the pages' bytes stay as they were).
        "height": NumberText.fixed(thickness, decimals: 0),
      ])
    let valueX = up ? ContributionChart.zero + length + 5 : ContributionChart.zero - length - 5
    return text
      + HTMLText.text(
        "text",
        ["x": HTMLText.number(valueX), "y": HTMLText.number(baseline), "text-anchor": up ? "start" : "end"],
        NumberText.signed(contribution))
  }

  private func axis(top: Double, height: Double) -> String {
    HTMLText.empty(
      "line",
      [
        "class": "axis", "x1": HTMLText.number(ContributionChart.zero), "y1": HTMLText.number(top),
        "x2": HTMLText.number(ContributionChart.zero), "y2": HTMLText.number(height - 8),
      ])
  }

  private func frame(_ body: String, height: Double, title: String, description: String) -> String {
    HTMLText.svg(
      id: id, width: ContributionChart.width, height: height, title: title, description: description,
      body: body)
  }

}
