import Testing

@testable import archadvisor

/// The line editor of number questions and the review.
@Suite struct LineEditorTests {
  func typed(_ text: String) -> LineEditor {
    var editor = LineEditor()
    for character in text { _ = editor.handle(character == " " ? .space : .character(character)) }
    return editor
  }

  @Test func typingInsertsAtTheCursorAndEnterSubmits() {
    var editor = typed("13")
    #expect(editor.handle(.left) == .redraw)
    #expect(editor.handle(.character("2")) == .redraw)
    #expect(editor.text == "123")
    #expect(editor.cursor == 2)
    #expect(editor.handle(.enter) == .submit("123"))
  }

  @Test func homeEndAndTheirControlKeys() {
    var editor = typed("abc")
    #expect(editor.handle(.home) == .redraw)
    #expect(editor.cursor == 0)
    #expect(editor.handle(.left) == .none, "already at the start: not back, since there is text")
    #expect(editor.handle(.end) == .redraw)
    #expect(editor.cursor == 3)
    #expect(editor.handle(.right) == .none)
    _ = editor.handle(.ctrl("a"))
    #expect(editor.cursor == 0)
    _ = editor.handle(.ctrl("e"))
    #expect(editor.cursor == 3)
    _ = editor.handle(.ctrl("b"))
    #expect(editor.cursor == 2)
    _ = editor.handle(.ctrl("f"))
    #expect(editor.cursor == 3)
  }

  @Test func backspaceAndDeleteRemoveOneCharacter() {
    var editor = typed("1234")
    #expect(editor.handle(.backspace) == .redraw)
    #expect(editor.text == "123")
    _ = editor.handle(.home)
    #expect(editor.handle(.backspace) == .none)
    #expect(editor.handle(.delete) == .redraw)
    #expect(editor.text == "23")
    #expect(editor.handle(.endOfInput) == .redraw, "Ctrl-D on text deletes, as in readline")
    #expect(editor.text == "3")
  }

  @Test func ctrlUKAndWKillParts() {
    var editor = typed("one two  three")
    #expect(editor.handle(.ctrl("w")) == .redraw)
    #expect(editor.text == "one two  ")
    #expect(editor.handle(.ctrl("w")) == .redraw)
    #expect(editor.text == "one ")
    _ = editor.handle(.left)
    _ = editor.handle(.left)
    #expect(editor.handle(.ctrl("k")) == .redraw)
    #expect(editor.text == "on")
    #expect(editor.handle(.ctrl("u")) == .redraw)
    #expect(editor.text.isEmpty)
    #expect(editor.handle(.ctrl("u")) == .none)
  }

  @Test func onAnEmptyLineLeftGoesBackQuestionMarkHelpsCtrlDEnds() {
    var editor = LineEditor()
    #expect(editor.handle(.left) == .back)
    #expect(editor.handle(.character("?")) == .help)
    #expect(editor.handle(.endOfInput) == .endOfInput)
    #expect(editor.handle(.interrupt) == .interrupt)
    #expect(editor.handle(.ctrl("z")) == .suspend)
    #expect(editor.handle(.enter) == .submit(""))
    var text = typed("1")
    #expect(text.handle(.character("?")) == .redraw, "a ? after text is text")
    #expect(text.handle(.interrupt) == .interrupt)
  }

  @Test func keysWithNoMeaningChangeNothing() {
    var editor = typed("5")
    for key in [Key.up, .down, .tab, .escape, .unknown, .ctrl("l")] {
      #expect(editor.handle(key) == .none)
    }
    #expect(editor.text == "5")
  }

  @Test func aLongLineScrollsToKeepTheCursorInView() {
    var editor = typed("abcdefghij")
    let whole = editor.window(cells: 20)
    #expect(whole.shown == "abcdefghij")
    #expect(whole.cursorCells == 10)
    let end = editor.window(cells: 5)
    #expect(end.shown == "ghij")
    #expect(end.cursorCells == 4)
    _ = editor.handle(.home)
    let start = editor.window(cells: 5)
    #expect(start.shown == "abcde")
    #expect(start.cursorCells == 0)
  }

  @Test func wideCharactersCountTwoCells() {
    let editor = typed("日本")
    #expect(editor.window(cells: 10).cursorCells == 4)
  }
}
