import Testing

@testable import ArchAdvisorKit

/// Each reason a document can be refused for, on the smallest input that shows it, with where it
/// is reported.
@Suite("JSON parse errors")
struct JSONParseErrorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var bytes: [UInt8]
    var limits = JSONParser.Limits()
    var reason: JSONParseError.Reason
    var line = 1
    var column: Int
    var testDescription: String { String(decoding: bytes, as: UTF8.self).debugDescription }

    init(_ text: String, _ reason: JSONParseError.Reason, column: Int, line: Int = 1) {
      self.init(Array(text.utf8), reason, column: column, line: line)
    }

    init(_ bytes: [UInt8], _ reason: JSONParseError.Reason, column: Int, line: Int = 1) {
      self.bytes = bytes
      self.reason = reason
      self.column = column
      self.line = line
    }

    func with(_ limits: JSONParser.Limits) -> Case {
      var copy = self
      copy.limits = limits
      return copy
    }
  }

  static let cases: [Case] = [
    Case("", .emptyDocument, column: 1),
    Case(" \n\t", .emptyDocument, column: 2, line: 2),
    Case("[1,", .unexpectedEndOfInput, column: 4),
    Case("{\"a\"", .unexpectedEndOfInput, column: 5),
    Case("[1, x]", .expectedValue, column: 5),
    Case("{\"a\": }", .expectedValue, column: 7),
    Case("[1 2]", .expectedCommaOrCloseBracket, column: 4),
    Case("[1}", .expectedCommaOrCloseBracket, column: 3),
    Case("{\"a\": 1 \"b\": 2}", .expectedCommaOrCloseBrace, column: 9),
    Case("{\"a\" 1}", .expectedColon, column: 6),
    Case("{1: 2}", .expectedKey, column: 2),
    Case("{'a': 2}", .expectedKey, column: 2),
    Case("[1,]", .trailingComma, column: 4),
    Case("{\"a\": 1, }", .trailingComma, column: 10),
    Case("\"abc", .unterminatedString, column: 5),
    Case("[\"a\\", .unterminatedString, column: 5),
    Case("\"a\tb\"", .controlCharacterInString, column: 3),
    Case("\"\\x\"", .invalidEscape, column: 2),
    Case("\"\\u12G4\"", .invalidUnicodeEscape, column: 2),
    Case("\"\\u12\"", .invalidUnicodeEscape, column: 2),
    Case("\"\\uD800\"", .loneSurrogate, column: 2),
    Case("\"a\\uDC00\"", .loneSurrogate, column: 3),
    Case([0x22, 0x61, 0xFF, 0x22], .invalidUTF8, column: 3),
    Case([0x22, 0xC0, 0x80, 0x22], .invalidUTF8, column: 2),
    Case("trux", .invalidLiteral, column: 4),
    Case("nul", .unexpectedEndOfInput, column: 4),
    Case("01", .invalidNumber, column: 2),
    Case("-", .invalidNumber, column: 2),
    Case("1.", .invalidNumber, column: 3),
    Case("1e+", .invalidNumber, column: 4),
    Case("[1e400]", .numberOutOfRange, column: 2),
    Case("-1e400", .numberOutOfRange, column: 1),
    Case("1 2", .trailingContent, column: 3),
    Case("{} {}", .trailingContent, column: 4),
    Case("[\u{FEFF}1]", .byteOrderMarkNotAtStart, column: 2),
    Case("1\u{FEFF}", .byteOrderMarkNotAtStart, column: 2),
    Case([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x31], .byteOrderMarkNotAtStart, column: 1),
    Case("[[[1]]]", .tooDeep(limit: 2), column: 3).with(JSONParser.Limits(maxDepth: 2)),
    Case("{\"a\": {\"b\": 1}}", .tooDeep(limit: 1), column: 7).with(JSONParser.Limits(maxDepth: 1)),
    Case("[1]", .tooDeep(limit: 0), column: 1).with(JSONParser.Limits(maxDepth: 0)),
    Case("[1, 2]", .documentTooLarge(limit: 5), column: 1).with(JSONParser.Limits(maxDocumentBytes: 5)),
  ]

  @Test(arguments: cases)
  func reasonAndPosition(_ example: Case) {
    let error = #expect(throws: JSONParseError.self) {
      try JSONParser(limits: example.limits).parse(example.bytes)
    }
    #expect(error?.reason == example.reason)
    #expect(error?.position.line == example.line)
    #expect(error?.position.column == example.column)
  }

  /// A name per reason, written as a switch so that a new reason without a case here does not
  /// compile.
  static func name(_ reason: JSONParseError.Reason) -> String {
    switch reason {
    case .emptyDocument: "emptyDocument"
    case .unexpectedEndOfInput: "unexpectedEndOfInput"
    case .expectedValue: "expectedValue"
    case .expectedCommaOrCloseBracket: "expectedCommaOrCloseBracket"
    case .expectedCommaOrCloseBrace: "expectedCommaOrCloseBrace"
    case .expectedColon: "expectedColon"
    case .expectedKey: "expectedKey"
    case .trailingComma: "trailingComma"
    case .unterminatedString: "unterminatedString"
    case .controlCharacterInString: "controlCharacterInString"
    case .invalidEscape: "invalidEscape"
    case .invalidUnicodeEscape: "invalidUnicodeEscape"
    case .loneSurrogate: "loneSurrogate"
    case .invalidUTF8: "invalidUTF8"
    case .invalidLiteral: "invalidLiteral"
    case .invalidNumber: "invalidNumber"
    case .numberOutOfRange: "numberOutOfRange"
    case .trailingContent: "trailingContent"
    case .byteOrderMarkNotAtStart: "byteOrderMarkNotAtStart"
    case .tooDeep: "tooDeep"
    case .documentTooLarge: "documentTooLarge"
    }
  }

  @Test func everyReasonHasACase() {
    #expect(Set(Self.cases.map { Self.name($0.reason) }).count == 21)
  }

  @Test func everyReasonReadsAsItsOwnSentence() {
    let reasons = Set(Self.cases.map(\.reason))
    let texts = reasons.map { JSONParseError($0, at: .start).reasonText }
    #expect(Set(texts).count == reasons.count)
    #expect(texts.allSatisfy { !$0.isEmpty && !$0.hasSuffix(".") })
  }

  @Test func descriptionIsLineColonColumnColonReason() {
    let error = JSONParseError(.expectedColon, at: SourcePosition(line: 42, column: 17, offset: 900))
    #expect(error.description == "42:17: expected ':' after an object key")
    #expect(
      JSONParseError(.tooDeep(limit: 512), at: .start).description == "1:1: nesting deeper than 512 levels")
    #expect(
      JSONParseError(.documentTooLarge(limit: 10), at: .start).description
        == "1:1: document larger than 10 bytes")
  }
}
