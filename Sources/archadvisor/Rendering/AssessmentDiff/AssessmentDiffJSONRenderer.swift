import ArchAdvisorKit

/// `diff` as JSON for scripts, under the `schema` tag `archadvisor.diff/1`.
///
/// Members, in this order: `schema`; `rubric` {`id`, `version`} (the rubric both sides are scored
/// with); `method_differs` (`true` when a side says it was made with another rubric id or
/// version); `old` and `new` (each {`file`, `kind` (`answers` or `report`), `name` (or `null`),
/// `made_with` ({`id`, `version`} the file records, or `null`), `recorded` (a saved report's own
/// {`verdict`, `score`} as written, or `null`), then as scored with the rubric: `verdict`
/// {`id`, `label`}, `score_verdict`, `score`, `range` {`low`, `high`}, `readiness` ({`score`
/// (or `null`), `low`, `high`}, or `null` for a rubric without readiness), `confidence`});
/// `verdict_moved`; `score_change`; `answers` (the factors whose answer changed, in rubric order:
/// each {`factor`, `dimension`, `old`, `new` (answers as an answers file writes them, `null` for
/// unknown), `old_contribution`, `new_contribution`, `contribution_change`}); `rules` {`started`,
/// `stopped`} (rule ids); `split_first` {`appeared`, `gone`} (each as a report writes it);
/// `prerequisites` {`appeared`, `gone`}; `flips` {`appeared`, `gone`} (each as a report writes it).
///
/// Numbers the engine computed are rounded to 2 decimals, as in a report.
struct AssessmentDiffJSONRenderer: Sendable {
  /// The `schema` tag of an assessment diff.
  static let schemaTag = "archadvisor.diff/1"

  func render(_ comparison: AssessmentComparison) -> String {
    JSONWriter(pretty: true).string(jsonValue(comparison)) + "\n"
  }

  func jsonValue(_ comparison: AssessmentComparison) -> JSONValue {
    let diff = comparison.diff
    let report = JSONReportRenderer()
    return .object([
      ("schema", .string(Self.schemaTag)),
      ("rubric", version(diff.rubric)),
      ("method_differs", .bool(diff.methodDiffers)),
      ("old", side(diff.old, source: comparison.old)),
      ("new", side(diff.new, source: comparison.new)),
      ("verdict_moved", .bool(diff.verdictMoved)),
      ("score_change", computed(diff.new.report.score - diff.old.report.score)),
      ("answers", .array(diff.answerChanges.map(change))),
      ("rules", .object([("started", strings(diff.rulesStarted)), ("stopped", strings(diff.rulesStopped))])),
      (
        "split_first",
        .object([
          ("appeared", .array(diff.splitFirstAppeared.map(report.splitFirst))),
          ("gone", .array(diff.splitFirstGone.map(report.splitFirst))),
        ])
      ),
      (
        "prerequisites",
        .object([
          ("appeared", strings(diff.prerequisitesAppeared)), ("gone", strings(diff.prerequisitesGone)),
        ])
      ),
      (
        "flips",
        .object([
          ("appeared", .array(diff.flipsAppeared.map(report.flip))),
          ("gone", .array(diff.flipsGone.map(report.flip))),
        ])
      ),
    ])
  }

  private func side(_ side: AssessmentDiff.Side, source: AssessmentComparison.Source) -> JSONValue {
    let report = side.report
    let readiness: JSONValue =
      report.readiness.map {
        .object([
          ("score", $0.score.map(computed) ?? .null), ("low", computed($0.low)), ("high", computed($0.high)),
        ])
      } ?? .null
    let recorded: JSONValue =
      side.recorded.map { .object([("verdict", .string($0.verdict)), ("score", computed($0.score))]) }
      ?? .null
    return .object([
      ("file", .string(source.file)), ("kind", .string(source.kind.rawValue)),
      ("name", report.name.map(JSONValue.string) ?? .null),
      ("made_with", side.madeWith.map(version) ?? .null),
      ("recorded", recorded),
      // {id, label}, as a report writes both.
      ("verdict", .object([("id", .string(report.verdict.id)), ("label", .string(report.verdict.label))])),
      (
        "score_verdict",
        .object([("id", .string(report.scoreVerdict.id)), ("label", .string(report.scoreVerdict.label))])
      ),
      ("score", computed(report.score)),
      ("range", .object([("low", computed(report.range.low)), ("high", computed(report.range.high))])),
      ("readiness", readiness),
      ("confidence", .string(report.confidence.level.rawValue)),
    ])
  }

  private func change(_ change: AssessmentDiff.AnswerChange) -> JSONValue {
    let report = JSONReportRenderer()
    return .object([
      ("factor", .string(change.factor)), ("dimension", .string(change.dimension.rawValue)),
      ("old", report.answer(change.old)), ("new", report.answer(change.new)),
      ("old_contribution", computed(change.oldContribution)),
      ("new_contribution", computed(change.newContribution)),
      ("contribution_change", computed(change.contributionChange)),
    ])
  }

  private func version(_ version: RubricVersion) -> JSONValue {
    .object([("id", .string(version.id)), ("version", .string(version.version))])
  }

  private func strings(_ items: [String]) -> JSONValue { .array(items.map(JSONValue.string)) }

  /// A number the engine computed: rounded to 2 decimals, as a report writes it.
  private func computed(_ value: Double) -> JSONValue { .number(NumberText.rounded(value)) }
}
