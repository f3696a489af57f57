import ArchAdvisorKit

/// Runs one invocation: parses the arguments, runs the command, prints any error once, and
/// returns the exit status. The only place that turns errors into messages.
struct Application: Sendable {
  var terminal: Terminal

  /// Runs `arguments` (without the program name) and returns the exit status.
  func run(_ arguments: [String]) -> ExitCode {
    do {
      let command = try Command(arguments: arguments, inputIsTerminal: terminal.inputIsTerminal)
      return try run(command)
    } catch {
      Messages.error(error)
      return error.exitCode
    }
  }

  /// Runs a parsed command.
  func run(_ command: Command) throws(CLIError) -> ExitCode {
    switch command {
    case .ask(let options):
      Messages.isQuiet = options.report.quiet
      return try AskCommand(options: options, terminal: terminal).run()
    case .recommend(let options):
      Messages.isQuiet = options.report.quiet
      return try RecommendCommand(options: options, terminal: terminal).run()
    case .batch(let options):
      Messages.isQuiet = options.quiet
      return try BatchCommand(options: options, terminal: terminal).run()
    case .rubricCheck(let options): return try RubricCheckCommand(options: options).run()
    case .rubricShow(let options): return try RubricShowCommand(options: options, terminal: terminal).run()
    case .rubricDiff(let options): return try RubricDiffCommand(options: options, terminal: terminal).run()
    case .diff(let options):
      Messages.isQuiet = options.quiet
      return try DiffCommand(options: options, terminal: terminal).run()
    // The case library.
    case .cases(let options): return try CasesCommand(options: options, terminal: terminal).run()
    case .caseShow(let options): return try CaseShowCommand(options: options, terminal: terminal).run()
    // Shell integration.
    case .completions(let options):
      let catalog = CommandCatalog.standard
      let script: String
      switch options.shell {
      case .bash: script = BashCompletionScript(catalog: catalog).render()
      case .zsh: script = ZshCompletionScript(catalog: catalog).render()
      case .fish: script = FishCompletionScript(catalog: catalog).render()
      }
      return try print(script, what: "the completion script")
    case .man:
      let rubric = try LoadedRubric.embedded().rubric
      return try print(ManPage(catalog: .standard, rubric: rubric).render(), what: "the manual page")
    case .complete(let query): return try CompleteCommand(query: query).run()
    case .help(let request):
      let rubric = try LoadedRubric.load(request.rubricFile).rubric
      let width = terminal.outputIsTerminal ? min(terminal.width(), 100) : 80
      return try print(HelpText(rubric: rubric, width: width).text(for: request.topic), what: "the help")
    case .version:
      return try print(
        HelpText.versionLine(rubric: try LoadedRubric.embedded().rubric) + "\n", what: "the version")
    }
  }

  /// Writes text to standard output.
  private func print(_ text: String, what: String) throws(CLIError) -> ExitCode {
    do {
      try OutputStream.standardOutput.write(text)
    } catch {
      throw CLIError.cannotWrite(what: what, file: nil, reason: error.description)
    }
    return .success
  }
}
