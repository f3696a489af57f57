/// The verdict that the need score and readiness alone give, over the whole plane of need
/// (−100 … +100) × readiness (0 … 100): what a chart draws as the verdict regions.
///
/// The plane is cut at every edge of a verdict band and at every score or readiness threshold
/// of a verdict-changing rule that reads nothing but the score, readiness and the verdict so far;
/// within one cell the verdict cannot change. Rules that read particular answers (a prototype, a
/// small team) are left out: they move one project's verdict, not the map, so a project's final
/// verdict may differ from the region its point lies in.
public struct VerdictMap: Hashable, Sendable {
  /// The cells' edges along the need score, ascending, from −100 to 100.
  public var scoreEdges: [Double]
  /// The cells' edges along readiness, ascending, from 0 to 100; `[0, 100]` for a rubric whose
  /// rules never read readiness.
  public var readinessEdges: [Double]
  /// Each cell's verdict id, row by row: the cell between readiness edges `r` and `r + 1` and
  /// score edges `s` and `s + 1` is at `r × (scoreEdges.count − 1) + s`.
  public var cells: [String]

  public init(scoreEdges: [Double], readinessEdges: [Double], cells: [String]) {
    self.scoreEdges = scoreEdges
    self.readinessEdges = readinessEdges
    self.cells = cells
  }

  /// How many cells there are along the need score.
  public var columns: Int { max(0, scoreEdges.count - 1) }
  /// How many cells there are along readiness.
  public var rows: Int { max(0, readinessEdges.count - 1) }

  /// The verdict id of the cell at readiness row `row` and score column `column`.
  public func verdict(row: Int, column: Int) -> String {
    cells[row * columns + column]
  }

  /// The verdict id of the region that holds the point (each cell holds its lower edges; the
  /// last also its upper).
  public func verdict(score: Double, readiness: Double) -> String {
    verdict(
      row: VerdictMap.cell(readiness, edges: readinessEdges),
      column: VerdictMap.cell(score, edges: scoreEdges))
  }

  /// The cell along `edges` that holds `value`, clamped to the first and the last.
  static func cell(_ value: Double, edges: [Double]) -> Int {
    var index = 0
    while index + 2 < edges.count, value >= edges[index + 1] { index += 1 }
    return index
  }
}
