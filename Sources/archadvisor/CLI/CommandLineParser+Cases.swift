import ArchAdvisorKit

/// `cases [--verdict VERDICT] [--genai] [--rubric FILE] [--format text|json]` and
/// `cases show ID [--rubric FILE] [--format text|json]`.
///
/// The verdict and the id are checked when the command runs and has its rubric and library.
/// A word after `cases` that is not `show` is refused: `cases shwo` suggests `cases show`, and
/// `cases airbnb-2018` suggests `cases show airbnb-2018`.
extension CommandLineParser {
  func parseCases(_ arguments: [String]) throws(CLIError) -> Command {
    // Options may come first: `cases --rubric r.json show ID`.
    if let show = firstOperand(arguments), arguments[show] == "show" {
      var rest = arguments
      rest.remove(at: show)
      return try parseCaseShow(rest)
    }
    return try parseDeclared(
      arguments, topic: .cases, declarations: CasesOptions.declarations, into: CasesOptions(),
      operand: { (_, word) throws(CLIError) in
        // `cases shwo` meant `cases show`; `cases airbnb-2018` most likely `cases show airbnb-2018`.
        let meant = Suggestion.nearest(to: word, in: ["show"]) ?? "show " + word
        throw CLIError.unknownCommand("cases " + word, suggestion: "cases " + meant)
      }
    ) { .cases($0) }
  }

  private func parseCaseShow(_ arguments: [String]) throws(CLIError) -> Command {
    try parseDeclared(
      arguments, topic: .casesShow, declarations: CaseShowOptions.declarations, into: CaseShowOptions(),
      operand: { (options, word) throws(CLIError) in
        guard options.id.isEmpty else { throw CLIError.unexpectedArgument(word, command: "cases show") }
        options.id = word
      }
    ) { (options) throws(CLIError) in
      guard !options.id.isEmpty else {
        throw CLIError.missingArgument(
          "the ID of the case to show ('archadvisor cases' lists them)", command: "cases show")
      }
      return .caseShow(options)
    }
  }

  /// The index of the first positional argument, skipping options and their values as `cases`
  /// declares them.
  private func firstOperand(_ arguments: [String]) -> Int? {
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--" { return index + 1 < arguments.count ? index + 1 : nil }
      guard ArgumentScanner.isOption(argument) else { return index }
      let takesValue = CasesOptions.declarations.contains {
        $0.spec.name == argument && $0.spec.value.takesValue
      }
      index += takesValue ? 2 : 1
    }
    return nil
  }
}
