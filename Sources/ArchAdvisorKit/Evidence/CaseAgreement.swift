/// How often a rubric's verdict agrees with what documented organisations settled on: confusion
/// tables over every case, over the cases used for tuning, and over those kept aside, each miss
/// with its scores, and every case's score with its distance to the nearest band edge.
public struct CaseAgreement: Hashable, Sendable {
  /// Counts of cases by what they chose (rows) and what the rubric says (columns), both in the
  /// order of the rubric's verdicts.
  public struct Table: Hashable, Sendable {
    public var verdictIDs: [String]
    /// `counts[chose][verdict]`.
    public var counts: [[Int]]

    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }
    /// The cases on the diagonal.
    public var agreeing: Int { counts.indices.reduce(0) { $0 + counts[$1][$1] } }
    /// The agreeing share, 0 … 1; 0 for an empty table.
    public var share: Double { total > 0 ? Double(agreeing) / Double(total) : 0 }

    public init(verdictIDs: [String], counts: [[Int]]) {
      self.verdictIDs = verdictIDs
      self.counts = counts
    }
  }

  /// A case whose verdict under the rubric is not what the organisation settled on.
  public struct Miss: Hashable, Sendable {
    public var caseID: String
    public var name: String
    public var chose: String
    public var verdict: String
    public var score: Double
    public var readiness: Double?
    public var heldAside: Bool
    /// The rules that changed the verdict, in order.
    public var rules: [String]

    public init(
      caseID: String, name: String, chose: String, verdict: String, score: Double, readiness: Double?,
      heldAside: Bool, rules: [String]
    ) {
      self.caseID = caseID
      self.name = name
      self.chose = chose
      self.verdict = verdict
      self.score = score
      self.readiness = readiness
      self.heldAside = heldAside
      self.rules = rules
    }
  }

  public var all: Table
  public var tuning: Table
  public var heldAside: Table
  public var misses: [Miss]
  /// Every case scored, in library order.
  public var scored: [Scored]

  public init(all: Table, tuning: Table, heldAside: Table, misses: [Miss], scored: [Scored]) {
    self.all = all
    self.tuning = tuning
    self.heldAside = heldAside
    self.misses = misses
    self.scored = scored
  }

  /// One case's outcome under the rubric.
  public struct Scored: Hashable, Sendable {
    public var caseID: String
    public var verdict: String
    public var score: Double
    /// The distance from the score to the nearest edge of its band that borders another verdict.
    public var edgeDistance: Double?

    public init(caseID: String, verdict: String, score: Double, edgeDistance: Double?) {
      self.caseID = caseID
      self.verdict = verdict
      self.score = score
      self.edgeDistance = edgeDistance
    }
  }
}

extension Scorer {
  /// Scores every case of the library (without flips) and tabulates agreement.
  public func agreement(on library: CaseLibrary) -> CaseAgreement {
    let ids = verdicts.map(\.id)
    let empty = CaseAgreement.Table(
      verdictIDs: ids, counts: Array(repeating: Array(repeating: 0, count: ids.count), count: ids.count))
    var all = empty
    var tuning = empty
    var held = empty
    var misses: [CaseAgreement.Miss] = []
    var scored: [CaseAgreement.Scored] = []
    for decision in library.cases {
      let report = score(decision.answers, includeFlips: false)
      guard let row = ids.firstIndex(of: decision.chose), let column = ids.firstIndex(of: report.verdict.id)
      else { continue }
      all.counts[row][column] += 1
      if decision.heldAside { held.counts[row][column] += 1 } else { tuning.counts[row][column] += 1 }
      let scoreVerdict = verdictIndex(forScore: report.score)
      scored.append(
        CaseAgreement.Scored(
          caseID: decision.id, verdict: report.verdict.id, score: report.score,
          edgeDistance: nearestEdge(score: report.score, band: scoreVerdict)?.distance))
      if row != column {
        misses.append(
          CaseAgreement.Miss(
            caseID: decision.id, name: decision.name, chose: decision.chose, verdict: report.verdict.id,
            score: report.score, readiness: report.readiness?.score, heldAside: decision.heldAside,
            rules: report.firedRules.filter(\.changedVerdict).map(\.id)))
      }
    }
    return CaseAgreement(all: all, tuning: tuning, heldAside: held, misses: misses, scored: scored)
  }
}
