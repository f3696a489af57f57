/// Reads one command's arguments by its option declarations: the one loop every command's
/// parsing goes through, so a flag given twice, a switch given a value or an unknown option is
/// the same error everywhere.
struct DeclaredOptionParser<Options> {
  /// The command's words, for errors (`rubric show`).
  var command: String
  /// Its options.
  var declarations: [OptionDeclaration<Options>]

  /// Reads `arguments` into `options`: declared options by their declarations, positional
  /// arguments by `operand`, and any other option by `undeclared` (`recommend`'s factor flags),
  /// which returns `false` to have it reported as unknown, with the nearest declared option or the
  /// command that takes it.
  func parse(
    _ arguments: [String], into options: inout Options,
    operand: (inout Options, String) throws(CLIError) -> Void,
    undeclared: ((inout Options, String, String?, inout ArgumentScanner) throws(CLIError) -> Bool)? = nil
  ) throws(CLIError) {
    var seen = Set<String>()
    var scanner = ArgumentScanner(arguments)
    while let token = scanner.next() {
      switch token {
      case .positional(let argument):
        try operand(&options, argument)
      case .option(let name, let inline):
        guard let declaration = declarations.first(where: { $0.spec.name == name }) else {
          if let undeclared, try undeclared(&options, name, inline, &scanner) { continue }
          throw CommandLineParser.unknownOption(name, command: command, known: declarations.map(\.spec.name))
        }
        // A flag given twice is more likely a mistake than an override, and silently taking one
        // would hide it; only options that add a value (`--weight`) repeat.
        if !declaration.spec.repeats, !seen.insert(name).inserted { throw CLIError.repeatedOption(name) }
        if declaration.spec.value.takesValue {
          let placeholder = declaration.spec.placeholder ?? "VALUE"
          try declaration.apply(
            &options, try scanner.value(for: name, inline: inline, placeholder: placeholder))
        } else {
          if let inline {
            throw CLIError.invalidValue(option: name, value: inline, expected: "no value", suggestion: nil)
          }
          try declaration.apply(&options, nil)
        }
      }
    }
  }
}
