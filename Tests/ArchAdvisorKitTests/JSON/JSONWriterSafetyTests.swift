import Testing

@testable import ArchAdvisorKit

/// The writer escapes characters that are invisible or dangerous on a terminal (DEL, C1 controls,
/// line separators, bidirectional controls) as `\uXXXX`, and the escapes lose nothing.
@Suite("JSON writer safety")
struct JSONWriterSafetyTests {
  /// Every scalar the writer must escape beyond what JSON requires.
  static let escaped: [Unicode.Scalar] =
    ([0x7F] + Array(0x80...0x9F) + [0x2028, 0x2029] + Array(0x202A...0x202E) + Array(0x2066...0x2069))
    .compactMap(Unicode.Scalar.init)

  static func hex(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
  }

  @Test(arguments: escaped)
  func scalarIsEscapedAndReadsBack(_ scalar: Unicode.Scalar) throws {
    let text = "a" + String(Character(scalar)) + "b"
    let written = JSONWriter().string(.string(text))
    #expect(written == "\"a\(Self.hex(scalar))b\"")
    #expect(written.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F })
    #expect(try JSONParser().parse(written).stringValue == text)
  }

  @Test func keysAreEscapedToo() throws {
    let value: JSONValue = ["\u{1B}[31m\u{9B}\u{202E}": "\u{2066}x\u{2069}"]
    let written = JSONWriter().string(value)
    #expect(written == #"{"\u001b[31m\u009b\u202e":"\u2066x\u2069"}"#)
    #expect(try JSONParser().parse(written).withoutPositions == value)
  }

  /// Neighbours of the escaped ranges, and other non-ASCII text, are written as they are.
  @Test(arguments: [
    "\u{A0}", "\u{7E}", "é", "\u{2027}", "\u{202F}", "\u{2065}", "\u{206A}", "\u{2030}", "€", "😀", "\u{FEFF}",
    "日本語", "e\u{301}",
  ])
  func neighboursAreKept(_ text: String) {
    #expect(JSONWriter().string(.string(text)) == "\"\(text)\"")
  }

  /// Random strings drawn mostly from the awkward ranges survive a write and a parse unchanged,
  /// and the output holds none of the escaped scalars.
  @Test(arguments: [1, 2, 3, 42, 2026] as [UInt64])
  func randomStringsRoundTrip(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let pool: [ClosedRange<UInt32>] = [
      0x00...0x7F, 0x80...0xFF, 0x2000...0x206F, 0x1F600...0x1F64F, 0xFFF0...0xFFFF,
    ]
    for _ in 0..<200 {
      var text = ""
      for _ in 0..<Int.random(in: 0...24, using: &random) {
        let range = pool.randomElement(using: &random)!
        if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) {
          text.unicodeScalars.append(scalar)
        }
      }
      let written = JSONWriter(pretty: Bool.random(using: &random)).string(["k": .string(text)])
      #expect(
        written.unicodeScalars.allSatisfy { !Self.escaped.contains($0) && $0.value >= 0x20 || $0 == "\n" },
        "seed \(seed): \(written.debugDescription)")
      #expect(
        try JSONParser().parse(written).withoutPositions == ["k": .string(text)],
        "seed \(seed): \(text.debugDescription)")
    }
  }
}
