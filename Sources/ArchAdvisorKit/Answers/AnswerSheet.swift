/// One answer set laid out by a rubric's factors: an answer (or unknown) per factor, in rubric
/// order, the form ``Scorer`` reads without looking ids up.
///
/// Made by ``AnswersReader/answerSheet(fromJSON:)``; score it with ``Scorer/score(_:)-(AnswerSheet)``
/// using a scorer of the same rubric. Holds the same content as an ``Answers`` value
/// (``answersByID``), so a sheet given to a scorer of another rubric is still scored correctly,
/// by id. Two sheets are equal when their names, factor ids and answers are, however they were read.
public struct AnswerSheet: Hashable, Sendable {
  /// The project's name, if given.
  public var name: String?
  /// The ids of the factors the answers are laid out by, in rubric order.
  public let factorIDs: [String]
  /// The answer to each factor of ``factorIDs``, at the same position; `nil` when unknown.
  public internal(set) var answers: [Answer?]
  /// Each answer resolved against its factor (an option's index, a set's bit mask), when the
  /// reader had them to hand: it saves the scorer looking option ids up again. Empty otherwise.
  var resolved: [ResolvedValue]
  /// The factors `resolved` indexes into (their options, in order); empty when it is empty. A
  /// scorer uses `resolved` only for these very factors.
  var resolvedAgainst: [Factor]

  /// A sheet with every factor unknown, to be filled in with values resolved against `factors`.
  init(factorIDs: [String], resolvedAgainst factors: [Factor]) {
    self.factorIDs = factorIDs
    resolvedAgainst = factors
    // Built by appending: `Array(repeating:count:)` takes a slower, unspecialized path here.
    var answers: [Answer?] = []
    var resolved: [ResolvedValue] = []
    answers.reserveCapacity(factorIDs.count)
    resolved.reserveCapacity(factorIDs.count)
    for _ in factorIDs {
      answers.append(nil)
      resolved.append(.unknown)
    }
    self.answers = answers
    self.resolved = resolved
  }

  /// The answers laid out by `factorIDs` (answers to other ids are left out: a reader only makes
  /// answers for its rubric's factors).
  init(_ answers: Answers, factorIDs: [String], index: [String: Int]) {
    self.factorIDs = factorIDs
    name = answers.name
    var laidOut: [Answer?] = []
    laidOut.reserveCapacity(factorIDs.count)
    for _ in factorIDs { laidOut.append(nil) }
    for (id, answer) in answers.values {
      if let position = index[id] { laidOut[position] = answer }
    }
    self.answers = laidOut
    resolved = []
    resolvedAgainst = []
  }

  public static func == (lhs: AnswerSheet, rhs: AnswerSheet) -> Bool {
    lhs.name == rhs.name && lhs.factorIDs == rhs.factorIDs && lhs.answers == rhs.answers
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(name)
    hasher.combine(factorIDs)
    hasher.combine(answers)
  }

  /// The same answers keyed by factor id.
  public var answersByID: Answers {
    var values: [String: Answer] = [:]
    values.reserveCapacity(answers.count)
    for (position, answer) in answers.enumerated() {
      if let answer, values[factorIDs[position]] == nil { values[factorIDs[position]] = answer }
    }
    return Answers(name: name, values: values)
  }
}
