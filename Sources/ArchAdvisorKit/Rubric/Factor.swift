/// One thing the rubric asks about, how much it weighs, and how each answer leans.
public struct Factor: Hashable, Sendable {
  /// The id users type (`team_size`); the command-line flag is derived from it.
  public var id: String
  /// The question asked interactively.
  public var question: String
  /// A longer explanation, shown on `?`.
  public var help: String
  public var kind: Kind
  /// The factor's weight in the weighted mean; always > 0.
  public var weight: Double
  /// The answer assumed when the user accepts the default at a prompt; never assumed silently.
  public var defaultAnswer: Answer?
  /// Whether the factor is a reason for or against splitting (need) or part of what running
  /// services takes (readiness). Every factor of a v1 rubric is need.
  public var dimension: Dimension

  /// The weights a rubric or `--weight` may give: bounded, so that no sum can overflow and no
  /// factor can drown the others by a factor of more than a million.
  public static let weightLimits: ClosedRange<Double> = 0.001...1000
  /// The limits in words, for messages: "0.001 … 1000".
  public static let weightLimitsText = "0.001 … 1000"

  public init(
    id: String, question: String, help: String, kind: Kind, weight: Double, defaultAnswer: Answer? = nil,
    dimension: Dimension = .need
  ) {
    self.dimension = dimension
    self.id = id
    self.question = question
    self.help = help
    self.kind = kind
    self.weight = weight
    self.defaultAnswer = defaultAnswer
  }

  /// The two dimensions of an assessment.
  public enum Dimension: String, Hashable, Sendable, CaseIterable {
    /// A reason for or against splitting: leans −1 (monolith) … +1 (microservices).
    case need
    /// Something running services takes: leans 0 (not in place) … 1 (in place). Readiness never
    /// argues for the monolith; lacking it only holds a split back.
    case readiness
  }

  /// How a factor is answered.
  public enum Kind: Hashable, Sendable {
    /// A number, leaning by the band it falls in.
    case number(NumberSpec)
    /// Exactly one of named options.
    case choice([ChoiceOption])
    /// Any number of named options; the lean follows how many are held.
    case set(SetSpec)
  }

  /// The command-line flag: the id with `_` turned into `-`, after `--`.
  public var flag: String { "--" + Factor.flagName(for: id) }

  /// `ci_cd` → `ci-cd`.
  public static func flagName(for id: String) -> String {
    String(id.map { $0 == "_" ? "-" : $0 })
  }

  /// "number", "choice" or "set".
  public var kindName: String {
    switch kind {
    case .number: return "number"
    case .choice: return "choice"
    case .set: return "set"
    }
  }

  /// The option ids of a choice or set factor, in rubric order; empty for numbers.
  public var optionIDs: [String] {
    switch kind {
    case .number: return []
    case .choice(let options): return options.map(\.id)
    case .set(let spec): return spec.options.map(\.id)
    }
  }
}

/// How a number factor is read and how it leans.
public struct NumberSpec: Hashable, Sendable {
  /// What is counted ("engineers"), for prompts and reports.
  public var unit: String?
  /// Whether only whole numbers are accepted.
  public var integer: Bool
  /// The smallest accepted answer, if any.
  public var minimum: Double?
  /// The largest accepted answer, if any.
  public var maximum: Double?
  /// Consecutive bands covering every accepted answer, low to high.
  public var bands: [LeanBand]
  /// How a band with a ``LeanBand/leanTo`` moves from its `lean` to its `leanTo`: evenly in the
  /// value, or evenly in its logarithm (so 10 → 20 engineers moves as far as 100 → 200).
  public var scale: Scale

  /// How a lean is interpolated within a band.
  public enum Scale: String, Hashable, Sendable, CaseIterable {
    case linear, log
  }

  public init(
    unit: String? = nil, integer: Bool = false, minimum: Double? = nil, maximum: Double? = nil,
    bands: [LeanBand], scale: Scale = .linear
  ) {
    self.scale = scale
    self.unit = unit
    self.integer = integer
    self.minimum = minimum
    self.maximum = maximum
    self.bands = bands
  }

  /// The band an accepted answer falls in.
  public func band(for value: Double) -> LeanBand? { bands.first { $0.band.contains(value) } }

  /// The lean of an accepted answer: its band's `lean`, moving toward `leanTo` across the band.
  public func lean(for value: Double) -> Double? {
    guard let band = band(for: value) else { return nil }
    return band.lean(at: value, scale: scale)
  }

  /// What an accepted answer is, in words: "a whole number of engineers ≥ 1", "a number from 0
  /// to 100", "a number". Error messages and help say it the same way.
  public var acceptedDescription: String {
    var text = integer ? "a whole number" : "a number"
    if let unit, !unit.isEmpty { text += " of " + unit }
    switch (minimum, maximum) {
    case (let low?, let high?): text += " from \(Band.format(low)) to \(Band.format(high))"
    case (let low?, nil): text += " ≥ \(Band.format(low))"
    case (nil, let high?): text += " ≤ \(Band.format(high))"
    case (nil, nil): break
    }
    return text
  }
}

/// One option of a choice factor.
public struct ChoiceOption: Hashable, Sendable {
  public var id: String
  public var label: String
  public var help: String?
  /// −1 (monolith) … +1 (microservices).
  public var lean: Double
  /// Why this answer leans the way it does, in plain words.
  public var reason: String

  public init(id: String, label: String, help: String? = nil, lean: Double, reason: String) {
    self.id = id
    self.label = label
    self.help = help
    self.lean = lean
    self.reason = reason
  }
}

/// The options of a set factor and how the count held leans.
public struct SetSpec: Hashable, Sendable {
  public var options: [SetOption]
  /// Consecutive bands over the number of options held, covering 0 … options.count.
  public var counts: [LeanBand]

  public init(options: [SetOption], counts: [LeanBand]) {
    self.options = options
    self.counts = counts
  }

  /// The band for holding this many options.
  public func band(forCount count: Int) -> LeanBand? {
    counts.first { $0.band.contains(Double(count)) }
  }
}

/// One option of a set factor.
public struct SetOption: Hashable, Sendable {
  public var id: String
  public var label: String
  /// What a team must put in place when it lacks this option, listed as a prerequisite.
  public var prerequisite: String

  public init(id: String, label: String, prerequisite: String) {
    self.id = id
    self.label = label
    self.prerequisite = prerequisite
  }
}
