extension CommandLineParser {
  /// `diff OLD NEW [--rubric FILE] [--format text|json|markdown] [--output FILE] [--fail-on-change]
  /// [--quiet] [--color WHEN]`: exactly two assessments, each an answers file or a saved JSON
  /// report, one of them `-` (standard input) at most.
  func parseDiff(_ arguments: [String]) throws(CLIError) -> Command {
    if let request = CommandLineParser.helpOrVersion(arguments, topic: .diff) { return request }
    var options = DiffOptions()
    var files: [String] = []
    var seen = Set<String>()
    var scanner = ArgumentScanner(arguments)
    while let token = scanner.next() {
      switch token {
      case .positional(let argument):
        guard files.count < 2 else { throw CLIError.unexpectedArgument(argument, command: "diff") }
        files.append(argument)
      case .option(let name, let inline):
        guard let spec = OptionSpec.diffOptions.first(where: { $0.name == name }), spec != .help else {
          throw unknownOption(name, known: OptionSpec.diffOptions, extra: [])
        }
        try once(name, &seen)
        if spec.placeholder == nil {
          if let inline {
            throw CLIError.invalidValue(option: name, value: inline, expected: "no value", suggestion: nil)
          }
          if spec == .quiet { options.quiet = true } else { options.failOnChange = true }
          continue
        }
        let value = try scanner.value(for: name, inline: inline, placeholder: spec.placeholder ?? "VALUE")
        switch spec {
        case .diffRubric: options.rubricFile = value
        case .diffFormat:
          options.format = try CommandLineParser.choice(
            value, option: name, DiffOptions.Format.allCases.map(\.rawValue),
            DiffOptions.Format.init(rawValue:))
        case .batchOutput: options.outputFile = value
        default:
          options.color = try CommandLineParser.choice(
            value, option: name, ColorMode.allCases.map(\.rawValue), ColorMode.init(rawValue:))
        }
      }
    }
    guard files.count == 2 else {
      let what =
        files.isEmpty
        ? "the OLD and NEW assessments to compare (each an answers file, a saved JSON report or -)"
        : "NEW, the assessment to compare OLD with (an answers file, a saved JSON report or -)"
      throw CLIError.missingArgument(what, command: "diff")
    }
    // Standard input can be read once.
    if files[0] == "-", files[1] == "-" {
      throw CLIError.invalidValue(
        option: "NEW", value: "-", expected: "a file, since OLD already reads standard input", suggestion: nil
      )
    }
    if options.rubricFile == "-", files.contains("-") {
      throw CLIError.invalidValue(
        option: "--rubric", value: "-", expected: "a file, since an assessment is read from standard input",
        suggestion: nil)
    }
    options.old = files[0]
    options.new = files[1]
    return .diff(options)
  }
}
