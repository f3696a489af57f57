import ArchAdvisorKit
import Testing

@testable import archadvisor

/// ``CSVRowText`` must write exactly what ``CSVWriter`` and ``NumberText`` write: a batch's CSV
/// rows go through it, the single report's through the general path.
@Suite struct CSVRowTextTests {
  private func written(_ body: (inout CSVRowText) -> Void) -> String {
    CSVRowText.build(capacity: 256, body)
  }

  @Test func compactMatchesNumberTextOverManyValues() {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [
      0, -0.0, 0.004, -0.004, 0.005, -0.005, 0.01, -0.01, 0.1, 1, -1, 12.3, -40.42, 99.995, 100, -100,
      2.675, 1.005, 31.25, 1e9 - 0.001, 999_999_999.99, 1e9, -1e9, 1e11, 1e15, 1e16, 123_456_789.125,
      .infinity, -.infinity, .nan, .ulpOfOne, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
    ]
    for hundredths in -20_000...20_000 { values.append(Double(hundredths) / 100) }
    for _ in 0..<50_000 {
      values.append(Double.random(in: -150...150, using: &generator))
      values.append(Double.random(in: -2e9...2e9, using: &generator))
    }
    var mismatches: [Double] = []
    for value in values where written({ $0.appendCompact(value) }) != NumberText.compact(value) {
      mismatches.append(value)
    }
    #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5))")
  }

  @Test func answerNumbersMatchBandFormat() {
    let values: [Double] = [0, -0.0, 1, -1, 8, 12.5, -3.25, 1e14, -1e14, 1e15, 1e300, .infinity, .nan]
    for value in values {
      #expect(written { $0.appendAnswerNumber(value) } == Band.format(value), "\(value)")
    }
  }

  @Test func textFollowsRFC4180AndDefusesFormulas() {
    let cases: [(String, String)] = [
      ("", ""), ("plain", "plain"), ("with,comma", "\"with,comma\""),
      ("with \"quotes\"", "\"with \"\"quotes\"\"\""),
      ("\"", "\"\"\"\""), ("=1+1", "'=1+1"), ("-12", "'-12"), ("+x", "'+x"), ("@sum", "'@sum"),
      ("\tlead", "'\tlead"), ("\rlead", "\"'\rlead\""), ("line\nbreak", "\"line\nbreak\""),
      ("=\"a\",b", "\"'=\"\"a\"\",b\""), ("café", "café"), ("=\u{301}x", "'=\u{301}x"),
      ("\u{FEFF}=x", "\u{FEFF}=x"),
    ]
    for (text, expected) in cases {
      #expect(written { $0.appendText(text) } == expected, "\(text.debugDescription)")
      #expect(CSVWriter.field(.text(text)) == expected)
    }
    // A number of ours is quoted when it must be, never defused.
    #expect(CSVWriter.field(.number("-12.5")) == "-12.5")
    #expect(CSVWriter.row([.number("a,b"), .text("=x"), .empty]) == "\"a,b\",'=x,\r\n")
  }

  @Test func setsMatchTheirJoinedText() {
    let sets: [[String]] = [
      [], ["containers"], ["containers", "tracing"], ["a\"b", "c"], ["=x", "y"], ["-"], ["", "x"], [""],
      ["", ""], ["with,comma"], ["a", "b", "c", "d"],
    ]
    for ids in sets {
      let joined = ids.isEmpty ? "none" : ids.joined(separator: ",")
      #expect(written { $0.appendSet(ids) } == CSVWriter.field(.text(joined)), "\(ids)")
    }
  }

  @Test func textBeyondTheCapacityIsDropped() {
    let text = CSVRowText.build(capacity: 4) { row in
      row.appendText("abcdef")
      row.append(123)
    }
    #expect(text == "abcd")
  }

  @Test func wholeNumbersInDecimal() {
    #expect(written { $0.append(0) } == "0")
    #expect(written { $0.append(42) } == "42")
    #expect(written { $0.append(-7) } == "-7")
    #expect(written { $0.append(Int.min) } == String(Int.min))
  }
}
