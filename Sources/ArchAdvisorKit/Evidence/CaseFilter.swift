/// Which cases of a library to list: those that chose one verdict, those about generative-AI or
/// model-serving systems, or both.
public struct CaseFilter: Hashable, Sendable {
  /// Keep only the cases that chose this verdict id; `nil` keeps every verdict.
  public var chose: String?
  /// Keep only generative-AI and model-serving systems (``DecisionCase/isAI``).
  public var generativeAIOnly: Bool

  public init(chose: String? = nil, generativeAIOnly: Bool = false) {
    self.chose = chose
    self.generativeAIOnly = generativeAIOnly
  }

  /// Whether the filter keeps every case.
  public var keepsEverything: Bool { chose == nil && !generativeAIOnly }

  /// Whether the filter keeps `decision`.
  public func keeps(_ decision: DecisionCase) -> Bool {
    (chose.map { decision.chose == $0 } ?? true) && (!generativeAIOnly || decision.isAI)
  }
}

extension CaseLibrary {
  /// The cases `filter` keeps, in library order.
  public func cases(matching filter: CaseFilter) -> [DecisionCase] {
    cases.filter(filter.keeps)
  }

  /// The case with this id.
  public func decision(_ id: String) -> DecisionCase? {
    cases.first { $0.id == id }
  }
}
