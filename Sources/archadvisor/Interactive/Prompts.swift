import ArchAdvisorKit

/// How `ask` puts its questions: ``MenuPrompts`` at a capable terminal, ``LinePrompts``
/// elsewhere. Both drive the same ``Interview`` and end with the same ``Review``.
protocol Prompts {
  /// The line that opens the questions.
  mutating func introduce(_ rubric: Rubric)
  /// Asks the current question until the interview moves: answered, or back to the one before.
  mutating func ask(_ interview: inout Interview) throws(CLIError)
  /// Shows the review of a complete interview: the question to ask again (0-based), or `nil`
  /// when the answers are accepted.
  mutating func review(_ interview: Interview) throws(CLIError) -> Int?
}

extension Prompts {
  /// Asks every question not answered yet, then reviews, asking again what the review picks,
  /// until the answers are accepted.
  mutating func run(_ interview: inout Interview) throws(CLIError) {
    introduce(interview.rubric)
    while true {
      while !interview.isComplete { try ask(&interview) }
      guard let question = try review(interview) else { return }
      interview.revisit(question)
    }
  }
}
