import Testing

@testable import archadvisor

/// Bytes from a terminal in raw mode, as keys.
@Suite struct KeyDecoderTests {
  func keys(_ bytes: [UInt8]) -> [Key] {
    var decoder = KeyDecoder()
    return decoder.keys(from: bytes) + decoder.flush()
  }

  func keys(_ text: String) -> [Key] { keys(Array(text.utf8)) }

  @Test func arrowsInBothCursorModesAndWithModifiers() {
    #expect(keys("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [.up, .down, .right, .left])
    #expect(keys("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD") == [.up, .down, .right, .left])
    #expect(keys("\u{1B}[1;5A\u{1B}[1;2D") == [.up, .left])
  }

  @Test func homeEndAndDeleteInTheirSeveralSpellings() {
    #expect(keys("\u{1B}[H\u{1B}OH\u{1B}[1~\u{1B}[7~") == [.home, .home, .home, .home])
    #expect(keys("\u{1B}[F\u{1B}OF\u{1B}[4~\u{1B}[8~") == [.end, .end, .end, .end])
    #expect(keys("\u{1B}[3~") == [.delete])
  }

  @Test func enterIsCROrLFAndACRLFPairIsOneEnter() {
    #expect(keys("\r") == [.enter])
    #expect(keys("\n") == [.enter])
    #expect(keys("\r\n") == [.enter])
    #expect(keys("\r\r") == [.enter, .enter])
    #expect(keys("\n\n") == [.enter, .enter])
    #expect(keys("\u{1B}OM") == [.enter])
  }

  @Test func controlKeysSpaceAndBackspace() {
    #expect(keys([0x03, 0x04]) == [.interrupt, .endOfInput])
    #expect(
      keys([0x01, 0x05, 0x15, 0x0B, 0x17, 0x1A]) == [
        .ctrl("a"), .ctrl("e"), .ctrl("u"), .ctrl("k"), .ctrl("w"), .ctrl("z"),
      ])
    #expect(keys([0x7F, 0x08]) == [.backspace, .backspace])
    #expect(keys(" \t") == [.space, .tab])
    #expect(keys([0x00, 0x1C]) == [.unknown, .unknown])
  }

  @Test func printableUTF8IsCharacters() {
    #expect(keys("j?K") == [.character("j"), .character("?"), .character("K")])
    #expect(keys("é→🚀") == [.character("é"), .character("→"), .character("🚀")])
  }

  @Test func invalidUTF8IsUnknownNotACrash() {
    #expect(keys([0xFF, 0x61]) == [.unknown, .character("a")])
    #expect(keys([0x80]) == [.unknown])
    #expect(keys([0xC3, 0x28]) == [.unknown, .character("(")])
    // Cut off at the end of the input.
    #expect(keys([0xE2, 0x86]) == [.unknown, .unknown])
  }

  @Test func aSequenceSplitAcrossReadsIsWaitedFor() {
    var decoder = KeyDecoder()
    #expect(decoder.keys(from: [0x1B]).isEmpty)
    #expect(decoder.hasPending)
    #expect(decoder.keys(from: Array("[".utf8)).isEmpty)
    #expect(decoder.keys(from: Array("B".utf8)) == [.down])
    #expect(!decoder.hasPending)
    #expect(decoder.keys(from: [0xE2, 0x86]).isEmpty)
    #expect(decoder.keys(from: [0x91]) == [.character("↑")])
  }

  @Test func escapeAloneIsTheEscapeKeyOnceNothingFollows() {
    var decoder = KeyDecoder()
    #expect(decoder.keys(from: [0x1B]).isEmpty)
    #expect(decoder.flush() == [.escape])
    #expect(keys("\u{1B}\u{1B}[A") == [.escape, .up])
    // Alt-x: Escape, then the key.
    #expect(keys("\u{1B}x") == [.escape, .character("x")])
  }

  @Test func unknownSequencesAreSwallowedWhole() {
    // F5 and F1: no stray letters or digits.
    #expect(keys("\u{1B}[15~\u{1B}OP") == [.unknown, .unknown])
    #expect(keys("\u{1B}[200~") == [.unknown])
    #expect(keys("\u{1B}[1;5Z") == [.unknown])
  }
}
