import ArchAdvisorKit

extension CommandLineParser {
  /// `cases [--verdict VERDICT] [--genai] [--rubric FILE] [--format text|json]` and
  /// `cases show ID [--rubric FILE] [--format text|json]`.
  ///
  /// The verdict and the id are checked when the command runs and has its rubric and library.
  /// A word after `cases` that is not `show` is refused: `cases shwo` suggests `cases show`, and
  /// `cases airbnb-2018` suggests `cases show airbnb-2018`.
  func parseCases(_ arguments: [String]) throws(CLIError) -> Command {
    if arguments.first == "show" { return try parseCaseShow(Array(arguments.dropFirst())) }
    if let request = CommandLineParser.helpOrVersion(arguments, topic: .cases) { return request }
    var options = CasesOptions()
    var seen = Set<String>()
    var scanner = ArgumentScanner(arguments)
    while let token = scanner.next() {
      switch token {
      case .positional(let word):
        // Options may come first: `cases --rubric r.json show ID`.
        if word == "show" {
          var rest = arguments
          rest.remove(at: scanner.index - 1)
          return try parseCaseShow(rest)
        }
        // `cases shwo` meant `cases show`; `cases airbnb-2018` most likely `cases show airbnb-2018`.
        let meant = Suggestion.nearest(to: word, in: ["show"]) ?? "show " + word
        throw CLIError.unknownCommand("cases " + word, suggestion: "cases " + meant)
      case .option(let name, let inline):
        guard let spec = OptionSpec.casesOptions.first(where: { $0.name == name }), spec != .help else {
          throw unknownOption(name, known: OptionSpec.casesOptions, extra: [])
        }
        try once(name, &seen)
        if spec == .casesGenAI {
          if let inline {
            throw CLIError.invalidValue(option: name, value: inline, expected: "no value", suggestion: nil)
          }
          options.generativeAIOnly = true
          continue
        }
        let value = try scanner.value(for: name, inline: inline, placeholder: spec.placeholder ?? "VALUE")
        switch spec {
        case .casesVerdict: options.verdict = value
        case .casesRubric: options.rubricFile = value
        default: options.format = try CommandLineParser.casesFormat(value, option: name)
        }
      }
    }
    return .cases(options)
  }

  private func parseCaseShow(_ arguments: [String]) throws(CLIError) -> Command {
    if let request = CommandLineParser.helpOrVersion(arguments, topic: .casesShow) { return request }
    var id: String?
    var rubricFile: String?
    var format = CasesOptions.Format.text
    var seen = Set<String>()
    var scanner = ArgumentScanner(arguments)
    while let token = scanner.next() {
      switch token {
      case .positional(let word):
        guard id == nil else { throw CLIError.unexpectedArgument(word, command: "cases show") }
        id = word
      case .option(let name, let inline):
        guard let spec = OptionSpec.caseShowOptions.first(where: { $0.name == name }), spec != .help else {
          throw unknownOption(name, known: OptionSpec.caseShowOptions, extra: [])
        }
        try once(name, &seen)
        let value = try scanner.value(for: name, inline: inline, placeholder: spec.placeholder ?? "VALUE")
        if spec == .casesRubric {
          rubricFile = value
        } else {
          format = try CommandLineParser.casesFormat(value, option: name)
        }
      }
    }
    guard let id else {
      throw CLIError.missingArgument(
        "the ID of the case to show ('archadvisor cases' lists them)", command: "cases show")
    }
    return .caseShow(CaseShowOptions(id: id, rubricFile: rubricFile, format: format))
  }

  private static func casesFormat(_ value: String, option: String) throws(CLIError) -> CasesOptions.Format {
    try choice(
      value, option: option, CasesOptions.Format.allCases.map(\.rawValue), CasesOptions.Format.init(rawValue:)
    )
  }
}
