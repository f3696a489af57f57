import Testing

@testable import ArchAdvisorKit

/// The value splitter finds records in JSON text fed in chunks of any size, in constant memory.
@Suite struct JSONValueSplitterTests {
  static func split(_ text: String, chunk: Int = 1 << 20, limit: Int = 1 << 20) -> [JSONValueSplitter.Piece] {
    var splitter = JSONValueSplitter(maxValueBytes: limit)
    var pieces: [JSONValueSplitter.Piece] = []
    let bytes = Array(text.utf8)
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + chunk)
      splitter.feed(bytes[start..<end]) { pieces.append($0) }
      start = end
    }
    splitter.finish { pieces.append($0) }
    return pieces
  }

  static func texts(_ pieces: [JSONValueSplitter.Piece]) -> [String] {
    pieces.map { piece in
      switch piece {
      case .value(let line, let column, let bytes):
        return "\(line):\(column) " + String(decoding: bytes, as: UTF8.self)
      case .tooLong(let line, let column, _): return "\(line):\(column) too long"
      case .unclosedArray(let line, let column): return "\(line):\(column) unclosed"
      }
    }
  }

  @Test(arguments: [1, 2, 3, 7, 1 << 20])
  func elementsOfArraysAndOtherTopLevelValuesAreRecords(chunk: Int) {
    let text = """
      [{"a": [1, "]", {"b": "\\"}"}]},
        {"c": 2} ,3, "x,y"]
      {
        "d": 4
      }
      [][5]
      """
    #expect(
      Self.texts(Self.split(text, chunk: chunk)) == [
        #"1:2 {"a": [1, "]", {"b": "\"}"}]}"#, #"2:3 {"c": 2} "#, "2:13 3", #"2:16 "x,y""#,
        "3:1 {\n  \"d\": 4\n}", "6:4 5",
      ])
  }

  @Test func aByteOrderMarkAndBlankInputAreNothing() {
    #expect(Self.split("\u{FEFF}  \n ").isEmpty)
    #expect(Self.texts(Self.split("\u{FEFF}[1]")) == ["1:2 1"])
  }

  @Test func anArrayLeftOpenIsReportedOnceAndItsLastElementKept() {
    #expect(
      Self.texts(Self.split("[{\"a\": 1},\n {\"b\": ")) == [#"1:2 {"a": 1}"#, #"2:2 {"b": "#, "1:1 unclosed"])
  }

  @Test func strayDelimitersAreRecordsOfTheirOwn() {
    #expect(Self.texts(Self.split("}, [1,,2]")) == ["1:1 }", "1:2 ,", "1:5 1", "1:8 2"])
  }

  @Test func aRecordOverTheLimitIsSkippedNotKept() {
    let big = "[\"" + String(repeating: "x", count: 100) + "\", 1]"
    #expect(Self.texts(Self.split(big, chunk: 9, limit: 50)) == ["1:2 too long", "1:106 1"])
  }

  @Test func columnsCountUnicodeScalars() {
    #expect(Self.texts(Self.split("[\"é\", \"ü\"]")) == ["1:2 \"é\"", "1:7 \"ü\""])
  }
}
