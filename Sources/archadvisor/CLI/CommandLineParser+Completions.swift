/// `completions SHELL`, `man`, and the hidden `__complete KIND` a completion script calls.
extension CommandLineParser {
  func parseCompletions(_ arguments: [String]) throws(CLIError) -> Command {
    var shell: CompletionsOptions.Shell?
    let shells = CompletionsOptions.Shell.allCases.map(\.rawValue)
    return try parseDeclared(
      arguments, topic: .completions, declarations: [OptionDeclaration<CompletionsOptions?>](), into: nil,
      operand: { (_, word) throws(CLIError) in
        guard shell == nil else { throw CLIError.unexpectedArgument(word, command: "completions") }
        shell = try CommandLineParser.choice(
          word, option: "SHELL", shells, CompletionsOptions.Shell.init(rawValue:))
      }
    ) { (_) throws(CLIError) in
      guard let shell else {
        throw CLIError.missingArgument("the SHELL to complete in (bash, zsh or fish)", command: "completions")
      }
      return .completions(CompletionsOptions(shell: shell))
    }
  }

  func parseMan(_ arguments: [String]) throws(CLIError) -> Command {
    try parseDeclared(
      arguments, topic: .man, declarations: [OptionDeclaration<Bool>](), into: false,
      operand: CommandLineParser.noOperands("man")
    ) { _ in .man }
  }

  /// `__complete factor-flags|factor-values FLAG|factor-weights|verdicts|case-ids [--rubric FILE]`.
  /// Never help or suggestions: a shell reads only the words it prints.
  func parseCompletionQuery(_ arguments: [String]) throws(CLIError) -> Command {
    var words: [String] = []
    var rubricFile: String?
    var scanner = ArgumentScanner(arguments)
    while let token = scanner.next() {
      switch token {
      case .positional(let word): words.append(word)
      case .option(let name, let inline):
        // The flag whose values are asked for (`factor-values --scaling`) is a word here.
        guard name == "--rubric" else {
          words.append(inline.map { name + "=" + $0 } ?? name)
          continue
        }
        rubricFile = try scanner.value(for: name, inline: inline, placeholder: "FILE")
        // A line's `--rubric -` cannot be read at the cursor: standard input is the user's terminal.
        if rubricFile == "-" { rubricFile = nil }
      }
    }
    let kind: CompletionQuery.Kind
    switch (words.first, words.count) {
    case ("factor-flags", 1): kind = .factorFlags
    case ("factor-values", 2): kind = .factorValues(flag: words[1])
    case ("factor-weights", 1): kind = .factorWeights
    case ("verdicts", 1): kind = .verdicts
    case ("case-ids", 1): kind = .caseIDs
    default:
      throw CLIError.invalidValue(
        option: CompletionQuery.command, value: words.joined(separator: " "),
        expected: "factor-flags, factor-values FLAG, factor-weights, verdicts or case-ids", suggestion: nil)
    }
    return .complete(CompletionQuery(kind: kind, rubricFile: rubricFile))
  }
}
