import ArchAdvisorKit

/// The report as JSON for scripts, under the `schema` tag `archadvisor.report/2`.
///
/// Members, in this order: `schema`; `name` (only when the answer set had one); `rubric`
/// {`id`, `version`}; `verdict` {`id`, `label`} (after the rules); `score_verdict` {`id`,
/// `label`} (the score's alone); `score` (the need score as shown, to a tenth); `range` {`low`,
/// `high`, `low_verdict`, `high_verdict`, `verdict_holds`}; `readiness` ({`score` (or `null`
/// when no readiness factor is answered), `range` {`low`, `high`}}, or `null` for a rubric
/// without readiness); `confidence` (`"low"`, `"medium"` or `"high"`); `confidence_reason`;
/// `factors` (every factor in rubric order: `id`, `dimension`, `answer`, `weight`, `lean`,
/// `contribution`, `reason`); `rules` (those that fired, in order: `id`, `reason`,
/// `verdict_before`, `verdict_after`); `conflicts` ({`rule`, `score_verdict`, `verdict`,
/// `bands`}); `caveats`; `prerequisites`; `split_first` ({`component`, `label`, `reason`,
/// `rule`}); `next_questions` (factor ids); `flips` (`changes` [{`factor`, `from`, `to`}],
/// `verdict`, `score`, `readiness` (when the changes touch readiness, else `null`), `rule` or
/// `null`); `flip_search_complete`; `precedents` (the nearest documented decisions: `id`,
/// `name`, `organisation`, `verdict`, `similarity` 0 … 1, `shared_factors`, `outcome`, `source`
/// {`title`, `url`, and `author`, `publisher`, `date` when known}); `precedents_disagree`;
/// `robustness` (`null` when switched off, else {`holds` (the share 0 … 1 of the re-weightings
/// that keep the verdict), `steady` (holds ≥ 0.9), `samples`, `scale` {`low`, `high`}, `seed`,
/// `fragile` (factor ids whose weight changes the verdict within the scale, most fragile first),
/// `factors` [{`id`, `weight`, `holds_from`, `holds_to` (the weights where the verdict changes,
/// `null` when it holds to the limit 0.001 or 1000), `verdict_below`, `verdict_above`,
/// `fragile`}]}).
///
/// An answer is a number, an option id, an array of option ids, or `null` when unknown.
///
/// Numbers the engine computed (`score`, `range.low`, `range.high`, each `contribution`, each
/// flip's `score`) are rounded to 2 decimals, half away from zero, and `-0` is written as `0`.
/// Numbers copied from the rubric or the answers (`weight`, `lean`, number answers) are written
/// as they are, so a script can match them against their source. Escaping is ``JSONWriter``'s.
struct JSONReportRenderer: ReportRenderer {
  /// The `schema` tag of a report.
  static let schemaTag = "archadvisor.report/2"

  /// Whether to indent (for a person reading it) or write one line (for JSON Lines).
  var pretty = true

  /// The report as one JSON document and a newline.
  func render(_ report: Report, context: RenderContext) -> String {
    JSONWriter(pretty: pretty).string(jsonValue(report)) + "\n"
  }

  /// The report as a JSON value, for a batch to put into its `reports` array.
  func jsonValue(_ report: Report) -> JSONValue {
    var members: [(String, JSONValue)] = [("schema", string(JSONReportRenderer.schemaTag))]
    if let name = report.name { members.append(("name", string(name))) }
    members += [
      ("rubric", object([("id", string(report.rubricID)), ("version", string(report.rubricVersion))])),
      ("verdict", verdict(report.verdict)),
      ("score_verdict", verdict(report.scoreVerdict)),
      ("score", computed(report.score)),
      (
        "range",
        object([
          ("low", computed(report.range.low)), ("high", computed(report.range.high)),
          ("low_verdict", string(report.range.lowVerdict)),
          ("high_verdict", string(report.range.highVerdict)),
          ("verdict_holds", JSONValue(.bool(report.range.verdictHolds))),
        ])
      ),
      ("readiness", readiness(report.readiness)),
      ("confidence", string(report.confidence.level.rawValue)),
      ("confidence_reason", string(report.confidence.explanation)),
      ("factors", JSONValue(.array(report.factors.map(factor)))),
      ("rules", JSONValue(.array(report.firedRules.map(rule)))),
      ("conflicts", JSONValue(.array(report.conflicts.map(conflict)))),
      ("caveats", JSONValue(.array(report.caveats.map(string)))),
      ("prerequisites", JSONValue(.array(report.prerequisites.map(string)))),
      ("split_first", JSONValue(.array(report.splitFirst.map(splitFirst)))),
      ("next_questions", JSONValue(.array(report.nextQuestions.map(string)))),
      ("flips", JSONValue(.array(report.flips.map(flip)))),
      ("flip_search_complete", JSONValue(.bool(report.flipSearchComplete))),
      ("precedents", JSONValue(.array(report.precedents.map(precedent)))),
      ("precedents_disagree", JSONValue(.bool(report.precedentsDisagree))),
      ("robustness", robustness(report.robustness)),
    ]
    return object(members)
  }

  private func robustness(_ robustness: Robustness?) -> JSONValue {
    guard let robustness else { return JSONValue(.null) }
    let settings = robustness.settings
    let factors = robustness.factors.map { range -> JSONValue in
      object([
        ("id", string(range.factor)), ("weight", copied(range.weight)),
        ("holds_from", range.holdsFrom.map(copied) ?? JSONValue(.null)),
        ("holds_to", range.holdsTo.map(copied) ?? JSONValue(.null)),
        ("verdict_below", range.verdictBelow.map(string) ?? JSONValue(.null)),
        ("verdict_above", range.verdictAbove.map(string) ?? JSONValue(.null)),
        ("fragile", JSONValue(.bool(robustness.isFragile(range)))),
      ])
    }
    return object([
      ("holds", copied(robustness.holdShare)), ("steady", JSONValue(.bool(robustness.isSteady))),
      ("samples", JSONValue(.integer(Int64(settings.samples)))),
      ("scale", object([("low", copied(settings.lowestScale)), ("high", copied(settings.highestScale))])),
      ("seed", JSONValue(.integer(Int64(bitPattern: settings.seed)))),
      ("fragile", JSONValue(.array(robustness.fragile.map { string($0.factor) }))),
      ("factors", JSONValue(.array(factors))),
    ])
  }

  /// An answer as it is written in an answers file: a number, an option id, an array of ids.
  func answer(_ answer: Answer?) -> JSONValue {
    switch answer {
    case nil: return JSONValue(.null)
    case .number(let value): return copied(value)
    case .choice(let id): return string(id)
    case .set(let ids): return JSONValue(.array(ids.map(string)))
    }
  }

  private func verdict(_ verdict: Verdict) -> JSONValue {
    object([("id", string(verdict.id)), ("label", string(verdict.label))])
  }

  private func readiness(_ readiness: Readiness?) -> JSONValue {
    guard let readiness else { return JSONValue(.null) }
    return object([
      ("score", readiness.score.map(computed) ?? JSONValue(.null)),
      ("range", object([("low", computed(readiness.low)), ("high", computed(readiness.high))])),
    ])
  }

  private func conflict(_ conflict: RuleConflict) -> JSONValue {
    object([
      ("rule", string(conflict.rule)), ("score_verdict", string(conflict.scoreVerdict)),
      ("verdict", string(conflict.verdict)), ("bands", JSONValue(.integer(Int64(conflict.bands)))),
    ])
  }

  private func precedent(_ precedent: Precedent) -> JSONValue {
    let source = precedent.source
    var sourceMembers: [(String, JSONValue)] = [("title", string(source.title)), ("url", string(source.url))]
    if let author = source.author { sourceMembers.append(("author", string(author))) }
    if let publisher = source.publisher { sourceMembers.append(("publisher", string(publisher))) }
    if let date = source.date { sourceMembers.append(("date", string(date))) }
    return object([
      ("id", string(precedent.caseID)), ("name", string(precedent.name)),
      ("organisation", string(precedent.organisation)), ("verdict", string(precedent.chose)),
      ("similarity", computed(precedent.similarity)),
      ("shared_factors", JSONValue(.integer(Int64(precedent.sharedFactors)))),
      ("outcome", string(precedent.outcome)), ("source", object(sourceMembers)),
    ])
  }

  /// A part to split first as a report writes it.
  func splitFirst(_ part: SplitFirst) -> JSONValue {
    object([
      ("component", string(part.component)), ("label", string(part.label)), ("reason", string(part.reason)),
      ("rule", string(part.rule)),
    ])
  }

  private func factor(_ factor: FactorResult) -> JSONValue {
    object([
      ("id", string(factor.id)), ("dimension", string(factor.dimension.rawValue)),
      ("answer", answer(factor.answer)), ("weight", copied(factor.weight)),
      ("lean", copied(factor.lean)), ("contribution", computed(factor.contribution)),
      ("reason", string(factor.reason)),
    ])
  }

  private func rule(_ rule: FiredRule) -> JSONValue {
    object([
      ("id", string(rule.id)), ("reason", string(rule.reason)),
      ("verdict_before", string(rule.verdictBefore)),
      ("verdict_after", string(rule.verdictAfter)),
    ])
  }

  /// A flip as a report writes it.
  func flip(_ flip: Flip) -> JSONValue {
    let changes = flip.changes.map { change in
      object([("factor", string(change.factor)), ("from", answer(change.from)), ("to", answer(change.to))])
    }
    return object([
      ("changes", JSONValue(.array(changes))), ("verdict", string(flip.verdict)),
      ("score", computed(flip.score)), ("readiness", flip.readiness.map(computed) ?? JSONValue(.null)),
      ("rule", flip.rule.map(string) ?? JSONValue(.null)),
    ])
  }

  private func object(_ members: [(String, JSONValue)]) -> JSONValue {
    JSONValue(.object(JSONObject(members.map { JSONObject.Member(key: $0.0, value: $0.1) })))
  }

  private func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }

  /// A number the engine computed: rounded to 2 decimals; whole values as integers.
  private func computed(_ value: Double) -> JSONValue { copied(NumberText.rounded(value)) }

  /// A number as it is: whole values that fit as integers (`8`, not `8.0`), others as doubles;
  /// JSON has no infinity or NaN, so those (which the engine never produces) become `null`.
  private func copied(_ value: Double) -> JSONValue {
    guard value.isFinite else { return JSONValue(.null) }
    if value.rounded() == value, abs(value) < 9.0e15 { return JSONValue(.integer(Int64(value))) }
    return JSONValue(.double(value))
  }
}
