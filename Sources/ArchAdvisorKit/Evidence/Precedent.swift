/// A documented decision near a project's answers: who, what they chose, how similar, where told.
///
/// What the case says is shared, not copied: a batch cites a precedent for every answer set, and
/// copying a case's strings into each (a reference count bumped per string, from every thread)
/// cost more than finding it.
public struct Precedent: Hashable, Sendable {
  /// The case's own words, one instance per case of the library.
  final class Citation: Sendable {
    let caseID: String
    let name: String
    let organisation: String
    let chose: String
    let outcome: String
    let source: CaseSource

    init(
      caseID: String, name: String, organisation: String, chose: String, outcome: String, source: CaseSource
    ) {
      self.caseID = caseID
      self.name = name
      self.organisation = organisation
      self.chose = chose
      self.outcome = outcome
      self.source = source
    }
  }

  private let citation: Citation
  /// 0 … 1: see ``PrecedentFinder``.
  public let similarity: Double
  /// How many factors both the project and the case answered.
  public let sharedFactors: Int

  public var caseID: String { citation.caseID }
  public var name: String { citation.name }
  public var organisation: String { citation.organisation }
  /// The verdict id of what the organisation settled on.
  public var chose: String { citation.chose }
  /// One sentence of what happened.
  public var outcome: String { citation.outcome }
  public var source: CaseSource { citation.source }

  public init(
    caseID: String, name: String, organisation: String, chose: String, similarity: Double, sharedFactors: Int,
    outcome: String, source: CaseSource
  ) {
    self.init(
      citation: Citation(
        caseID: caseID, name: name, organisation: organisation, chose: chose, outcome: outcome, source: source
      ),
      similarity: similarity, sharedFactors: sharedFactors)
  }

  init(citation: Citation, similarity: Double, sharedFactors: Int) {
    self.citation = citation
    self.similarity = similarity
    self.sharedFactors = sharedFactors
  }

  public static func == (left: Precedent, right: Precedent) -> Bool {
    left.similarity == right.similarity && left.sharedFactors == right.sharedFactors
      && left.caseID == right.caseID
      && left.name == right.name && left.organisation == right.organisation && left.chose == right.chose
      && left.outcome == right.outcome && left.source == right.source
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(caseID)
    hasher.combine(similarity)
    hasher.combine(sharedFactors)
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
  /// Each case's citation, made once and shared by every precedent that cites it.
  let citations: [Precedent.Citation]
  /// Each case's place in the order of case ids, which breaks ties of similarity (compared as
  /// numbers: ties are common, and comparing the ids themselves copied them out every time).
  let idRanks: FixedTable<Int>
  let factorIDs: [String]
  /// 1 ÷ each factor's lean span, or 0 for a factor whose options all lean alike (every pair of
  /// leans then counts as a full match).
  let inverseSpans: FixedTable<Double>
  /// Factor after factor, the cases that answered it (most cases state only a few factors, and a
  /// case's unknown is no match, so the others need no visit): `answeringCases[answeringStart[f]
  /// ..< answeringStart[f + 1]]` are the indices of the cases that answered factor `f`, and
  /// `answeringLeans`, laid out alike, their leans.
  let answeringStart: FixedTable<Int>
  let answeringCases: FixedTable<Int>
  let answeringLeans: FixedTable<Double>
  /// Factor after factor, one entry per case: whether the case answered the factor.
  let caseAnswered: FixedTable<Bool>
  let weights: FixedTable<Double>

  public init(rubric: Rubric, library: CaseLibrary) {
    let scorer = Scorer(rubric: rubric, options: .init(includeFlips: false, includeExplanations: false))
    citations = library.cases.map { decision in
      Precedent.Citation(
        caseID: decision.id, name: decision.name, organisation: decision.organisation, chose: decision.chose,
        outcome: decision.outcome, source: decision.source)
    }
    var idRanks = [Int](repeating: 0, count: library.cases.count)
    for (rank, index) in library.cases.indices.sorted(by: { library.cases[$0].id < library.cases[$1].id })
      .enumerated()
    {
      idRanks[index] = rank
    }
    self.idRanks = FixedTable(idRanks)
    factorIDs = scorer.tables.map(\.id)
    let weights = scorer.tables.map(\.weight)
    self.weights = FixedTable(weights)
    inverseSpans = FixedTable(
      scorer.tables.map { table in
        guard let low = table.lowest?.lean, let high = table.highest?.lean, high > low else { return 0 }
        return 1 / (high - low)
      })
    let scored = library.cases.map { scorer.score($0.answers).factors }
    var answeringStart = [0]
    var answeringCases: [Int] = []
    var answeringLeans: [Double] = []
    var caseAnswered: [Bool] = []
    for factor in factorIDs.indices {
      for (index, factors) in scored.enumerated() {
        let answered = factor < factors.count && factors[factor].answer != nil
        caseAnswered.append(answered)
        if answered {
          answeringCases.append(index)
          answeringLeans.append(factors[factor].lean)
        }
      }
      answeringStart.append(answeringCases.count)
    }
    self.answeringStart = FixedTable(answeringStart)
    self.answeringCases = FixedTable(answeringCases)
    self.answeringLeans = FixedTable(answeringLeans)
    self.caseAnswered = FixedTable(caseAnswered)
  }

  /// The ids of the library's cases, in library order.
  public var caseIDs: [String] { citations.map(\.caseID) }

  /// The similarity of the report's answers to each case, in library order, with how many
  /// factors they share.
  public func similarities(_ report: Report) -> [(similarity: Double, shared: Int)] {
    withAgreement(report) { agreement, answered in
      (0..<citations.count).map { index in
        answered > 0 ? (agreement[index] / answered, sharedFactors(report, case: index)) : (0, 0)
      }
    }
  }

  /// Sets the report's precedents to its `limit` nearest cases, in place: what a batch calls for
  /// every answer set (assigning `nearest(report)` to the report it reads made a copy of it).
  public func cite(in report: inout Report, limit: Int = 3) {
    report.precedents = nearest(report, limit: limit)
  }

  /// The `limit` nearest cases with a similarity above 0, most similar first (ties by case id).
  public func nearest(_ report: Report, limit: Int = 3) -> [Precedent] {
    let limit = min(limit, citations.count)
    guard limit > 0 else { return [] }
    return withAgreement(report) { agreement, answered in
      guard answered > 0 else { return [] }
      // The best `limit` so far, best first, kept on the stack as the cases go by.
      return withUnsafeTemporaryAllocation(of: (index: Int, similarity: Double).self, capacity: limit + 1) {
        best in
        var count = 0
        for index in 0..<citations.count where agreement[index] > 0 {
          let similarity = agreement[index] / answered
          var place = count
          while place > 0, ranksBefore(similarity, index, best[place - 1].similarity, best[place - 1].index) {
            place -= 1
          }
          guard place < limit else { continue }
          var slot = min(count, limit - 1)
          while slot > place {
            best[slot] = best[slot - 1]
            slot -= 1
          }
          best[place] = (index, similarity)
          count = min(count + 1, limit)
        }
        return (0..<count).map { rank in
          Precedent(
            citation: citations[best[rank].index], similarity: best[rank].similarity,
            sharedFactors: sharedFactors(report, case: best[rank].index))
        }
      }
    }
  }

  private func ranksBefore(_ similarity: Double, _ index: Int, _ otherSimilarity: Double, _ other: Int)
    -> Bool
  {
    similarity != otherSimilarity ? similarity > otherSimilarity : idRanks[index] < idRanks[other]
  }

  /// How many factors both the report and case `index` answered: counted only for the cases
  /// listed, not in the loop over every case.
  private func sharedFactors(_ report: Report, case index: Int) -> Int {
    guard report.factors.count == factorIDs.count else { return 0 }
    var shared = 0
    report.factors.withUnsafeBufferPointer { factors in
      for factor in factors.indices where caseAnswered[factor * citations.count + index] {
        if case .some = factors[factor].answer { shared += 1 }
      }
    }
    return shared
  }

  /// Calls `body` with, per case, the numerator of the documented formula, and the denominator
  /// (the weight of the factors the project answered).
  ///
  /// A batch asks this for every answer set: each answered factor visits only the cases that
  /// answered it too, adding into a buffer on the stack. A report lists its rubric's factors in
  /// rubric order, so they are matched by position (a report of another rubric shares nothing);
  /// they are read in place, since copying one out copies its answer and strings with it.
  @inline(__always)
  private func withAgreement<Result>(
    _ report: Report, _ body: (UnsafeBufferPointer<Double>, Double) -> Result
  ) -> Result {
    withUnsafeTemporaryAllocation(of: Double.self, capacity: max(citations.count, 1)) { agreement in
      agreement.initialize(repeating: 0)
      var answered = 0.0
      guard report.factors.count == factorIDs.count else { return body(UnsafeBufferPointer(agreement), 0) }
      report.factors.withUnsafeBufferPointer { factors in
        for factor in factors.indices {
          guard case .some = factors[factor].answer else { continue }
          let weight = weights[factor]
          answered += weight
          let lean = factors[factor].lean
          let inverseSpan = inverseSpans[factor]
          for entry in answeringStart[factor]..<answeringStart[factor + 1] {
            let closeness = Swift.max(0, 1 - (lean - answeringLeans[entry]).magnitude * inverseSpan)
            agreement[answeringCases[entry]] += weight * closeness
          }
        }
      }
      return body(UnsafeBufferPointer(agreement), answered)
    }
  }
}
