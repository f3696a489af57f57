import ArchAdvisorKit

/// What the rubric diff renderers draw on: the diff, the two rubrics with the names messages give
/// them, and the case libraries whose cases were scored.
struct RubricComparison: Sendable {
  var diff: RubricDiff
  var old: LoadedRubric
  var new: LoadedRubric
  /// The case libraries scored, by the names messages give them, NEW's first; empty when neither
  /// rubric has one (or it could not be read).
  var libraries: [String]

  /// How far and which way a move goes along NEW's verdicts: negative toward the monolith end,
  /// positive toward microservices, 0 when either verdict is not one of NEW's.
  func direction(_ move: RubricDiff.VerdictMove) -> Double {
    guard let before = new.rubric.verdictIndex(move.old.verdict) ?? old.rubric.verdictIndex(move.old.verdict),
      let after = new.rubric.verdictIndex(move.new.verdict)
    else { return 0 }
    return Double(after - before)
  }
}
