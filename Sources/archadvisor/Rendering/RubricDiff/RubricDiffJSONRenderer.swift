import ArchAdvisorKit

/// `rubric diff` as JSON for scripts, under the `schema` tag `archadvisor.rubric-diff/1`.
///
/// Members, in this order: `schema`; `old` and `new` (each {`file` (as named on the command
/// line, or `rubrics/genai-architecture.json (embedded)`), `id`, `version`, `title`}); `case_libraries`
/// (the names of the case libraries scored, NEW's first); `identical` (`true` when no change was
/// found); `changes` (in the order of the text output: each {`section` (`rubric`, `factors`,
/// `verdicts`, `rules`, `components`, `examples`), `subject` (the factor, verdict, rule or
/// component id or the example's name; `null` for the rubric itself), `option` (the option id
/// for a change to an option, else `null`), `change` (what changed: `added`, `removed`, or the
/// field, e.g. `weight`, `lean`, `band`, `condition`, `dimension`, `factor_order`), `old` and
/// `new` (the values, `null` where a side has none)}); `examples` and `cases` (the verdict moves:
/// each {`name` for an example, or `id` and `name` for a case; `expected` (what the example
/// expects or the case chose); `old` and `new` {`verdict`, `score`, `readiness` (or `null`)}});
/// `examples_scored`, `cases_scored`; `agreement` ({`old`, `new`} each {`all`, `tuning`,
/// `held_aside`} of {`agreeing`, `total`}), or `null` when no case was scored).
///
/// Values: text, numbers and booleans as they are; id lists and prose lists as arrays of
/// strings; an answer as an answers file writes it; the rest in the rubric file's own shape and
/// keys (`atLeast`, `below`, `lean`, `leanTo`, `reason` for a band; a condition as a rule's
/// `when`; a split advice as {`component`, `reason`}); an added or removed subject as an object
/// of its main fields (a factor's `id`, `kind`, `dimension`, `weight`, `question` and `options`;
/// a rule's `id`, `reason`, `when` and effects; …), and both sides of an example's `answers`
/// change as the example ({`name`, `answers`, `expect`}). Numbers copied from a rubric are written as
/// they are; scores are the need scores as shown, to a tenth. Exit 0 whether or not the rubrics
/// differ: a script tests `identical` or the lists.
struct RubricDiffJSONRenderer: Sendable {
  /// The `schema` tag of a rubric diff.
  static let schemaTag = "archadvisor.rubric-diff/1"

  func render(_ comparison: RubricComparison) -> String {
    JSONWriter(pretty: true).string(jsonValue(comparison)) + "\n"
  }

  func jsonValue(_ comparison: RubricComparison) -> JSONValue {
    let diff = comparison.diff
    func side(_ loaded: LoadedRubric) -> JSONValue {
      .object([
        ("file", .string(loaded.name)), ("id", .string(loaded.rubric.id)),
        ("version", .string(loaded.rubric.version)), ("title", .string(loaded.rubric.title)),
      ])
    }
    return .object([
      ("schema", .string(Self.schemaTag)),
      ("old", side(comparison.old)),
      ("new", side(comparison.new)),
      ("case_libraries", .array(comparison.libraries.map(JSONValue.string))),
      ("identical", .bool(diff.isEmpty)),
      ("changes", .array(diff.changes.map(change))),
      ("examples", .array(diff.exampleMoves.map { move($0, isCase: false) })),
      ("cases", .array(diff.caseMoves.map { move($0, isCase: true) })),
      ("examples_scored", .integer(diff.examplesScored)),
      ("cases_scored", .integer(diff.casesScored)),
      ("agreement", agreement(diff)),
    ])
  }

  private func change(_ change: RubricDiff.Change) -> JSONValue {
    let subject: JSONValue
    var option = JSONValue.null
    switch change.subject {
    case .rubric: subject = .null
    case .factor(let id), .verdict(let id), .rule(let id), .component(let id), .example(let id):
      subject = .string(id)
    case .option(let factor, let id):
      subject = .string(factor)
      option = .string(id)
    }
    return .object([
      ("section", .string(change.section.rawValue)), ("subject", subject), ("option", option),
      ("change", .string(change.aspect.rawValue)), ("old", value(change.old)), ("new", value(change.new)),
    ])
  }

  private func move(_ move: RubricDiff.VerdictMove, isCase: Bool) -> JSONValue {
    func outcome(_ outcome: RubricDiff.VerdictMove.Outcome) -> JSONValue {
      .object([
        ("verdict", .string(outcome.verdict)), ("score", .number(NumberText.rounded(outcome.score))),
        ("readiness", outcome.readiness.map { .number(NumberText.rounded($0)) } ?? .null),
      ])
    }
    var members: [(String, JSONValue)] =
      isCase
      ? [("id", .string(move.id)), ("name", .string(move.name ?? move.id))] : [("name", .string(move.id))]
    members += [("expected", .string(move.expected)), ("old", outcome(move.old)), ("new", outcome(move.new))]
    return .object(members)
  }

  private func agreement(_ diff: RubricDiff) -> JSONValue {
    guard let old = diff.oldAgreement, let new = diff.newAgreement else { return .null }
    func table(_ table: CaseAgreement.Table) -> JSONValue {
      .object([("agreeing", .integer(table.agreeing)), ("total", .integer(table.total))])
    }
    func side(_ agreement: RubricDiff.Agreement) -> JSONValue {
      .object([
        ("all", table(agreement.all)), ("tuning", table(agreement.tuning)),
        ("held_aside", table(agreement.heldAside)),
      ])
    }
    return .object([("old", side(old)), ("new", side(new))])
  }

  // MARK: Values

  private func value(_ value: RubricDiff.Value?) -> JSONValue {
    guard let value else { return .null }
    switch value {
    case .text(let text): return .string(text)
    case .number(let number): return copied(number)
    case .bool(let flag): return .bool(flag)
    case .ids(let texts), .texts(let texts): return .array(texts.map(JSONValue.string))
    case .answer(let answer): return JSONReportRenderer().answer(answer)
    case .band(let band): return self.band(band)
    case .bands(let bands): return .array(bands.map(leanBand))
    case .condition(let condition): return self.condition(condition)
    case .split(let advice): return split(advice)
    case .factor(let factor): return self.factor(factor)
    case .choiceOption(let option):
      var members: [(String, JSONValue)] = [
        ("id", .string(option.id)), ("label", .string(option.label)), ("lean", copied(option.lean)),
        ("reason", .string(option.reason)),
      ]
      if let help = option.help { members.append(("help", .string(help))) }
      return .object(members)
    case .setOption(let option):
      return .object([
        ("id", .string(option.id)), ("label", .string(option.label)),
        ("prerequisite", .string(option.prerequisite)),
      ])
    case .verdict(let verdict):
      return .object([
        ("id", .string(verdict.id)), ("label", .string(verdict.label)), ("summary", .string(verdict.summary)),
        ("atLeast", number(verdict.band.atLeast)), ("below", number(verdict.band.below)),
      ])
    case .rule(let rule):
      return .object([
        ("id", .string(rule.id)), ("reason", .string(rule.reason)), ("when", condition(rule.condition)),
        ("caveat", rule.caveat.map(JSONValue.string) ?? .null),
        ("cap", rule.cap.map(JSONValue.string) ?? .null),
        ("floor", rule.floor.map(JSONValue.string) ?? .null),
        ("force", rule.force.map(JSONValue.string) ?? .null),
        ("prerequisites", .array(rule.prerequisites.map(JSONValue.string))),
        ("prerequisitesFrom", .array(rule.prerequisitesFrom.map(JSONValue.string))),
        ("split", split(rule.split)),
      ])
    case .component(let component):
      return .object([("id", .string(component.id)), ("label", .string(component.label))])
    case .example(let example):
      let answers = example.answers.values.sorted { $0.key < $1.key }.map {
        ($0.key, JSONReportRenderer().answer($0.value))
      }
      return .object([
        ("name", .string(example.name)), ("answers", .object(answers)), ("expect", .string(example.expect)),
      ])
    }
  }

  private func factor(_ factor: Factor) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("id", .string(factor.id)), ("kind", .string(factor.kindName)),
      ("dimension", .string(factor.dimension.rawValue)), ("weight", copied(factor.weight)),
      ("question", .string(factor.question)),
    ]
    switch factor.kind {
    case .number(let spec): members.append(("bands", .array(spec.bands.map(leanBand))))
    case .choice(let options):
      members.append(
        ("options", .array(options.map { .object([("id", .string($0.id)), ("lean", copied($0.lean))]) })))
    case .set(let spec):
      members.append(("options", .array(spec.options.map { JSONValue.string($0.id) })))
      members.append(("counts", .array(spec.counts.map(leanBand))))
    }
    return .object(members)
  }

  private func band(_ band: Band) -> JSONValue {
    .object([("atLeast", number(band.atLeast)), ("below", number(band.below))])
  }

  private func leanBand(_ band: LeanBand) -> JSONValue {
    .object([
      ("atLeast", number(band.band.atLeast)), ("below", number(band.band.below)), ("lean", copied(band.lean)),
      ("leanTo", number(band.leanTo)), ("reason", .string(band.reason)),
    ])
  }

  private func split(_ advice: [SplitAdvice]) -> JSONValue {
    .array(advice.map { .object([("component", .string($0.component)), ("reason", .string($0.reason))]) })
  }

  /// A condition in the rubric file's own form, as a rule's `when` holds it.
  private func condition(_ condition: Condition) -> JSONValue {
    func ids(_ ids: [String]) -> JSONValue { .array(ids.map(JSONValue.string)) }
    switch condition {
    case .all(let parts): return .object([("all", .array(parts.map(self.condition)))])
    case .any(let parts): return .object([("any", .array(parts.map(self.condition)))])
    case .not(let inner): return .object([("not", self.condition(inner))])
    case .choiceIs(let factor, let options):
      return .object([("factor", .string(factor)), ("is", ids(options))])
    case .numberIn(let factor, let band):
      var members: [(String, JSONValue)] = [("factor", .string(factor))]
      if let low = band.atLeast { members.append(("atLeast", copied(low))) }
      if let high = band.below { members.append(("below", copied(high))) }
      return .object(members)
    case .hasAll(let factor, let options):
      return .object([("factor", .string(factor)), ("hasAll", ids(options))])
    case .lacksAny(let factor, let options):
      return .object([("factor", .string(factor)), ("lacksAny", ids(options))])
    case .answered(let factor, let answered):
      return .object([("factor", .string(factor)), ("answered", .bool(answered))])
    case .scoreIn(let band): return .object([("score", bandEnds(band))])
    case .readinessIn(let band): return .object([("readiness", bandEnds(band))])
    case .verdictIs(let verdicts): return .object([("verdict", ids(verdicts))])
    }
  }

  /// A band with only the ends it has, as a condition writes it.
  private func bandEnds(_ band: Band) -> JSONValue {
    var members: [(String, JSONValue)] = []
    if let low = band.atLeast { members.append(("atLeast", copied(low))) }
    if let high = band.below { members.append(("below", copied(high))) }
    return .object(members)
  }

  private func number(_ value: Double?) -> JSONValue { value.map(copied) ?? .null }

  /// A number as it is, `null` if it is not finite (a validated rubric has none).
  private func copied(_ value: Double) -> JSONValue { value.isFinite ? .number(value) : .null }
}
