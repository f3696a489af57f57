import ArchAdvisorKit

/// The questions as menus at a capable terminal, gh-style: a choice or set question is a
/// ``MenuState`` moved through with the arrow keys, a number question and the review a
/// ``LineEditor``; both are redrawn in place (``ScreenFrame``) as keys come in, and an answered
/// question leaves one line behind.
///
/// Keys are read one at a time (``KeyReader``), so the caller puts the terminal in raw mode
/// (``TerminalRawMode``) for as long as this runs, and puts it back afterwards, whatever happens.
/// Ctrl-C and Ctrl-D stop with ``CLIError/aborted`` (130) after moving below the menu; Ctrl-Z
/// suspends the process with the terminal restored.
struct MenuPrompts: Prompts {
  var text: MenuText
  var question: QuestionText
  var review: Review
  private var keys = KeyReader()
  private var frame: ScreenFrame

  init(text: MenuText, question: QuestionText, review: Review) {
    self.text = text
    self.question = question
    self.review = review
    frame = ScreenFrame(width: text.width)
  }

  mutating func introduce(_ rubric: Rubric) {
    Messages.write(text.introduction(rubric))
  }

  mutating func ask(_ interview: inout Interview) throws(CLIError) {
    switch interview.currentFactor.kind {
    case .number: try askNumber(&interview)
    case .choice, .set: try askMenu(&interview)
    }
  }

  /// A choice or set question.
  private mutating func askMenu(_ interview: inout Interview) throws(CLIError) {
    let factor = interview.currentFactor
    var state = MenuState(factor: factor, start: interview.emptyLineGives)
    TerminalRawMode.setCursorHidden(true)
    Messages.write(frame.draw(text.menu(interview, state)))
    while true {
      switch state.handle(keys.next()) {
      case .none: continue
      case .redraw: break
      case .picked(let given):
        _ = interview.give(given)
        return settle(factor, given)
      case .submit(let typed):
        switch respond(typed, &interview, factor: factor) {
        case .done: return
        case .refused(let reason): state.message = reason
        case .redraw: break
        }
      case .back:
        guard interview.goBack() == .atFirstQuestion else { return Messages.write(frame.clear()) }
        state.message = MenuPrompts.atFirstQuestion
      case .help: showHelp(interview)
      case .interrupt, .endOfInput: throw stop()
      case .suspend: suspend()
      }
      Messages.write(frame.draw(text.menu(interview, state)))
    }
  }

  /// A number question: a line editor with the cursor shown.
  private mutating func askNumber(_ interview: inout Interview) throws(CLIError) {
    let factor = interview.currentFactor
    var editor = LineEditor()
    var message: String?
    TerminalRawMode.setCursorHidden(false)
    while true {
      let (lines, column) = text.numberPrompt(interview, editor: editor, message: message)
      Messages.write(frame.draw(lines, cursorColumn: column))
      let effect = nextEffect(of: &editor)
      switch effect {
      case .none, .redraw: continue
      case .submit(let typed):
        switch respond(typed, &interview, factor: factor) {
        case .done: return
        case .refused(let reason): message = reason
        case .redraw: break
        }
      case .back:
        guard interview.goBack() == .atFirstQuestion else { return Messages.write(frame.clear()) }
        message = MenuPrompts.atFirstQuestion
      case .help: showHelp(interview)
      case .interrupt, .endOfInput: throw stop()
      case .suspend: suspend()
      }
    }
  }

  /// The line editor's answer to the keys, read until one changes something.
  private mutating func nextEffect(of editor: inout LineEditor) -> LineEditor.Effect {
    var effect: LineEditor.Effect = .none
    while effect == .none { effect = editor.handle(keys.next()) }
    return effect
  }

  /// What typed text did to the current question.
  private enum Response {
    /// Answered, or gone back from: the next question.
    case done
    /// Not an answer, for the reason given.
    case refused(String)
    /// Only the screen changed (help was shown).
    case redraw
  }

  /// Hands typed text to the interview, as a line prompt would.
  private mutating func respond(_ typed: String, _ interview: inout Interview, factor: Factor) -> Response {
    switch interview.respond(to: typed) {
    case .answered(let given):
      settle(factor, given)
      return .done
    case .wentBack:
      Messages.write(frame.clear())
      return .done
    case .atFirstQuestion:
      return .refused(MenuPrompts.atFirstQuestion)
    case .help:
      showHelp(interview)
      return .redraw
    case .invalid(let reason):
      return .refused("Not an answer: " + reason + ".")
    }
  }

  static let atFirstQuestion = "This is the first question; there is nothing to go back to."

  mutating func review(_ interview: Interview) throws(CLIError) -> Int? {
    TerminalRawMode.setCursorHidden(false)
    Messages.write(review.text(interview))
    var editor = LineEditor()
    var message: String?
    let count = interview.rubric.factors.count
    while true {
      let (line, column) = text.promptLine(editor)
      let lines = (message.map { TextWrapper(width: text.width - 1).lines($0) } ?? []) + [line]
      Messages.write(frame.draw(lines, cursorColumn: column))
      let effect = nextEffect(of: &editor)
      switch effect {
      case .none, .redraw: continue
      case .submit(let typed):
        switch Review.choice(for: typed, rubric: interview.rubric) {
        case .accept:
          Messages.write(frame.finish())
          return nil
        case .change(let question):
          Messages.write(frame.finish())
          return question
        case .invalid(let reason):
          message = reason + "."
        }
      case .back:
        // ← on the empty line: the last question again.
        Messages.write(frame.finish())
        return count - 1
      case .help: message = Review.instruction(count: count)
      case .interrupt, .endOfInput: throw stop()
      case .suspend: suspend()
      }
    }
  }

  /// The question is answered: the menu gives way to one line saying so.
  private mutating func settle(_ factor: Factor, _ given: Interview.Given) {
    Messages.write(frame.clear() + text.answered(factor, given))
  }

  /// `?`: the help goes above the menu, which is drawn again below it.
  private mutating func showHelp(_ interview: Interview) {
    Messages.write(frame.clear() + question.help(interview, inMenu: true))
  }

  /// Ctrl-C or Ctrl-D: the menu stays as it was, and the message goes below it.
  private mutating func stop() -> CLIError {
    Messages.write(frame.finish())
    return .aborted
  }

  /// Ctrl-Z: stop until the shell resumes the process, then draw afresh where the cursor is.
  private mutating func suspend() {
    Messages.write(frame.finish())
    TerminalRawMode.suspend()
  }
}
