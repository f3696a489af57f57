/// How a rubric scores one documented decision now: its verdict and score, whether that is what
/// the organisation chose, the rules that decided it, and how near the score is to a band edge.
public struct CaseAssessment: Hashable, Sendable {
  public var caseID: String
  /// The verdict id the organisation settled on.
  public var chose: String
  /// The rubric's final verdict id, after the rules.
  public var verdict: String
  /// The verdict id of the band that holds the score, before any rule.
  public var scoreVerdict: String
  /// The need score, as shown (rounded to a tenth).
  public var score: Double
  /// Readiness 0 … 100, or `nil` when the case answers no readiness factor.
  public var readiness: Double?
  /// Every rule that fired, in the order it ran.
  public var firedRules: [String]
  /// The rules that changed the verdict, in order.
  public var decidingRules: [String]
  /// The nearest edge of the score's band that borders another verdict; `nil` for a rubric
  /// with one verdict.
  public var edge: BandEdge?

  public init(
    caseID: String, chose: String, verdict: String, scoreVerdict: String, score: Double,
    readiness: Double?, firedRules: [String], decidingRules: [String], edge: BandEdge?
  ) {
    self.caseID = caseID
    self.chose = chose
    self.verdict = verdict
    self.scoreVerdict = scoreVerdict
    self.score = score
    self.readiness = readiness
    self.firedRules = firedRules
    self.decidingRules = decidingRules
    self.edge = edge
  }

  /// Whether the rubric's verdict is the one the organisation chose.
  public var agrees: Bool { verdict == chose }
}

/// The edge between a score's band and the band next to it, and how far the score is from it.
public struct BandEdge: Hashable, Sendable {
  /// Where the edge is on the need score (`12.5`).
  public var value: Double
  /// The verdict id on the other side of the edge.
  public var neighbour: String
  /// How far the score is from the edge, ≥ 0.
  public var distance: Double

  public init(value: Double, neighbour: String, distance: Double) {
    self.value = value
    self.neighbour = neighbour
    self.distance = distance
  }
}

extension Scorer {
  /// Scores one case (without flips) and compares the verdict with the one it chose.
  public func assess(_ decision: DecisionCase) -> CaseAssessment {
    let report = score(decision.answers, includeFlips: false)
    let band = verdictIndex(forScore: report.score)
    return CaseAssessment(
      caseID: decision.id, chose: decision.chose, verdict: report.verdict.id,
      scoreVerdict: verdicts[band].id, score: report.score, readiness: report.readiness?.score,
      firedRules: report.firedRules.map(\.id),
      decidingRules: report.firedRules.filter(\.changedVerdict).map(\.id),
      edge: bandEdge(score: report.score, band: band))
  }

  /// The nearest edge of band `index` that borders another verdict, as a ``BandEdge``.
  func bandEdge(score: Double, band index: Int) -> BandEdge? {
    guard let nearest = nearestEdge(score: score, band: index) else { return nil }
    let band = verdictBands[index]
    guard let value = nearest.neighbour < index ? band.atLeast : band.below else { return nil }
    return BandEdge(value: value, neighbour: verdicts[nearest.neighbour].id, distance: nearest.distance)
  }
}
