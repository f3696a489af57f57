import Testing

@testable import ArchAdvisorKit

/// Where parsed values, keys and errors are said to be: lines, columns in Unicode scalars, and byte
/// offsets.
@Suite("JSON parser positions")
struct JSONParserPositionTests {
  func parse(_ text: String) throws -> JSONValue { try JSONParser().parse(Array(text.utf8)) }

  func error(_ text: String) -> JSONParseError? {
    do {
      _ = try JSONParser().parse(Array(text.utf8))
      return nil
    } catch {
      return error
    }
  }

  func at(_ line: Int, _ column: Int, _ offset: Int) -> SourcePosition {
    SourcePosition(line: line, column: column, offset: offset)
  }

  @Test func valuesAndKeysOfAMultiLineDocument() throws {
    let text = """
      {
        "a": 1,
        "b": [true, null],
        "c": {"d": "x"}
      }
      """
    let root = try parse(text)
    #expect(root.position == at(1, 1, 0))
    let object = try #require(root.objectValue)
    #expect(object.members.map(\.keyPosition) == [at(2, 3, 4), at(3, 3, 14), at(4, 3, 35)])
    #expect(object["a"]?.position == at(2, 8, 9))
    let b = try #require(object["b"])
    #expect(b.position == at(3, 8, 19))
    #expect(b.arrayValue?.map(\.position) == [at(3, 9, 20), at(3, 15, 26)])
    let c = try #require(object["c"])
    #expect(c.position == at(4, 8, 40))
    #expect(c.objectValue?.member("d")?.keyPosition == at(4, 9, 41))
    #expect(c.objectValue?["d"]?.position == at(4, 14, 46))
    #expect(error(text + " x") == JSONParseError(.trailingContent, at: at(5, 3, 53)))
  }

  @Test func columnsCountScalarsNotBytes() {
    // é is 2 bytes, 日本語 9, 😀 4: each one column.
    let problem = error("[\"日本語\", \"\u{E9}😀\", x]")
    #expect(problem == JSONParseError(.expectedValue, at: at(1, 15, 24)))
    #expect(
      problem?.description == "1:15: expected a value (an object, array, string, number, true, false or null)"
    )
  }

  @Test func nonASCIIOnAnEarlierLineDoesNotShiftColumns() {
    #expect(error("[\"ééé\",\n 1 2]") == JSONParseError(.expectedCommaOrCloseBracket, at: at(2, 4, 14)))
  }

  @Test func nonASCIIInKeysCountsOnce() throws {
    let object = try #require(try parse("{\"clé\": 1, \"😀\": [2]}").objectValue)
    #expect(object.members.map(\.keyPosition) == [at(1, 2, 1), at(1, 12, 12)])
    #expect(object["😀"]?.position == at(1, 17, 20))
    #expect(object["😀"]?.arrayValue?.first?.position == at(1, 18, 21))
  }

  @Test func escapesCountAsTheCharactersWritten() throws {
    let array = try #require(try parse("[\"\\n\\u00e9\\ud83d\\ude00\", 1]").arrayValue)
    #expect(array.first?.stringValue == "\né😀")
    #expect(array.last?.position == at(1, 26, 25))
  }

  @Test func crlfLineEnds() throws {
    let text = "{\r\n  \"a\": 1,\r\n  \"b\": x\r\n}"
    #expect(error(text) == JSONParseError(.expectedValue, at: at(3, 8, 21)))
    let fixed = try parse(text.replacing("x", with: "2"))
    #expect(fixed.objectValue?.member("b")?.keyPosition == at(3, 3, 16))
    #expect(fixed.objectValue?["b"]?.position == at(3, 8, 21))
  }

  @Test func aByteOrderMarkTakesNoColumn() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    #expect(try JSONParser().parse(bom + Array("[1]".utf8)).position == at(1, 1, 3))
    #expect(throws: JSONParseError(.expectedValue, at: at(1, 5, 7))) {
      try JSONParser().parse(bom + Array("[1, x]".utf8))
    }
  }

  @Test func errorsInsideNestedValues() {
    #expect(error("{\"a\": [1, {\"b\": tru}]}") == JSONParseError(.invalidLiteral, at: at(1, 20, 19)))
    #expect(error("[[[\n  {\"k\" 1}]]]") == JSONParseError(.expectedColon, at: at(2, 8, 11)))
    #expect(error("{\"a\": \"x\ny\"}") == JSONParseError(.controlCharacterInString, at: at(1, 9, 8)))
  }

  @Test func duplicateKeysAreKeptAndListedWithBothPositions() throws {
    let text = "{\"a\": 1, \"b\": {\"x\": 0, \"x\": 1},\n \"a\": 3}"
    let object = try #require(try parse(text).objectValue)
    #expect(object.keys == ["a", "b", "a"])
    #expect(object["a"]?.integerValue == 1)
    #expect(
      object.duplicateKeys == [JSONObject.DuplicateKey(key: "a", first: at(1, 2, 1), duplicate: at(2, 2, 33))]
    )
    let inner = try #require(object["b"]?.objectValue)
    #expect(
      inner.duplicateKeys == [
        JSONObject.DuplicateKey(key: "x", first: at(1, 16, 15), duplicate: at(1, 24, 23))
      ]
    )
    #expect(try parse("{\"a\": 1, \"b\": 2}").objectValue?.duplicateKeys == [])
  }

  @Test func aKeyWrittenThreeTimesIsListedTwiceAgainstTheFirst() throws {
    let object = try #require(try parse("{\"k\":1,\"k\":2,\"k\":3}").objectValue)
    #expect(object.duplicateKeys.map(\.first) == [at(1, 2, 1), at(1, 2, 1)])
    #expect(object.duplicateKeys.map(\.duplicate) == [at(1, 8, 7), at(1, 14, 13)])
  }
}
