import ArchAdvisorKit

/// Need × readiness as a Mermaid `quadrantChart` (GitHub renders it in Markdown): each project a
/// point, each quadrant named after the verdicts that need and readiness alone give inside it.
///
/// Mermaid places points in 0 … 1 and splits the chart at 0.5 both ways, so each axis is mapped in
/// two straight pieces that put the splits where the verdicts change: need −100 … +100 with the
/// start of the last verdict's band (+12.5, microservices, in the default rubric) in the middle,
/// readiness 0 … 100 with the rubric's first readiness threshold (60) in the middle.
/// ``axisNote`` says so under the chart. Mermaid's grammar takes only letters, digits, spaces
/// and single dashes in labels and `0`, `0.dd` or `1` as coordinates, so every label from input
/// is reduced to those (``label(_:)``) and nothing in it can end a statement.
struct MermaidQuadrantChart: Sendable {
  var rubric: Rubric
  var map: VerdictMap

  /// One point: its label (from input, reduced by ``label(_:)`` here) and where it stands.
  struct Point: Sendable {
    var label: String
    var score: Double
    var readiness: Double
  }

  init(rubric: Rubric) {
    self.rubric = rubric
    map = Scorer(rubric: rubric, options: .init(includeFlips: false, robustness: nil)).verdictMap
  }

  /// The need score in the middle of the chart: where the last verdict's region starts.
  var needSplit: Double {
    for column in 0..<map.columns where map.scoreEdges[column] > -100 {
      if (0..<map.rows).contains(where: { map.verdict(row: $0, column: column) == rubric.verdicts.last?.id })
      {
        return map.scoreEdges[column]
      }
    }
    return 0
  }

  /// The readiness in the middle of the chart: the first edge the map has, else 50.
  var readinessSplit: Double {
    map.readinessEdges.count > 2 ? map.readinessEdges[1] : 50
  }

  /// The fenced block, from ```` ```mermaid ```` to its closing fence.
  func block(title: String, points: [Point]) -> String {
    var lines = ["```mermaid", "quadrantChart"]
    lines.append("  title " + MermaidQuadrantChart.label(title, fallback: "Need and readiness"))
    lines.append("  x-axis Less need to split --> More need to split")
    lines.append("  y-axis Less ready --> More ready")
    // quadrant-1 is the top right, then counter-clockwise.
    lines.append("  quadrant-1 " + quadrantLabel(right: true, top: true))
    lines.append("  quadrant-2 " + quadrantLabel(right: false, top: true))
    lines.append("  quadrant-3 " + quadrantLabel(right: false, top: false))
    lines.append("  quadrant-4 " + quadrantLabel(right: true, top: false))
    for point in points {
      lines.append(
        "  " + MermaidQuadrantChart.label(point.label, fallback: "Project") + ": ["
          + MermaidQuadrantChart.coordinate(x(point.score)) + ", "
          + MermaidQuadrantChart.coordinate(y(point.readiness)) + "]")
    }
    lines.append("```")
    return lines.joined(separator: "\n")
  }

  /// What the axes mean, for the line under the chart.
  var axisNote: String {
    let middle = rubric.verdicts.last.map { " where " + MarkdownText.escape($0.label) + " starts" } ?? ""
    return "Need runs left to right (−100 … +100, the middle at " + NumberText.signed(needSplit) + middle
      + "), readiness bottom to top (0 … 100, the middle at " + NumberText.fixed(readinessSplit, decimals: 0)
      + "). Each quadrant names the verdicts need and readiness alone give inside it; rules on particular "
      + "answers (a prototype, a small team) can still change a project's."
  }

  /// The verdict labels of the cells in one quadrant, in rubric order, joined by "or".
  private func quadrantLabel(right: Bool, top: Bool) -> String {
    var ids: Set<String> = []
    for row in 0..<map.rows where (map.readinessEdges[row] >= readinessSplit) == top {
      for column in 0..<map.columns where (map.scoreEdges[column] >= needSplit) == right {
        ids.insert(map.verdict(row: row, column: column))
      }
    }
    let labels = rubric.verdicts.filter { ids.contains($0.id) }.map {
      MermaidQuadrantChart.label($0.label, fallback: $0.id)
    }
    return labels.isEmpty ? "None" : labels.joined(separator: " or ")
  }

  /// A need score mapped into 0 … 1, ``needSplit`` at 0.5.
  func x(_ score: Double) -> Double {
    MermaidQuadrantChart.piecewise(score, low: -100, middle: needSplit, high: 100)
  }

  /// Readiness mapped into 0 … 1, ``readinessSplit`` at 0.5.
  func y(_ readiness: Double) -> Double {
    MermaidQuadrantChart.piecewise(readiness, low: 0, middle: readinessSplit, high: 100)
  }

  private static func piecewise(_ value: Double, low: Double, middle: Double, high: Double) -> Double {
    guard value.isFinite else { return 0.5 }
    let clamped = min(high, max(low, value))
    if clamped < middle { return middle > low ? (clamped - low) / (middle - low) * 0.5 : 0 }
    return high > middle ? 0.5 + (clamped - middle) / (high - middle) * 0.5 : 1
  }

  /// `0`, `0.dd` or `1`: the only coordinates Mermaid's lexer reads.
  static func coordinate(_ value: Double) -> String {
    let text = NumberText.fixed(min(1, max(0, value)), decimals: 2)
    return text == "1.00" ? "1" : text
  }

  /// Text reduced to what a Mermaid quadrant label may hold: ASCII letters and digits, spaces and
  /// single dashes (every other character becomes a space, runs of either collapse), at most 40
  /// characters, never a keyword at the start; `fallback` when nothing is left.
  static func label(_ text: String, fallback: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      let keep = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
      if keep {
        result.unicodeScalars.append(scalar)
      } else if result.isEmpty || result.hasSuffix(" ") || result.hasSuffix("-") {
        continue
      } else {
        result.append(scalar == "-" ? "-" : " ")
      }
    }
    while result.hasSuffix(" ") || result.hasSuffix("-") { result.removeLast() }
    if result.count > 40 {
      result = String(result.prefix(40))
      while result.hasSuffix(" ") || result.hasSuffix("-") { result.removeLast() }
    }
    guard !result.isEmpty else { return fallback }
    let lower = result.lowercased()
    let keywords = ["title", "x-axis", "y-axis", "quadrant", "classdef", "acctitle", "accdescr", "point"]
    if keywords.contains(where: { lower.hasPrefix($0) }) { return "Project " + result }
    return result
  }
}
