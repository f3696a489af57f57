/// Why a JSON document could not be read, and where.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What was wrong.
  public enum Reason: Hashable, Sendable {
    case emptyDocument
    case unexpectedEndOfInput
    case expectedValue
    case expectedCommaOrCloseBracket
    case expectedCommaOrCloseBrace
    case expectedColon
    case expectedKey
    case trailingComma
    case unterminatedString
    case controlCharacterInString
    case invalidEscape
    case invalidUnicodeEscape
    case loneSurrogate
    case invalidUTF8
    case invalidLiteral
    case invalidNumber
    case numberOutOfRange
    case trailingContent
    case byteOrderMarkNotAtStart
    case tooDeep(limit: Int)
    case documentTooLarge(limit: Int)
  }

  /// Where the problem was found.
  public var position: SourcePosition
  public var reason: Reason

  public init(_ reason: Reason, at position: SourcePosition) {
    self.reason = reason
    self.position = position
  }

  /// The reason as a short phrase, without the position.
  public var reasonText: String {
    switch reason {
    case .emptyDocument: return "the document is empty; expected a JSON value"
    case .unexpectedEndOfInput: return "unexpected end of input"
    case .expectedValue: return "expected a value (an object, array, string, number, true, false or null)"
    case .expectedCommaOrCloseBracket: return "expected ',' or ']' after an array element"
    case .expectedCommaOrCloseBrace: return "expected ',' or '}' after an object member"
    case .expectedColon: return "expected ':' after an object key"
    case .expectedKey: return "expected a string key in double quotes"
    case .trailingComma: return "trailing comma: a value must follow ','"
    case .unterminatedString: return "unterminated string"
    case .controlCharacterInString:
      return "control character in a string; write it as an escape such as \\n or \\u0009"
    case .invalidEscape: return "invalid escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"
    case .invalidUnicodeEscape: return "invalid \\u escape; expected four hexadecimal digits"
    case .loneSurrogate: return "invalid \\u escape: a UTF-16 surrogate must come in a high-low pair"
    case .invalidUTF8: return "invalid UTF-8"
    case .invalidLiteral: return "invalid literal; expected true, false or null"
    case .invalidNumber: return "invalid number"
    case .numberOutOfRange: return "number out of range (beyond ±1.8e308)"
    case .trailingContent: return "unexpected content after the JSON value"
    case .byteOrderMarkNotAtStart: return "byte-order mark (U+FEFF) outside a string, not at the start"
    case .tooDeep(let limit): return "nesting deeper than \(limit) levels"
    case .documentTooLarge(let limit): return "document larger than \(limit) bytes"
    }
  }

  /// `line:column: reason`.
  public var description: String { "\(position): \(reasonText)" }
}
