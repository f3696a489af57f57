import Testing

@testable import archadvisor

@Suite struct TerminalSanitizerTests {
  @Test func cleanTextIsReturnedUnchanged() {
    for text in ["payments", "émoji 🚀 naïve", "", "a\\b", "日本語"] {
      #expect(TerminalSanitizer.clean(text) == text)
    }
  }

  @Test func escapeSequencesBecomeVisibleText() {
    #expect(TerminalSanitizer.clean("\u{1B}[31mred\u{1B}[0m") == "\\u{1B}[31mred\\u{1B}[0m")
    #expect(TerminalSanitizer.clean("\u{1B}]0;title\u{7}") == "\\u{1B}]0;title\\u{7}")
    #expect(TerminalSanitizer.clean("nul\u{0}del\u{7F}") == "nul\\u{0}del\\u{7F}")
  }

  @Test func c1ControlsAreEscaped() {
    // U+009B is a one-scalar CSI on terminals that honour 8-bit controls.
    #expect(TerminalSanitizer.clean("\u{9B}31m") == "\\u{9B}31m")
    #expect(TerminalSanitizer.clean("\u{80}\u{9F}") == "\\u{80}\\u{9F}")
  }

  @Test func bidiOverridesAndIsolatesAreEscaped() {
    #expect(TerminalSanitizer.clean("a\u{202E}b\u{202C}") == "a\\u{202E}b\\u{202C}")
    #expect(TerminalSanitizer.clean("\u{2066}x\u{2069}") == "\\u{2066}x\\u{2069}")
    #expect(TerminalSanitizer.clean("\u{202A}\u{202B}\u{202D}\u{2067}\u{2068}").unicodeScalars.count == 5 * 8)
  }

  @Test func lineBreaksAndTabsBecomeOneSpaceEach() {
    #expect(TerminalSanitizer.clean("a\nb") == "a b")
    #expect(TerminalSanitizer.clean("a\r\nb") == "a b")
    #expect(TerminalSanitizer.clean("a\rb\tc") == "a b c")
    #expect(TerminalSanitizer.clean("a\u{85}b\u{2028}c\u{2029}d") == "a b c d")
    #expect(TerminalSanitizer.clean("a\n\nb") == "a  b")
  }

  @Test func noOutputScalarIsAControlOrOverride() {
    // Every scalar up to the end of the General Punctuation block, one at a time and all at once.
    let scalars = (0..<0x2100).compactMap { Unicode.Scalar(UInt32($0)) }
    var all = String.UnicodeScalarView()
    for scalar in scalars {
      all.append(scalar)
      let cleaned = TerminalSanitizer.clean("x" + String(scalar) + "y")
      #expect(!cleaned.unicodeScalars.contains(where: TerminalSanitizer.needsReplacing), "U+\(scalar.value)")
    }
    let cleaned = TerminalSanitizer.clean(String(all))
    #expect(!cleaned.unicodeScalars.contains(where: TerminalSanitizer.needsReplacing))
    #expect(!cleaned.unicodeScalars.contains("\u{1B}"))
  }
}
