/// Everything the engine concluded about one answer set: one value that every renderer draws on.
public struct Report: Hashable, Sendable {
  /// The answer set's name, if it had one.
  public var name: String?
  public var rubricID: String
  public var rubricVersion: String
  /// The final verdict, after the rules.
  public var verdict: Verdict
  /// The verdict the score alone gives, before any rule capped, floored or forced it.
  public var scoreVerdict: Verdict
  /// The need score, −100 … +100, rounded to a tenth (the score as shown, in every format):
  /// Σ need weight × lean ÷ Σ need weight × 100, an unknown factor counting with its neutral
  /// lean (see ``Scorer``).
  public var score: Double
  /// The need score over every value the unknown factors could take; it always holds `score`.
  public var range: ScoreRange
  /// How much of what running services takes is in place, 0 … 100, with its range; `nil` for a
  /// rubric without readiness factors (every v1 rubric).
  public var readiness: Readiness?
  /// The components to run as their own service first, in the order the rules named them.
  public var splitFirst: [SplitFirst]
  /// Rules that changed the verdict to one more than one band away from the score's own.
  public var conflicts: [RuleConflict]
  /// Unanswered factors to answer next, the ones that could settle the verdict first: empty
  /// when the verdict holds whatever they are, except for readiness a rule needed.
  public var nextQuestions: [String]
  /// Whether the flip search tried every pair it would have; `false` when it stopped at its
  /// limit (``Scorer/pairSearchLimit``), so that "no flip found" may not be the whole truth.
  public var flipSearchComplete: Bool
  /// The documented decisions nearest the answers (``PrecedentFinder``), most similar first;
  /// empty when the rubric has no case library.
  public var precedents: [Precedent] = []

  /// Whether most of the precedents chose another verdict than this report's: the moment a
  /// reader should look harder.
  public var precedentsDisagree: Bool {
    precedents.count >= 2 && precedents.filter { $0.chose != verdict.id }.count * 2 > precedents.count
  }
  /// How the verdict fares under other weights; `nil` when the scorer was told not to test it.
  public var robustness: Robustness?
  public var confidence: Confidence
  /// Every factor of the rubric, in rubric order, answered or not.
  public var factors: [FactorResult]
  /// The rules that fired, in the order they ran.
  public var firedRules: [FiredRule]
  /// Caveats of the rules that fired, in order, without repeats.
  public var caveats: [String]
  /// What the team must have in place before it splits, without repeats.
  public var prerequisites: [String]
  /// The smallest answer changes that would change the verdict, nearest first.
  public var flips: [Flip]

  public init(
    name: String?, rubricID: String, rubricVersion: String, verdict: Verdict, scoreVerdict: Verdict,
    score: Double, range: ScoreRange, confidence: Confidence, factors: [FactorResult],
    firedRules: [FiredRule], caveats: [String], prerequisites: [String], flips: [Flip],
    readiness: Readiness? = nil, splitFirst: [SplitFirst] = [], conflicts: [RuleConflict] = [],
    nextQuestions: [String] = [], flipSearchComplete: Bool = true, robustness: Robustness? = nil
  ) {
    self.robustness = robustness
    self.readiness = readiness
    self.splitFirst = splitFirst
    self.conflicts = conflicts
    self.nextQuestions = nextQuestions
    self.flipSearchComplete = flipSearchComplete
    self.name = name
    self.rubricID = rubricID
    self.rubricVersion = rubricVersion
    self.verdict = verdict
    self.scoreVerdict = scoreVerdict
    self.score = score
    self.range = range
    self.confidence = confidence
    self.factors = factors
    self.firedRules = firedRules
    self.caveats = caveats
    self.prerequisites = prerequisites
    self.flips = flips
  }

  /// The answered factors, the strongest push first (by absolute contribution).
  public var drivers: [FactorResult] {
    factors.filter { $0.answer != nil }.sorted { abs($0.contribution) > abs($1.contribution) }
  }
}

/// The low and high ends of the score when unknown factors take every value they could, and the
/// final verdict (after rules) at each end.
public struct ScoreRange: Hashable, Sendable {
  public var low: Double
  public var high: Double
  public var lowVerdict: String
  public var highVerdict: String

  public init(low: Double, high: Double, lowVerdict: String, highVerdict: String) {
    self.low = low
    self.high = high
    self.lowVerdict = lowVerdict
    self.highVerdict = highVerdict
  }

  /// Whether the verdict is the same at both ends (and, bands being ordered, everywhere between).
  public var verdictHolds: Bool { lowVerdict == highVerdict }
}

/// How much of what running services takes is in place: 0 (nothing) … 100 (all of it).
public struct Readiness: Hashable, Sendable {
  /// Σ weight × level ÷ Σ weight × 100 over the *answered* readiness factors, rounded to a
  /// tenth; `nil` when none is answered. An unknown factor is left out, not counted as nothing
  /// in place: the range's low end does that, and the report asks for the answer.
  public var score: Double?
  /// Readiness with every unknown readiness factor at nothing in place, and at all in place;
  /// the score (every level running 0 … 1) always lies between them.
  public var low: Double
  public var high: Double

  public init(score: Double?, low: Double, high: Double) {
    self.score = score
    self.low = low
    self.high = high
  }
}

/// A part of the system to run as its own service first, and why.
public struct SplitFirst: Hashable, Sendable {
  public var component: String
  public var label: String
  public var reason: String
  /// The rule that recommended it.
  public var rule: String

  public init(component: String, label: String, reason: String, rule: String) {
    self.component = component
    self.label = label
    self.reason = reason
    self.rule = rule
  }
}

/// A rule that changed the verdict to one more than one band away from what the score says.
public struct RuleConflict: Hashable, Sendable {
  public var rule: String
  /// The verdict of the score's band.
  public var scoreVerdict: String
  /// The verdict the rule left (a later rule may have moved it again).
  public var verdict: String
  /// How many bands apart they are.
  public var bands: Int

  public init(rule: String, scoreVerdict: String, verdict: String, bands: Int) {
    self.rule = rule
    self.scoreVerdict = scoreVerdict
    self.verdict = verdict
    self.bands = bands
  }
}

/// How far the verdict can be trusted, with the reason in words.
public struct Confidence: Hashable, Sendable {
  public enum Level: String, Hashable, Sendable, CaseIterable {
    case low, medium, high
  }

  public var level: Level
  /// One sentence: why this level.
  public var explanation: String

  public init(level: Level, explanation: String) {
    self.level = level
    self.explanation = explanation
  }
}

/// One factor's part in the score.
public struct FactorResult: Hashable, Sendable {
  public var id: String
  public var question: String
  /// `nil` when the factor was not answered.
  public var answer: Answer?
  public var weight: Double
  /// The answer's lean, −1 … 1 (readiness 0 … 1); for an unknown need factor its neutral lean
  /// (0, or the lean nearest 0 it can give), for an unknown readiness factor 0.
  public var lean: Double
  /// The factor's share of its dimension's score, in points (need contributions add up to the
  /// need score, readiness contributions to the readiness score, before rounding).
  public var contribution: Double
  /// The dimension the factor belongs to.
  public var dimension: Factor.Dimension = .need
  /// Why the answer leans the way it does; for an unknown factor, what the range assumed.
  public var reason: String

  public init(
    id: String, question: String, answer: Answer?, weight: Double, lean: Double, contribution: Double,
    reason: String, dimension: Factor.Dimension = .need
  ) {
    self.dimension = dimension
    self.id = id
    self.question = question
    self.answer = answer
    self.weight = weight
    self.lean = lean
    self.contribution = contribution
    self.reason = reason
  }
}

/// A rule that fired and what it did.
public struct FiredRule: Hashable, Sendable {
  public var id: String
  public var reason: String
  /// The verdict id before the rule ran.
  public var verdictBefore: String
  /// The verdict id after the rule ran (the same when the rule only adds a caveat).
  public var verdictAfter: String

  public init(id: String, reason: String, verdictBefore: String, verdictAfter: String) {
    self.id = id
    self.reason = reason
    self.verdictBefore = verdictBefore
    self.verdictAfter = verdictAfter
  }

  public var changedVerdict: Bool { verdictBefore != verdictAfter }
}

/// A set of answer changes that would give another verdict.
public struct Flip: Hashable, Sendable {
  public struct Change: Hashable, Sendable {
    public var factor: String
    /// `nil` when the factor was unknown.
    public var from: Answer?
    public var to: Answer

    public init(factor: String, from: Answer?, to: Answer) {
      self.factor = factor
      self.from = from
      self.to = to
    }
  }

  /// One change, or two when no single change flips the verdict.
  public var changes: [Change]
  /// The verdict id the changes would give.
  public var verdict: String
  /// The score the changes would give.
  public var score: Double
  /// The rule that decided the verdict the changes would give, when it is not the verdict of
  /// that score's band.
  public var rule: String?
  /// Readiness the changes would give, when they change a readiness factor.
  public var readiness: Double?

  public init(
    changes: [Change], verdict: String, score: Double, rule: String? = nil, readiness: Double? = nil
  ) {
    self.changes = changes
    self.verdict = verdict
    self.score = score
    self.rule = rule
    self.readiness = readiness
  }
}
