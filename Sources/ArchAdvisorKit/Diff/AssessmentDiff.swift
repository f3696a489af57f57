/// What moved between two assessments of one project: the answers that changed, and how the
/// score, its range, readiness, the verdict and the confidence, the rules that fired, the flips,
/// the prerequisites and the parts to split first moved with them.
///
/// Both reports must be scored with the same rubric (the current one), so that every move comes
/// from the answers and none from the method: a factor whose answer is the same on both sides
/// contributes the same on both sides, and only the changed answers are listed. When either side
/// was made with another rubric id or version (``Side/madeWith``), ``methodDiffers`` says so, and
/// a saved report's own verdict of that time is kept as ``Side/recorded`` so the move the method
/// made can be told apart from the move the answers made.
///
/// A pure value: computed once from the two sides, it never prints and reads no files.
public struct AssessmentDiff: Hashable, Sendable {
  /// One of the two assessments: its answers, the report they get under the current rubric, and
  /// what it recorded when it was made.
  public struct Side: Hashable, Sendable {
    /// The answers, as read from the file (an answers file's own, or a saved report's factors).
    public var answers: Answers
    /// The report the answers get under the current rubric.
    public var report: Report
    /// What a saved report said when it was made; `nil` for an answers file, which records no
    /// verdict.
    public var recorded: Recorded?

    public init(answers: Answers, report: Report, recorded: Recorded? = nil) {
      self.answers = answers
      self.report = report
      self.recorded = recorded
    }

    /// The rubric the side was made with, when its file says: an answers file's `rubric`, or a
    /// saved report's.
    public var madeWith: RubricVersion? { recorded?.rubric ?? answers.savedWith }
  }

  /// A saved report's outcome as it was written, under the rubric it was made with.
  public struct Recorded: Hashable, Sendable {
    public var rubric: RubricVersion
    /// The final verdict's id.
    public var verdict: String
    /// The need score as it was written.
    public var score: Double

    public init(rubric: RubricVersion, verdict: String, score: Double) {
      self.rubric = rubric
      self.verdict = verdict
      self.score = score
    }
  }

  /// One factor whose answer differs, with its contribution on each side.
  public struct AnswerChange: Hashable, Sendable {
    public var factor: String
    /// Need contributions are points of the need score, readiness contributions points of
    /// readiness: the two never add up.
    public var dimension: Factor.Dimension
    /// `nil` when the factor was unknown on that side.
    public var old: Answer?
    public var new: Answer?
    public var oldContribution: Double
    public var newContribution: Double

    public init(
      factor: String, dimension: Factor.Dimension, old: Answer?, new: Answer?, oldContribution: Double,
      newContribution: Double
    ) {
      self.factor = factor
      self.dimension = dimension
      self.old = old
      self.new = new
      self.oldContribution = oldContribution
      self.newContribution = newContribution
    }

    /// How far the contribution moved, in its dimension's points.
    public var contributionChange: Double { newContribution - oldContribution }
  }

  public var old: Side
  public var new: Side
  /// The rubric both sides were scored with.
  public var rubric: RubricVersion
  /// The factors whose answers differ, in rubric order (an unknown factor that became known
  /// counts, and the other way round).
  public var answerChanges: [AnswerChange]
  /// The ids of the rules that fire now and did not before, in the order they run.
  public var rulesStarted: [String]
  /// The ids of the rules that fired before and no longer do, in the order they ran.
  public var rulesStopped: [String]
  /// The flips ("what would change it") NEW lists that OLD did not, and those OLD listed that
  /// NEW does not. Two flips are the same when they make the same changes (factor and answer
  /// changed to) for the same verdict; where an answer moved, the flips from it move too.
  public var flipsAppeared: [Flip]
  public var flipsGone: [Flip]
  /// Prerequisites NEW lists that OLD did not, and those OLD listed that NEW does not.
  public var prerequisitesAppeared: [String]
  public var prerequisitesGone: [String]
  /// Components to split first that NEW names and OLD did not, and the other way round.
  public var splitFirstAppeared: [SplitFirst]
  public var splitFirstGone: [SplitFirst]

  /// Compares two sides scored with `rubric`.
  public init(old: Side, new: Side, rubric: RubricVersion) {
    self.old = old
    self.new = new
    self.rubric = rubric
    var changes: [AnswerChange] = []
    // Reports list every factor of the rubric in rubric order; both come from the same rubric.
    let newFactors = Dictionary(
      new.report.factors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for before in old.report.factors {
      guard let after = newFactors[before.id], before.answer != after.answer else { continue }
      changes.append(
        AnswerChange(
          factor: before.id, dimension: before.dimension, old: before.answer, new: after.answer,
          oldContribution: before.contribution, newContribution: after.contribution))
    }
    answerChanges = changes
    let oldRules = old.report.firedRules.map(\.id)
    let newRules = new.report.firedRules.map(\.id)
    rulesStarted = AssessmentDiff.added(newRules, to: oldRules)
    rulesStopped = AssessmentDiff.added(oldRules, to: newRules)
    let oldFlips = Set(old.report.flips.map(FlipKey.init))
    let newFlips = Set(new.report.flips.map(FlipKey.init))
    flipsAppeared = new.report.flips.filter { !oldFlips.contains(FlipKey($0)) }
    flipsGone = old.report.flips.filter { !newFlips.contains(FlipKey($0)) }
    prerequisitesAppeared = AssessmentDiff.added(new.report.prerequisites, to: old.report.prerequisites)
    prerequisitesGone = AssessmentDiff.added(old.report.prerequisites, to: new.report.prerequisites)
    let oldParts = Set(old.report.splitFirst.map(\.component))
    let newParts = Set(new.report.splitFirst.map(\.component))
    splitFirstAppeared = new.report.splitFirst.filter { !oldParts.contains($0.component) }
    splitFirstGone = old.report.splitFirst.filter { !newParts.contains($0.component) }
  }

  /// Whether the final verdict differs: what `diff --fail-on-change` gates on.
  public var verdictMoved: Bool { old.report.verdict.id != new.report.verdict.id }

  /// Whether nothing differs that the diff reports: the same answers give the same report.
  public var isEmpty: Bool {
    answerChanges.isEmpty && !verdictMoved && old.report.score == new.report.score
      && old.report.readiness == new.report.readiness && rulesStarted.isEmpty && rulesStopped.isEmpty
  }

  /// Whether either side says it was made with another rubric id or version than the one both
  /// are scored with here: then a saved verdict may differ from the one shown because the method
  /// changed, not the answers.
  public var methodDiffers: Bool {
    [old.madeWith, new.madeWith].contains { $0 != nil && $0 != rubric }
  }

  /// Whether the two sides say they were made with different rubrics (both must say).
  public var sidesDiffer: Bool {
    guard let before = old.madeWith, let after = new.madeWith else { return false }
    return before != after
  }

  /// The items of `items` not in `base`, in order, without repeats.
  private static func added(_ items: [String], to base: [String]) -> [String] {
    let known = Set(base)
    var seen = Set<String>()
    return items.filter { !known.contains($0) && seen.insert($0).inserted }
  }

  /// What makes two flips the same: the changes they make and the verdict they reach, not where
  /// they start from (that is an answer, listed on its own when it changed).
  private struct FlipKey: Hashable {
    var changes: [String]
    var to: [Answer]
    var verdict: String

    init(_ flip: Flip) {
      changes = flip.changes.map(\.factor)
      to = flip.changes.map(\.to)
      verdict = flip.verdict
    }
  }
}
