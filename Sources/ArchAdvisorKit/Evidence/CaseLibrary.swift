/// Documented real architecture decisions, each encoded as an answer set with only what its
/// source states: the evidence a rubric is calibrated on and a report cites.
public struct CaseLibrary: Hashable, Sendable {
  /// The `schema` tag of a case library file.
  public static let schemaTag = "archadvisor.cases/1"

  /// The rubric id the cases are encoded for.
  public var rubricID: String
  /// How the held-aside cases were chosen, in words.
  public var holdoutRule: String
  public var cases: [DecisionCase]

  public init(rubricID: String, holdoutRule: String, cases: [DecisionCase]) {
    self.rubricID = rubricID
    self.holdoutRule = holdoutRule
    self.cases = cases
  }
}

/// One documented decision: who, about which system, what they settled on, and where it is told.
public struct DecisionCase: Hashable, Sendable {
  /// What kind of system the decision was about.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case generativeAI = "generative_ai"
    case modelServing = "model_serving"
    case general
  }

  /// How the organisation got to the architecture it settled on.
  public enum Path: String, Hashable, Sendable, CaseIterable {
    /// Moved from one deployable to services and stayed.
    case split
    /// Split into services, then went back to one deployable.
    case reversed
    /// Chose one deployable (or a modular one) on purpose and kept it.
    case deliberate
    /// Built as services from the start.
    case startedSplit = "started_split"
  }

  public var id: String
  public var name: String
  public var organisation: String
  public var year: Int
  public var system: String
  public var kind: Kind
  /// The verdict id of the architecture the organisation settled on.
  public var chose: String
  public var path: Path
  /// Components the source says ran as their own service while the rest stayed together.
  public var splitFirst: [String]
  /// One sentence of what happened, as the source tells it.
  public var outcome: String
  public var source: CaseSource
  /// Only what the source states; a factor it does not speak to is left out (unknown).
  public var answers: Answers
  /// Per answered factor, the fact in the source it comes from.
  public var notes: [String: String]
  /// Whether the case was kept aside while the rubric was tuned, to measure how it generalises.
  public var heldAside: Bool

  public init(
    id: String, name: String, organisation: String, year: Int, system: String, kind: Kind, chose: String,
    path: Path, splitFirst: [String] = [], outcome: String, source: CaseSource, answers: Answers,
    notes: [String: String], heldAside: Bool
  ) {
    self.id = id
    self.name = name
    self.organisation = organisation
    self.year = year
    self.system = system
    self.kind = kind
    self.chose = chose
    self.path = path
    self.splitFirst = splitFirst
    self.outcome = outcome
    self.source = source
    self.answers = answers
    self.notes = notes
    self.heldAside = heldAside
  }

  /// Whether the system is a generative-AI or model-serving one.
  public var isAI: Bool { kind != .general }
}

/// Where a case is told.
public struct CaseSource: Hashable, Sendable {
  public var title: String
  public var author: String?
  public var publisher: String?
  public var url: String
  /// `YYYY` or `YYYY-MM`, as the source dates itself.
  public var date: String?

  public init(
    title: String, author: String? = nil, publisher: String? = nil, url: String, date: String? = nil
  ) {
    self.title = title
    self.author = author
    self.publisher = publisher
    self.url = url
    self.date = date
  }
}
