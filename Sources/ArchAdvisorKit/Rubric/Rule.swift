/// A knock-out gate beside the weights: when its condition holds, it adds a caveat, lists
/// prerequisites, or caps, floors or forces the verdict. Rules run in the order declared; each
/// sees the verdict as the rules before it left it.
public struct Rule: Hashable, Sendable {
  public var id: String
  /// Why the rule exists, in plain words; shown when it fires.
  public var reason: String
  public var condition: Condition
  /// A caveat added to the report when the rule fires.
  public var caveat: String?
  /// The verdict may go no further toward microservices than this verdict id.
  public var cap: String?
  /// The verdict may go no further toward the monolith than this verdict id.
  public var floor: String?
  /// The verdict becomes this verdict id.
  public var force: String?
  /// Prerequisites listed as written.
  public var prerequisites: [String]
  /// Set factors whose options the team lacks become prerequisites (each option's
  /// `prerequisite` text). Only an answered set lists them: for an unanswered one, the report
  /// asks for the answer instead of assuming nothing is in place.
  public var prerequisitesFrom: [String]
  /// Components to run as their own service first, each with why (v2).
  public var split: [SplitAdvice]

  public init(
    id: String, reason: String, condition: Condition, caveat: String? = nil, cap: String? = nil,
    floor: String? = nil, force: String? = nil, prerequisites: [String] = [],
    prerequisitesFrom: [String] = [], split: [SplitAdvice] = []
  ) {
    self.split = split
    self.id = id
    self.reason = reason
    self.condition = condition
    self.caveat = caveat
    self.cap = cap
    self.floor = floor
    self.force = force
    self.prerequisites = prerequisites
    self.prerequisitesFrom = prerequisitesFrom
  }
}

/// A condition on the answers, the score or the verdict so far.
///
/// A condition on a factor that was not answered is false (so `not` of it is true); use
/// `answered` to test for that explicitly.
public indirect enum Condition: Hashable, Sendable {
  case all([Condition])
  case any([Condition])
  case not(Condition)
  /// A choice factor's answer is one of these option ids.
  case choiceIs(factor: String, options: [String])
  /// A number factor's answer lies in the band.
  case numberIn(factor: String, band: Band)
  /// A set factor holds every one of these option ids.
  case hasAll(factor: String, options: [String])
  /// A set factor lacks at least one of these option ids.
  case lacksAny(factor: String, options: [String])
  /// Whether the factor was answered at all.
  case answered(factor: String, Bool)
  /// The need score, as shown (rounded to a tenth), lies in the band.
  case scoreIn(Band)
  /// The readiness score, as shown, lies in the band; false when no readiness factor is
  /// answered, as a test of an unanswered factor is.
  case readinessIn(Band)
  /// The verdict, as earlier rules left it, is one of these ids.
  case verdictIs([String])
}

/// A rule's advice to run one component as its own service first.
public struct SplitAdvice: Hashable, Sendable {
  /// The component's id in the rubric's ``Rubric/components``.
  public var component: String
  /// Why this part should be split before the whole.
  public var reason: String

  public init(component: String, reason: String) {
    self.component = component
    self.reason = reason
  }
}
