/// The resolved answers of one answer set with up to two factors replaced: what the rules read
/// when the scorer tries a completion or a flip, without copying the answers for every candidate.
struct AnswerView {
  let base: [ResolvedValue]
  /// What an unknown factor of `base` reads as instead, when the view completes the answers
  /// (the ends of the range); empty otherwise.
  private var completion: [ResolvedValue] = []
  private var firstIndex = -1
  private var firstValue = ResolvedValue.unknown
  private var secondIndex = -1
  private var secondValue = ResolvedValue.unknown

  init(_ base: [ResolvedValue]) {
    self.base = base
  }

  /// These answers with every unknown factor answered as `completion` says, without copying them.
  init(_ base: [ResolvedValue], completingWith completion: [ResolvedValue]) {
    self.base = base
    self.completion = completion
  }

  /// These answers with the factor at `index` answered `value` instead.
  init(_ base: [ResolvedValue], replacing index: Int, with value: ResolvedValue) {
    self.base = base
    firstIndex = index
    firstValue = value
  }

  /// These answers with two factors answered differently.
  init(
    _ base: [ResolvedValue], replacing index: Int, with value: ResolvedValue, and otherIndex: Int,
    with otherValue: ResolvedValue
  ) {
    self.base = base
    firstIndex = index
    firstValue = value
    secondIndex = otherIndex
    secondValue = otherValue
  }

  subscript(index: Int) -> ResolvedValue {
    if index == firstIndex { return firstValue }
    if index == secondIndex { return secondValue }
    // A rule can only name a factor of the rubric, but an index outside the answers must not trap.
    guard base.indices.contains(index) else { return .unknown }
    let value = base[index]
    if !completion.isEmpty, !value.isKnown, completion.indices.contains(index) { return completion[index] }
    return value
  }
}
