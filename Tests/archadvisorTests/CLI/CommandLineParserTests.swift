import Testing

@testable import archadvisor

/// The argument parser in-process: every mode, every error, every suggestion.
@Suite struct CommandLineParserTests {
  func parse(_ arguments: [String], terminal: Bool = false) throws(CLIError) -> Command {
    try Command(arguments: arguments, inputIsTerminal: terminal)
  }

  /// The error parsing `arguments` throws, or `nil` when it parses.
  func failure(_ arguments: [String], terminal: Bool = false) -> CLIError? {
    parseFailure(arguments, terminal: terminal)
  }

  func recommend(_ arguments: [String]) throws -> RecommendOptions {
    guard case .recommend(let options) = try parse(["recommend"] + arguments) else {
      Issue.record("not a recommend command")
      return RecommendOptions()
    }
    return options
  }

  // MARK: Modes

  @Test func bareCommandAsksOnATerminal() throws {
    #expect(try parse([], terminal: true) == .ask(AskOptions()))
  }

  @Test func bareCommandOnAPipeIsAUsageError() {
    let error = failure([], terminal: false)
    #expect(error == .noCommand)
    #expect(error?.exitCode == .usage)
    #expect(error?.description.contains("stdin is not a terminal") == true)
  }

  @Test func optionsWithoutACommandAreAskOnATerminalOnly() throws {
    var expected = AskOptions()
    expected.report.rubricFile = "r.json"
    #expect(try parse(["--rubric", "r.json"], terminal: true) == .ask(expected))
    #expect(failure(["--rubric", "r.json"], terminal: false) == .noCommand)
  }

  @Test(arguments: [["--version"], ["recommend", "--version"], ["ask", "--version"]])
  func version(_ arguments: [String]) throws {
    #expect(try parse(arguments) == .version)
  }

  @Test func helpInEveryForm() throws {
    #expect(try parse(["--help"]) == .help(HelpRequest(.main)))
    #expect(try parse(["-h"]) == .help(HelpRequest(.main)))
    #expect(try parse(["help"]) == .help(HelpRequest(.main)))
    #expect(try parse(["help", "recommend"]) == .help(HelpRequest(.recommend)))
    #expect(try parse(["help", "ask"]) == .help(HelpRequest(.ask)))
    #expect(try parse(["help", "rubric"]) == .help(HelpRequest(.rubric)))
    #expect(try parse(["help", "rubric", "check"]) == .help(HelpRequest(.rubricCheck)))
    #expect(try parse(["help", "rubric", "show"]) == .help(HelpRequest(.rubricShow)))
    #expect(try parse(["help", "help"]) == .help(HelpRequest(.help)))
    #expect(try parse(["ask", "-h"]) == .help(HelpRequest(.ask)))
    #expect(try parse(["rubric", "--help"]) == .help(HelpRequest(.rubric)))
    #expect(try parse(["rubric", "check", "--help"]) == .help(HelpRequest(.rubricCheck)))
    #expect(try parse(["rubric", "show", "-h"]) == .help(HelpRequest(.rubricShow)))
  }

  @Test func helpWinsOverMistakesAndKeepsTheRubricForRecommend() throws {
    #expect(
      try parse(["recommend", "--team-size", "banana", "--rubric", "mine.json", "--help"])
        == .help(HelpRequest(.recommend, rubricFile: "mine.json")))
    #expect(try parse(["recommend", "--bogus", "-h"]) == .help(HelpRequest(.recommend)))
  }

  @Test func helpForAnUnknownCommandSuggests() {
    #expect(failure(["help", "recomend"]) == .unknownCommand("recomend", suggestion: "recommend"))
    #expect(failure(["help", "rubric", "shw"]) == .unknownCommand("rubric shw", suggestion: "rubric show"))
  }

  @Test func unknownCommandSuggestsTheNearest() {
    let error = failure(["recomend", "--team-size", "3"])
    #expect(error == .unknownCommand("recomend", suggestion: "recommend"))
    #expect(error?.exitCode == .usage)
    #expect(error?.description == "unknown command \"recomend\" (did you mean \"recommend\"?)")
    #expect(failure(["frobnicate"]) == .unknownCommand("frobnicate", suggestion: nil))
  }

  // MARK: recommend

  @Test func factorFlagsInBothForms() throws {
    let options = try recommend(["--team-size", "8", "--skills=containers,tracing", "--ci-cd", "continuous"])
    #expect(
      options.factorFlags == [
        FactorFlag(option: "--team-size", value: "8"),
        FactorFlag(option: "--skills", value: "containers,tracing"),
        FactorFlag(option: "--ci-cd", value: "continuous"),
      ])
  }

  @Test func aFactorFlagFollowedByAnotherFlagHasNoValue() throws {
    let options = try recommend(["--team-size", "--scaling", "steady"])
    #expect(
      options.factorFlags == [
        FactorFlag(option: "--team-size", value: nil), FactorFlag(option: "--scaling", value: "steady"),
      ])
  }

  @Test func ownOptions() throws {
    let options = try recommend([
      "--answers", "-", "--format", "json", "--output", "out.json", "--name", "search", "--fail-on",
      "microservices", "--date", "2025-02-03", "--color", "never", "--rubric", "r.json",
      "--weight", "team_size=5", "--weight=budget=0.5",
    ])
    #expect(options.answersFile == "-")
    #expect(options.report.format == .json)
    #expect(options.report.outputFile == "out.json")
    #expect(options.report.name == "search")
    #expect(options.report.failOn == ["microservices"])
    #expect(options.report.date == "2025-02-03")
    #expect(options.report.color == .never)
    #expect(options.report.rubricFile == "r.json")
    #expect(
      options.weights == [
        WeightOverride(factor: "team_size", weight: 5), WeightOverride(factor: "budget", weight: 0.5),
      ])
    #expect(options.factorFlags.isEmpty)
  }

  @Test(arguments: OutputFormat.allCases)
  func everyFormat(_ format: OutputFormat) throws {
    #expect(try recommend(["--format", format.rawValue]).report.format == format)
  }

  @Test func optionsBeforeTheCommandAreNamedWithWhereTheyGo() {
    for terminal in [false, true] {
      #expect(
        failure(["--format", "json", "recommend", "--team-size", "3"], terminal: terminal)
          == .optionBeforeCommand(option: "--format", command: "recommend"))
      #expect(
        failure(["--versoin"], terminal: terminal) == .unknownOption("--versoin", suggestion: "--version"))
    }
    #expect((try? CommandLineParser(inputIsTerminal: false).parse(["-V"])) == .version)
    #expect((try? CommandLineParser(inputIsTerminal: false).parse(["recommend", "-V"])) == .version)
    // Ask's own options still start ask on a terminal, and stay an error on a pipe.
    #expect(failure(["--rubric", "r.json"]) == .noCommand)
  }

  @Test func anOptionOfAnotherCommandSaysWhichCommandTakesIt() {
    #expect(
      failure(["batch", "--save", "a.json"])
        == .optionOfAnotherCommand(option: "--save", command: "batch", owner: "ask"))
    #expect(
      failure(["ask", "--precedents"])
        == .optionOfAnotherCommand(option: "--precedents", command: "ask", owner: "batch"))
  }

  @Test func failOnTakesACommaSeparatedListOfVerdicts() throws {
    #expect(
      try CommandLineParser.verdictList("monolith, modular_monolith,monolith", option: "--fail-on") == [
        "monolith", "modular_monolith",
      ])
    for broken in ["", ",", "monolith,", "monolith,,microservices", " , "] {
      #expect(
        failure(["recommend", "--fail-on", broken])
          == .invalidValue(
            option: "--fail-on", value: broken,
            expected: "verdict ids separated by commas, e.g. monolith,microservices", suggestion: nil),
        "\(broken)")
    }
  }

  @Test func aWrongFormatListsTheFormatsAndSuggests() {
    let error = failure(["recommend", "--format", "jsn"])
    #expect(
      error
        == .invalidValue(
          option: "--format", value: "jsn", expected: "one of text, json, jsonl, markdown, csv, adr, html",
          suggestion: "json"))
    #expect(error?.exitCode == .usage)
  }

  @Test func missingValues() {
    #expect(failure(["recommend", "--format"]) == .missingValue(option: "--format", placeholder: "FORMAT"))
    #expect(
      failure(["recommend", "--answers", "--team-size", "3"])
        == .missingValue(option: "--answers", placeholder: "FILE"))
    #expect(failure(["ask", "--save"]) == .missingValue(option: "--save", placeholder: "FILE"))
  }

  @Test func aRepeatedOptionIsAnError() {
    #expect(failure(["recommend", "--format", "json", "--format", "csv"]) == .repeatedOption("--format"))
    #expect(failure(["recommend", "--answers", "a", "--answers=b"]) == .repeatedOption("--answers"))
  }

  @Test func positionalArgumentsAreRefused() {
    #expect(
      failure(["recommend", "answers.json"]) == .unexpectedArgument("answers.json", command: "recommend"))
    #expect(failure(["ask", "now"]) == .unexpectedArgument("now", command: "ask"))
  }

  @Test func standardInputCannotBeBothTheRubricAndTheAnswers() {
    #expect(failure(["recommend", "--rubric", "-", "--answers", "-"])?.exitCode == .usage)
    #expect(failure(["recommend", "--rubric", "-", "--answers", "a.json"]) == nil)
  }

  @Test func aSingleDashWordIsAnUnknownOptionWithASuggestion() {
    #expect(failure(["recommend", "-format", "json"]) == .unknownOption("-format", suggestion: "--format"))
  }

  @Test(arguments: [
    ("team_size=0", false), ("team_size=-1", false), ("team_size", false), ("=3", false),
    ("team_size=x", false),
    ("team_size=inf", false), ("team_size=nan", false), ("team_size=2.5", true), ("ci_cd=1e1", true),
  ])
  func weights(_ text: String, valid: Bool) {
    let error = failure(["recommend", "--weight", text])
    #expect((error == nil) == valid, "\(text)")
    if let error { #expect(error.exitCode == .usage) }
  }

  @Test func badDatesAndColors() {
    #expect(failure(["recommend", "--date", "2025-13-01"])?.exitCode == .usage)
    #expect(failure(["recommend", "--date", "25-01-01"])?.exitCode == .usage)
    #expect(
      failure(["recommend", "--color", "alway"])
        == .invalidValue(
          option: "--color", value: "alway", expected: "one of auto, always, never", suggestion: "always"))
  }

  // MARK: ask

  @Test func askOptions() throws {
    var expected = AskOptions()
    expected.saveFile = "a.json"
    expected.report.format = .markdown
    expected.report.rubricFile = "r.json"
    #expect(
      try parse(["ask", "--save", "a.json", "--format=markdown", "--rubric", "r.json"]) == .ask(expected))
  }

  @Test func askTakesPlainAndSavedAnswers() throws {
    var expected = AskOptions()
    expected.plain = true
    expected.answersFile = "a.json"
    #expect(try parse(["ask", "--plain", "--answers", "a.json"]) == .ask(expected))
    #expect(try parse(["--plain"], terminal: true) == .ask(AskOptions(plain: true)))
    #expect(
      failure(["ask", "--plain=yes"])
        == .invalidValue(option: "--plain", value: "yes", expected: "no value", suggestion: nil))
    #expect(failure(["ask", "--plain", "--plain"]) == .repeatedOption("--plain"))
    #expect(failure(["ask", "--pla"]) == .unknownOption("--pla", suggestion: "--plain"))
    #expect(
      failure(["ask", "--answers", "-"])
        == .invalidValue(
          option: "--answers", value: "-",
          expected: "a file, since ask reads its questions' answers from standard input", suggestion: nil))
  }

  @Test func askSuggestsItsOwnOptions() {
    #expect(failure(["ask", "--sav", "a.json"]) == .unknownOption("--sav", suggestion: "--save"))
    #expect(failure(["ask", "--team-size", "3"]) == .unknownOption("--team-size", suggestion: nil))
  }

  // MARK: rubric

  @Test func rubricCheckTakesFiles() throws {
    #expect(
      try parse(["rubric", "check", "a.json", "b.json"])
        == .rubricCheck(RubricCheckOptions(files: ["a.json", "b.json"])))
    #expect(try parse(["rubric", "check", "-"]) == .rubricCheck(RubricCheckOptions(files: ["-"])))
    #expect(
      try parse(["rubric", "check", "--", "-odd.json"])
        == .rubricCheck(RubricCheckOptions(files: ["-odd.json"])))
    #expect(
      failure(["rubric", "check"]) == .missingArgument("the rubric FILE to check", command: "rubric check"))
    #expect(
      failure(["rubric", "check", "--strict", "a.json"]) == .unknownOption("--strict", suggestion: nil))
  }

  @Test func rubricShow() throws {
    #expect(try parse(["rubric", "show"]) == .rubricShow(RubricShowOptions()))
    #expect(
      try parse(["rubric", "show", "r.json", "--format", "json"])
        == .rubricShow(RubricShowOptions(file: "r.json", format: .json)))
    #expect(
      try parse(["rubric", "show", "--rubric", "r.json"]) == .rubricShow(RubricShowOptions(file: "r.json")))
    #expect(
      failure(["rubric", "show", "a.json", "b.json"]) == .unexpectedArgument("b.json", command: "rubric show")
    )
    #expect(failure(["rubric", "show", "--format", "csv"])?.exitCode == .usage)
    #expect(
      failure(["rubric", "show", "--formt", "json"]) == .unknownOption("--formt", suggestion: "--format"))
  }

  @Test func rubricNeedsASubcommand() {
    #expect(failure(["rubric"])?.exitCode == .usage)
    #expect(
      failure(["rubric", "chek", "a.json"]) == .unknownCommand("rubric chek", suggestion: "rubric check"))
  }

  // MARK: Errors

  @Test func everyErrorHasTheContractsExitCode() {
    #expect(CLIError.noCommand.exitCode == .usage)
    #expect(CLIError.cannotRead(file: "a", reason: "b").exitCode == .noInput)
    #expect(CLIError.cannotWrite(what: "the report", file: nil, reason: "b").exitCode == .cannotWrite)
    #expect(CLIError.invalidJSON(file: "a", location: "1:1", reason: "b").exitCode == .dataError)
    #expect(CLIError.aborted.exitCode == .aborted)
    #expect(ExitCode.allCases.map(\.rawValue) == [0, 1, 64, 65, 66, 74, 130])
  }

  @Test func messagesAreOneLineAndDefuseWhatTheUserTyped() {
    let error = failure(["\u{1B}[31mred"])
    let text = error?.description ?? ""
    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("\n"))
    #expect(
      CLIError.cannotWrite(what: "the report", file: nil, reason: "No space left on device").description
        == "could not write the report: No space left on device")
  }
}
