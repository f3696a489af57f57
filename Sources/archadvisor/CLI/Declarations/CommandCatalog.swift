/// Every command with what it takes: the one list the main help, completions, the man page, the
/// reserved factor flag names and "this option belongs to that command" all read.
struct CommandCatalog: Sendable {
  /// The commands, in the order help lists them.
  var commands: [CommandSpec]

  /// archadvisor's commands.
  static let standard = CommandCatalog(commands: [
    CommandSpec(
      "ask", "[OPTIONS]", abstract: "Answer the questions at a terminal, then get the report.",
      options: AskOptions.declarations.map(\.spec), topic: .ask),
    CommandSpec(
      "recommend", "[FACTOR FLAGS] [OPTIONS]",
      abstract: "One report from factor flags, an answers file, or both.",
      options: RecommendOptions.declarations.map(\.spec), takesFactorFlags: true, topic: .recommend),
    CommandSpec(
      "batch", "[FILE…] [OPTIONS]", abstract: "One report on many answer sets (JSON array or JSON Lines).",
      options: BatchOptions.declarations.map(\.spec), operands: .inputFile, topic: .batch),
    CommandSpec(
      "diff", "OLD NEW [OPTIONS]",
      abstract: "What moved between two assessments (answers files or JSON reports).",
      options: DiffOptions.declarations.map(\.spec), operands: .inputFile, topic: .diff),
    CommandSpec(
      "cases", "[OPTIONS]", abstract: "The case library: documented decisions, by verdict or gen-AI.",
      options: CasesOptions.declarations.map(\.spec), topic: .cases),
    CommandSpec(
      "cases show", "ID [OPTIONS]",
      abstract: "One case whole: answers, sources, and how the rubric scores it.",
      options: CaseShowOptions.declarations.map(\.spec), operands: .caseID, topic: .casesShow),
    CommandSpec(
      "rubric check", "FILE…", abstract: "Validate a rubric: every problem with its location.",
      options: RubricCheckOptions.declarations.map(\.spec), operands: .inputFile, topic: .rubricCheck),
    CommandSpec(
      "rubric show", "[FILE] [OPTIONS]", abstract: "A rubric's factors, flags, options and weights.",
      options: RubricShowOptions.declarations.map(\.spec), operands: .inputFile, topic: .rubricShow),
    CommandSpec(
      "rubric diff", "OLD NEW [OPTIONS]",
      abstract: "What changed between two rubrics, and which verdicts move.",
      options: RubricDiffOptions.declarations.map(\.spec), operands: .inputFile, topic: .rubricDiff),
    CommandSpec(
      "completions", "SHELL", abstract: "A completion script for bash, zsh or fish.",
      operands: .choice(CompletionsOptions.Shell.allCases.map(\.rawValue)),
      topic: .completions),
    CommandSpec(
      "man", "", abstract: "This manual as a roff page (archadvisor man | man -l -).", topic: .man),
    CommandSpec(
      "help", "[COMMAND]", abstract: "Help on a command (also COMMAND --help).", operands: .command,
      topic: .help),
  ])

  /// The command whose words are `path`.
  subscript(path: String) -> CommandSpec? { commands.first { $0.path == path } }

  /// The command a help topic shows.
  subscript(topic: HelpRequest.Topic) -> CommandSpec? { commands.first { $0.topic == topic } }

  /// The first words of every command (`ask`, `rubric`, …), in order, without repeats.
  var words: [String] {
    var words: [String] = []
    for command in commands {
      let word = String(command.path.prefix { $0 != " " })
      if !words.contains(word) { words.append(word) }
    }
    return words
  }

  /// The words after `word` of its commands (`check`, `show`, `diff` after `rubric`).
  func subcommands(of word: String) -> [String] {
    commands.compactMap { command in
      command.path.hasPrefix(word + " ") ? String(command.path.dropFirst(word.count + 1)) : nil
    }
  }

  /// The names of every option of every command that takes factor flags or writes a report, without
  /// dashes (`fail-on`), with `version` and `help`: a factor whose flag is one of these could never
  /// be given. `cases`'s are not among them: it takes no factor flags, and reserving `verdict` or
  /// `genai` would refuse rubrics that load today.
  var reservedFlagNames: Set<String> {
    let writers = commands.filter {
      ["ask", "recommend", "batch", "rubric check", "rubric show"].contains($0.path)
    }
    return Set(writers.flatMap(\.options).map(\.bareName) + [OptionSpec.version.bareName])
  }

  /// The first command other than `command` that takes the option `name`, or `nil`.
  func command(taking name: String, besides command: String) -> String? {
    commands.first { $0.path != command && $0.options.contains { $0.name == name } }?.path
  }
}
