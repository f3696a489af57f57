extension CommandLineParser {
  /// `diff OLD NEW [--rubric FILE] [--format text|json|markdown|html] [--output FILE] [--fail-on-change]
  /// [--quiet] [--color WHEN]`: exactly two assessments, each an answers file or a saved JSON
  /// report, one of them `-` (standard input) at most.
  func parseDiff(_ arguments: [String]) throws(CLIError) -> Command {
    var operands = OldAndNewOperands(
      command: "diff", thing: "assessment", forms: "an answers file, a saved JSON report",
      besidesStandardInput: "a file")
    return try parseDeclared(
      arguments, topic: .diff, declarations: DiffOptions.declarations, into: DiffOptions(),
      operand: { (_, argument) throws(CLIError) in try operands.add(argument) }
    ) { (options) throws(CLIError) in
      let (old, new) = try operands.pair()
      if options.rubricFile == "-", old == "-" || new == "-" {
        throw CLIError.invalidValue(
          option: "--rubric", value: "-", expected: "a file, since an assessment is read from standard input",
          suggestion: nil)
      }
      var options = options
      options.old = old
      options.new = new
      return .diff(options)
    }
  }
}
