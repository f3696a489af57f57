import Testing

@testable import ArchAdvisorKit

@Suite("JSON writer")
struct JSONWriterTests {
  @Test func stringsEscapeQuotesBackslashesAndControlCharacters() {
    let text = "a\"b\\c\n\t\r\u{8}\u{C}\u{0}\u{1}\u{1F}\u{7F}é😀/"
    #expect(
      JSONWriter().string(.string(text))
        == "\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0000\\u0001\\u001f\\u007fé😀/\"")
  }

  @Test func keysAreEscapedLikeStrings() {
    #expect(JSONWriter().string(["a\"\n": 1]) == "{\"a\\\"\\n\":1}")
  }

  @Test(arguments: [
    (12.0, "12"), (-0.0, "-0"), (0.0, "0"), (1.5, "1.5"), (0.1, "0.1"), (1e-7, "1e-07"),
    (-2.5e-300, "-2.5e-300"), (999_999_999_999_999.0, "999999999999999"), (1e15, "1000000000000000.0"),
    (1e16, "1e+16"),
    (123_456_789_012_345_680_000.0, "1.2345678901234568e+20"), (.leastNonzeroMagnitude, "5e-324"),
    (.infinity, "null"), (-.infinity, "null"), (.nan, "null"),
  ])
  func numberText(_ value: Double, _ text: String) {
    #expect(JSONWriter.numberText(value) == text)
  }

  @Test func integersAreExact() {
    #expect(
      JSONWriter().string([JSONValue(.integer(.min)), JSONValue(.integer(.max))])
        == "[-9223372036854775808,9223372036854775807]")
  }

  static let sample: JSONValue = [
    "name": "x", "score": -42.5, "flags": [true, nil], "empty": [:], "none": [], "n": 3,
  ]

  @Test func compactIsOneLine() {
    #expect(
      JSONWriter().string(Self.sample)
        == "{\"name\":\"x\",\"score\":-42.5,\"flags\":[true,null],\"empty\":{},\"none\":[],\"n\":3}")
    #expect(Self.sample.description == JSONWriter().string(Self.sample))
  }

  @Test func prettyIndentsByTwoSpaces() {
    let expected = """
      {
        "name": "x",
        "score": -42.5,
        "flags": [
          true,
          null
        ],
        "empty": {},
        "none": [],
        "n": 3
      }
      """
    #expect(JSONWriter(pretty: true).string(Self.sample) == expected)
    #expect(JSONWriter(pretty: true).string([[1]]) == "[\n  [\n    1\n  ]\n]")
  }

  @Test func writeAppendsToExistingText() {
    var output = "x = "
    JSONWriter().write(["a"], into: &output)
    #expect(output == "x = [\"a\"]")
  }
}
