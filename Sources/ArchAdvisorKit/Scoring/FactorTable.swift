/// One factor compiled for scoring: lookups from an answer to its lean and reason, the extreme
/// values the range assumes, and the alternatives the flip search tries.
final class FactorTable: Sendable {
  enum Kind: Sendable {
    case number(NumberTable)
    case choice(ChoiceTable)
    case set(SetTable)
  }

  /// A value of the factor with the lean it gives.
  struct Extreme: Sendable {
    var lean: Double
    var value: ResolvedValue
  }

  let id: String
  let question: String
  /// Whether the factor measures readiness (0 … 1) rather than need (−1 … +1).
  let isReadiness: Bool
  /// The factor's weight; a weight that is not a positive number counts as 0, and one above
  /// ``Factor/weightLimits`` (which a validated rubric cannot have) as the limit, so that no sum
  /// overflows.
  let weight: Double
  let kind: Kind
  /// The value with the lowest lean (the first in rubric order on a tie); `nil` only for a
  /// factor no answer fits.
  let lowest: Extreme?
  /// The value with the highest lean (the first in rubric order on a tie).
  let highest: Extreme?
  /// The lean an unknown factor counts with in the headline score: 0 (no argument either way),
  /// or the nearest lean the factor can give when all its leans lie on one side of 0. It lies
  /// between `lowest` and `highest`, so the headline score always lies within its range.
  let neutralLean: Double

  init(_ factor: Factor) {
    id = factor.id
    question = factor.question
    isReadiness = factor.dimension == .readiness
    weight =
      factor.weight.isFinite && factor.weight > 0 ? min(factor.weight, Factor.weightLimits.upperBound) : 0
    switch factor.kind {
    case .number(let spec): kind = .number(NumberTable(spec))
    case .choice(let options): kind = .choice(ChoiceTable(options))
    case .set(let spec): kind = .set(SetTable(spec))
    }
    var lowest: Extreme?
    var highest: Extreme?
    FactorTable.forEachValue(of: kind) { value, lean in
      if lean < lowest?.lean ?? .infinity { lowest = Extreme(lean: lean, value: value) }
      if lean > highest?.lean ?? -.infinity { highest = Extreme(lean: lean, value: value) }
    }
    // An open top that leans toward leanTo bounds the leans without a value reaching it: the
    // range takes the bound, so no answer can land outside it.
    if case .number(let table) = kind {
      for band in table.bands.indices {
        guard let (value, lean) = table.supremum(ofBand: band) else { continue }
        if lean < lowest?.lean ?? .infinity { lowest = Extreme(lean: lean, value: .number(value)) }
        if lean > highest?.lean ?? -.infinity { highest = Extreme(lean: lean, value: .number(value)) }
      }
    }
    self.lowest = lowest
    self.highest = highest
    neutralLean = min(max(0, lowest?.lean ?? 0), highest?.lean ?? 0)
  }

  /// The answer resolved against the factor with its lean, or `nil` when it does not fit
  /// (wrong kind, unknown option, a number in no band): the scorer then treats it as unknown.
  func resolve(_ answer: Answer) -> (value: ResolvedValue, lean: Double)? {
    switch (kind, answer) {
    case (.number(let table), .number(let number)):
      guard let lean = table.lean(of: number) else { return nil }
      return (.number(number), lean)
    case (.choice(let table), .choice(let id)):
      guard let index = table.indexByID[id] else { return nil }
      return (.choice(index), table.leans[index])
    case (.set(let table), .set(let ids)):
      var mask: UInt64 = 0
      for id in ids {
        guard let bit = table.bitByID[id] else { return nil }
        mask |= UInt64(1) << UInt64(bit)
      }
      guard let band = table.band(for: mask) else { return nil }
      return (.set(mask), table.counts[band].lean)
    default:
      return nil
    }
  }

  /// The lean of a resolved value, or `nil` when it does not fit the factor.
  func lean(of value: ResolvedValue) -> Double? {
    switch (kind, value) {
    case (.number(let table), .number(let number)):
      return table.lean(of: number)
    case (.choice(let table), .choice(let index)):
      return table.leans.indices.contains(index) ? table.leans[index] : nil
    case (.set(let table), .set(let mask)):
      return table.band(for: mask).map { table.counts[$0].lean }
    default:
      return nil
    }
  }

  /// Why a resolved value leans the way it does: the reason of its band or option.
  func reason(of value: ResolvedValue) -> String? {
    switch (kind, value) {
    case (.number(let table), .number(let number)):
      return table.bandIndex(of: number).map { table.bands[$0].reason }
    case (.choice(let table), .choice(let index)):
      return table.reasons.indices.contains(index) ? table.reasons[index] : nil
    case (.set(let table), .set(let mask)):
      return table.band(for: mask).map { table.counts[$0].reason }
    default:
      return nil
    }
  }

  /// The answer a resolved value stands for, as a user would give it.
  func answer(for value: ResolvedValue) -> Answer? {
    switch (kind, value) {
    case (.number, .number(let number)): return .number(number)
    case (.choice(let table), .choice(let index)):
      return table.ids.indices.contains(index) ? .choice(table.ids[index]) : nil
    case (.set(let table), .set(let mask)): return .set(table.optionIDs(in: mask))
    default: return nil
    }
  }

  /// Calls `body` with every single change of this factor's answer and the lean it would give:
  /// a choice's other options; for a number, the accepted value nearest the current answer in
  /// every other band; for a set, each missing option added and each held option dropped; for an
  /// unknown factor, every value the range considers (an option, or one value per band).
  func forEachAlternative(to current: ResolvedValue, _ body: (ResolvedValue, Double) -> Void) {
    switch (kind, current) {
    case (.number(let table), .number(let number)):
      let currentBand = table.bandIndex(of: number)
      for band in table.bands.indices {
        var tried: [Double] = [number]
        if band != currentBand, let value = table.nearest(inBand: band, to: number) {
          tried.append(value)
          body(.number(value), table.lean(of: value) ?? table.bands[band].lean)
        }
        // A lean that moves across its band can flip the verdict farther in: try the band's ends
        // too (the flip search then narrows down to the nearest value that does).
        guard table.interpolates else { continue }
        for value in table.ends(ofBand: band) where !tried.contains(value) {
          tried.append(value)
          if let lean = table.lean(of: value) { body(.number(value), lean) }
        }
      }
    case (.choice(let table), .choice(let currentIndex)):
      for index in table.leans.indices where index != currentIndex {
        body(.choice(index), table.leans[index])
      }
    case (.set(let table), .set(let mask)):
      for bit in table.ids.indices {
        let changed = mask ^ (UInt64(1) << UInt64(bit))
        if let band = table.band(for: changed) { body(.set(changed), table.counts[band].lean) }
      }
    default:
      FactorTable.forEachValue(of: kind, body)
    }
  }

  /// One value per option (choice) or band (number, set), in rubric order: the values an
  /// unknown factor could take, as far as the score can tell them apart.
  private static func forEachValue(of kind: Kind, _ body: (ResolvedValue, Double) -> Void) {
    switch kind {
    case .number(let table):
      for band in table.bands.indices {
        guard let value = table.representative(inBand: band) else { continue }
        body(.number(value), table.lean(of: value) ?? table.bands[band].lean)
        guard table.interpolates else { continue }
        for end in table.ends(ofBand: band) where end != value {
          if let lean = table.lean(of: end) { body(.number(end), lean) }
        }
      }
    case .choice(let table):
      for index in table.leans.indices { body(.choice(index), table.leans[index]) }
    case .set(let table):
      for band in table.counts.indices {
        if let count = table.representativeCount[band] {
          body(.set(SetTable.firstOptions(count)), table.counts[band].lean)
        }
      }
    }
  }
}
