import ArchAdvisorKit

/// Need × readiness as an SVG drawing: the verdict regions of the rubric (``VerdictMap``) shaded
/// and labelled, each project a point in its verdict's color, and for one project the box its
/// unknown factors could move it within.
///
/// Need runs left to right from −100 to +100, readiness bottom to top from 0 to 100, both on
/// straight scales, so distances on the page are distances in points. For a rubric without
/// readiness the drawing is one strip along need. Every number is written to a tenth, so the
/// same input draws the same bytes.
struct NeedReadinessChart: Sendable {
  /// One project on the chart.
  struct Point: Sendable {
    /// The number printed beside the point (a portfolio's key), or the label (one project).
    var label: String
    /// The verdict's position in the rubric's verdicts (its color).
    var verdict: Int
    var score: Double
    /// `nil` for a rubric without readiness.
    var readiness: Double?
    /// Whether readiness is answered; an unanswered one is drawn hollow at the middle of its range.
    var readinessAnswered: Bool = true
    /// The box the unknown factors span: need low … high, readiness low … high.
    var box: (scoreLow: Double, scoreHigh: Double, readinessLow: Double, readinessHigh: Double)?
  }

  var rubric: Rubric
  var map: VerdictMap
  /// Whether the rubric has readiness (else one strip along need).
  var hasReadiness: Bool
  /// The prefix of the drawing's element ids, unique on its page.
  var id: String

  static let width = 720.0
  private let left = 64.0
  private let right = 704.0
  private let top = 16.0
  private var bottom: Double { hasReadiness ? 376 : 96 }
  private var height: Double { bottom + 52 }

  init(rubric: Rubric, id: String) {
    self.rubric = rubric
    self.id = id
    map = Scorer(rubric: rubric, options: .init(includeFlips: false, robustness: nil)).verdictMap
    hasReadiness = rubric.factors.contains { $0.dimension == .readiness }
  }

  private func x(_ score: Double) -> Double {
    left + (min(100, max(-100, score)) + 100) / 200 * (right - left)
  }

  private func y(_ readiness: Double) -> Double {
    hasReadiness ? bottom - min(100, max(0, readiness)) / 100 * (bottom - top) : (top + bottom) / 2
  }

  /// A region: one column of the map's cells, merged where neighbours share a verdict.
  private struct Region {
    var verdict: String
    var scoreLow: Double
    var scoreHigh: Double
    var readinessLow: Double
    var readinessHigh: Double
  }

  private var regions: [Region] {
    var regions: [Region] = []
    for column in 0..<map.columns {
      var row = 0
      while row < map.rows {
        let verdict = map.verdict(row: row, column: column)
        var end = row + 1
        while end < map.rows, map.verdict(row: end, column: column) == verdict { end += 1 }
        regions.append(
          Region(
            verdict: verdict, scoreLow: map.scoreEdges[column], scoreHigh: map.scoreEdges[column + 1],
            readinessLow: map.readinessEdges[row], readinessHigh: map.readinessEdges[end]))
        row = end
      }
    }
    return regions
  }

  /// The whole `<svg>` element; `description` is its `<desc>` (escaped HTML).
  func svg(points: [Point], title: String, description: String, numbered: Bool) -> String {
    var body = ""
    let regions = self.regions
    let verdictIDs = rubric.verdicts.map(\.id)
    body += "<g>"
    for region in regions {
      let index = verdictIDs.firstIndex(of: region.verdict) ?? 0
      let x0 = x(region.scoreLow)
      let x1 = x(region.scoreHigh)
      let y0 = hasReadiness ? y(region.readinessHigh) : top
      let y1 = hasReadiness ? y(region.readinessLow) : bottom
      body += HTMLText.empty(
        "rect",
        [
          "class": "region v\(index)", "x": HTMLText.number(x0), "y": HTMLText.number(y0),
          "width": HTMLText.number(x1 - x0), "height": HTMLText.number(y1 - y0),
        ])
    }
    // The edges between regions, drawn over them in the page's background color.
    for column in 1..<max(1, map.columns) {
      let edge = x(map.scoreEdges[column])
      body += line(edge, top, edge, bottom, "edge")
    }
    body += "</g>"
    body += regionLabels(regions)
    body += axes()
    for point in points {
      body += draw(point, numbered: numbered, single: points.count == 1 && !numbered)
    }
    let titleID = id + "-title"
    let descID = id + "-desc"
    return HTMLText.element(
      "svg",
      [
        "class": "chart",
        "viewBox": "0 0 " + HTMLText.number(NeedReadinessChart.width) + " " + HTMLText.number(height),
        "width": HTMLText.number(NeedReadinessChart.width), "height": HTMLText.number(height), "role": "img",
        "aria-labelledby": titleID + " " + descID,
      ],
      HTMLText.text("title", ["id": titleID], title) + HTMLText.element("desc", ["id": descID], description)
        + body)
  }

  /// Each verdict's name in its largest region, where it fits.
  private func regionLabels(_ regions: [Region]) -> String {
    var text = ""
    for verdict in rubric.verdicts {
      let own = regions.filter { $0.verdict == verdict.id }
      let area = { (region: Region) in
        (self.x(region.scoreHigh) - self.x(region.scoreLow))
          * (self.hasReadiness ? self.y(region.readinessLow) - self.y(region.readinessHigh) : 1)
      }
      guard let largest = own.max(by: { area($0) < area($1) }) else { continue }
      let width = x(largest.scoreHigh) - x(largest.scoreLow)
      let label = HTMLText.shortened(verdict.label, to: 28)
      // About 7.5 units a character at the label's size: a label wider than its region is left out
      // (the legend under the chart names every color).
      guard Double(label.count) * 7.5 <= width else { continue }
      let centre = (x(largest.scoreLow) + x(largest.scoreHigh)) / 2
      // Near the region's top rather than its centre, where a point often stands.
      let middle = hasReadiness ? y(largest.readinessHigh) + 22 : top + 18
      text += HTMLText.text(
        "text",
        [
          "class": "region-label muted", "x": HTMLText.number(centre), "y": HTMLText.number(middle),
          "text-anchor": "middle",
        ], label)
    }
    return text
  }

  private func axes() -> String {
    var text = line(left, bottom, right, bottom, "axis")
    for tick in [-100.0, -50, 0, 50, 100] {
      let position = x(tick)
      text += line(position, bottom, position, bottom + 5, "axis")
      text += HTMLText.text(
        "text",
        [
          "class": "muted", "x": HTMLText.number(position), "y": HTMLText.number(bottom + 18),
          "text-anchor": "middle",
        ],
        (tick > 0 ? "+" : tick < 0 ? "−" : "") + NumberText.fixed(abs(tick), decimals: 0))
    }
    text += HTMLText.text(
      "text",
      ["x": HTMLText.number((left + right) / 2), "y": HTMLText.number(bottom + 40), "text-anchor": "middle"],
      "Need to split: score, −100 (all monolith) … +100 (all microservices)")
    guard hasReadiness else { return text }
    text += line(left, top, left, bottom, "axis")
    for tick in stride(from: 0.0, through: 100, by: 20) {
      let position = y(tick)
      text += line(left - 5, position, left, position, "axis")
      text += HTMLText.text(
        "text",
        [
          "class": "muted", "x": HTMLText.number(left - 8), "y": HTMLText.number(position + 4),
          "text-anchor": "end",
        ],
        NumberText.fixed(tick, decimals: 0))
    }
    let middle = (top + bottom) / 2
    text += HTMLText.text(
      "text",
      [
        "x": "16", "y": HTMLText.number(middle), "text-anchor": "middle",
        "transform": "rotate(-90 16 " + HTMLText.number(middle) + ")",
      ], "Readiness, 0 … 100")
    return text
  }

  private func draw(_ point: Point, numbered: Bool, single: Bool) -> String {
    var text = ""
    if let box = point.box {
      let x0 = x(box.scoreLow)
      let x1 = x(box.scoreHigh)
      let y0 = hasReadiness ? y(box.readinessHigh) : (top + bottom) / 2 - 10
      let y1 = hasReadiness ? y(box.readinessLow) : (top + bottom) / 2 + 10
      // A path, not a rect: a box of no width (a known score) still shows as a line.
      text += HTMLText.empty(
        "path",
        [
          "class": "box",
          "d": "M" + HTMLText.number(x0) + " " + HTMLText.number(y0) + "H" + HTMLText.number(x1) + "V"
            + HTMLText.number(y1) + "H" + HTMLText.number(x0) + "Z",
        ])
    }
    let cx = x(point.score)
    let cy = y(point.readiness ?? 50)
    // Smaller points when there are too many to number, so that a crowd still shows its shape.
    let radius = single ? 7.0 : numbered ? 4.5 : 2.5
    text += HTMLText.empty(
      "circle",
      [
        "class": "point v\(point.verdict)" + (point.readinessAnswered ? "" : " hollow"),
        "cx": HTMLText.number(cx),
        "cy": HTMLText.number(cy), "r": HTMLText.number(radius),
      ])
    guard !point.label.isEmpty else { return text }
    let onLeft = cx > right - 140
    text += HTMLText.text(
      "text",
      [
        "class": numbered ? "number" : "point-label",
        "x": HTMLText.number(onLeft ? cx - radius - 3 : cx + radius + 3),
        "y": HTMLText.number(cy - radius + 2), "text-anchor": onLeft ? "end" : "start",
      ], point.label)
    return text
  }

  private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ style: String) -> String {
    HTMLText.empty(
      "line",
      [
        "class": style, "x1": HTMLText.number(x1), "y1": HTMLText.number(y1), "x2": HTMLText.number(x2),
        "y2": HTMLText.number(y2),
      ])
  }

  /// "Monolith: need −100 … +2.5; Modular monolith: need +2.5 … +12.5, …": the regions in words,
  /// for the drawing's description.
  var regionSentence: String {
    var parts: [String] = []
    for verdict in rubric.verdicts {
      let own = regions.filter { $0.verdict == verdict.id }
      guard !own.isEmpty else { continue }
      let places = own.map { region in
        "need " + NumberText.signed(region.scoreLow) + " … " + NumberText.signed(region.scoreHigh)
          + (hasReadiness && (region.readinessLow > 0 || region.readinessHigh < 100)
            ? " with readiness " + NumberText.fixed(region.readinessLow, decimals: 0) + " … "
              + NumberText.fixed(region.readinessHigh, decimals: 0) : "")
      }
      parts.append(HTMLText.escape(verdict.label) + ": " + places.joined(separator: " or "))
    }
    return "Regions (the verdict need and readiness alone give): " + parts.joined(separator: "; ") + "."
  }

  /// The legend: one swatch per verdict, as a list a screen reader reads as text.
  func legend() -> String {
    var items = ""
    for (index, verdict) in rubric.verdicts.enumerated() {
      items += HTMLText.element(
        "li", [:],
        HTMLText.element("span", ["class": "swatch v\(index)", "aria-hidden": "true"])
          + HTMLText.escape(verdict.label))
    }
    return HTMLText.element("ul", ["class": "legend"], items)
  }
}
