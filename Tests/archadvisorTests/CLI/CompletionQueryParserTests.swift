import Testing

@testable import archadvisor

/// `archadvisor __complete`, the hidden command the completion scripts call at the cursor.
@Suite struct CompletionQueryParserTests {
  private func parse(_ arguments: [String]) throws -> Command {
    try CommandLineParser(inputIsTerminal: true).parse([CompletionQuery.command] + arguments)
  }

  @Test func aFactorFlagIsTheWordAskedAboutNotAnOption() throws {
    #expect(
      try parse(["factor-values", "--scaling", "--rubric", "r.json"])
        == .complete(CompletionQuery(kind: .factorValues(flag: "--scaling"), rubricFile: "r.json")))
  }

  @Test func aLineWhoseRubricIsStandardInputAsksTheEmbeddedOne() throws {
    // Standard input at the cursor is the user's terminal: reading it would hang the shell.
    #expect(
      try parse(["verdicts", "--rubric", "-"]) == .complete(CompletionQuery(kind: .verdicts, rubricFile: nil))
    )
    #expect(
      try parse(["verdicts", "--rubric=-"]) == .complete(CompletionQuery(kind: .verdicts, rubricFile: nil)))
  }

  @Test func anUnknownKindIsAUsageError() {
    #expect(throws: CLIError.self) { try parse(["everything"]) }
  }
}
