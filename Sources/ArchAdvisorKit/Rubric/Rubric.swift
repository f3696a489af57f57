/// A validated rubric: the factors to ask about, how each answer leans, the verdict bands on the
/// score, the rules that gate the verdict, and the author's worked examples.
///
/// Rubrics are read from JSON by ``RubricLoader``; the format is documented in the README and in
/// `rubrics/rubric.schema.json`.
public struct Rubric: Hashable, Sendable {
  /// The `schema` tag every rubric file of format v1 carries.
  public static let schemaTag = "archadvisor.rubric/1"
  /// The `schema` tag of format v2: factors in two dimensions (need and readiness), number
  /// curves, components to split first, a case library.
  public static let schemaTagV2 = "archadvisor.rubric/2"
  /// The schema tags this version reads, oldest first.
  public static let schemaTags = [schemaTag, schemaTagV2]

  /// The format version the rubric was written in: 1 or 2.
  public var schemaVersion: Int

  public var id: String
  public var version: String
  public var title: String
  public var description: String?
  /// The factors, in the order they are asked.
  public var factors: [Factor]
  /// The verdict bands, ordered from the monolith end (−100) to the microservices end (+100).
  public var verdicts: [Verdict]
  /// The rules, in the order they are evaluated.
  public var rules: [Rule]
  /// Named answer sets with the verdict the author expects.
  public var examples: [RubricExample]
  /// The parts of the system a rule can recommend running as their own service first (v2).
  public var components: [Component]
  /// The case library's file name, relative to the rubric's folder (v2), as written.
  public var casesFile: String?

  public init(
    id: String, version: String, title: String, description: String? = nil, factors: [Factor],
    verdicts: [Verdict], rules: [Rule] = [], examples: [RubricExample] = [], schemaVersion: Int = 1,
    components: [Component] = [], casesFile: String? = nil
  ) {
    self.schemaVersion = schemaVersion
    self.components = components
    self.casesFile = casesFile
    self.id = id
    self.version = version
    self.title = title
    self.description = description
    self.factors = factors
    self.verdicts = verdicts
    self.rules = rules
    self.examples = examples
  }

  /// The factor with this id.
  public func factor(_ id: String) -> Factor? { factors.first { $0.id == id } }

  /// The position of the factor with this id in ``factors``.
  public func factorIndex(_ id: String) -> Int? { factors.firstIndex { $0.id == id } }

  /// The verdict with this id.
  public func verdict(_ id: String) -> Verdict? { verdicts.first { $0.id == id } }

  /// The position of the verdict with this id in ``verdicts`` (0 is the monolith end).
  public func verdictIndex(_ id: String) -> Int? { verdicts.firstIndex { $0.id == id } }

  /// The verdict whose band holds the score (clamped to −100…100).
  public func verdict(forScore score: Double) -> Verdict {
    let clamped = min(100, max(-100, score))
    return verdicts.first { $0.band.contains(clamped) } ?? verdicts[verdicts.count - 1]
  }

  /// The sum of every factor's weight.
  public var totalWeight: Double { factors.reduce(0) { $0 + $1.weight } }

  /// The component with this id.
  public func component(_ id: String) -> Component? { components.first { $0.id == id } }

  /// Whether any factor measures readiness (only a v2 rubric's can).
  public var hasReadiness: Bool { factors.contains { $0.dimension == .readiness } }
}
