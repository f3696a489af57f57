import ArchAdvisorKit
import Testing

@testable import archadvisor

/// A question's menu, key by key, without a terminal.
@Suite struct MenuStateTests {
  func factor(_ id: String, in rubric: Rubric) -> Factor {
    rubric.factors.first { $0.id == id }!
  }

  func updateFrequency(start: Interview.Given = .unknown) throws -> MenuState {
    MenuState(factor: factor("update_frequency", in: try CLITestRubrics.standard()), start: start)
  }

  func skills(start: Interview.Given = .unknown) throws -> MenuState {
    MenuState(factor: factor("skills", in: try CLITestRubrics.standard()), start: start)
  }

  @Test func withoutADefaultTheCursorStartsOnDontKnowAndEnterLeavesItUnknown() throws {
    var menu = try updateFrequency()
    #expect(menu.rowCount == 5)
    #expect(menu.cursor == menu.unknownRow)
    #expect(menu.handle(.enter) == .picked(.unknown))
  }

  @Test func theCursorStartsOnTheDefaultOrTheEarlierAnswer() throws {
    let custom = try CLITestRubrics.custom()
    var hosting = MenuState(factor: factor("hosting", in: custom), start: .answer(.choice("cloud")))
    #expect(hosting.cursor == 2)
    #expect(hosting.handle(.enter) == .picked(.answer(.choice("cloud"))))
    var skills = try skills(start: .answer(.set(["tracing", "containers"])))
    #expect(skills.ticked == [0, 4])
    #expect(skills.handle(.enter) == .picked(.answer(.set(["containers", "tracing"]))))
  }

  @Test func downAndEnterPickTheNextOptionAndTheCursorWraps() throws {
    var menu = try updateFrequency()
    #expect(menu.handle(.down) == .redraw)
    #expect(menu.cursor == 0)
    #expect(menu.handle(.down) == .redraw)
    #expect(menu.handle(.enter) == .picked(.answer(.choice("monthly"))))
    var up = try updateFrequency()
    _ = up.handle(.up)
    #expect(up.cursor == 3)
    _ = up.handle(.home)
    #expect(up.cursor == 0)
    _ = up.handle(.up)
    #expect(up.cursor == up.unknownRow)
    _ = up.handle(.end)
    #expect(up.cursor == up.unknownRow)
  }

  @Test func jAndKMoveOnlyWhileNothingIsTyped() throws {
    var menu = try updateFrequency()
    _ = menu.handle(.character("j"))
    _ = menu.handle(.character("j"))
    #expect(menu.cursor == 1)
    _ = menu.handle(.character("k"))
    #expect(menu.cursor == 0)
    _ = menu.handle(.character("w"))
    _ = menu.handle(.character("k"))
    #expect(menu.typed == "wk", "typed, not a move")
  }

  @Test func typingJumpsToTheOptionItFitsAndEnterPicksAUniqueOne() throws {
    var menu = try updateFrequency()
    _ = menu.handle(.character("D"))
    #expect(menu.cursor == 3, "daily, in any case")
    #expect(menu.handle(.enter) == .picked(.answer(.choice("daily"))))

    var number = try updateFrequency()
    _ = number.handle(.character("2"))
    #expect(number.cursor == 1)
    #expect(number.handle(.enter) == .picked(.answer(.choice("monthly"))))

    // The start of a label works too ("Rarely (a few times a year)").
    var label = try updateFrequency()
    _ = label.handle(.character("r"))
    #expect(label.handle(.enter) == .picked(.answer(.choice("rarely"))))
  }

  @Test func textThatFitsNoOneOptionIsHandedOverAsTyped() throws {
    let standard = try CLITestRubrics.standard()
    // "pr" fits prototype and production alike: neither is guessed.
    var stage = MenuState(factor: factor("stage", in: standard), start: .unknown)
    _ = stage.handle(.character("p"))
    _ = stage.handle(.character("r"))
    #expect(stage.cursor == 0, "the cursor shows the first that fits")
    #expect(stage.handle(.enter) == .submit("pr"))
    _ = stage.handle(.escape)
    for character in "pro" { _ = stage.handle(.character(character)) }
    _ = stage.handle(.character("d"))
    #expect(stage.cursor == 2)
    #expect(stage.handle(.enter) == .picked(.answer(.choice("production"))))
    var word = try updateFrequency()
    for character in "back" { _ = word.handle(.character(character)) }
    #expect(word.handle(.enter) == .submit("back"))
    var typo = try updateFrequency()
    for character in "dayly" { _ = typo.handle(.character(character)) }
    #expect(typo.handle(.enter) == .submit("dayly"))
  }

  @Test func backspaceAndEscapeUndoTheTyping() throws {
    var menu = try updateFrequency()
    _ = menu.handle(.character("w"))
    _ = menu.handle(.character("x"))
    #expect(menu.handle(.backspace) == .redraw)
    #expect(menu.typed == "w")
    #expect(menu.handle(.escape) == .redraw)
    #expect(menu.typed.isEmpty)
    #expect(menu.handle(.escape) == .none)
    #expect(menu.handle(.backspace) == .none)
    #expect(menu.cursor == 2, "still on weekly, where the typing took it")
  }

  @Test func spaceTicksAndEnterAcceptsTheTickedOnesInRubricOrder() throws {
    var menu = try skills()
    _ = menu.handle(.home)
    #expect(menu.handle(.space) == .redraw)
    _ = menu.handle(.down)
    _ = menu.handle(.down)
    _ = menu.handle(.space)
    _ = menu.handle(.space)  // unticked again
    _ = menu.handle(.down)
    _ = menu.handle(.down)
    _ = menu.handle(.space)
    #expect(menu.ticked == [0, 4])
    #expect(menu.handle(.enter) == .picked(.answer(.set(["containers", "tracing"]))))
  }

  @Test func aSetWithNothingTickedIsNoneExceptOnDontKnow() throws {
    var none = try skills()
    _ = none.handle(.home)
    #expect(none.handle(.enter) == .picked(.answer(.set([]))))
    var unknown = try skills(start: .answer(.set(["tracing"])))
    _ = unknown.handle(.end)
    #expect(unknown.handle(.space) == .redraw, "space on Don't know ticks nothing")
    #expect(unknown.handle(.enter) == .picked(.unknown))
  }

  @Test func typingThenSpaceTicksTheOptionTypedAndTypedListsAreHandedOver() throws {
    var menu = try skills()
    _ = menu.handle(.character("t"))
    _ = menu.handle(.character("r"))
    _ = menu.handle(.space)
    #expect(menu.ticked == [4])
    #expect(menu.typed.isEmpty)
    for character in "1,3" { _ = menu.handle(.character(character)) }
    #expect(menu.handle(.enter) == .submit("1,3"))
  }

  @Test func commandKeys() throws {
    var menu = try updateFrequency()
    #expect(menu.handle(.character("?")) == .help)
    #expect(menu.handle(.left) == .back)
    #expect(menu.handle(.interrupt) == .interrupt)
    #expect(menu.handle(.endOfInput) == .endOfInput)
    #expect(menu.handle(.ctrl("z")) == .suspend)
    #expect(menu.handle(.right) == .none)
    #expect(menu.handle(.space) == .none, "space in a choice does nothing")
  }

  @Test func aMessageLastsUntilTheNextKey() throws {
    var menu = try updateFrequency()
    menu.message = "Not an answer."
    #expect(menu.handle(.right) == .redraw, "redrawn without the message")
    #expect(menu.message == nil)
    #expect(menu.handle(.right) == .none)
  }
}
