import ArchAdvisorKit

/// A factor's contribution as a compact bar of text cells, in half-cell steps: `███▌` (or
/// `###=` in ASCII), its length the share of the most any one need factor of the rubric can
/// contribute, so bars compare across reports. The direction is the sign beside it (and the color).
struct ContributionBar: Sendable {
  /// How many cells the longest bar takes.
  static let cells = 6

  /// The most one need factor can contribute, in score points: its weight's share of the need
  /// weight (a lean is at most 1 either way).
  var scale: Double
  var glyphs: BarGlyphs

  init(report: Report, glyphs: BarGlyphs) {
    let need = report.factors.filter { $0.dimension == .need }
    let total = need.reduce(0) { $0 + $1.weight }
    let largest = need.map(\.weight).max() ?? 0
    scale = total > 0 ? largest / total * 100 : 0
    self.glyphs = glyphs
  }

  /// The bar for `contribution`, padded with spaces to ``cells`` cells.
  func bar(_ contribution: Double) -> String {
    guard scale > 0, contribution.isFinite else {
      return String(repeating: " ", count: ContributionBar.cells)
    }
    let halves = min(
      ContributionBar.cells * 2,
      Int((abs(contribution) / scale * Double(ContributionBar.cells * 2)).rounded()))
    var text = String(repeating: glyphs.full, count: halves / 2)
    if halves % 2 == 1 { text.append(glyphs.half) }
    return text + String(repeating: " ", count: ContributionBar.cells - (halves + 1) / 2)
  }
}
