import Testing

@testable import ArchAdvisorKit

/// The flip search's shortcuts (rule-truth tables, skipped pairs) checked against brute force:
/// every candidate change applied to the answers and scored from scratch, on random rubrics
/// with random rules.
@Suite struct FlipSearchPropertyTests {
  @Test(arguments: 0..<400)
  func flipsMatchBruteForce(seed: Int) {
    var random = FlipTestRandom(seed: UInt64(seed))
    let rubric = random.rubric()
    let answers = random.answers(for: rubric)
    let scorer = Scorer(rubric: rubric, options: .init(maxFlips: 6))
    let actual = scorer.score(answers).flips
    let expected = Self.bruteForceFlips(scorer, answers, maxFlips: 6)
    #expect(actual == expected, "seed \(seed): \(rubric.rules.count) rules, answers \(answers.values)")
  }

  /// The flips as the definition on ``Scorer`` states them, with nothing skipped.
  static func bruteForceFlips(_ scorer: Scorer, _ answers: Answers, maxFlips: Int) -> [Flip] {
    let plain = Scorer(rubric: scorer.rubric, options: .init(includeFlips: false))
    let base = plain.score(answers)
    var changes: [(factor: Int, change: Flip.Change)] = []
    for (index, table) in scorer.tables.enumerated() {
      let given = answers[table.id]
      let current = given.flatMap { table.resolve($0)?.value } ?? .unknown
      table.forEachAlternative(to: current) { value, _ in
        changes.append((index, Flip.Change(factor: table.id, from: given, to: table.answer(for: value)!)))
      }
    }
    struct Found {
      var distance: Double
      var factors: (Int, Int)
      var positions: (Int, Int)
      var flip: Flip
    }
    func attempt(_ picked: [Int]) -> Found? {
      var changed = answers
      for position in picked { changed[changes[position].change.factor] = changes[position].change.to }
      let report = plain.score(changed)
      guard report.verdict.id != base.verdict.id else { return nil }
      // A flip whose verdict a rule decided names the last rule that changed it.
      let rule =
        report.verdict.id == report.scoreVerdict.id
        ? nil : report.firedRules.last(where: \.changedVerdict)?.id
      // A flip that changes readiness says what readiness it gives.
      let touchesReadiness = picked.contains {
        scorer.rubric.factors[changes[$0].factor].dimension == .readiness
      }
      return Found(
        distance: abs(report.score - base.score),
        factors: (changes[picked[0]].factor, picked.count > 1 ? changes[picked[1]].factor : -1),
        positions: (picked[0], picked.count > 1 ? picked[1] : -1),
        flip: Flip(
          changes: picked.map { changes[$0].change }, verdict: report.verdict.id, score: report.score,
          rule: rule, readiness: touchesReadiness ? report.readiness?.score : nil))
    }
    var found = changes.indices.compactMap { attempt([$0]) }
    if !found.isEmpty {
      // Of an unknown factor's flips to one verdict, only the nearest is kept.
      found.sort {
        ($0.distance, $0.factors.0, $0.factors.1, $0.positions.0, $0.positions.1)
          < ($1.distance, $1.factors.0, $1.factors.1, $1.positions.0, $1.positions.1)
      }
      var seen: Set<String> = []
      found = found.filter { candidate in
        guard changes[candidate.positions.0].change.from == nil else { return true }
        return seen.insert("\(candidate.factors.0) \(candidate.flip.verdict)").inserted
      }
    }
    if found.isEmpty {
      for first in changes.indices {
        for second in changes.indices where second > first && changes[first].factor != changes[second].factor
        {
          if let pair = attempt([first, second]) { found.append(pair) }
        }
      }
    }
    found.sort {
      ($0.distance, $0.factors.0, $0.factors.1, $0.positions.0, $0.positions.1)
        < ($1.distance, $1.factors.0, $1.factors.1, $1.positions.0, $1.positions.1)
    }
    var kept: [Flip] = []
    var perKey: [String: Int] = [:]
    for candidate in found where kept.count < maxFlips {
      let key = "\(candidate.factors.0),\(candidate.factors.1)"
      guard perKey[key, default: 0] < 2 else { continue }
      perKey[key, default: 0] += 1
      kept.append(candidate.flip)
    }
    return kept
  }
}

/// SplitMix64, seeded, with helpers that draw small rubrics whose leans and weights are exact in
/// binary (halves and whole numbers), so that both ways of computing a score agree to the bit.
struct FlipTestRandom {
  var generator: SplitMix64

  /// The seed is spread first, so that neighbouring seeds start far apart.
  init(seed: UInt64) { generator = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15) }

  mutating func next() -> UInt64 { generator.next() }

  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

  mutating func lean() -> Double { [-1, -0.5, 0, 0.5, 1][int(0...4)] }

  mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

  mutating func subset(_ items: [String]) -> [String] { items.filter { _ in chance(50) } }

  mutating func rubric() -> Rubric {
    var factors: [Factor] = []
    for index in 0..<int(2...5) {
      let id = "f\(index)"
      let weight = Double(int(1...3))
      switch int(0...2) {
      case 0:
        let options = (0..<int(2...4)).map { ("o\($0)", lean()) }
        factors.append(TestRubrics.choice(id, weight: weight, options.map { (id: $0.0, lean: $0.1) }))
      case 1:
        factors.append(
          TestRubrics.number(
            id, weight: weight, integer: chance(50), minimum: 0,
            [(nil, 5, lean()), (5, 10, lean()), (10, nil, lean())]))
      default:
        let options = (0..<int(2...4)).map { "s\($0)" }
        factors.append(
          TestRubrics.set(
            id, weight: weight, options: options,
            counts: [(0, 2, lean()), (2, Double(options.count + 1), lean())]))
      }
    }
    var rules: [Rule] = []
    for index in 0..<int(0...4) {
      let verdict = pick(TestRubrics.verdicts.map(\.id))
      var rule = TestRubrics.rule("r\(index)", when: condition(factors, depth: 0), caveat: "c\(index)")
      switch int(0...2) {
      case 0: rule.cap = verdict
      case 1: rule.floor = verdict
      default: rule.force = verdict
      }
      rules.append(rule)
    }
    return TestRubrics.rubric(factors, rules: rules)
  }

  mutating func condition(_ factors: [Factor], depth: Int) -> Condition {
    if depth < 2, chance(35) {
      switch int(0...2) {
      case 0: return .all([condition(factors, depth: depth + 1), condition(factors, depth: depth + 1)])
      case 1: return .any([condition(factors, depth: depth + 1), condition(factors, depth: depth + 1)])
      default: return .not(condition(factors, depth: depth + 1))
      }
    }
    if chance(15) { return .verdictIs([pick(TestRubrics.verdicts.map(\.id))]) }
    if chance(10) { return .scoreIn(Band(atLeast: Double(int(-50...0)), below: Double(int(1...60)))) }
    let factor = pick(factors)
    if chance(15) { return .answered(factor: factor.id, chance(50)) }
    switch factor.kind {
    case .choice(let options):
      return .choiceIs(factor: factor.id, options: subset(options.map(\.id)))
    case .number:
      return .numberIn(factor: factor.id, band: Band(atLeast: Double(int(0...6)), below: Double(int(7...12))))
    case .set(let spec):
      let options = subset(spec.options.map(\.id))
      return chance(50)
        ? .hasAll(factor: factor.id, options: options) : .lacksAny(factor: factor.id, options: options)
    }
  }

  mutating func answers(for rubric: Rubric) -> Answers {
    var answers = Answers()
    for factor in rubric.factors where !chance(25) {
      switch factor.kind {
      case .choice(let options): answers[factor.id] = .choice(pick(options.map(\.id)))
      case .number(let spec):
        answers[factor.id] = .number(spec.integer ? Double(int(0...14)) : Double(int(0...28)) / 2)
      case .set(let spec): answers[factor.id] = .set(subset(spec.options.map(\.id)))
      }
    }
    return answers
  }
}
