import Testing

@testable import archadvisor

@Suite struct TextWrapperTests {
  let prose =
    "Monoliths are cheaper up front, faster to set up, need fewer skills and fewer moving parts; "
    + "microservices shine when models and features change often and parts must scale on their own."

  // 21 is the narrowest width that leaves `minimumTextWidth` columns after the 9-column indent.
  @Test(arguments: [21, 30, 40, 57, 80, 120])
  func everyLineFitsTheWidthAndNoWordIsLost(width: Int) {
    let lines = TextWrapper(width: width).lines(prose, prefix: "  +18.2  ", indent: 9)
    for line in lines {
      #expect(line.unicodeScalars.count <= width, "\(line.unicodeScalars.count) > \(width): \(line)")
    }
    // Nothing is lost or reordered; a word longer than the room (at 21: "microservices") is cut.
    let letters = lines.joined().filter { !$0.isWhitespace }
    #expect(letters == ("+18.2" + prose).filter { !$0.isWhitespace })
    if width >= 30 {
      let words = lines.joined(separator: " ").split(separator: " ").map(String.init)
      #expect(words == ["+18.2"] + prose.split(separator: " ").map(String.init))
    }
  }

  @Test func continuationLinesHangAtTheIndent() {
    let lines = TextWrapper(width: 30).lines(prose, prefix: "  - ", indent: 4)
    #expect(lines[0].hasPrefix("  - Monoliths"))
    #expect(lines.count > 3)
    for line in lines.dropFirst() {
      #expect(line.hasPrefix("    "))
      #expect(!line.hasPrefix("     "))
    }
  }

  @Test func widthCountsUnicodeScalarsNotBytes() {
    // "é" is two UTF-8 bytes but one scalar; ten of them fit in ten columns.
    let word = String(repeating: "é", count: 10)
    let lines = TextWrapper(width: 21).lines(word + " " + word)
    #expect(lines == [word + " " + word])
    #expect(TextWrapper(width: 20).lines(word + " " + word) == [word, word])
  }

  @Test func escapeSequencesTakeNoColumns() {
    let bold = Style(enabled: true).bold("abcde")
    #expect(TextWrapper.visibleWidth(bold) == 5)
    let lines = TextWrapper(width: 11).lines(bold + " " + bold)
    #expect(lines == [bold + " " + bold])
  }

  @Test func aWordLongerThanALineIsCutBetweenCharacters() {
    let long = String(repeating: "x", count: 50)
    let lines = TextWrapper(width: 20).lines(long, prefix: "> ", indent: 2)
    #expect(
      lines == [
        "> " + String(repeating: "x", count: 18), "  " + String(repeating: "x", count: 18),
        "  xxxxxxxxxxxxxx",
      ])
  }

  @Test func combiningMarksStayWithTheirLetter() {
    let word = String(repeating: "e\u{301}", count: 15)  // 30 scalars, 15 characters
    let lines = TextWrapper(width: 20).lines(word)
    for line in lines {
      #expect(line.unicodeScalars.first != "\u{301}")
      #expect(TerminalCells.width(line) <= 20)
    }
    #expect(lines.joined() == word)
  }

  @Test func zeroWidthMeansNoWrapping() {
    #expect(TextWrapper(width: 0).lines(prose, prefix: "- ", indent: 2) == ["- " + prose])
  }

  @Test func aNarrowTerminalStillLeavesRoomForText() {
    // 10 columns with an indent of 9 would leave one letter per line; the line overflows instead.
    let lines = TextWrapper(width: 10).lines("alpha beta gamma", prefix: "  +18.2  ", indent: 9)
    #expect(lines.allSatisfy { $0.unicodeScalars.count <= 9 + TextWrapper.minimumTextWidth })
    #expect(lines.joined(separator: " ").split(separator: " ").count == 4)
  }

  @Test func spacesCollapse() {
    #expect(TextWrapper(width: 80).wrap("a   b \t c") == "a b c")
  }
}
