import Testing

@testable import ArchAdvisorKit

@Suite("JSON Lines splitter")
struct JSONLinesSplitterTests {
  typealias Line = JSONLinesSplitter.Line

  static func line(_ number: Int, _ text: String) -> Line {
    .line(number: number, bytes: ArraySlice(text.utf8))
  }

  /// Feeds `input` in chunks of `chunkSize` bytes and collects every line.
  static func split(_ input: [UInt8], chunkSize: Int, maxLineBytes: Int = 16 << 20) -> [Line] {
    var splitter = JSONLinesSplitter(maxLineBytes: maxLineBytes)
    var lines: [Line] = []
    var start = 0
    while start < input.count {
      let end = min(start + chunkSize, input.count)
      splitter.feed(Array(input[start..<end])) { lines.append($0) }
      start = end
    }
    splitter.finish { lines.append($0) }
    return lines
  }

  static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// A byte-order mark, CRLF and LF line ends, blank and whitespace-only lines, two- and four-byte
  /// characters, and a last line without a line end.
  static let mixed: [UInt8] =
    bom + Array("{\"a\":1}\r\n\n   \r\n[\"é\", \"😀\"]\n\t\n\"x\"\r\n  42  ".utf8)

  static let mixedLines: [Line] = [
    line(1, "{\"a\":1}"), line(4, "[\"é\", \"😀\"]"), line(6, "\"x\""), line(7, "  42  "),
  ]

  @Test func oneChunk() {
    #expect(Self.split(Self.mixed, chunkSize: Self.mixed.count) == Self.mixedLines)
  }

  @Test(arguments: 1...17)
  func everyChunkSizeGivesTheSameLines(chunkSize: Int) {
    #expect(Self.split(Self.mixed, chunkSize: chunkSize) == Self.mixedLines)
  }

  /// The chunk sizes above do cut through each tricky spot, so the test is not passing by luck.
  @Test func chunkBoundariesFallInsideEachTrickySpot() throws {
    let text = Self.mixed
    func range(of needle: [UInt8]) throws -> Range<Int> {
      let start = try #require(
        text.indices.first { text[$0...].starts(with: needle) }, "\(needle) not in the input")
      return start..<start + needle.count
    }
    let spots = [
      try range(of: Self.bom), try range(of: Array("\r\n".utf8)), try range(of: Array("é".utf8)),
      try range(of: Array("😀".utf8)),
    ]
    for spot in spots {
      let cut = (1...17).contains { size in
        (spot.lowerBound + 1..<spot.upperBound).contains { $0 % size == 0 }
      }
      #expect(cut, "no chunk boundary inside bytes \(spot)")
    }
  }

  @Test(arguments: [1, 3, 4, 7, 64])
  func anyCollectionOfBytesCanBeFed(chunkSize: Int) {
    var splitter = JSONLinesSplitter()
    var lines: [Line] = []
    var rest = Self.mixed[...]
    while !rest.isEmpty {
      splitter.feed(rest.prefix(chunkSize)) { lines.append($0) }
      rest = rest.dropFirst(chunkSize)
    }
    splitter.finish { lines.append($0) }
    #expect(lines == Self.mixedLines)
  }

  static let withLongLines: [UInt8] = Array(
    ("[1,2]\n[" + String(repeating: "1", count: 30) + "]\n{\"k\":1}\n0123456789\r\n01234567890\n7").utf8)

  @Test(arguments: [1, 2, 5, 10, 11, 12, 17, 1000])
  func aTooLongLineIsReportedAloneAndLaterLinesStillCome(chunkSize: Int) {
    #expect(
      Self.split(Self.withLongLines, chunkSize: chunkSize, maxLineBytes: 10) == [
        Self.line(1, "[1,2]"), .tooLong(number: 2, limit: 10), Self.line(3, "{\"k\":1}"),
        Self.line(4, "0123456789"), .tooLong(number: 5, limit: 10), Self.line(6, "7"),
      ])
  }

  @Test(arguments: [1, 4096, 1 << 20])
  func aLongLastLineWithoutLineEndIsTooLongOnce(chunkSize: Int) {
    let input = Array("[1]\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 100_000)
    #expect(
      Self.split(input, chunkSize: chunkSize, maxLineBytes: 1000) == [
        Self.line(1, "[1]"), .tooLong(number: 2, limit: 1000),
      ])
  }

  @Test func aMegabyteLineInSmallChunksIsSkippedNotKept() {
    var splitter = JSONLinesSplitter(maxLineBytes: 1024)
    var lines: [Line] = []
    splitter.feed(Array("{\"a\":1}\n[".utf8)) { lines.append($0) }
    let chunk = [UInt8](repeating: UInt8(ascii: "1"), count: 4096)
    for _ in 0..<256 { splitter.feed(chunk) { lines.append($0) } }
    splitter.feed(Array("]\n{\"b\":2}\n".utf8)) { lines.append($0) }
    splitter.finish { lines.append($0) }
    #expect(
      lines == [Self.line(1, "{\"a\":1}"), .tooLong(number: 2, limit: 1024), Self.line(3, "{\"b\":2}")])
  }

  @Test func blankLinesAreCountedButNotDelivered() {
    #expect(Self.split(Array("\n\n \t\r\n\r\n5\n\n".utf8), chunkSize: 100) == [Self.line(5, "5")])
    #expect(Self.split([], chunkSize: 1) == [])
    #expect(Self.split(Self.bom, chunkSize: 1) == [])
    #expect(Self.split(Self.bom + [0x0A, 0x0A], chunkSize: 2) == [])
  }

  @Test func onlyTheLastCarriageReturnIsALineEnd() {
    #expect(Self.split(Array("a\rb\r\r\n".utf8), chunkSize: 2) == [Self.line(1, "a\rb\r")])
  }

  @Test(arguments: 1...4)
  func aByteOrderMarkIsSkippedOnlyAtTheVeryStart(chunkSize: Int) {
    #expect(
      Self.split(Array("1\n".utf8) + Self.bom + Array("2".utf8), chunkSize: chunkSize) == [
        Self.line(1, "1"), .line(number: 2, bytes: ArraySlice(Self.bom + Array("2".utf8))),
      ])
    // Bytes that begin like a byte-order mark but are not one are kept.
    #expect(
      Self.split([0xEF, 0xBB, 0x7B, 0x0A], chunkSize: chunkSize) == [
        .line(number: 1, bytes: [0xEF, 0xBB, 0x7B])
      ])
    #expect(Self.split([0xEF, 0xBB], chunkSize: chunkSize) == [.line(number: 1, bytes: [0xEF, 0xBB])])
  }

  @Test func aLineInsideOneChunkIsASliceOfIt() throws {
    let chunk = Array("[1]\n[22]\n".utf8)
    var splitter = JSONLinesSplitter()
    var slices: [ArraySlice<UInt8>] = []
    splitter.feed(chunk) { if case .line(_, let bytes) = $0 { slices.append(bytes) } }
    #expect(slices.map(\.startIndex) == [0, 4])
    let chunkBase = chunk.withUnsafeBufferPointer { $0.baseAddress }
    let sliceBase = slices.last?.withUnsafeBufferPointer { $0.baseAddress }
    #expect(sliceBase == chunkBase.map { $0 + 4 })
  }

  @Test func finishStartsANewStream() {
    var splitter = JSONLinesSplitter()
    var lines: [Line] = []
    splitter.feed(Array("1\n2".utf8)) { lines.append($0) }
    splitter.finish { lines.append($0) }
    splitter.feed(Self.bom + Array("3\n".utf8)) { lines.append($0) }
    splitter.finish { lines.append($0) }
    #expect(lines == [Self.line(1, "1"), Self.line(2, "2"), Self.line(1, "3")])
    #expect(lines.map(\.number) == [1, 2, 1])
  }

  struct Stop: Error {}

  @Test func anErrorFromTheBodyStopsFeeding() {
    var splitter = JSONLinesSplitter()
    var seen: [Int] = []
    #expect(throws: Stop.self) {
      try splitter.feed(Array("1\n2\n3\n".utf8)) { line in
        seen.append(line.number)
        if line.number == 2 { throw Stop() }
      }
    }
    #expect(seen == [1, 2])
  }

  @Test func linesParseWithTheirNumbers() throws {
    let input = Array("{\"n\": 1}\r\n\r\n{\"n\": 2,}\n{\"n\": 3}".utf8)
    var results: [String] = []
    var splitter = JSONLinesSplitter()
    func handle(_ line: Line) {
      guard case .line(let number, let bytes) = line else { return }
      do {
        results.append("\(number): \(try JSONParser().parse(bytes).objectValue?["n"]?.integerValue ?? 0)")
      } catch {
        results.append("\(number): \(error)")
      }
    }
    splitter.feed(input, handle)
    splitter.finish(handle)
    #expect(results == ["1: 1", "3: 1:9: trailing comma: a value must follow ','", "4: 3"])
  }
}
