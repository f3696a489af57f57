/// What the loader could make out of a rubric's factors and verdicts, even where they have
/// problems: enough to check rules and examples against them without blaming a rule for a
/// factor's own mistake (a factor with a bad weight still has its id and options).
struct RubricOutline {
  /// Factor id → outline; the first factor with an id wins when ids repeat.
  var factors: [String: FactorOutline] = [:]
  /// Factor ids in rubric order, for suggestions.
  var factorIDs: [String] = []
  /// Verdict ids in rubric order, for suggestions and messages.
  var verdictIDs: [String] = []
  /// Verdict id → position from the monolith end, for comparing caps and floors.
  var verdictIndex: [String: Int] = [:]
  /// Whether every factor's id could be read. When one could not (or the list itself), a name
  /// that is not found may be that factor's, so it is not reported as unknown: the unreadable id
  /// is reported instead.
  var knowsAllFactors = true
  /// Whether every verdict's id could be read, in the same sense.
  var knowsAllVerdicts = true
  /// Component ids in rubric order.
  var componentIDs: [String] = []
  /// Whether every component's id could be read, in the same sense.
  var knowsAllComponents = true
}

/// One factor as far as it could be read.
struct FactorOutline {
  var id: String
  /// The kind, when `kind` was valid.
  var kind: FactorKindName?
  /// The option ids, when the options could be read.
  var optionIDs: [String]?
  /// The dimension, when `dimension` could be read.
  var dimension: Factor.Dimension?
  /// The whole factor, when it had no problems at all.
  var factor: Factor?
}

/// The kinds a factor can have, with the keys each adds to the common ones.
enum FactorKindName: String, CaseIterable {
  case number, choice, set

  /// The keys only this kind of factor has.
  var keys: [String] {
    switch self {
    case .number: return ["unit", "integer", "minimum", "maximum", "bands", "scale"]
    case .choice: return ["options"]
    case .set: return ["options", "counts"]
    }
  }

  /// The keys every factor has.
  static let commonKeys = ["id", "question", "help", "kind", "weight", "default", "dimension"]

  /// The keys of a factor whose kind is not known: any key of any kind is let through.
  static let anyFactorKeys = commonKeys + allCases.flatMap(\.keys)

  /// Every key a factor of this kind may have.
  var factorKeys: [String] { FactorKindName.keyTable[self] ?? [] }

  /// Messages for the keys of other kinds: "`options` does not belong to a number factor (only
  /// to choice and set factors)".
  var misplacedKeys: [String: String] { FactorKindName.misplacedTable[self] ?? [:] }

  // Worked out once: large rubrics read thousands of factors.
  private static let keyTable = Dictionary(uniqueKeysWithValues: allCases.map { ($0, commonKeys + $0.keys) })
  private static let misplacedTable = Dictionary(
    uniqueKeysWithValues: allCases.map { kind in
      var messages: [String: String] = [:]
      for key in allCases.flatMap(\.keys) where !kind.keys.contains(key) {
        let owners = allCases.filter { $0.keys.contains(key) }.map(\.rawValue)
        messages[key] =
          "\(QuotedText.code(key)) does not belong to \(kind.article) factor (only to "
          + owners.joined(separator: " and ") + " factors)"
      }
      return (kind, messages)
    })

  /// How a rule tests a factor of this kind, for messages.
  var tests: String {
    switch self {
    case .number: return "`atLeast`/`below`"
    case .choice: return "`is`"
    case .set: return "`hasAll` or `lacksAny`"
    }
  }

  /// "a number", "a choice", "a set".
  var article: String { "a " + rawValue }
}
