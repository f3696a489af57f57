/// A documented decision near a project's answers: who, what they chose, how similar, where told.
public struct Precedent: Hashable, Sendable {
  public var caseID: String
  public var name: String
  public var organisation: String
  /// The verdict id of what the organisation settled on.
  public var chose: String
  /// 0 … 1: see ``PrecedentFinder``.
  public var similarity: Double
  /// How many factors both the project and the case answered.
  public var sharedFactors: Int
  /// One sentence of what happened.
  public var outcome: String
  public var source: CaseSource

  public init(
    caseID: String, name: String, organisation: String, chose: String, similarity: Double, sharedFactors: Int,
    outcome: String, source: CaseSource
  ) {
    self.caseID = caseID
    self.name = name
    self.organisation = organisation
    self.chose = chose
    self.similarity = similarity
    self.sharedFactors = sharedFactors
    self.outcome = outcome
    self.source = source
  }
}

/// Finds the documented decisions of a case library nearest a report's answers.
///
/// **Similarity** of a project and a case = Σ over the factors *both* answered of weight × (1 −
/// |the project's lean − the case's lean| ÷ the factor's lean span) ÷ Σ weight of every factor
/// the *project* answered. Leans are the rubric's (a number's on its curve), spans the factor's
/// highest lean minus its lowest, weights the rubric's. A factor the case leaves unknown counts
/// as no match, so a case that shares little cannot look close; a factor the project leaves
/// unknown does not count at all. 1 means every answered factor leans exactly as the case's; 0,
/// nothing in common (such cases are never listed).
public struct PrecedentFinder: Sendable {
  /// Per case, in library order, each factor's lean (`nil` when the case leaves it unknown).
  let caseLeans: [[Double?]]
  let cases: [DecisionCase]
  let weights: [Double]
  let spans: [Double]
  let factorIDs: [String]

  public init(rubric: Rubric, library: CaseLibrary) {
    let scorer = Scorer(rubric: rubric, options: .init(includeFlips: false, includeExplanations: false))
    cases = library.cases
    caseLeans = library.cases.map { decision in
      scorer.score(decision.answers).factors.map { $0.answer == nil ? nil : $0.lean }
    }
    weights = scorer.tables.map(\.weight)
    spans = scorer.tables.map { table in
      guard let low = table.lowest?.lean, let high = table.highest?.lean else { return 0 }
      return high - low
    }
    factorIDs = scorer.tables.map(\.id)
  }

  /// The similarity of the report's answers to each case, in library order, with how many
  /// factors they share.
  public func similarities(_ report: Report) -> [(similarity: Double, shared: Int)] {
    var answered = 0.0
    for (index, factor) in report.factors.enumerated() where index < weights.count && factor.answer != nil {
      answered += weights[index]
    }
    return caseLeans.map { leans in
      guard answered > 0 else { return (0, 0) }
      var agreement = 0.0
      var shared = 0
      for (index, factor) in report.factors.enumerated() where index < leans.count && factor.answer != nil {
        guard factorIDs[index] == factor.id, let caseLean = leans[index] else { continue }
        shared += 1
        let closeness = spans[index] > 0 ? 1 - min(1, abs(factor.lean - caseLean) / spans[index]) : 1
        agreement += weights[index] * closeness
      }
      return (agreement / answered, shared)
    }
  }

  /// The `limit` nearest cases with a similarity above 0, most similar first (ties by case id).
  public func nearest(_ report: Report, limit: Int = 3) -> [Precedent] {
    let scored = similarities(report).enumerated().filter { $0.element.similarity > 0 }
    let ranked = scored.sorted { a, b in
      if a.element.similarity != b.element.similarity { return a.element.similarity > b.element.similarity }
      return cases[a.offset].id < cases[b.offset].id
    }
    return ranked.prefix(limit).map { entry in
      let decision = cases[entry.offset]
      return Precedent(
        caseID: decision.id, name: decision.name, organisation: decision.organisation, chose: decision.chose,
        similarity: entry.element.similarity, sharedFactors: entry.element.shared, outcome: decision.outcome,
        source: decision.source)
    }
  }
}
