extension CommandLineParser {
  /// `rubric diff OLD NEW [--format text|json|markdown] [--color WHEN]`: exactly two rubrics, each a
  /// file, `-` (standard input, for one of them only) or `default` (the embedded default rubric).
  func parseRubricDiff(_ arguments: [String]) throws(CLIError) -> Command {
    if let request = CommandLineParser.helpOrVersion(arguments, topic: .rubricDiff) { return request }
    var options = RubricDiffOptions()
    var rubrics: [String] = []
    var seen = Set<String>()
    var scanner = ArgumentScanner(arguments)
    while let token = scanner.next() {
      switch token {
      case .positional(let argument):
        guard rubrics.count < 2 else { throw CLIError.unexpectedArgument(argument, command: "rubric diff") }
        rubrics.append(argument)
      case .option(let name, let inline):
        guard let spec = OptionSpec.rubricDiffOptions.first(where: { $0.name == name }), spec != .help else {
          throw unknownOption(name, known: OptionSpec.rubricDiffOptions, extra: [])
        }
        guard seen.insert(name).inserted else { throw CLIError.repeatedOption(name) }
        let value = try scanner.value(for: name, inline: inline, placeholder: spec.placeholder ?? "VALUE")
        if spec == .diffFormat {
          options.format = try CommandLineParser.choice(
            value, option: name, RubricDiffOptions.Format.allCases.map(\.rawValue),
            RubricDiffOptions.Format.init(rawValue:))
        } else {
          options.color = try CommandLineParser.choice(
            value, option: name, ColorMode.allCases.map(\.rawValue), ColorMode.init(rawValue:))
        }
      }
    }
    guard rubrics.count == 2 else {
      let what =
        rubrics.isEmpty
        ? "the OLD and NEW rubrics to compare (each a file, default or -)"
        : "NEW, the rubric to compare OLD with (a file, default or -)"
      throw CLIError.missingArgument(what, command: "rubric diff")
    }
    // Standard input can be read once.
    if rubrics[0] == "-", rubrics[1] == "-" {
      throw CLIError.invalidValue(
        option: "NEW", value: "-", expected: "a file or default, since OLD already reads standard input",
        suggestion: nil)
    }
    let word = RubricDiffOptions.defaultRubricWord
    options.old = rubrics[0] == word ? nil : rubrics[0]
    options.new = rubrics[1] == word ? nil : rubrics[1]
    return .rubricDiff(options)
  }
}
