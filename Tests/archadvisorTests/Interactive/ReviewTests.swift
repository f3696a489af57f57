import ArchAdvisorKit
import Testing

@testable import archadvisor

/// The review at the end of `ask`: what it shows and what a line typed at it means.
@Suite struct ReviewTests {
  let plain = Review(style: Style(enabled: false), width: 80)

  @Test func everyAnswerOnALineOfItsOwnNumbered() throws {
    var interview = Interview(rubric: try CLITestRubrics.standard())
    for line in ["3", "rarely", "", "low", "1,5"] { _ = interview.respond(to: line) }
    while !interview.isComplete { _ = interview.respond(to: "") }
    let text = plain.text(interview)
    #expect(text.contains("\nYour answers:\n"))
    #expect(text.contains("   1. team_size         3\n"))
    #expect(text.contains("   2. update_frequency  rarely\n"))
    #expect(text.contains("   3. scaling           Don't know\n"))
    #expect(text.contains("   5. skills            containers, tracing\n"))
    #expect(text.contains("  12. inference         Don't know\n"))
    #expect(text.hasSuffix("Type a number (1 to 12) to change that answer, or press Enter to accept them.\n"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test func aLongAnswerWrapsUnderItself() throws {
    var interview = Interview(rubric: try CLITestRubrics.standard())
    for line in ["3", "", "", "", "1,2,3,4,5,6"] { _ = interview.respond(to: line) }
    while !interview.isComplete { _ = interview.respond(to: "") }
    let narrow = Review(style: Style(enabled: false), width: 50)
    let lines = narrow.text(interview).split(separator: "\n")
    #expect(lines.allSatisfy { TerminalCells.width(String($0)) < 50 })
    let skills = try #require(lines.firstIndex { $0.contains("5. skills") })
    #expect(lines[skills + 1].hasPrefix(String(repeating: " ", count: 24)))
  }

  @Test func enterOrYesAcceptsANumberOrAFactorChangesOne() throws {
    let rubric = try CLITestRubrics.standard()
    for accept in ["", "  ", "y", "YES", "ok"] {
      #expect(Review.choice(for: accept, rubric: rubric) == .accept)
    }
    #expect(Review.choice(for: "3", rubric: rubric) == .change(2))
    #expect(Review.choice(for: " 12 ", rubric: rubric) == .change(11))
    #expect(Review.choice(for: "Team-Size", rubric: rubric) == .change(0))
    #expect(Review.choice(for: "ci_cd", rubric: rubric) == .change(6))
  }

  @Test func anythingElseSaysWhy() throws {
    let rubric = try CLITestRubrics.standard()
    #expect(
      Review.choice(for: "13", rubric: rubric)
        == .invalid("\"13\" is not a question number; choose 1 to 12"))
    #expect(
      Review.choice(for: "0", rubric: rubric) == .invalid("\"0\" is not a question number; choose 1 to 12"))
    #expect(
      Review.choice(for: "scalling", rubric: rubric)
        == .invalid(
          "\"scalling\" is not a question number or a factor (did you mean \"scaling\"?); choose 1 to 12, "
            + "or press Enter to accept the answers"))
    #expect(Review.choice(for: "-1", rubric: rubric) != .accept)
  }
}
