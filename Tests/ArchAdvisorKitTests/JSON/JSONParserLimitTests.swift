import Testing

@testable import ArchAdvisorKit

/// Limits and hostile sizes: errors, never crashes.
@Suite("JSON parser limits")
struct JSONParserLimitTests {
  @Test func twoHundredThousandOpenBracketsAreTooDeep() {
    let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 200_000)
    #expect(
      throws: JSONParseError(.tooDeep(limit: 512), at: SourcePosition(line: 1, column: 513, offset: 512))
    ) {
      try JSONParser().parse(bytes)
    }
  }

  @Test func deepObjectsAreTooDeep() {
    let bytes = Array(String(repeating: "{\"a\":", count: 100_000).utf8)
    let error = #expect(throws: JSONParseError.self) { try JSONParser().parse(bytes) }
    #expect(error?.reason == .tooDeep(limit: 512))
    #expect(error?.position.offset == 512 * 5)
  }

  @Test func nestingUpToTheLimitParses() throws {
    let depth = 512
    let text = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
    var value = try JSONParser().parse(text)
    for _ in 1..<depth { value = try #require(value.arrayValue?.first) }
    #expect(
      value.arrayValue == [JSONValue(.integer(1), at: SourcePosition(line: 1, column: 513, offset: 512))])
  }

  @Test func fiveMegabyteStringParses() throws {
    let unit = "abcdefghij\\n\\\"é😀 "  // 21 bytes of JSON text, 15 characters once read
    let count = 250_000
    let text = "\"" + String(repeating: unit, count: count) + "\""
    #expect(text.utf8.count > 5_000_000)
    let value = try JSONParser().parse(Array(text.utf8))
    let string = try #require(value.stringValue)
    #expect(string.unicodeScalars.count == 15 * count)
    #expect(string.hasPrefix("abcdefghij\n\"é😀 abc"))
  }

  @Test func fiveMegabyteUnterminatedStringIsAnError() {
    let bytes = [UInt8(ascii: "\"")] + [UInt8](repeating: UInt8(ascii: "x"), count: 5 << 20)
    let error = #expect(throws: JSONParseError.self) { try JSONParser().parse(bytes) }
    #expect(error?.reason == .unterminatedString)
    #expect(error?.position.column == (5 << 20) + 2)
  }

  @Test func documentSizeLimitIsCheckedBeforeReading() {
    let limits = JSONParser.Limits(maxDocumentBytes: 16)
    #expect(throws: JSONParseError(.documentTooLarge(limit: 16), at: .start)) {
      try JSONParser(limits: limits).parse(Array("[1, 2, 3, 4, 5, 6, 7]".utf8))
    }
    // An invalid document over the limit is refused for its size, before anything is read.
    #expect(throws: JSONParseError(.documentTooLarge(limit: 16), at: .start)) {
      try JSONParser(limits: limits).parse(Array("xxxxxxxxxxxxxxxxxxxxxxxx".utf8))
    }
    #expect(throws: Never.self) { try JSONParser(limits: limits).parse(Array("[1, 2, 3, 4, 55]".utf8)) }
  }

  @Test func integersAreExactToSixtyFourBits() throws {
    #expect(try JSONParser().parse("9223372036854775807").kind == .integer(.max))
    #expect(try JSONParser().parse("-9223372036854775808").kind == .integer(.min))
    #expect(try JSONParser().parse("9223372036854775808").kind == .double(9.223_372_036_854_775_808e18))
    #expect(try JSONParser().parse("-0").kind == .integer(0))
    let negativeZero = try JSONParser().parse("-0.0")
    #expect(negativeZero.doubleValue?.sign == .minus && negativeZero.doubleValue == 0)
    #expect(try JSONParser().parse("1e-400").kind == .double(0))
    #expect(try JSONParser().parse("1.7976931348623157e308").kind == .double(.greatestFiniteMagnitude))
  }
}
