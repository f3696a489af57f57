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

  public init(name: String? = nil, values: [String: Answer] = [:]) {
    self.name = name
    self.values = values
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
