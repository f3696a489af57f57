/// A possible recommendation and the band of scores that gives it.
public struct Verdict: Hashable, Sendable {
  /// The id scripts read (`monolith`).
  public var id: String
  /// The name people read (`Monolith`).
  public var label: String
  /// One or two sentences on what the verdict means for the team.
  public var summary: String
  /// The scores that give this verdict.
  public var band: Band

  public init(id: String, label: String, summary: String, band: Band) {
    self.id = id
    self.label = label
    self.summary = summary
    self.band = band
  }
}
