import Testing

@testable import archadvisor

/// `diff OLD NEW` and `batch --baseline` parsed in-process: the two files, every option, and the
/// usage errors.
@Suite struct DiffParserTests {
  func parse(_ arguments: [String]) throws(CLIError) -> Command {
    try Command(arguments: ["diff"] + arguments, inputIsTerminal: false)
  }

  func failure(_ arguments: [String]) -> CLIError? { parseFailure(["diff"] + arguments) }

  @Test func twoFilesWithTheDefaults() throws {
    #expect(try parse(["q1.json", "q2.json"]) == .diff(DiffOptions(old: "q1.json", new: "q2.json")))
  }

  @Test func everyOption() throws {
    let expected = DiffOptions(
      old: "a", new: "-", rubricFile: "r.json", format: .markdown, outputFile: "d.md", failOnChange: true,
      color: .never, quiet: true)
    #expect(
      try parse([
        "a", "--rubric", "r.json", "--format=markdown", "-", "--output", "d.md", "--fail-on-change",
        "--color",
        "never", "--quiet",
      ]) == .diff(expected))
  }

  @Test func everyFormatIsAccepted() throws {
    for format in ["text", "json", "markdown", "html"] {
      #expect(
        try parse(["a", "b", "--format", format])
          == .diff(DiffOptions(old: "a", new: "b", format: DiffOptions.Format(rawValue: format) ?? .text)))
    }
    #expect(DiffOptions.Format.allCases.map(\.rawValue) == ["text", "json", "markdown", "html"])
  }

  @Test func usageErrors() {
    #expect(
      failure([])
        == .missingArgument(
          "the OLD and NEW assessments to compare (each an answers file, a saved JSON report or -)",
          command: "diff"))
    #expect(failure(["a", "b", "c"]) == .unexpectedArgument("c", command: "diff"))
    #expect(
      failure(["a", "b", "--fail-on-change=yes"])
        == .invalidValue(option: "--fail-on-change", value: "yes", expected: "no value", suggestion: nil))
    #expect(failure(["a", "b", "--quiet", "--quiet"]) == .repeatedOption("--quiet"))
    #expect(failure(["a", "b", "--format", "csv"])?.exitCode == .usage)
    #expect(failure(["-", "-"])?.exitCode == .usage)
    #expect(failure(["-", "b", "--rubric", "-"])?.exitCode == .usage)
    #expect(
      failure(["a", "b", "--precedents"])
        == .optionOfAnotherCommand(option: "--precedents", command: "diff", owner: "batch"))
  }

  @Test func batchTakesABaselineFile() throws {
    guard
      case .batch(let options) = try Command(
        arguments: ["batch", "new.jsonl", "--baseline", "old.jsonl"], inputIsTerminal: false)
    else {
      Issue.record("not a batch")
      return
    }
    #expect(options.baselineFile == "old.jsonl")
    #expect(
      parseFailure(["batch", "--baseline", "-"])?.exitCode == .usage, "standard input holds the answer sets")
    #expect(parseFailure(["batch", "a.jsonl", "--baseline", "-", "--rubric", "-"])?.exitCode == .usage)
  }
}
