import Testing

@testable import archadvisor

/// Random hostile strings (seeded: a failure names its seed) through every output escaper: the
/// terminal sanitizer, Markdown cells, CSV fields and ADR slugs.
@Suite("Output safety properties")
struct OutputSafetyPropertyTests {
  /// Scalars from the ranges that cause trouble, plus ordinary text around them.
  static let pools: [ClosedRange<UInt32>] = [
    0x00...0x20, 0x21...0x7F, 0x80...0x9F, 0xA0...0x17F, 0x2000...0x206F, 0x300...0x36F, 0x1F600...0x1F64F,
  ]

  static func hostileStrings(seed: UInt64, count: Int = 300) -> [String] {
    var random = SplitMix64(seed: seed)
    let specials: [String] = ["=", "+", "-", "@", "\t", "\r", "|", "\n", "\u{1B}[31m", "../", "."]
    return (0..<count).map { _ in
      var text = Bool.random(using: &random) ? specials.randomElement(using: &random)! : ""
      for _ in 0..<Int.random(in: 0...16, using: &random) {
        let pool = pools.randomElement(using: &random)!
        if let scalar = Unicode.Scalar(UInt32.random(in: pool, using: &random)) {
          text.unicodeScalars.append(scalar)
        }
      }
      return text
    }
  }

  @Test(arguments: [1, 2, 3, 99] as [UInt64])
  func terminalTextHoldsNoControls(seed: UInt64) {
    for text in Self.hostileStrings(seed: seed) {
      let clean = TerminalSanitizer.clean(text)
      #expect(
        !clean.unicodeScalars.contains(where: TerminalSanitizer.needsReplacing),
        "seed \(seed): \(text.debugDescription) → \(clean.debugDescription)")
    }
  }

  @Test(arguments: [1, 2, 3, 99] as [UInt64])
  func markdownCellsStayOneCell(seed: UInt64) {
    for text in Self.hostileStrings(seed: seed) {
      let cell = Array(MarkdownText.cell(text).unicodeScalars)
      #expect(!cell.contains("\n") && !cell.contains("\r"), "seed \(seed): \(text.debugDescription)")
      for (index, scalar) in cell.enumerated() where scalar == "|" {
        // Every pipe is escaped by an odd run of backslashes before it.
        let run = cell[..<index].reversed().prefix { $0 == "\\" }.count
        #expect(
          run % 2 == 1, "seed \(seed): \(text.debugDescription) → \(String(String.UnicodeScalarView(cell)))")
      }
    }
  }

  @Test(arguments: [1, 2, 3, 99] as [UInt64])
  func csvFieldsNeverStartAFormula(seed: UInt64) {
    let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    for text in Self.hostileStrings(seed: seed) {
      var field = Substring(CSVWriter.field(.text(text))).unicodeScalars
      if field.first == "\"" { field.removeFirst() }
      if let first = field.first {
        #expect(!formulaStarts.contains(first), "seed \(seed): \(text.debugDescription)")
      }
    }
  }

  @Test(arguments: [1, 2, 3, 99] as [UInt64])
  func slugsAreSafeFileNames(seed: UInt64) {
    for text in Self.hostileStrings(seed: seed) + [
      "", "..", "/etc/passwd", "CON", String(repeating: "a-", count: 100),
    ] {
      let slug = ADRRenderer.slug(text)
      #expect(
        !slug.isEmpty && slug.unicodeScalars.count <= ADRRenderer.slugLimit,
        "seed \(seed): \(text.debugDescription)")
      #expect(
        slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" },
        "seed \(seed): \(text.debugDescription) → \(slug)")
      #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"), "\(slug)")
    }
  }
}
