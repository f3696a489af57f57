import Testing

@testable import archadvisor

/// Redrawing in place with cursor up, erase line and cursor forward.
@Suite struct ScreenFrameTests {
  @Test func theFirstDrawWritesTheLinesAndLeavesTheCursorAtTheEnd() {
    var frame = ScreenFrame(width: 40)
    #expect(frame.draw(["one", "two"]) == "\u{1B}[2Kone\r\n\u{1B}[2Ktwo\r\u{1B}[3C")
    #expect(frame.height == 2)
  }

  @Test func aRedrawGoesBackUpFirst() {
    var frame = ScreenFrame(width: 40)
    _ = frame.draw(["one", "two", "three"])
    #expect(frame.draw(["1", "2", "3"]) == "\u{1B}[2A\r\u{1B}[2K1\r\n\u{1B}[2K2\r\n\u{1B}[2K3\r\u{1B}[1C")
  }

  @Test func aShorterFrameBlanksTheRowsLeftOver() {
    var frame = ScreenFrame(width: 40)
    _ = frame.draw(["a", "b", "c"])
    #expect(frame.draw(["x"]) == "\u{1B}[2A\r\u{1B}[2Kx\r\n\u{1B}[2K\r\n\u{1B}[2K\u{1B}[2A\r\u{1B}[1C")
    #expect(frame.height == 1)
    // One row: up by nothing.
    #expect(frame.draw(["y"]) == "\r\u{1B}[2Ky\r\u{1B}[1C")
  }

  @Test func theCursorColumnCanBeGiven() {
    var frame = ScreenFrame(width: 40)
    #expect(frame.draw(["> 12"], cursorColumn: 3).hasSuffix("\r\u{1B}[3C"))
    #expect(frame.draw(["> "], cursorColumn: 0).hasSuffix("\r"))
  }

  @Test func linesAreCutShortOfTheLastColumn() {
    var frame = ScreenFrame(width: 10)
    let output = frame.draw([String(repeating: "x", count: 30)])
    #expect(output == "\u{1B}[2K" + String(repeating: "x", count: 8) + "…" + "\r\u{1B}[9C")
    // A styled line that is cut gets its style reset.
    #expect(
      frame.draw(["\u{1B}[1m" + String(repeating: "y", count: 30) + "\u{1B}[22m"]).contains("…\u{1B}[0m"))
  }

  @Test func clearErasesAndLeavesTheCursorAtTheTop() {
    var frame = ScreenFrame(width: 40)
    _ = frame.draw(["a", "b"])
    #expect(frame.clear() == "\u{1B}[1A\r\u{1B}[2K\r\n\u{1B}[2K\u{1B}[1A\r")
    #expect(frame.height == 0)
    #expect(frame.clear().isEmpty)
    #expect(frame.draw(["c"]) == "\u{1B}[2Kc\r\u{1B}[1C", "a new frame after clear")
  }

  @Test func finishMovesBelowTheFrame() {
    var frame = ScreenFrame(width: 40)
    #expect(frame.finish().isEmpty)
    _ = frame.draw(["a", "b"])
    #expect(frame.finish() == "\r\n")
    #expect(frame.height == 0)
  }
}
