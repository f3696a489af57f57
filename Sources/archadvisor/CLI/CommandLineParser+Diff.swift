extension CommandLineParser {
  /// `diff OLD NEW [--rubric FILE] [--format text|json|markdown|html] [--output FILE] [--fail-on-change]
  /// [--quiet] [--color WHEN]`: exactly two assessments, each an answers file or a saved JSON
  /// report, one of them `-` (standard input) at most.
  func parseDiff(_ arguments: [String]) throws(CLIError) -> Command {
    var files: [String] = []
    return try parseDeclared(
      arguments, topic: .diff, declarations: DiffOptions.declarations, into: DiffOptions(),
      operand: { (_, argument) throws(CLIError) in
        guard files.count < 2 else { throw CLIError.unexpectedArgument(argument, command: "diff") }
        files.append(argument)
      }
    ) { (options) throws(CLIError) in
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
          option: "NEW", value: "-", expected: "a file, since OLD already reads standard input",
          suggestion: nil
        )
      }
      if options.rubricFile == "-", files.contains("-") {
        throw CLIError.invalidValue(
          option: "--rubric", value: "-", expected: "a file, since an assessment is read from standard input",
          suggestion: nil)
      }
      var options = options
      options.old = files[0]
      options.new = files[1]
      return .diff(options)
    }
  }
}
