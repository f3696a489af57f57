import ArchAdvisorKit

/// What the `diff` renderers draw on: the diff, the rubric both sides were scored with (and the
/// name messages give it), and each side's file and what kind of file it was.
struct AssessmentComparison: Sendable {
  /// One side's file.
  struct Source: Sendable {
    /// The file as named on the command line, or `<stdin>`.
    var file: String
    var kind: SavedAssessment.Kind
  }

  var diff: AssessmentDiff
  var rubric: LoadedRubric
  var old: Source
  var new: Source

  /// The project's name for a heading: NEW's, else OLD's; `"A → B"` when both have one and they
  /// differ; `nil` when neither has one.
  var projectName: String? {
    let before = ReportWording.displayName(diff.old.report)
    let after = ReportWording.displayName(diff.new.report)
    switch (before, after) {
    case (let before?, let after?) where before != after: return before + " → " + after
    default: return after ?? before
    }
  }

  /// The changed answers as the renderers list them: need first, then readiness (their points
  /// are different scales), each the largest move first, ties in rubric order.
  var changesByMove: [AssessmentDiff.AnswerChange] {
    diff.answerChanges.enumerated().sorted { first, second in
      let a = first.element
      let b = second.element
      if a.dimension != b.dimension { return a.dimension == .need }
      if abs(a.contributionChange) != abs(b.contributionChange) {
        return abs(a.contributionChange) > abs(b.contributionChange)
      }
      return first.offset < second.offset
    }.map(\.element)
  }
}
