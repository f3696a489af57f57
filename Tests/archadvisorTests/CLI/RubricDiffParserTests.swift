import Testing

@testable import archadvisor

/// `rubric diff OLD NEW` parsed in-process: the two rubrics, `default`, standard input, options
/// and every usage error.
@Suite struct RubricDiffParserTests {
  func parse(_ arguments: [String]) throws(CLIError) -> Command {
    try Command(arguments: ["rubric", "diff"] + arguments, inputIsTerminal: false)
  }

  func failure(_ arguments: [String]) -> CLIError? { parseFailure(["rubric", "diff"] + arguments) }

  @Test func twoFilesWithTheDefaults() throws {
    #expect(
      try parse(["old.json", "new.json"]) == .rubricDiff(RubricDiffOptions(old: "old.json", new: "new.json")))
  }

  @Test func defaultIsTheEmbeddedRubricAndDashIsStandardInput() throws {
    #expect(try parse(["default", "-"]) == .rubricDiff(RubricDiffOptions(old: nil, new: "-")))
    #expect(
      try parse(["./default", "default"]) == .rubricDiff(RubricDiffOptions(old: "./default", new: nil)))
  }

  @Test func formatAndColorInEitherSpelling() throws {
    let expected = RubricDiffOptions(old: "a", new: "b", format: .markdown, color: .always)
    #expect(try parse(["a", "--format", "markdown", "b", "--color=always"]) == .rubricDiff(expected))
    #expect(try parse(["--format=markdown", "--color", "always", "a", "b"]) == .rubricDiff(expected))
  }

  @Test func helpWinsOverEverythingElse() throws {
    #expect(try parse(["--help"]) == .help(HelpRequest(.rubricDiff)))
    #expect(try parse(["a", "--bogus", "-h"]) == .help(HelpRequest(.rubricDiff)))
    #expect(
      try Command(arguments: ["help", "rubric", "diff"], inputIsTerminal: false)
        == .help(HelpRequest(.rubricDiff)))
  }

  @Test func usageErrors() {
    #expect(failure(["a"])?.exitCode == .usage)
    #expect(failure(["a"])?.description.hasPrefix("missing NEW, the rubric to compare OLD with") == true)
    #expect(failure([]).map { if case .missingArgument = $0 { true } else { false } } == true)
    #expect(failure(["a", "b", "c"]) == .unexpectedArgument("c", command: "rubric diff"))
    #expect(failure(["a", "b", "--formt", "json"]) == .unknownOption("--formt", suggestion: "--format"))
    #expect(failure(["a", "b", "--colour", "never"]) == .unknownOption("--colour", suggestion: "--color"))
    #expect(failure(["a", "b", "--format", "csv"])?.exitCode == .usage)
    #expect(failure(["a", "b", "--format", "json", "--format", "text"]) == .repeatedOption("--format"))
    #expect(failure(["a", "b", "--format"]) == .missingValue(option: "--format", placeholder: "FORMAT"))
    #expect(failure(["-", "-"])?.exitCode == .usage)
  }

  @Test func helpListsEveryOptionAndFitsTheWidth() throws {
    let text = HelpText(rubric: try CLITestRubrics.standard()).text(for: .rubricDiff)
    for option in CommandCatalog.standard["rubric diff"]?.options ?? [] {
      #expect(text.contains(option.name), "\(option.name)")
    }
    #expect(text.contains("default"))
    for line in text.split(separator: "\n") { #expect(line.unicodeScalars.count <= 100, "\(line)") }
    let rubricHelp = HelpText(rubric: try CLITestRubrics.standard()).text(for: .rubric)
    #expect(rubricHelp.contains("archadvisor rubric diff OLD NEW"))
  }
}
