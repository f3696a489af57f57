import ArchAdvisorKit
import Testing

@testable import archadvisor

/// What a menu looks like.
@Suite struct MenuTextTests {
  let plain = MenuText(style: Style(enabled: false), width: 100, height: 40)

  func atQuestion(_ number: Int, rubric: Rubric) -> Interview {
    var interview = Interview(rubric: rubric)
    while interview.index < number - 1 { _ = interview.respond(to: "") }
    return interview
  }

  @Test func aChoiceListsItsOptionsWithTheCursorAndDontKnowAsTheDefault() throws {
    let interview = atQuestion(2, rubric: try CLITestRubrics.standard())
    var state = MenuState(factor: interview.currentFactor, start: interview.emptyLineGives)
    _ = state.handle(.down)
    let lines = plain.menu(interview, state)
    #expect(lines[0] == "Question 2 of 12: How often do models and features change in production?")
    #expect(lines[1] == "> 1. rarely   Rarely (a few times a year)")
    #expect(lines[2] == "  2. monthly  Monthly")
    #expect(lines[5] == "     Don't know (default)")
    #expect(
      lines[6].hasPrefix("  ↑/↓ to move, Enter to pick, or type a number or an id; ? explains; ← goes back"))
    #expect(lines.allSatisfy { !$0.contains("\u{1B}") })
  }

  @Test func theRubricDefaultAndAnEarlierAnswerAreMarked() throws {
    let custom = try CLITestRubrics.custom()
    var interview = atQuestion(2, rubric: custom)
    var lines = plain.menu(
      interview, MenuState(factor: interview.currentFactor, start: interview.emptyLineGives))
    #expect(lines.contains("> 3. cloud   The cloud (default)"))
    #expect(lines.contains("     Don't know"))
    _ = interview.respond(to: "laptop")
    _ = interview.goBack()
    lines = plain.menu(interview, MenuState(factor: interview.currentFactor, start: interview.emptyLineGives))
    #expect(lines.contains("> 1. laptop  A laptop (your answer)"))
  }

  @Test func aSetShowsItsTicksAndWhatWasTypedAndAMessage() throws {
    let interview = atQuestion(5, rubric: try CLITestRubrics.standard())
    var state = MenuState(factor: interview.currentFactor, start: .answer(.set(["tracing"])))
    _ = state.handle(.character("n"))
    state.message = "Not an answer."
    let lines = plain.menu(interview, state)
    #expect(lines.contains("  [ ] 1. containers       Containers (building and running images)"))
    #expect(lines.contains("> [ ] 3. networking       Service networking (discovery, load balancing)"))
    #expect(lines.contains("  [x] 5. tracing          Distributed tracing"))
    #expect(lines.contains("         Don't know"))
    #expect(lines.contains { $0.hasPrefix("  ↑/↓ to move, space to tick, Enter to accept the ticked ones") })
    #expect(lines.contains("  Typed: n (Enter to answer so, Backspace or Esc to undo)"))
    #expect(lines.last == "  Not an answer.")
  }

  @Test func theCursorRowIsBoldWhenStyled() throws {
    let styled = MenuText(style: Style(enabled: true), width: 100, height: 40)
    let interview = atQuestion(2, rubric: try CLITestRubrics.standard())
    let lines = styled.menu(interview, MenuState(factor: interview.currentFactor, start: .unknown))
    #expect(lines.contains("\u{1B}[1m>    Don't know (default)\u{1B}[22m"))
  }

  @Test func aShortTerminalScrollsTheOptionsWithTheCursor() throws {
    let rows = (1...10).map { "row \($0)" }
    #expect(MenuText.window(rows, cursor: 0, room: 20) == rows)
    let top = MenuText.window(rows, cursor: 0, room: 5)
    #expect(top == ["", "row 1", "row 2", "row 3", "  ↓ 7 more"])
    let middle = MenuText.window(rows, cursor: 5, room: 5)
    #expect(middle == ["  ↑ 4 more", "row 5", "row 6", "row 7", "  ↓ 3 more"])
    let bottom = MenuText.window(rows, cursor: 9, room: 5)
    #expect(bottom == ["  ↑ 7 more", "row 8", "row 9", "row 10", ""])
    let interview = atQuestion(5, rubric: try CLITestRubrics.standard())
    let short = MenuText(style: Style(enabled: false), width: 100, height: 8)
    let lines = short.menu(interview, MenuState(factor: interview.currentFactor, start: .unknown))
    #expect(lines.count <= 8)
    #expect(lines.contains(">        Don't know (default)"))
  }

  @Test func aNumberQuestionIsALineEditorUnderTheHint() throws {
    let interview = Interview(rubric: try CLITestRubrics.standard())
    var editor = LineEditor()
    for character in "12" { _ = editor.handle(.character(character)) }
    _ = editor.handle(.left)
    let (lines, column) = plain.numberPrompt(interview, editor: editor, message: "Not an answer: no.")
    #expect(lines[0] == "Question 1 of 12: How many engineers work on the system?")
    #expect(lines[1] == "  Type a whole number of engineers ≥ 1; Enter leaves it unknown; ? explains.")
    #expect(lines[2] == "  Not an answer: no.")
    #expect(lines[3] == "> 12")
    #expect(column == 3)
  }

  @Test func anAnsweredQuestionLeavesOneLine() throws {
    let factor = try CLITestRubrics.standard().factors[4]
    #expect(
      plain.answered(factor, .answer(.set(["containers", "tracing"])))
        == "✓ Which skills does the team already have in practice? containers, tracing\n")
    #expect(
      plain.answered(factor, .unknown)
        == "✓ Which skills does the team already have in practice? Don't know\n")
  }

  @Test func rubricTextCannotReachTheTerminalRaw() throws {
    var rubric = try CLITestRubrics.custom()
    rubric.factors[1].question = "Where \u{1B}[2J?"
    if case .choice(var options) = rubric.factors[1].kind {
      options[0].label = "A \u{1B}]0;title\u{7} laptop"
      rubric.factors[1].kind = .choice(options)
    }
    let interview = atQuestion(2, rubric: rubric)
    let lines = plain.menu(interview, MenuState(factor: interview.currentFactor, start: .unknown))
    #expect(lines.allSatisfy { !$0.contains("\u{1B}") })
  }
}

/// The help on `?` in a menu points at its "Don't know" entry.
@Suite struct MenuHelpTests {
  @Test func theHelpSaysHowToLeaveAFactorUnknownWhereItIsAsked() throws {
    let plain = QuestionText(style: Style(enabled: false), width: 100)
    var interview = Interview(rubric: try CLITestRubrics.standard())
    #expect(plain.help(interview, inMenu: true).contains("Type skip to leave the factor unknown"))
    _ = interview.respond(to: "3")
    #expect(
      plain.help(interview, inMenu: true).contains(
        "Choose Don't know (or type skip) to leave the factor unknown"))
    #expect(plain.help(interview).contains("Type skip to leave the factor unknown"))
  }
}
