import ArchAdvisorKit

/// `rubric show --format json`: the same as ``RubricSummaryText``, as JSON.
enum RubricSummaryJSON {
  /// The rubric summary as JSON, under the `schema` tag `archadvisor.rubric-summary/2`: v2 adds
  /// each factor's `dimension`, a number factor's `scale` and each band's `leanTo`, the
  /// `components`, the `cases` file, and each rule's `split` advice.
  static func json(_ rubric: Rubric) -> JSONValue {
    let answers = JSONReportRenderer()
    func object(_ members: [(String, JSONValue)]) -> JSONValue {
      JSONValue(.object(JSONObject(members.map { JSONObject.Member(key: $0.0, value: $0.1) })))
    }
    func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
    func number(_ value: Double?) -> JSONValue {
      guard let value, value.isFinite else { return JSONValue(.null) }
      if value.rounded() == value, abs(value) < 9e15 { return JSONValue(.integer(Int64(value))) }
      return JSONValue(.double(value))
    }
    func bands(_ bands: [LeanBand]) -> JSONValue {
      JSONValue(
        .array(
          bands.map {
            object([
              ("atLeast", number($0.band.atLeast)), ("below", number($0.band.below)),
              ("lean", number($0.lean)), ("leanTo", number($0.leanTo)),
            ])
          }))
    }
    let factors = rubric.factors.map { factor in
      var members: [(String, JSONValue)] = [
        ("id", string(factor.id)), ("flag", string(factor.flag)), ("kind", string(factor.kindName)),
        ("dimension", string(factor.dimension.rawValue)), ("weight", number(factor.weight)),
        ("question", string(factor.question)),
        ("accepts", string(FactorSummary(factor).accepted)),
        ("default", answers.answer(factor.defaultAnswer)),
      ]
      switch factor.kind {
      case .number(let spec):
        members += [
          ("unit", spec.unit.map(string) ?? JSONValue(.null)), ("integer", JSONValue(.bool(spec.integer))),
          ("minimum", number(spec.minimum)), ("maximum", number(spec.maximum)),
          ("scale", string(spec.scale.rawValue)), ("bands", bands(spec.bands)),
        ]
      case .choice(let options):
        let list = options.map {
          object([("id", string($0.id)), ("label", string($0.label)), ("lean", number($0.lean))])
        }
        members.append(("options", JSONValue(.array(list))))
      case .set(let spec):
        let list = spec.options.map { object([("id", string($0.id)), ("label", string($0.label))]) }
        members += [("options", JSONValue(.array(list))), ("counts", bands(spec.counts))]
      }
      return object(members)
    }
    let verdicts = rubric.verdicts.map {
      object([
        ("id", string($0.id)), ("label", string($0.label)), ("atLeast", number($0.band.atLeast)),
        ("below", number($0.band.below)),
      ])
    }
    let rules = rubric.rules.map { rule in
      object([
        ("id", string(rule.id)),
        ("effects", JSONValue(.array(RubricSummaryText.effects(rule, clean: { $0 }).map(string)))),
        (
          "split",
          JSONValue(
            .array(
              rule.split.map { object([("component", string($0.component)), ("reason", string($0.reason))]) })
          )
        ),
      ])
    }
    let examples = rubric.examples.map { object([("name", string($0.name)), ("expect", string($0.expect))]) }
    return object([
      ("schema", string("archadvisor.rubric-summary/2")),
      (
        "rubric",
        object([
          ("id", string(rubric.id)), ("version", string(rubric.version)), ("title", string(rubric.title)),
        ])
      ),
      ("cases", rubric.casesFile.map(string) ?? JSONValue(.null)),
      (
        "components",
        JSONValue(
          .array(rubric.components.map { object([("id", string($0.id)), ("label", string($0.label))]) }))
      ),
      ("factors", JSONValue(.array(factors))),
      ("verdicts", JSONValue(.array(verdicts))),
      ("rules", JSONValue(.array(rules))),
      ("examples", JSONValue(.array(examples))),
    ])
  }
}
