import Testing

@testable import archadvisor

/// `cases` and `cases show` on the command line: every option, every error, every suggestion.
@Suite struct CommandLineParserCasesTests {
  func parse(_ arguments: [String]) throws(CLIError) -> Command {
    try Command(arguments: arguments, inputIsTerminal: false)
  }

  func failure(_ arguments: [String]) -> CLIError? { parseFailure(arguments) }

  @Test func theListWithEveryOption() throws {
    #expect(try parse(["cases"]) == .cases(CasesOptions()))
    #expect(
      try parse(["cases", "--verdict", "microservices", "--genai", "--rubric", "r.json", "--format=json"])
        == .cases(
          CasesOptions(verdict: "microservices", generativeAIOnly: true, rubricFile: "r.json", format: .json))
    )
  }

  @Test func oneCaseWithItsOptionsBeforeOrAfterShow() throws {
    let expected = Command.caseShow(CaseShowOptions(id: "segment-2018", rubricFile: "r.json", format: .json))
    #expect(
      try parse(["cases", "show", "segment-2018", "--rubric", "r.json", "--format", "json"]) == expected)
    #expect(
      try parse(["cases", "--rubric", "r.json", "show", "--format", "json", "segment-2018"]) == expected)
    #expect(try parse(["cases", "show", "x"]) == .caseShow(CaseShowOptions(id: "x")))
  }

  @Test func help() throws {
    #expect(try parse(["cases", "--help"]) == .help(HelpRequest(.cases)))
    #expect(try parse(["cases", "show", "-h"]) == .help(HelpRequest(.casesShow)))
    #expect(try parse(["cases", "show", "--verdict", "x", "--help"]) == .help(HelpRequest(.casesShow)))
    #expect(try parse(["help", "cases"]) == .help(HelpRequest(.cases)))
    #expect(try parse(["help", "cases", "show"]) == .help(HelpRequest(.casesShow)))
  }

  @Test func mistakesAreUsageErrorsWithTheNearestWord() {
    #expect(failure(["case"]) == .unknownCommand("case", suggestion: "cases"))
    #expect(failure(["cases", "shwo", "x"]) == .unknownCommand("cases shwo", suggestion: "cases show"))
    #expect(
      failure(["cases", "segment-2018"])
        == .unknownCommand("cases segment-2018", suggestion: "cases show segment-2018"))
    #expect(failure(["cases", "--verdit", "x"]) == .unknownOption("--verdit", suggestion: "--verdict"))
    #expect(failure(["cases", "--gen-ai"]) == .unknownOption("--gen-ai", suggestion: "--genai"))
    #expect(failure(["cases", "--genai=yes"])?.exitCode == .usage)
    #expect(failure(["cases", "--verdict"]) == .missingValue(option: "--verdict", placeholder: "VERDICT"))
    #expect(failure(["cases", "--genai", "--genai"]) == .repeatedOption("--genai"))
    #expect(failure(["cases", "--format", "csv"])?.description.contains("one of text, json") == true)
    #expect(failure(["cases", "show"])?.exitCode == .usage)
    #expect(failure(["cases", "show", "a", "b"]) == .unexpectedArgument("b", command: "cases show"))
    // `--verdict` and `--genai` filter a list; one case is shown whole.
    #expect(
      failure(["cases", "show", "a", "--genai"])
        == .optionOfAnotherCommand(option: "--genai", command: "cases show", owner: "cases"))
  }
}
