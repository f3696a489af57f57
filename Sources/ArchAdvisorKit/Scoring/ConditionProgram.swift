/// Every rule condition of a rubric compiled into one flat array of plain-value nodes, with
/// factor, option and verdict ids turned into indices and bit masks.
///
/// Scoring tests conditions hundreds of times per answer set while it searches for flips; a tree
/// of indirect enums would retain and release a box at every step, a flat array of plain values
/// does not.
struct ConditionProgram: Sendable {
  enum Operation: UInt8, Sendable {
    /// Children `first ..< first + count` of ``ConditionProgram/children``.
    case all, any
    /// Child `first`.
    case not
    /// The choice factor's option index is in the list `first ..< first + count` of
    /// ``ConditionProgram/lists``.
    case choiceIs
    /// `low <= value < high`; an open end is infinite.
    case numberIn
    /// Every option of `mask` held; `first` is 0 when the condition names an option the factor
    /// lacks (no team holds it).
    case hasAll
    /// Some option of `mask` missing; `first` is 1 when the condition names an option the factor
    /// lacks (every team that answered lacks it).
    case lacksAny
    /// The factor answered (`first` = 1) or not (`first` = 0).
    case answered
    case scoreIn
    case readinessIn
    /// The verdict so far is in the list `first ..< first + count` of ``ConditionProgram/lists``.
    case verdictIs
    /// Never true: a condition on a factor the rubric lacks, or of the wrong kind.
    case never
  }

  struct Node: Sendable {
    var operation: Operation
    var factor: Int = -1
    var first: Int = 0
    var count: Int = 0
    var mask: UInt64 = 0
    var low: Double = -.infinity
    var high: Double = .infinity
  }

  private(set) var nodes: [Node] = []
  private(set) var children: [Int] = []
  private(set) var lists: [Int] = []

  /// Adds a condition and returns its root node.
  mutating func add(
    _ condition: Condition, factorIndex: [String: Int], tables: [FactorTable], verdictIndex: [String: Int]
  ) -> Int {
    func factor(_ id: String) -> (index: Int, kind: FactorTable.Kind)? {
      guard let index = factorIndex[id] else { return nil }
      return (index, tables[index].kind)
    }
    func append(_ node: Node) -> Int {
      nodes.append(node)
      return nodes.count - 1
    }
    func appendList(_ values: [Int]) -> (first: Int, count: Int) {
      lists.append(contentsOf: values)
      return (lists.count - values.count, values.count)
    }
    switch condition {
    case .all(let conditions), .any(let conditions):
      let roots = conditions.map {
        add($0, factorIndex: factorIndex, tables: tables, verdictIndex: verdictIndex)
      }
      children.append(contentsOf: roots)
      let isAll: Bool
      if case .all = condition { isAll = true } else { isAll = false }
      return append(
        Node(operation: isAll ? .all : .any, first: children.count - roots.count, count: roots.count))
    case .not(let condition):
      let root = add(condition, factorIndex: factorIndex, tables: tables, verdictIndex: verdictIndex)
      return append(Node(operation: .not, first: root))
    case .choiceIs(let id, let options):
      guard let (index, kind) = factor(id), case .choice(let table) = kind else {
        return append(Node(operation: .never))
      }
      let list = appendList(options.compactMap { table.indexByID[$0] })
      return append(Node(operation: .choiceIs, factor: index, first: list.first, count: list.count))
    case .numberIn(let id, let band):
      guard let (index, kind) = factor(id), case .number = kind else {
        return append(Node(operation: .never))
      }
      return append(
        Node(
          operation: .numberIn, factor: index, low: band.atLeast ?? -.infinity, high: band.below ?? .infinity)
      )
    case .hasAll(let id, let options), .lacksAny(let id, let options):
      guard let (index, kind) = factor(id), case .set(let table) = kind else {
        return append(Node(operation: .never))
      }
      var mask: UInt64 = 0
      var namesMissing = false
      for option in options {
        if let bit = table.bitByID[option] { mask |= UInt64(1) << UInt64(bit) } else { namesMissing = true }
      }
      if case .hasAll = condition {
        return append(Node(operation: .hasAll, factor: index, first: namesMissing ? 0 : 1, mask: mask))
      }
      return append(Node(operation: .lacksAny, factor: index, first: namesMissing ? 1 : 0, mask: mask))
    case .answered(let id, let answered):
      // A factor the rubric does not have is never answered.
      guard let index = factorIndex[id] else {
        let never = append(Node(operation: .never))
        return answered ? never : append(Node(operation: .not, first: never))
      }
      return append(Node(operation: .answered, factor: index, first: answered ? 1 : 0))
    case .scoreIn(let band):
      return append(Node(operation: .scoreIn, low: band.atLeast ?? -.infinity, high: band.below ?? .infinity))
    case .readinessIn(let band):
      return append(
        Node(operation: .readinessIn, low: band.atLeast ?? -.infinity, high: band.below ?? .infinity))
    case .verdictIs(let ids):
      let list = appendList(ids.compactMap { verdictIndex[$0] })
      return append(Node(operation: .verdictIs, first: list.first, count: list.count))
    }
  }

  /// Whether the condition at `root` holds for these answers, these scores and the verdict so
  /// far. `readiness` is NaN when no readiness factor is answered (or the rubric has none): a
  /// readiness test is then false, as a test of an unanswered factor is, and its `not` true.
  func holds(_ root: Int, _ answers: AnswerView, score: Double, readiness: Double = .nan, verdict: Int)
    -> Bool
  {
    let node = nodes[root]
    switch node.operation {
    case .all:
      for child in node.first..<(node.first + node.count)
      where !holds(children[child], answers, score: score, readiness: readiness, verdict: verdict) {
        return false
      }
      return true
    case .any:
      for child in node.first..<(node.first + node.count)
      where holds(children[child], answers, score: score, readiness: readiness, verdict: verdict) {
        return true
      }
      return false
    case .not:
      return !holds(node.first, answers, score: score, readiness: readiness, verdict: verdict)
    case .choiceIs:
      guard case .choice(let index) = answers[node.factor] else { return false }
      for position in node.first..<(node.first + node.count) where lists[position] == index { return true }
      return false
    case .numberIn:
      guard case .number(let value) = answers[node.factor] else { return false }
      return value >= node.low && value < node.high
    case .hasAll:
      guard case .set(let held) = answers[node.factor] else { return false }
      return node.first == 1 && held & node.mask == node.mask
    case .lacksAny:
      guard case .set(let held) = answers[node.factor] else { return false }
      return node.first == 1 || held & node.mask != node.mask
    case .answered:
      return answers[node.factor].isKnown == (node.first == 1)
    case .scoreIn:
      return score >= node.low && score < node.high
    case .readinessIn:
      return readiness >= node.low && readiness < node.high
    case .verdictIs:
      for position in node.first..<(node.first + node.count) where lists[position] == verdict { return true }
      return false
    case .never:
      return false
    }
  }

  /// Whether the condition at `root` reads the verdict so far.
  func readsVerdict(_ root: Int) -> Bool { uses(root, .verdictIs) }

  /// Whether the condition at `root` reads the readiness score.
  func readsReadiness(_ root: Int) -> Bool { uses(root, .readinessIn) }

  /// Whether the condition at `root` has a node of `operation` anywhere in it.
  private func uses(_ root: Int, _ operation: Operation) -> Bool {
    let node = nodes[root]
    if node.operation == operation { return true }
    switch node.operation {
    case .all, .any:
      return (node.first..<(node.first + node.count)).contains { uses(children[$0], operation) }
    case .not:
      return uses(node.first, operation)
    case .choiceIs, .numberIn, .hasAll, .lacksAny, .answered, .scoreIn, .readinessIn, .verdictIs, .never:
      return false
    }
  }

  /// Appends every finite end of a score test and of a readiness test in the condition at `root`:
  /// the scores at which its truth can change (a test holds from `low` and stops at `high`).
  func collectThresholds(_ root: Int, score: inout [Double], readiness: inout [Double]) {
    let node = nodes[root]
    switch node.operation {
    case .all, .any:
      for child in node.first..<(node.first + node.count) {
        collectThresholds(children[child], score: &score, readiness: &readiness)
      }
    case .not:
      collectThresholds(node.first, score: &score, readiness: &readiness)
    case .scoreIn:
      score += [node.low, node.high].filter(\.isFinite)
    case .readinessIn:
      readiness += [node.low, node.high].filter(\.isFinite)
    case .choiceIs, .numberIn, .hasAll, .lacksAny, .answered, .verdictIs, .never:
      break
    }
  }

  /// Marks every factor the condition at `root` reads in `reads`; returns whether it reads the score.
  func collectReads(_ root: Int, into reads: inout [Bool]) -> Bool {
    let node = nodes[root]
    switch node.operation {
    case .all, .any:
      var readsScore = false
      for child in node.first..<(node.first + node.count) where collectReads(children[child], into: &reads) {
        readsScore = true
      }
      return readsScore
    case .not:
      return collectReads(node.first, into: &reads)
    case .choiceIs, .numberIn, .hasAll, .lacksAny, .answered:
      if reads.indices.contains(node.factor) { reads[node.factor] = true }
      return false
    case .scoreIn:
      return true
    case .readinessIn, .verdictIs, .never:
      return false
    }
  }
}
