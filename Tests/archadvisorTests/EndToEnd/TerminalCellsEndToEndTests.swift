import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// Names in CJK, with emoji and with combining marks keep the batch table's columns and the text
/// report's wrapping true at COLUMNS=40: widths are terminal cells, measured here the same way.
@Suite struct TerminalCellsEndToEndTests {
  static let names = ["東京のチャットボット検索システム", "🚀 rocket app 👩‍💻", "plain", "e\u{301}cole cafe\u{301}", "한국어 검색"]

  @Test func theBatchTableKeepsItsColumns() throws {
    let lines = Self.names.map { name -> String in
      let quoted = JSONWriter(pretty: false).string(JSONValue(.string(name)))
      return #"{"name": \#(quoted), "answers": {"team_size": 4}}"#
    }
    let result = try BinaryRunner.run(
      ["batch"], input: lines.joined(separator: "\n") + "\n", environment: ["COLUMNS": "40"])
    #expect(result.status == 0, "\(result)")
    let rows = result.stdout.split(separator: "\n").prefix(Self.names.count + 1).map(String.init)
    #expect(rows.count == Self.names.count + 1)
    // Every row's verdict starts at the same cell as the header's VERDICT.
    func cellsBefore(_ word: String, in row: String) -> Int? {
      guard let range = row.range(of: word) else { return nil }
      return TerminalCells.width(String(row[..<range.lowerBound]))
    }
    let column = try #require(cellsBefore("VERDICT", in: rows[0]))
    for row in rows.dropFirst() {
      #expect(cellsBefore("monolith", in: row) == column, "\(row)")
      #expect(
        row.contains("…") || Self.names.contains { row.hasPrefix($0) },
        "a name is whole or cut with …: \(row)")
    }
    // A combining mark stays with its letter.
    #expect(result.stdout.contains("e\u{301}cole cafe\u{301}"))
  }

  @Test func theTextReportWrapsToFortyCells() throws {
    for name in Self.names {
      let result = try BinaryRunner.run(
        ["recommend", "--name", name, "--team-size", "4"], environment: ["COLUMNS": "40"])
      #expect(result.status == 0)
      // The headline stays on one line for scripts, and a precedent's address stays whole so a
      // terminal can open it; everything else fits the width.
      let lines = result.stdout.split(separator: "\n").dropFirst()
      #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("https://") })
      for line in lines where !line.trimmingCharacters(in: .whitespaces).hasPrefix("http") {
        #expect(TerminalCells.width(String(line)) <= 40, "\(name): \(line)")
      }
    }
  }

  @Test func cellsCountWideNarrowAndZeroWidthClusters() {
    #expect(TerminalCells.width("abc") == 3)
    #expect(TerminalCells.width("東京") == 4)
    #expect(TerminalCells.width("🚀") == 2)
    #expect(TerminalCells.width("👩‍💻") == 2)
    #expect(TerminalCells.width("e\u{301}") == 1)
    #expect(TerminalCells.width("\u{1B}[1mbold\u{1B}[0m") == 4)
    #expect(TerminalCells.truncated("東京のチャット", to: 7) == "東京の…")
    #expect(TerminalCells.truncated("ab👩‍💻cd", to: 4) == "ab…")
    #expect(TerminalCells.padded("東", to: 4) == "東  ")
  }
}
