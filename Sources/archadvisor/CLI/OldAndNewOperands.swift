/// The two operands of a command that compares (`diff OLD NEW`, `rubric diff OLD NEW`): exactly
/// two, at most one of them `-`, since standard input can be read once.
struct OldAndNewOperands {
  /// The command's words, for errors (`rubric diff`).
  var command: String
  /// What is compared, in the singular (`rubric`).
  var thing: String
  /// What an operand may be, before "or -" (`a file, default`).
  var forms: String
  /// What NEW may be when OLD is `-` (`a file or default`).
  var besidesStandardInput: String
  private var operands: [String] = []

  init(command: String, thing: String, forms: String, besidesStandardInput: String) {
    self.command = command
    self.thing = thing
    self.forms = forms
    self.besidesStandardInput = besidesStandardInput
  }

  /// Takes the next positional argument; a third is an error.
  mutating func add(_ argument: String) throws(CLIError) {
    guard operands.count < 2 else { throw CLIError.unexpectedArgument(argument, command: command) }
    operands.append(argument)
  }

  /// OLD and NEW, once the whole line is read.
  func pair() throws(CLIError) -> (old: String, new: String) {
    guard operands.count == 2 else {
      let what =
        operands.isEmpty
        ? "the OLD and NEW \(thing)s to compare (each \(forms) or -)"
        : "NEW, the \(thing) to compare OLD with (\(forms) or -)"
      throw CLIError.missingArgument(what, command: command)
    }
    if operands[0] == "-", operands[1] == "-" {
      throw CLIError.invalidValue(
        option: "NEW", value: "-",
        expected: besidesStandardInput + ", since OLD already reads standard input",
        suggestion: nil)
    }
    return (operands[0], operands[1])
  }
}
