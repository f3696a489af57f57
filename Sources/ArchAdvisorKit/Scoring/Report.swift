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
  /// Weighted mean of the answered factors' leans × 100, in −100 … 100; 0 when nothing is known.
  public var score: Double
  /// The score over every value the unknown factors could take.
  public var range: ScoreRange
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
    firedRules: [FiredRule], caveats: [String], prerequisites: [String], flips: [Flip]
  ) {
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
  /// The answer's lean, −1 … 1; 0 when unknown.
  public var lean: Double
  /// The factor's share of the score, in score points (the contributions add up to the score).
  public var contribution: Double
  /// Why the answer leans the way it does; for an unknown factor, what the range assumed.
  public var reason: String

  public init(
    id: String, question: String, answer: Answer?, weight: Double, lean: Double, contribution: Double,
    reason: String
  ) {
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

  public init(changes: [Change], verdict: String, score: Double) {
    self.changes = changes
    self.verdict = verdict
    self.score = score
  }
}
