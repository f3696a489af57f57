import ArchAdvisorKit

/// The questions as line prompts: the question and its numbered options, then a `> ` after
/// which a line is typed. What `ask` uses with `--plain`, with `TERM=dumb`, and when standard
/// input or standard error is not a terminal; a screen reader reads it as it comes.
///
/// Standard input is read line by line, so tests and scripts can pipe the answers in; each
/// answer is then echoed after its prompt, so the transcript on standard error reads like the
/// terminal session would. The end of input before the last answer (Ctrl-D) at a terminal stops
/// with "aborted: no report written" (130); piped input that ends before the last answer is input
/// missing (66, nothing answered) or short (65). At the review, an empty line accepts the
/// answers, and so does the end of piped input: a script that gives one line per question keeps
/// working as it did before there was a review.
struct LinePrompts: Prompts {
  var text: QuestionText
  var review: Review
  /// Whether standard input is a terminal (which echoes what is typed).
  var inputIsTerminal: Bool
  private var input = LineReader()

  init(text: QuestionText, review: Review, inputIsTerminal: Bool) {
    self.text = text
    self.review = review
    self.inputIsTerminal = inputIsTerminal
  }

  mutating func introduce(_ rubric: Rubric) {
    let count = rubric.factors.count
    Messages.write(
      text.message(
        "\(TerminalSanitizer.clean(rubric.title)): \(count) question\(count == 1 ? "" : "s"). "
          + "Type ? at any question to have it explained, back to go back.", indent: 0))
  }

  mutating func ask(_ interview: inout Interview) throws(CLIError) {
    Messages.write(text.question(interview))
    while true {
      guard let line = try readLine(interview) else { continue }
      switch interview.respond(to: line) {
      case .answered, .wentBack:
        return
      case .atFirstQuestion:
        Messages.write(text.message("This is the first question; there is nothing to go back to."))
      case .help:
        Messages.write(text.help(interview))
      case .invalid(let reason):
        Messages.write(text.message("Not an answer: " + reason + ". Try again."))
      }
    }
  }

  mutating func review(_ interview: Interview) throws(CLIError) -> Int? {
    Messages.write(review.text(interview))
    while true {
      let line: String
      do {
        guard let typed = try readLine(interview) else { continue }
        line = typed
      } catch .inputEnded {
        // Piped answers that end here were meant to be complete: accept them.
        return nil
      }
      switch Review.choice(for: line, rubric: interview.rubric) {
      case .accept: return nil
      case .change(let question): return question
      case .invalid(let reason): Messages.write(text.message(reason + ".", indent: 0))
      }
    }
  }

  /// Shows the prompt and reads a line; `nil` when the line could not be read (it was said why,
  /// and the prompt comes again). The end of input at a terminal is the user stopping; on a pipe
  /// it is input that ended too soon.
  private mutating func readLine(_ interview: Interview) throws(CLIError) -> String? {
    let echo = !inputIsTerminal
    Messages.write(text.prompt)
    switch input.next() {
    case .endOfInput:
      // At a terminal, Ctrl-D leaves the cursor after the prompt, and it is the user stopping.
      Messages.write("\n")
      guard inputIsTerminal else {
        // A pipe or file that ends early is input that is short, not a user who stopped.
        throw CLIError.inputEnded(answered: interview.index, of: interview.rubric.factors.count)
      }
      throw CLIError.aborted
    case .invalidUTF8:
      if echo { Messages.write("\n") }
      Messages.write(text.message("That answer is not valid UTF-8 text; please type it again."))
      return nil
    case .tooLong:
      if echo { Messages.write("\n") }
      Messages.write(text.message("That answer is too long; please type it again."))
      return nil
    case .text(let typed):
      if echo { Messages.write(TerminalSanitizer.clean(typed) + "\n") }
      return typed
    }
  }
}
