import ArchAdvisorKit

/// A portfolio's project × factor table of need contributions, each cell shaded by how hard
/// and which way its factor pushes: magenta toward splitting, cyan toward one deployable, in four
/// steps of the most one factor can contribute. A table rather than a drawing, so that every
/// value stays readable as text, prints, and a screen reader can walk it by row and column.
struct HeatMap: Sendable {
  var rubric: Rubric

  /// The need factors' positions in the rubric: the columns.
  private var columns: [Int] {
    rubric.factors.indices.filter { rubric.factors[$0].dimension == .need }
  }

  /// The most one need factor can contribute: the scale of the shades.
  private var scale: Double {
    let need = columns.map { rubric.factors[$0].weight }
    let total = need.reduce(0, +)
    return total > 0 ? (need.max() ?? 0) / total * 100 : 0
  }

  /// The table's start: caption and header row.
  func begin() -> String {
    var header =
      HTMLText.element("th", ["scope": "col", "class": "num"], "#")
      + HTMLText.element("th", ["scope": "col"], "Project")
    for column in columns {
      header += HTMLText.text("th", ["scope": "col", "class": "num"], rubric.factors[column].id)
    }
    return "<table class=\"heat\">"
      + HTMLText.element(
        "caption", [:],
        "Each factor’s contribution to each project’s need score, in score points: shaded magenta toward "
          + "splitting, cyan toward one deployable, darker the harder it pushes; · not answered.")
      + HTMLText.element("thead", [:], HTMLText.element("tr", [:], header)) + "<tbody>"
  }

  /// One project's row.
  func row(_ entry: PortfolioEntry) -> String {
    var row = HTMLText.element("td", ["class": "num"], String(entry.record))
    row += HTMLText.element("th", ["scope": "row"], HTMLText.escape(entry.name ?? "–"))
    let scale = self.scale
    for column in columns {
      guard column < entry.contributions.count, entry.answered[column] else {
        row += "<td class=\"h0\">·</td>"
        continue
      }
      let value = entry.contributions[column]
      let shown = NumberText.rounded(value, decimals: 1)
      var level = 0
      if shown != 0, scale > 0 { level = min(4, max(1, Int((abs(value) / scale * 4).rounded(.up)))) }
      let style = level == 0 ? "h0" : (value > 0 ? "hu" : "hd") + String(level)
      row += "<td class=\"" + style + "\">" + NumberText.signed(value) + "</td>"
    }
    return "<tr>" + row + "</tr>"
  }

  /// The table's end.
  func end() -> String { "</tbody></table>" }
}
