/// Scores answer sets against one rubric and explains the result as a ``Report``.
///
/// The rubric is compiled once, in `init`, into lookup tables (option id → lean and reason, band
/// per count, rule conditions over indices), so that ``score(_:)`` can run hundreds of thousands
/// of times in a batch. Answers are expected to be validated against the rubric already; an
/// answer that does not fit its factor anyway is treated as unknown, never trapped on.
///
/// **Two dimensions.** Each factor is *need* (a reason for or against splitting, leaning −1 …
/// +1) or *readiness* (something running services takes, 0 … 1). Every factor of a v1 rubric is
/// need. A number factor leans as its band (moving toward the band's `leanTo` across it, evenly
/// or on a log scale), a choice as its option, a set as the `counts` band of how many it holds.
///
/// **Need score** = Σ over the need factors of weight × lean ÷ Σ need weight × 100, rounded to a
/// tenth: −100 (all monolith) … +100 (all microservices). An unknown factor counts with its
/// *neutral* lean: 0, or the lean nearest 0 when all its leans lie on one side. So one answer
/// alone moves the score at most by its share of the weight (a weight of 3 in 22 at most 13.6
/// points), and the contributions (weight × lean ÷ Σ need weight × 100) add up to the score.
/// On a complete answer set this is the v1 weighted mean exactly (before rounding).
///
/// **Readiness** = Σ weight × level ÷ Σ weight × 100 over the *answered* readiness factors,
/// rounded to a tenth: an unknown one is asked for, not counted as nothing in place. With none
/// answered there is no readiness (NaN inside, `null` in JSON), and a readiness test in a rule is
/// false, as a test of an unanswered factor is (so its `not` is true).
///
/// **Range.** The need score with every unknown factor at its lowest, and at its highest lean,
/// over the same weights: since the neutral lean lies between the two and rounding keeps order,
/// the score always lies within its range, and answering one more factor narrows the range or
/// leaves it as it was (it never widens). Readiness's range counts every readiness factor, an
/// unknown one at its lowest level (0) and at its highest (1); a validated rubric's levels run
/// exactly 0 … 1, which keeps readiness inside it. A lean that approaches its band's `leanTo`
/// without an accepted answer reaching it counts with `leanTo`, the bound. The verdict at each end is the final
/// verdict (after rules) of a concrete completed answer set: an option for a choice; for a number
/// the accepted value with the extreme lean; for a set, that many options taken in rubric order.
/// Ties between equal leans go to the first in rubric order. The low end completes the need
/// factors toward the monolith and readiness toward nothing in place; the high end the opposite.
///
/// **Verdict.** The verdict of the score is the band that holds the score as shown (rounded to a
/// tenth), so every format agrees on which side of an edge it is. **Rules** then run in declared
/// order, starting from that verdict. `cap` and `floor` compare positions in the rubric's
/// verdicts (0 is the monolith end); `force` sets the verdict (a rule with several of these
/// applies its cap, then its floor, then its force); caveats, prerequisites and components to
/// split first are collected without repeats. A condition sees the verdict as earlier rules left
/// it, the need score and readiness as shown; a condition on an unanswered factor is false.
/// `prerequisitesFrom` lists the prerequisite of every option an *answered* set lacks; for an
/// unanswered one the factor goes to ``Report/nextQuestions`` instead. A rule that changes the
/// verdict to one more than one band away from the score's is a conflict the report names.
///
/// **Confidence** is defined as follows (the README quotes this):
/// - `low` when the verdict does not hold across the range (the final verdict at either end
///   differs from the reported one), less than half of the total weight is answered, a rule
///   conflicts with the score (moved the verdict more than one band), or the verdict holds in
///   fewer than half of the re-weightings (``Robustness``, when it is on);
/// - otherwise `medium` when the score is within 10 points (inclusive) of an edge of its
///   score-verdict band (edges at −100 and +100 do not count), more than a quarter of the
///   total weight is unknown, or the verdict holds in fewer than 90% of the re-weightings;
/// - otherwise `high`.
/// The explanation is one sentence naming how much is unknown, whether the verdict holds across
/// the range, how many re-weightings keep it when not 90% of them, and how far the score is from
/// the nearest other band.
///
/// **Next questions.** When the confidence is not high, up to three unknown factors, those that
/// alone could change the verdict (answered at their lowest or highest lean) first, then by how
/// far they could move their own dimension's score (weight ÷ the dimension's weight × lean
/// span); then any unanswered readiness a rule needed to list prerequisites.
///
/// **Flips** are the smallest sets of answer changes that give a different final verdict. First
/// every single change: a choice to each other option; a number to the accepted value nearest
/// its current answer in each other band (and, where leans move across bands, to each band's
/// ends, then narrowed to the nearest value that still flips, repeats dropped); a set with one missing option
/// added or one held option dropped; an unknown factor to each value the range considers. Only
/// when no single change flips the verdict are pairs of single changes on two different factors
/// tried (among at most ``Scorer/pairSearchLimit`` single changes: those that move the score
/// most; ``Report/flipSearchComplete`` says when that limit cut the search short). Flips are
/// ordered by how far they move the score, nearest first (ties in rubric factor order), at most
/// two per factor (or pair of factors), at most ``Options/maxFlips`` in all; a flip whose verdict
/// a rule decided names that rule.
public struct Scorer: Sendable {
  /// What the scorer computes beyond the verdict.
  public struct Options: Sendable {
    /// Whether to search for flips (the most expensive part of scoring).
    public var includeFlips = true
    /// The most flips a report lists.
    public var maxFlips = 5
    /// Whether to write what a person reads: each factor's ``FactorResult/reason`` and
    /// ``FactorResult/question``, each fired rule's ``FiredRule/reason``, the
    /// ``Confidence/explanation`` and the ``Report/nextQuestions``. When off the sentences are
    /// empty strings, the next questions an empty list, and everything else in the report is the
    /// same; a batch whose format shows none of them (CSV, a table) turns this off, since building
    /// them for every answer set costs about as much as the scoring itself.
    public var includeExplanations = true
    /// How to test the verdict against other weights (``Robustness``); `nil` leaves
    /// ``Report/robustness`` out, and with it robustness's part in the confidence.
    public var robustness: Robustness.Settings?

    public init(
      includeFlips: Bool = true, maxFlips: Int = 5, includeExplanations: Bool = true,
      robustness: Robustness.Settings? = .standard
    ) {
      self.includeFlips = includeFlips
      self.maxFlips = maxFlips
      self.includeExplanations = includeExplanations
      self.robustness = robustness
    }
  }

  /// The most single changes combined into pairs when no single change flips the verdict, so
  /// that a rubric with thousands of factors cannot make one report take minutes.
  public static let pairSearchLimit = 400

  /// The rubric the answers are scored against.
  public let rubric: Rubric
  public let options: Options

  let tables: [FactorTable]
  /// Each factor's weight, neutral lean and dimension as plain values: read for every factor of
  /// every answer set, where reading them through the ``FactorTable`` objects retained and
  /// released each one, an atomic count that the cores of a batch contend for.
  let facts: FixedTable<FactorFacts>
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
  let longestVerdictLabel: Int
  let totalWeight: Double
  /// Σ weight of the need factors, and of the readiness factors (0 when the rubric has none).
  let needWeight: Double
  let readinessWeight: Double
  /// Component id → label, for the split-first advice.
  let componentLabels: [String: String]
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
  /// Per rule, the position of its verdict step in ``verdictSteps``, or −1 for a rule that only
  /// adds text.
  let ruleSteps: [Int]
  /// Per verdict step, whether its condition reads the verdict so far.
  let stepReadsVerdict: [Bool]
  /// Per verdict step, whether its condition reads the need score or readiness: the steps whose
  /// truth other weights can change.
  let stepReadsScores: [Bool]
  /// The most single changes an answer set can have: room reserved once per flip search.
  let candidateCapacity: Int
  /// The draws and thresholds of the robustness analysis; `nil` when it is off.
  let reweighting: Reweighting?

  /// Compiles the rubric for scoring.
  public init(rubric: Rubric, options: Options = .init()) {
    self.rubric = rubric
    self.options = options
    let tables = rubric.factors.map(FactorTable.init)
    self.tables = tables
    facts = FixedTable(
      tables.map { FactorFacts(weight: $0.weight, neutralLean: $0.neutralLean, isReadiness: $0.isReadiness) })
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
    longestVerdictLabel = verdicts.map { max($0.id.utf8.count, $0.label.utf8.count) }.max() ?? 0
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
    var ruleSteps: [Int] = []
    var stepCount = 0
    for rule in rules {
      ruleSteps.append(rule.step.changesVerdict ? stepCount : -1)
      if rule.step.changesVerdict { stepCount += 1 }
    }
    self.ruleSteps = ruleSteps
    var reads = [Bool](repeating: false, count: tables.count)
    var stepReads: [Bool] = []
    var stepReadsScores: [Bool] = []
    var readsScore = false
    for step in verdictSteps {
      var readsHere = [Bool](repeating: false, count: tables.count)
      let readsScoreHere = program.collectReads(step.condition, into: &readsHere)
      if readsScoreHere { readsScore = true }
      stepReadsScores.append(readsScoreHere || program.readsReadiness(step.condition))
      // Readiness is a function of the readiness factors alone: a step that reads it reads them.
      if program.readsReadiness(step.condition) {
        for index in tables.indices where tables[index].isReadiness { readsHere[index] = true }
      }
      for index in readsHere.indices where readsHere[index] { reads[index] = true }
      stepReads += readsHere
    }
    verdictRulesRead = reads
    verdictRulesReadScore = readsScore
    self.stepReads = stepReads
    self.stepReadsScores = stepReadsScores
    stepReadsVerdict = verdictSteps.map { program.readsVerdict($0.condition) }
    totalWeight = tables.reduce(0) { $0 + $1.weight }
    needWeight = tables.reduce(0) { $0 + ($1.isReadiness ? 0 : $1.weight) }
    readinessWeight = tables.reduce(0) { $0 + ($1.isReadiness ? $1.weight : 0) }
    var labels: [String: String] = [:]
    for component in rubric.components where labels[component.id] == nil {
      labels[component.id] = component.label
    }
    componentLabels = labels
    lowestValues = tables.map { $0.lowest?.value ?? .unknown }
    highestValues = tables.map { $0.highest?.value ?? .unknown }
    candidateCapacity = rubric.factors.reduce(0) { sum, factor in
      switch factor.kind {
      case .number(let spec): return sum + spec.bands.count
      case .choice(let options): return sum + options.count
      case .set(let spec): return sum + max(min(spec.options.count, 64), spec.counts.count)
      }
    }
    if let settings = options.robustness {
      // The verdict can change only where a band starts or ends or a verdict-changing rule's
      // score or readiness test does.
      var scoreThresholds = verdictBands.flatMap { [$0.atLeast, $0.below].compactMap { $0 } }
      var readinessThresholds: [Double] = []
      for step in verdictSteps {
        program.collectThresholds(step.condition, score: &scoreThresholds, readiness: &readinessThresholds)
      }
      reweighting = Reweighting(
        settings: settings, tables: tables, scoreThresholds: scoreThresholds,
        readinessThresholds: readinessThresholds)
    } else {
      reweighting = nil
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
        leans.append(facts[index].neutralLean)
        // Only when there is something to clear: writing would copy the caller's array.
        if given[index] != nil { given[index] = nil }
      }
    }
    // Summed in rubric order, so that the same answers always give exactly the same score.
    var need = 0.0
    var ready = ReadinessSum.zero
    var answeredWeight = 0.0
    for index in 0..<count {
      let weight = facts[index].weight
      let known = values[index].isKnown
      if facts[index].isReadiness {
        if known {
          ready.numerator += weight * leans[index]
          ready.weight += weight
        }
      } else {
        need += weight * leans[index]
      }
      if known { answeredWeight += weight }
    }
    let score = needScore(need)
    let readiness = readinessScore(ready)
    let scoreVerdict = verdictIndex(forScore: score)
    let outcome = runRules(AnswerView(values), score: score, readiness: readiness, verdict: scoreVerdict)
    let range = range(values: values, need: need, ready: ready, score: score, verdict: outcome.verdict)
    let conflicts = conflicts(outcome, scoreVerdict: scoreVerdict)
    let explains = options.includeExplanations
    let robustness = robustness(
      values: values, leans: leans, need: need, ready: ready, score: score, readiness: readiness,
      verdict: outcome.verdict, path: (start: scoreVerdict, firedSteps: outcome.firedSteps))
    let confidence = confidence(
      values: values, answeredWeight: answeredWeight, score: score, scoreVerdict: scoreVerdict,
      verdict: outcome.verdict, range: range.need, conflicted: !conflicts.isEmpty,
      robustness: robustness, explains: explains)

    var factors: [FactorResult] = []
    factors.reserveCapacity(count)
    for index in 0..<count {
      let weight = facts[index].weight
      // Need: over every need factor (an unknown one with its neutral lean); readiness: over the
      // answered readiness factors, which is what readiness averages.
      let dimensionWeight =
        facts[index].isReadiness ? (values[index].isKnown ? ready.weight : 0) : needWeight
      let contribution = dimensionWeight > 0 ? weight * leans[index] / dimensionWeight * 100 : 0
      let dimension: Factor.Dimension = facts[index].isReadiness ? .readiness : .need
      if let answer = given[index] {
        factors.append(
          FactorResult(
            id: tables[index].id, question: explains ? tables[index].question : "", answer: answer,
            weight: weight,
            lean: leans[index], contribution: contribution,
            reason: explains ? tables[index].reason(of: values[index]) ?? "" : "", dimension: dimension))
      } else {
        factors.append(
          FactorResult(
            id: tables[index].id, question: explains ? tables[index].question : "", answer: nil,
            weight: weight,
            lean: leans[index], contribution: contribution,
            reason: explains ? unknownReason(index, ready: ready) : "", dimension: dimension))
      }
    }

    // What to answer next is advice for a person, like the sentences: a table leaves it out.
    let nextQuestions =
      explains
      ? self.nextQuestions(
        values: values, need: need, ready: ready, verdict: outcome.verdict, confidence: confidence.level,
        needed: outcome.toAnswer) : []

    var flips: [Flip] = []
    var flipSearchComplete = true
    if includeFlips {
      (flips, flipSearchComplete) = self.flips(
        values: values, leans: leans, given: given, need: need, ready: ready, score: score,
        verdict: outcome.verdict)
    }

    return Report(
      name: name, rubricID: rubric.id, rubricVersion: rubric.version,
      verdict: verdicts[outcome.verdict], scoreVerdict: verdicts[scoreVerdict], score: score,
      range: range.need,
      confidence: confidence, factors: factors, firedRules: outcome.fired, caveats: outcome.caveats,
      prerequisites: outcome.prerequisites, flips: flips, readiness: range.readiness,
      splitFirst: outcome.splitFirst, conflicts: conflicts, nextQuestions: nextQuestions,
      flipSearchComplete: flipSearchComplete, robustness: robustness)
  }

  /// The need score as shown for a numerator Σ weight × lean: a tenth-rounded −100 … 100.
  func needScore(_ numerator: Double) -> Double {
    needWeight > 0 ? ShownScore.rounded(numerator / needWeight * 100) : 0
  }

  /// Readiness as shown for its sums over the answered readiness factors; NaN when none is
  /// answered (or the rubric has none), so that a readiness test is false, as a test of an
  /// unanswered factor is.
  func readinessScore(_ sum: ReadinessSum) -> Double {
    sum.weight > 0 ? ShownScore.rounded(sum.numerator / sum.weight * 100) : .nan
  }

  /// The rules that changed the verdict to one more than one band from the score's, each with
  /// the verdict it left (a later rule may move it again: the conflict is still this rule's).
  private func conflicts(_ outcome: RuleOutcome, scoreVerdict: Int) -> [RuleConflict] {
    var conflicts: [RuleConflict] = []
    for (rule, after) in zip(outcome.fired, outcome.positions) where rule.changedVerdict {
      let distance = abs(after - scoreVerdict)
      guard distance > 1 else { continue }
      conflicts.append(
        RuleConflict(
          rule: rule.id, scoreVerdict: verdicts[scoreVerdict].id, verdict: verdicts[after].id, bands: distance
        ))
    }
    return conflicts
  }

  /// The unknown factors to answer next (see ``Scorer``), then the readiness a rule needed.
  private func nextQuestions(
    values: [ResolvedValue], need: Double, ready: ReadinessSum, verdict: Int, confidence: Confidence.Level,
    needed: [Int]
  ) -> [String] {
    var ranked: [(index: Int, settles: Bool, span: Double)] = []
    if confidence != .high {
      for index in tables.indices where !values[index].isKnown {
        guard let lowest = tables[index].lowest, let highest = tables[index].highest else { continue }
        var settles = false
        for extreme in [lowest, highest] {
          let change = tables[index].weight * (extreme.lean - tables[index].neutralLean)
          let isReadiness = tables[index].isReadiness
          let score = needScore(need + (isReadiness ? 0 : change))
          let readiness = readinessScore(
            isReadiness
              ? ready
                + ReadinessSum(numerator: tables[index].weight * extreme.lean, weight: tables[index].weight)
              : ready)
          let view = AnswerView(values, replacing: index, with: extreme.value)
          if finalVerdict(view, score: score, readiness: readiness, verdict: verdictIndex(forScore: score))
            != verdict
          {
            settles = true
          }
        }
        let share = tables[index].weight / (tables[index].isReadiness ? readinessWeight : needWeight)
        ranked.append((index, settles, share * (highest.lean - lowest.lean)))
      }
      ranked.sort { a, b in
        if a.settles != b.settles { return a.settles }
        if a.span != b.span { return a.span > b.span }
        return a.index < b.index
      }
    }
    var ids = ranked.prefix(3).map { tables[$0.index].id }
    for index in needed where !ids.contains(tables[index].id) { ids.append(tables[index].id) }
    return ids
  }

  /// "Could move the score between −X.X and +Y.Y.": how far the score (or, for a readiness
  /// factor, readiness) would move if this factor alone were answered with its lowest or its
  /// highest lean. Readiness averages the answered readiness factors, so with none answered the
  /// first answer sets it: "Could set readiness between 0.0 and 100.0." Renderers show it under
  /// "Not answered", so it does not say so again.
  private func unknownReason(_ index: Int, ready: ReadinessSum) -> String {
    let weight = tables[index].weight
    guard let lowest = tables[index].lowest, let highest = tables[index].highest, weight > 0,
      needWeight > 0
        || tables[index].isReadiness
    else {
      return "Cannot move the score."
    }
    var down: Double
    var up: Double
    var sets = false
    if tables[index].isReadiness {
      func readiness(_ lean: Double) -> Double {
        readinessScore(ready + ReadinessSum(numerator: weight * lean, weight: weight))
      }
      let now = readinessScore(ready)
      sets = now.isNaN
      down = readiness(lowest.lean) - (sets ? 0 : now)
      up = readiness(highest.lean) - (sets ? 0 : now)
    } else {
      let share = weight / needWeight * 100
      down = share * (lowest.lean - tables[index].neutralLean)
      up = share * (highest.lean - tables[index].neutralLean)
    }
    return ScoreText.build(capacity: 64 + 2 * ScoreText.maximumNumberLength) { reason in
      if sets {
        reason.append("Could set readiness between ")
        reason.appendTenths(down)
        reason.append(" and ")
        reason.appendTenths(up)
      } else {
        reason.append(
          tables[index].isReadiness
            ? "Could move readiness between " : "Could move the score between ")
        reason.appendSigned(down)
        reason.append(" and ")
        reason.appendSigned(up)
      }
      reason.append(".")
    }
  }
}

/// A factor's weight, neutral lean and dimension, as plain values (see ``Scorer/facts``).
struct FactorFacts: BitwiseCopyable, Sendable {
  let weight: Double
  let neutralLean: Double
  let isReadiness: Bool
}
