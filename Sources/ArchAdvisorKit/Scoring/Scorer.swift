/// Scores answer sets against one rubric and explains the result as a ``Report``.
///
/// The rubric is compiled once, in `init`, into lookup tables (option id → lean and reason, band
/// per count, rule conditions over indices), so that ``score(_:)`` can run hundreds of thousands
/// of times in a batch. Answers are expected to be validated against the rubric already; an
/// answer that does not fit its factor anyway is treated as unknown, never trapped on.
///
/// **Score.** The weighted mean of the answered factors' leans × 100, from −100 (all monolith) to
/// +100 (all microservices), and 0 when nothing is answered. A number factor leans as the band its
/// value is in, a choice as its option, a set as the `counts` band of how many options are held.
/// Each answered factor's contribution is `weight × lean ÷ (sum of answered weights) × 100`, so
/// the contributions add up to the score.
///
/// **Range.** Its ends are the scores when every unknown factor takes its lowest (or highest)
/// lean, over the weights of *all* factors: `(Σ known w·lean + Σ unknown w·extreme lean) ÷ Σ w
/// × 100`. The verdict at each end is the final verdict (after rules) of a concrete completed
/// answer set: an option for a choice; for a number a representative accepted value in the
/// extreme band (its lowest accepted value, respecting `integer`, `minimum` and `maximum`); for a
/// set, that many options taken in rubric order. Ties between equal leans go to the first in
/// rubric order. The point score averages over the answered factors only, so it can lie outside
/// the range when the unknown factors all lean one way: a team that answered only
/// microservices-leaning questions scores high while every completion scores lower. That is
/// honest, not a bug: the score says what the answers given argue; the range says where the full
/// answer set could land.
///
/// **Rules** run in declared order, starting from the verdict of the score's band. `cap` and
/// `floor` compare positions in the rubric's verdicts (0 is the monolith end); `force` sets the
/// verdict (a rule with several of these applies its cap, then its floor, then its force);
/// caveats and prerequisites are collected without repeats. A condition sees the verdict
/// as earlier rules left it and the weighted score; a condition on an unanswered factor is false.
/// `prerequisitesFrom` lists the prerequisite of every option the team lacks; for an unknown set
/// factor, every option's, since the team has not said it has any.
///
/// **Confidence** is defined as follows (the README quotes this):
/// - `low` when the verdict does not hold across the range (the final verdict at either end
///   differs from the reported one) or less than half of the total weight is answered;
/// - otherwise `medium` when the score is within 10 points (inclusive) of an edge of its
///   score-verdict band (edges at −100 and +100 do not count), or more than a quarter of the
///   total weight is unknown;
/// - otherwise `high`.
/// The explanation is one sentence naming how much is unknown, whether the verdict holds across
/// the range, and how far the score is from the nearest other band.
///
/// **Flips** are the smallest sets of answer changes that give a different final verdict. First
/// every single change: a choice to each other option; a number to the accepted value nearest
/// its current answer in each other band; a set with one missing option added or one held option
/// dropped; an unknown factor to each value the range considers (each option, or one value per
/// band). Only when no single change flips the verdict are pairs of single changes on two
/// different factors tried (among at most ``Scorer/pairSearchLimit`` single changes: those that
/// move the score most). Flips are ordered by how far they move the score, nearest first (ties in
/// rubric factor order), at most two per factor (or pair of factors), at most
/// ``Options/maxFlips`` in all.
public struct Scorer: Sendable {
  /// What the scorer computes beyond the verdict.
  public struct Options: Sendable {
    /// Whether to search for flips (the most expensive part of scoring).
    public var includeFlips = true
    /// The most flips a report lists.
    public var maxFlips = 5
    /// Whether to write the sentences: each factor's ``FactorResult/reason`` and the
    /// ``Confidence/explanation``. When off they are empty strings and everything else in the
    /// report is the same; a batch whose format shows no sentences (CSV, a table) turns this off,
    /// since building them for every answer set costs about as much as the scoring itself.
    public var includeExplanations = true

    public init(includeFlips: Bool = true, maxFlips: Int = 5, includeExplanations: Bool = true) {
      self.includeFlips = includeFlips
      self.maxFlips = maxFlips
      self.includeExplanations = includeExplanations
    }
  }

  /// The most single changes combined into pairs when no single change flips the verdict, so
  /// that a rubric with thousands of factors cannot make one report take minutes.
  public static let pairSearchLimit = 400

  /// The rubric the answers are scored against.
  public let rubric: Rubric
  public let options: Options

  let tables: [FactorTable]
  /// The factor ids in rubric order.
  let factorIDs: [String]
  /// Factor id → position in `tables`.
  let factorIndex: IDTable
  /// Every rule's condition.
  let program: ConditionProgram
  let rules: [CompiledRule]
  /// The verdict effects of the rules with a cap, floor or force, in declared order: all that
  /// decide the final verdict.
  let verdictSteps: [VerdictStep]
  /// The rubric's verdicts, or one stand-in when it has none (a validated rubric has two or more).
  let verdicts: [Verdict]
  let verdictBands: [Band]
  /// Each verdict band's lower end (the first's is −∞) when the bands chain exactly, each
  /// `below` the next `atLeast`, as in every validated rubric; `nil` otherwise.
  let chainedLowerEnds: [Double]?
  /// The length in UTF-8 bytes of the longest verdict id, to size sentences that name verdicts.
  let longestVerdictID: Int
  let totalWeight: Double
  /// Each factor's value with the lowest lean (`.unknown` for a factor no answer fits): what an
  /// unknown factor takes at the low end of the range.
  let lowestValues: [ResolvedValue]
  /// Each factor's value with the highest lean: what an unknown factor takes at the high end.
  let highestValues: [ResolvedValue]
  /// Per factor, whether a verdict-changing rule's condition reads it.
  let verdictRulesRead: [Bool]
  /// Whether a verdict-changing rule's condition reads the score.
  let verdictRulesReadScore: Bool
  /// Whether verdict step `k`'s condition reads factor `f`, at `k × factor count + f`.
  let stepReads: [Bool]
  /// Per verdict step, whether its condition reads the verdict so far.
  let stepReadsVerdict: [Bool]
  /// The most single changes an answer set can have: room reserved once per flip search.
  let candidateCapacity: Int

  /// Compiles the rubric for scoring.
  public init(rubric: Rubric, options: Options = .init()) {
    self.rubric = rubric
    self.options = options
    let tables = rubric.factors.map(FactorTable.init)
    self.tables = tables
    factorIDs = rubric.factors.map(\.id)
    self.factorIndex = IDTable(factorIDs)
    var factorIndex: [String: Int] = [:]
    for (index, factor) in rubric.factors.enumerated() where factorIndex[factor.id] == nil {
      factorIndex[factor.id] = index
    }
    verdicts =
      rubric.verdicts.isEmpty
      ? [Verdict(id: "none", label: "No verdict", summary: "The rubric has no verdicts.", band: Band())]
      : rubric.verdicts
    verdictBands = verdicts.map(\.band)
    longestVerdictID = verdicts.map(\.id.utf8.count).max() ?? 0
    chainedLowerEnds = Scorer.lowerEnds(ifChained: verdicts.map(\.band))
    var verdictIndex: [String: Int] = [:]
    for (index, verdict) in rubric.verdicts.enumerated() where verdictIndex[verdict.id] == nil {
      verdictIndex[verdict.id] = index
    }
    var program = ConditionProgram()
    let rules = rubric.rules.map {
      CompiledRule(
        $0, program: &program, factorIndex: factorIndex, tables: tables, verdictIndex: verdictIndex)
    }
    self.program = program
    self.rules = rules
    verdictSteps = rules.map(\.step).filter(\.changesVerdict)
    var reads = [Bool](repeating: false, count: tables.count)
    var stepReads: [Bool] = []
    var readsScore = false
    for step in verdictSteps {
      var readsHere = [Bool](repeating: false, count: tables.count)
      if program.collectReads(step.condition, into: &readsHere) { readsScore = true }
      for index in readsHere.indices where readsHere[index] { reads[index] = true }
      stepReads += readsHere
    }
    verdictRulesRead = reads
    verdictRulesReadScore = readsScore
    self.stepReads = stepReads
    stepReadsVerdict = verdictSteps.map { program.readsVerdict($0.condition) }
    totalWeight = tables.reduce(0) { $0 + $1.weight }
    lowestValues = tables.map { $0.lowest?.value ?? .unknown }
    highestValues = tables.map { $0.highest?.value ?? .unknown }
    candidateCapacity = rubric.factors.reduce(0) { sum, factor in
      switch factor.kind {
      case .number(let spec): return sum + spec.bands.count
      case .choice(let options): return sum + options.count
      case .set(let spec): return sum + max(min(spec.options.count, 64), spec.counts.count)
      }
    }
  }

  /// The bands' lower ends, the first as −∞, when every band's `below` is the next one's
  /// `atLeast` and the first is open below (or starts at −100 or lower) and the last open above
  /// (or ends above 100): then the band of a score in −100…100 is the last whose lower end it
  /// reaches.
  private static func lowerEnds(ifChained bands: [Band]) -> [Double]? {
    guard let first = bands.first, let last = bands.last else { return nil }
    guard first.atLeast.map({ $0 <= -100 }) ?? true, last.below.map({ $0 > 100 }) ?? true else { return nil }
    var ends: [Double] = [-.infinity]
    for index in bands.indices.dropFirst() {
      guard let below = bands[index - 1].below, let atLeast = bands[index].atLeast, below == atLeast,
        index == 1 || atLeast > ends[index - 1]
      else { return nil }
      ends.append(atLeast)
    }
    return ends
  }

  /// Scores one answer set: the score, verdict, range, confidence, each factor's part, the rules
  /// that fired and (unless ``Options/includeFlips`` is off) the flips.
  public func score(_ answers: Answers) -> Report {
    score(answers, includeFlips: options.includeFlips)
  }

  /// Scores an answer sheet: the same as scoring ``AnswerSheet/answersByID``, without looking
  /// the answers up by id when the sheet is laid out by this scorer's rubric.
  public func score(_ sheet: AnswerSheet) -> Report {
    guard sheet.factorIDs == factorIDs else { return score(sheet.answersByID) }
    // Option indices and masks mean the same only for the same factors; a sheet read with this
    // rubric shares its very array, so the comparison is usually one of identity.
    let sameFactors = sheet.resolved.count == factorIDs.count && sheet.resolvedAgainst == rubric.factors
    return score(
      name: sheet.name, given: sheet.answers, resolved: sameFactors ? sheet.resolved : nil,
      includeFlips: options.includeFlips)
  }

  func score(_ answers: Answers, includeFlips: Bool) -> Report {
    var given: [Answer?] = []
    given.reserveCapacity(tables.count)
    for _ in tables.indices { given.append(nil) }
    // Walk the answers rather than look each factor up in them: it hashes each answered id once,
    // with the scorer's own cheaper table; ids the rubric lacks are ignored.
    for (id, answer) in answers.values {
      if let index = factorIndex[id] { given[index] = answer }
    }
    return score(name: answers.name, given: given, resolved: nil, includeFlips: includeFlips)
  }

  /// Scores answers laid out by factor position; `resolved`, when given, holds each answer
  /// already resolved against its factor.
  private func score(name: String?, given answered: [Answer?], resolved: [ResolvedValue]?, includeFlips: Bool)
    -> Report
  {
    let count = tables.count
    var given = answered
    // Built by appending rather than `Array(repeating:count:)`, which for these element types
    // takes an unspecialized path through a runtime metadata lookup on every call.
    var values: [ResolvedValue] = []
    var leans: [Double] = []
    values.reserveCapacity(count)
    leans.reserveCapacity(count)
    for index in 0..<count {
      var fit: (value: ResolvedValue, lean: Double)?
      if let answer = given[index] {
        if let resolved {
          fit = tables[index].lean(of: resolved[index]).map { (resolved[index], $0) }
        } else {
          fit = tables[index].resolve(answer)
        }
      }
      if let fit {
        values.append(fit.value)
        leans.append(fit.lean)
      } else {
        // Unknown, or an answer that does not fit the factor: treated as unknown.
        values.append(.unknown)
        leans.append(0)
        // Only when there is something to clear: writing would copy the caller's array.
        if given[index] != nil { given[index] = nil }
      }
    }
    // Summed in rubric order, so that the same answers always give exactly the same score.
    var numerator = 0.0
    var denominator = 0.0
    for index in 0..<count where values[index].isKnown {
      numerator += tables[index].weight * leans[index]
      denominator += tables[index].weight
    }
    let score = denominator > 0 ? numerator / denominator * 100 : 0
    let scoreVerdict = verdictIndex(forScore: score)
    let outcome = runRules(AnswerView(values), score: score, verdict: scoreVerdict)
    let range = range(values: values, numerator: numerator, score: score, verdict: outcome.verdict)
    let explains = options.includeExplanations
    let confidence = confidence(
      values: values, answeredWeight: denominator, score: score, scoreVerdict: scoreVerdict,
      verdict: outcome.verdict, range: range, explains: explains)

    var factors: [FactorResult] = []
    factors.reserveCapacity(count)
    for index in 0..<count {
      let weight = tables[index].weight
      if let answer = given[index] {
        factors.append(
          FactorResult(
            id: tables[index].id, question: tables[index].question, answer: answer, weight: weight,
            lean: leans[index], contribution: denominator > 0 ? weight * leans[index] / denominator * 100 : 0,
            reason: explains ? tables[index].reason(of: values[index]) ?? "" : ""))
      } else {
        factors.append(
          FactorResult(
            id: tables[index].id, question: tables[index].question, answer: nil, weight: weight, lean: 0,
            contribution: 0,
            reason: explains ? unknownReason(index, answeredWeight: denominator, score: score) : ""))
      }
    }

    let flips =
      includeFlips
      ? flips(
        values: values, leans: leans, given: given, numerator: numerator, denominator: denominator,
        score: score, verdict: outcome.verdict)
      : []

    return Report(
      name: name, rubricID: rubric.id, rubricVersion: rubric.version,
      verdict: verdicts[outcome.verdict], scoreVerdict: verdicts[scoreVerdict], score: score, range: range,
      confidence: confidence, factors: factors, firedRules: outcome.fired, caveats: outcome.caveats,
      prerequisites: outcome.prerequisites, flips: flips)
  }

  /// "Not answered: could move the score between −X and +Y.": how far the score would move if
  /// this factor alone were answered with its lowest or its highest lean.
  private func unknownReason(_ index: Int, answeredWeight: Double, score: Double) -> String {
    let weight = tables[index].weight
    guard let lowest = tables[index].lowest, let highest = tables[index].highest, weight > 0 else {
      return "Not answered."
    }
    // Answering it makes the score (Σ w·l + w·lean) ÷ (Σ w + w), a move of this share of the
    // distance from the score to lean × 100.
    let share = weight / (answeredWeight + weight)
    let down = share * (lowest.lean * 100 - score)
    let up = share * (highest.lean * 100 - score)
    return ScoreText.build(capacity: 64 + 2 * ScoreText.maximumNumberLength) { reason in
      reason.append("Not answered: could move the score between ")
      reason.appendSigned(down)
      reason.append(" and ")
      reason.appendSigned(up)
      reason.append(".")
    }
  }
}
