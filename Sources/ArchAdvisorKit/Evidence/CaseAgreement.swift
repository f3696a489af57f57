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
    /// The nearest edge of the score's band that borders another verdict, and the distance to it.
    public var edge: BandEdge?

    public init(caseID: String, verdict: String, score: Double, edge: BandEdge?) {
      self.caseID = caseID
      self.verdict = verdict
      self.score = score
      self.edge = edge
    }

    /// The distance from the score to the nearest edge of its band that borders another verdict.
    public var edgeDistance: Double? { edge?.distance }
  }

  /// The cases whose scores lie within `points` of a band edge, in library order.
  public func withinEdge(_ points: Double) -> [Scored] {
    scored.filter { ($0.edgeDistance ?? .infinity) <= points }
  }

  /// The `count` cases nearest a band edge, nearest first (ties in library order), and every
  /// further case as near as the last of them: cutting a tie would pick among equals by the
  /// order of the file.
  public func closestToEdge(_ count: Int) -> [Scored] {
    guard count > 0 else { return [] }
    // Distances compared to a millionth, so that 12.7 − 12.5 and 2.7 − 2.5 count as one tie.
    func key(_ scored: Scored) -> Double { ((scored.edgeDistance ?? .infinity) * 1e6).rounded() }
    let near = scored.enumerated().filter { $0.element.edge != nil }
      .sorted {
        key($0.element) != key($1.element) ? key($0.element) < key($1.element) : $0.offset < $1.offset
      }
      .map(\.element)
    guard near.count > count else { return near }
    let last = key(near[count - 1])
    return Array(near.prefix { key($0) <= last })
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
      let assessment = assess(decision)
      guard let row = ids.firstIndex(of: decision.chose), let column = ids.firstIndex(of: assessment.verdict)
      else { continue }
      all.counts[row][column] += 1
      if decision.heldAside { held.counts[row][column] += 1 } else { tuning.counts[row][column] += 1 }
      scored.append(
        CaseAgreement.Scored(
          caseID: decision.id, verdict: assessment.verdict, score: assessment.score, edge: assessment.edge))
      if row != column {
        misses.append(
          CaseAgreement.Miss(
            caseID: decision.id, name: decision.name, chose: decision.chose, verdict: assessment.verdict,
            score: assessment.score, readiness: assessment.readiness, heldAside: decision.heldAside,
            rules: assessment.decidingRules))
      }
    }
    return CaseAgreement(all: all, tuning: tuning, heldAside: held, misses: misses, scored: scored)
  }
}
