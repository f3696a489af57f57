/// A choice factor compiled for scoring: option id → index, and each option's lean and reason.
struct ChoiceTable: Sendable {
  let ids: [String]
  let leans: [Double]
  let reasons: [String]
  /// The first of two options with the same id wins; a validated rubric has no such pair.
  let indexByID: IDTable

  init(_ options: [ChoiceOption]) {
    ids = options.map(\.id)
    leans = options.map(\.lean)
    reasons = options.map(\.reason)
    indexByID = IDTable(ids)
  }
}
