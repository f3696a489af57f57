/// `rubric diff OLD NEW [OPTIONS]`.
extension CommandLineParser {
  func parseRubricDiff(_ arguments: [String]) throws(CLIError) -> Command {
    var operands = OldAndNewOperands(
      command: "rubric diff", thing: "rubric", forms: "a file, default",
      besidesStandardInput: "a file or default")
    return try parseDeclared(
      arguments, topic: .rubricDiff, declarations: RubricDiffOptions.declarations, into: RubricDiffOptions(),
      operand: { (_, argument) throws(CLIError) in try operands.add(argument) }
    ) { (options) throws(CLIError) in
      let (old, new) = try operands.pair()
      var options = options
      let word = RubricDiffOptions.defaultRubricWord
      options.old = old == word ? nil : old
      options.new = new == word ? nil : new
      return .rubricDiff(options)
    }
  }
}
