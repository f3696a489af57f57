import Foundation
import Testing

@testable import archadvisor

/// Reading lines as bytes: line ends, invalid UTF-8, a last line without a newline, the end.
@Suite struct LineReaderTests {
  /// Every line `LineReader` reads from `bytes`, up to and including the end of input.
  func lines(_ bytes: [UInt8]) throws -> [LineReader.Line] {
    var descriptors: [Int32] = [0, 0]
    try #require(pipe(&descriptors) == 0)
    let writeEnd = descriptors[1]
    // Write from another thread: the input may be larger than the pipe holds.
    let writer = Thread {
      bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          let count = write(writeEnd, raw.baseAddress! + offset, raw.count - offset)
          if count <= 0 { break }
          offset += count
        }
      }
      close(writeEnd)
    }
    writer.start()
    defer { close(descriptors[0]) }
    var reader = LineReader(fileDescriptor: descriptors[0])
    var result: [LineReader.Line] = []
    while true {
      let line = reader.next()
      result.append(line)
      if line == .endOfInput || result.count > 100 { break }
    }
    return result
  }

  @Test func linesWithAndWithoutALastNewline() throws {
    #expect(
      try lines(Array("3\nrarely\r\nsteady".utf8)) == [
        .text("3"), .text("rarely"), .text("steady"), .endOfInput,
      ])
    #expect(try lines(Array("\n\n".utf8)) == [.text(""), .text(""), .endOfInput])
  }

  @Test func emptyInputIsTheEnd() throws {
    #expect(try lines([]) == [.endOfInput])
  }

  @Test func invalidUTF8IsReportedAndTheNextLineStillRead() throws {
    #expect(
      try lines([0x66, 0xFF, 0x6F, 0x0A, 0x6F, 0x6B, 0x0A]) == [.invalidUTF8, .text("ok"), .endOfInput])
  }

  @Test func nonASCIIIsKeptExactly() throws {
    #expect(try lines(Array("täglich 🚀\n".utf8)) == [.text("täglich 🚀"), .endOfInput])
  }

  @Test func aHugeLineIsSkippedNotKept() throws {
    let huge =
      [UInt8](repeating: UInt8(ascii: "a"), count: LineReader.maximumLength * 3) + [0x0A] + Array("3\n".utf8)
    #expect(try lines(huge) == [.tooLong, .text("3"), .endOfInput])
  }
}
