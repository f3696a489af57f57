import Testing

@testable import archadvisor

@Suite struct StyleTests {
  @Test func disabledStyleReturnsItsArgument() {
    let style = Style(enabled: false)
    #expect(style.bold("x") == "x")
    #expect(style.dim("x") == "x")
    #expect(style.color("x", .yellow) == "x")
    #expect(style.lean("x", -1) == "x")
  }

  @Test func enabledStyleSwitchesEachStyleOffByItsOwnCode() {
    let style = Style(enabled: true)
    #expect(style.bold("x") == "\u{1B}[1mx\u{1B}[22m")
    #expect(style.dim("x") == "\u{1B}[2mx\u{1B}[22m")
    #expect(style.color("x", .yellow) == "\u{1B}[33mx\u{1B}[39m")
    #expect(style.lean("x", -0.5) == "\u{1B}[36mx\u{1B}[39m")
    #expect(style.lean("x", 0.5) == "\u{1B}[35mx\u{1B}[39m")
    #expect(style.lean("x", 0) == "x")
  }
}
