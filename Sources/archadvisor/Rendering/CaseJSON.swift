import ArchAdvisorKit

/// `cases` and `cases show` as JSON, for scripts.
///
/// `cases` writes `schema` `archadvisor.case-list/1`, `rubric` (`id`, `version`), `library` (its
/// name, or `null` when the rubric names none), `filter` (`verdict` or `null`, `genai`), `total`
/// (cases in the library), `count` (cases listed) and `cases` (each `id`, `name`, `organisation`,
/// `year`, `kind`, `generative_ai`, `chose`, `path`, `held_aside`, `source`).
///
/// `cases show` writes `schema` `archadvisor.case/1`, `rubric`, `library`, `case` (the fields
/// above plus `system`, `split_first`, `outcome`, `answers`: every factor of the rubric in the
/// order asked, each `factor`, `answer` (`null` when the source does not state it) and `note`
/// (`null` when there is none), and `notes`, every note of the case by key) and `scored` (how
/// the rubric scores it now: `verdict`, `score_verdict`, `score`, `readiness` or `null`,
/// `agrees`, `rules` that fired, `deciding_rules` that moved the verdict, `edge` {`at`,
/// `verdict` on its other side, `distance`} or `null`). Strings are as the library holds them;
/// escaping is ``JSONWriter``'s.
enum CaseJSON {
  static func list(_ found: LoadedCaseLibrary?, filter: CaseFilter, rubric: Rubric) -> JSONValue {
    let cases = found?.library.cases(matching: filter) ?? []
    return object([
      ("schema", string("archadvisor.case-list/1")),
      ("rubric", object([("id", string(rubric.id)), ("version", string(rubric.version))])),
      ("library", found.map { string($0.name) } ?? JSONValue(.null)),
      (
        "filter",
        object([
          ("verdict", filter.chose.map(string) ?? JSONValue(.null)),
          ("genai", JSONValue(.bool(filter.generativeAIOnly))),
        ])
      ),
      ("total", JSONValue(.integer(Int64(found?.library.cases.count ?? 0)))),
      ("count", JSONValue(.integer(Int64(cases.count)))),
      ("cases", JSONValue(.array(cases.map { object(summary($0)) }))),
    ])
  }

  static func detail(_ decision: DecisionCase, assessment: CaseAssessment, rubric: Rubric, library: String)
    -> JSONValue
  {
    let answers = JSONReportRenderer()
    var fields = summary(decision)
    fields.insert(("system", string(decision.system)), at: 4)
    fields += [
      ("split_first", JSONValue(.array(decision.splitFirst.map(string)))),
      ("outcome", string(decision.outcome)),
      (
        "answers",
        JSONValue(
          .array(
            rubric.factors.map { factor in
              object([
                ("factor", string(factor.id)), ("answer", answers.answer(decision.answers.values[factor.id])),
                ("note", decision.notes[factor.id].map(string) ?? JSONValue(.null)),
              ])
            }))
      ),
      ("notes", object(decision.notes.sorted { $0.key < $1.key }.map { ($0.key, string($0.value)) })),
    ]
    let edge = assessment.edge.map { edge in
      object([
        ("at", number(edge.value)), ("verdict", string(edge.neighbour)),
        ("distance", number(NumberText.rounded(edge.distance))),
      ])
    }
    return object([
      ("schema", string("archadvisor.case/1")),
      ("rubric", object([("id", string(rubric.id)), ("version", string(rubric.version))])),
      ("library", string(library)),
      ("case", object(fields)),
      (
        "scored",
        object([
          ("verdict", string(assessment.verdict)), ("score_verdict", string(assessment.scoreVerdict)),
          ("score", number(assessment.score)),
          ("readiness", assessment.readiness.map(number) ?? JSONValue(.null)),
          ("agrees", JSONValue(.bool(assessment.agrees))),
          ("rules", JSONValue(.array(assessment.firedRules.map(string)))),
          ("deciding_rules", JSONValue(.array(assessment.decidingRules.map(string)))),
          ("edge", edge ?? JSONValue(.null)),
        ])
      ),
    ])
  }

  /// The fields a list shows of a case.
  private static func summary(_ decision: DecisionCase) -> [(String, JSONValue)] {
    let source = decision.source
    var sourceFields: [(String, JSONValue)] = [("title", string(source.title)), ("url", string(source.url))]
    if let author = source.author { sourceFields.append(("author", string(author))) }
    if let publisher = source.publisher { sourceFields.append(("publisher", string(publisher))) }
    if let date = source.date { sourceFields.append(("date", string(date))) }
    return [
      ("id", string(decision.id)), ("name", string(decision.name)),
      ("organisation", string(decision.organisation)), ("year", JSONValue(.integer(Int64(decision.year)))),
      ("kind", string(decision.kind.rawValue)), ("generative_ai", JSONValue(.bool(decision.isAI))),
      ("chose", string(decision.chose)), ("path", string(decision.path.rawValue)),
      ("held_aside", JSONValue(.bool(decision.heldAside))), ("source", object(sourceFields)),
    ]
  }

  private static func object(_ members: [(String, JSONValue)]) -> JSONValue {
    JSONValue(.object(JSONObject(members.map { JSONObject.Member(key: $0.0, value: $0.1) })))
  }

  private static func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }

  /// Whole values as integers (`8`, not `8.0`); JSON has no infinity or NaN, so those become `null`.
  private static func number(_ value: Double) -> JSONValue {
    guard value.isFinite else { return JSONValue(.null) }
    if value.rounded() == value, abs(value) < 9.0e15 { return JSONValue(.integer(Int64(value))) }
    return JSONValue(.double(value))
  }
}
