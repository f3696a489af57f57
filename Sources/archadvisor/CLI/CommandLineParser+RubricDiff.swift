/// `rubric diff OLD NEW [OPTIONS]`.
extension CommandLineParser {
  func parseRubricDiff(_ arguments: [String]) throws(CLIError) -> Command {
    var rubrics: [String] = []
    return try parseDeclared(
      arguments, topic: .rubricDiff, declarations: RubricDiffOptions.declarations, into: RubricDiffOptions(),
      operand: { (_, argument) throws(CLIError) in
        guard rubrics.count < 2 else { throw CLIError.unexpectedArgument(argument, command: "rubric diff") }
        rubrics.append(argument)
      }
    ) { (options) throws(CLIError) in
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
      var options = options
      let word = RubricDiffOptions.defaultRubricWord
      options.old = rubrics[0] == word ? nil : rubrics[0]
      options.new = rubrics[1] == word ? nil : rubrics[1]
      return .rubricDiff(options)
    }
  }
}
