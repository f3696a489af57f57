import ArchAdvisorKit

/// The questions of `ask` as a state machine: which question is current, what has been answered,
/// and what one line of input (or one pick from a menu) does. No input or output happens here, so
/// every path (numbers, ids, `?`, `back`, `skip`, an empty line, an invalid answer, a question
/// re-asked from the review) is tested in-process.
///
/// When every question has been answered the interview is complete, and `ask` shows the review;
/// ``revisit(_:)`` asks one question again and, once it is answered, the interview is complete
/// again (the questions after it are not asked a second time).
struct Interview: Sendable {
  /// What the user gave for a question they have been through.
  enum Given: Hashable, Sendable {
    case answer(Answer)
    /// Left unknown on purpose (an empty line with no default, or `skip`).
    case unknown
  }

  /// What one line of input did.
  enum Outcome: Hashable, Sendable {
    /// The current question was answered (or left unknown); the interview moved on.
    case answered(Given)
    /// The interview went back to the previous question.
    case wentBack
    /// `back` on the first question: nothing to go back to.
    case atFirstQuestion
    /// `?`: show the current question's help.
    case help
    /// Not an answer; the sentence says why. The same question is asked again.
    case invalid(String)
  }

  let rubric: Rubric
  private let reader: AnswersReader
  /// The index of the current question; `rubric.factors.count` when all are done.
  private(set) var index = 0
  /// What was given for each question, `nil` for one not reached yet.
  private(set) var given: [Given?]
  /// Whether the current question was re-asked from the review: answering it completes the
  /// interview again.
  private(set) var isRevisiting = false

  /// An interview at its first question; with `saved` answers (`ask --answers`), one that is
  /// already complete, every question given its saved answer (unknown where the file has none),
  /// so the review comes first and each re-asked question keeps its saved answer on Enter.
  init(rubric: Rubric, saved: [String: Answer]? = nil) {
    self.rubric = rubric
    reader = AnswersReader(rubric: rubric)
    if let saved {
      given = rubric.factors.map { factor in saved[factor.id].map(Given.answer) ?? .unknown }
      index = rubric.factors.count
    } else {
      given = Array(repeating: nil, count: rubric.factors.count)
    }
  }

  /// Whether every question has been answered.
  var isComplete: Bool { index >= rubric.factors.count }

  /// The factor being asked about; only while not complete.
  var currentFactor: Factor { rubric.factors[index] }

  /// The answers so far, by factor id (unknown factors left out).
  var answers: [String: Answer] {
    var values: [String: Answer] = [:]
    for (factor, given) in zip(rubric.factors, given) {
      if case .answer(let answer)? = given { values[factor.id] = answer }
    }
    return values
  }

  /// What an empty line gives for the current question: the earlier answer when the user came
  /// back to it, else the rubric's default, else unknown.
  var emptyLineGives: Given {
    if let earlier = given[index] { return earlier }
    return currentFactor.defaultAnswer.map(Given.answer) ?? .unknown
  }

  /// Whether the current question has been answered before (came back to, or re-asked from the
  /// review): Enter then keeps that answer rather than taking a default.
  var currentWasAnswered: Bool { given[index] != nil }

  /// Asks question `question` (0-based) again, from the review; the interview is complete again
  /// once it is answered.
  mutating func revisit(_ question: Int) {
    precondition(rubric.factors.indices.contains(question))
    index = question
    isRevisiting = true
  }

  /// Gives the current question `value` (a pick from a menu) and moves on.
  mutating func give(_ value: Given) -> Outcome {
    advance(with: value)
  }

  /// Goes back to the previous question, as `back` does.
  mutating func goBack() -> Outcome {
    guard index > 0 else { return .atFirstQuestion }
    index -= 1
    return .wentBack
  }

  /// Handles one line typed at the current question.
  ///
  /// The words `?`, `back` and `skip` are commands, unless the factor has an option with that
  /// id (an option always wins over a command, so every option can be chosen).
  mutating func respond(to line: String) -> Outcome {
    let factor = currentFactor
    let text = Interview.trimmed(line)
    let word = text.lowercased()
    let isOption = factor.optionIDs.contains(word)
    if text == "?" { return .help }
    if word == "back", !isOption { return goBack() }
    if word == "skip", !isOption { return advance(with: .unknown) }
    if text.isEmpty { return advance(with: emptyLineGives) }
    do {
      return advance(with: .answer(try answer(text, for: factor)))
    } catch {
      return .invalid(error.message)
    }
  }

  private mutating func advance(with value: Given) -> Outcome {
    given[index] = value
    if isRevisiting {
      index = rubric.factors.count
      isRevisiting = false
    } else {
      index += 1
    }
    return .answered(value)
  }

  /// Reads typed text for `factor`: option numbers (1-based) turned into ids, then the
  /// engine's reader, which accepts ids in any case and with `-` for `_`.
  private func answer(_ text: String, for factor: Factor) throws(AnswerError) -> Answer {
    let ids = factor.optionIDs
    switch factor.kind {
    case .number:
      return try reader.answer(for: factor, text: text)
    case .choice:
      return try reader.answer(for: factor, text: try Interview.optionID(text, ids: ids, factor: factor.id))
    case .set:
      let items = text.split(separator: ",", omittingEmptySubsequences: false).map {
        Interview.trimmed(String($0))
      }
      var resolved: [String] = []
      for item in items {
        resolved.append(try Interview.optionID(item, ids: ids, factor: factor.id))
      }
      return try reader.answer(for: factor, text: resolved.joined(separator: ","))
    }
  }

  /// The id an option number stands for; other text is passed on as it is.
  static func optionID(_ text: String, ids: [String], factor: String) throws(AnswerError) -> String {
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
      return text
    }
    guard let number = Int(text), number >= 1, number <= ids.count else {
      throw AnswerError(
        factor: factor,
        message: "\(Quoted.text(text)) is not an option number; choose 1 to \(ids.count) or type an id")
    }
    return ids[number - 1]
  }

  /// The text without spaces or tabs around it.
  static func trimmed(_ text: String) -> String {
    var slice = Substring(text)
    while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
    return String(slice)
  }
}
