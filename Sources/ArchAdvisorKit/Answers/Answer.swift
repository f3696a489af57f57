/// One factor's answer.
public enum Answer: Hashable, Sendable {
  case number(Double)
  /// A choice factor's option id.
  case choice(String)
  /// A set factor's option ids, in rubric order, without repeats.
  case set([String])

  /// How a person reads the answer: `8`, `weekly`, `containers, tracing`, `none`.
  public var displayText: String {
    switch self {
    case .number(let n): return Band.format(n)
    case .choice(let id): return id
    case .set(let ids): return ids.isEmpty ? "none" : ids.joined(separator: ", ")
    }
  }
}

/// A named set of answers, validated against a rubric: every key is one of its factor ids and
/// every value fits its factor. A factor that is absent is unknown.
public struct Answers: Hashable, Sendable {
  /// The project's name, if given.
  public var name: String?
  /// Answers by factor id.
  public var values: [String: Answer]
  /// The rubric the answers were saved against (`ask --save` records it), when the file says.
  public var savedWith: RubricVersion?

  public init(name: String? = nil, values: [String: Answer] = [:], savedWith: RubricVersion? = nil) {
    self.name = name
    self.values = values
    self.savedWith = savedWith
  }

  public subscript(factor: String) -> Answer? {
    get { values[factor] }
    set { values[factor] = newValue }
  }

  /// These answers with every answer in `overrides` taking precedence (flags over a file).
  public func merging(_ overrides: Answers) -> Answers {
    var merged = self
    merged.values.merge(overrides.values) { _, new in new }
    if let name = overrides.name { merged.name = name }
    return merged
  }
}

/// A rubric's id and version, as an answers file records them.
public struct RubricVersion: Hashable, Sendable {
  public var id: String
  public var version: String

  public init(id: String, version: String) {
    self.id = id
    self.version = version
  }

  /// The rubric's own.
  public init(_ rubric: Rubric) {
    self.init(id: rubric.id, version: rubric.version)
  }
}
