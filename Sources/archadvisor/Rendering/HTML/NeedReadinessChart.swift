import ArchAdvisorKit

/// Need × readiness as an SVG drawing: the verdict regions of the rubric (``VerdictMap``) shaded
/// and labelled, each project a point in its verdict's color, and for one project the box its
/// unknown factors could move it within; for a diff, where the project stood before, faded, with
/// an arrow to where it stands now.
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
    /// Where the project stood before (`diff`): drawn faded, with an arrow from it to the point.
    var was: Origin? = nil
  }

  /// An earlier position of a point: the same fields, without a box of its own.
  struct Origin: Sendable {
    var label: String
    var verdict: Int
    var score: Double
    var readiness: Double?
    var readinessAnswered: Bool = true
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
    var standing: [(Double, Double)] = []
    for point in points {
      standing.append((x(point.score), y(point.readiness ?? 50)))
      if let was = point.was { standing.append((x(was.score), y(was.readiness ?? 50))) }
    }
    body += regionLabels(regions, avoiding: standing)
    body += axes()
    for point in points {
      body += draw(point, numbered: numbered, single: points.count == 1 && !numbered)
    }
    return HTMLText.svg(
      id: id, width: NeedReadinessChart.width, height: height, title: title, description: description,
      body: body)
  }

  /// Each verdict's name in its largest region, where it fits: near the region's top, or near its
  /// bottom when a point (or its label) stands where the name would be and the bottom is clear.
  private func regionLabels(_ regions: [Region], avoiding points: [(Double, Double)]) -> String {
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
      let high = hasReadiness ? y(largest.readinessHigh) + 22 : top + 18
      let low = hasReadiness ? y(largest.readinessLow) - 10 : bottom - 8
      // The label's box, widened by a point's radius and a short label beside it.
      let half = Double(label.count) * 3.75 + 40
      let covers = { (baseline: Double) in
        points.contains { abs($0.0 - centre) < half && $0.1 > baseline - 26 && $0.1 < baseline + 14 }
      }
      let middle = covers(high) && !covers(low) ? low : high
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
    let labelClass = numbered ? "number" : "point-label"
    guard let was = point.was else {
      text += circle(cx, cy, radius, verdict: point.verdict, answered: point.readinessAnswered)
      guard !point.label.isEmpty else { return text }
      let onLeft = cx > right - 140
      return text
        + label(
          point.label, x: onLeft ? cx - radius - 3 : cx + radius + 3, y: cy - radius + 2,
          anchor: onLeft ? "end" : "start", class: labelClass)
    }
    let ox = x(was.score)
    let oy = y(was.readiness ?? 50)
    text += circle(ox, oy, radius, verdict: was.verdict, answered: was.readinessAnswered, faded: true)
    text += arrow(from: (ox, oy), to: (cx, cy), clearing: radius)
    text += circle(cx, cy, radius, verdict: point.verdict, answered: point.readinessAnswered)
    // Each label on its own side, away from the arrow: the new one where the arrow points, the
    // old one behind it; above or below the point where that side runs out of room.
    let forward = cx >= ox
    text += sideLabel(point.label, cx, cy, radius, right: forward, fallbackAbove: true, class: labelClass)
    text += sideLabel(was.label, ox, oy, radius, right: !forward, fallbackAbove: false, class: labelClass)
    return text
  }

  private func circle(
    _ cx: Double, _ cy: Double, _ radius: Double, verdict: Int, answered: Bool, faded: Bool = false
  ) -> String {
    HTMLText.empty(
      "circle",
      [
        "class": "point v\(verdict)" + (answered ? "" : " hollow") + (faded ? " was" : ""),
        "cx": HTMLText.number(cx), "cy": HTMLText.number(cy), "r": HTMLText.number(radius),
      ])
  }

  private func label(_ text: String, x: Double, y: Double, anchor: String, class name: String) -> String {
    HTMLText.text(
      "text", ["class": name, "x": HTMLText.number(x), "y": HTMLText.number(y), "text-anchor": anchor], text)
  }

  /// A point's label beside it on the side asked for, or above (below) it when that side is too
  /// near the plot's edge for the label.
  private func sideLabel(
    _ text: String, _ cx: Double, _ cy: Double, _ radius: Double, right onRight: Bool, fallbackAbove: Bool,
    class name: String
  ) -> String {
    guard !text.isEmpty else { return "" }
    let room = onRight ? right - cx : cx - left
    guard room < 140 else {
      return label(
        text, x: onRight ? cx + radius + 3 : cx - radius - 3, y: cy - radius + 2,
        anchor: onRight ? "start" : "end", class: name)
    }
    return label(
      text, x: cx, y: fallbackAbove ? cy - radius - 6 : cy + radius + 14, anchor: "middle", class: name)
  }

  /// A straight arrow from one point's edge to the other's, its head a filled triangle (a path,
  /// not an SVG marker, which would need a `url(#…)` reference); nothing when the two points
  /// touch.
  private func arrow(from start: (Double, Double), to end: (Double, Double), clearing radius: Double)
    -> String
  {
    let dx = end.0 - start.0
    let dy = end.1 - start.1
    let length = (dx * dx + dy * dy).squareRoot()
    let head = 10.0
    guard length > 2 * radius + head + 4 else { return "" }
    let ux = dx / length
    let uy = dy / length
    let tip = (end.0 - ux * (radius + 3), end.1 - uy * (radius + 3))
    let base = (tip.0 - ux * head, tip.1 - uy * head)
    let from = (start.0 + ux * (radius + 2), start.1 + uy * (radius + 2))
    let half = 5.0
    let point = { (p: (Double, Double)) in HTMLText.number(p.0) + " " + HTMLText.number(p.1) }
    return HTMLText.empty("path", ["class": "arrow", "d": "M" + point(from) + "L" + point(base)])
      + HTMLText.empty(
        "path",
        [
          "class": "arrow-head",
          "d": "M" + point(tip) + "L" + point((base.0 - uy * half, base.1 + ux * half)) + "L"
            + point((base.0 + uy * half, base.1 - ux * half)) + "Z",
        ])
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
