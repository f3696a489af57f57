import ArchAdvisorKit

/// Everything that stops a command, each case with the exit status it gives and a message that
/// says in one sentence what is wrong and where.
///
/// Printed once, by ``Application``, as `error: …` on standard error (one line per rubric
/// problem when a rubric has several); ``aborted`` prints without the prefix.
enum CLIError: Error, Hashable, Sendable, CustomStringConvertible {
  // MARK: Usage (64)

  /// Bare `archadvisor` with standard input not a terminal: there is no one to ask.
  case noCommand
  /// A command word that is not one; with the nearest command, if one is near.
  case unknownCommand(String, suggestion: String?)
  /// A flag the command does not have; with the nearest flag (already spelled with `--`).
  case unknownOption(String, suggestion: String?)
  /// A flag another command takes, given to this one.
  case optionOfAnotherCommand(option: String, command: String, owner: String)
  /// A flag before the command word it belongs after (`--format json recommend …`).
  case optionBeforeCommand(option: String, command: String)
  /// `ask --no-input`: the questions cannot be asked; `flags` are the rubric's first factor flags.
  case inputDisabled(flags: [String])
  /// A flag that needs a value and has none.
  case missingValue(option: String, placeholder: String)
  /// A flag given a value it does not accept; `expected` says what it accepts.
  case invalidValue(option: String, value: String, expected: String, suggestion: String?)
  /// A flag given twice where once is all that makes sense.
  case repeatedOption(String)
  /// A positional argument the command does not take.
  case unexpectedArgument(String, command: String)
  /// A positional argument the command needs.
  case missingArgument(String, command: String)
  /// A factor flag whose value does not fit the factor (`--scaling huge`).
  case invalidFlagAnswer(option: String, AnswerError)
  /// A `--weight` naming a factor the rubric does not have.
  case unknownWeightFactor(AnswerError)
  /// An output (`--output`, `--save`) that names one of the command's inputs: writing it would
  /// destroy what is being read.
  case outputIsInput(option: String, output: String, input: String, inputPath: String)
  /// Two outputs naming one file: the second would replace the first.
  case outputsCollide(first: String, second: String, path: String)

  // MARK: Bad data (65)

  /// A file (answers, a rubric) that is not JSON; the parser's error carries line and column.
  case invalidJSON(file: String, location: String, reason: String)
  /// An answers file whose content does not fit the rubric.
  case invalidAnswers(AnswerError)
  /// A rubric with problems: every one, in file order.
  case invalidRubric(RubricProblems)
  /// A file far bigger than any answers or rubric file.
  case fileTooLarge(file: String, limit: Int)
  /// `ask` reading a pipe or file that ended before the last answer (66 when it held none).
  case inputEnded(answered: Int, of: Int)

  // MARK: Files (66, 74)

  /// An input file that could not be opened or read.
  case cannotRead(file: String, reason: String)
  /// Output that could not be written; `file` is `nil` for standard output.
  case cannotWrite(what: String, file: String?, reason: String)

  // MARK: The case library (64, 65, 66)

  /// `cases` or `cases show` could not have the case, or the library (``CaseLibraryError``).
  case caseLibrary(CaseLibraryError)

  // MARK: The user (130)

  /// The user ended the questions (Ctrl-D, Ctrl-C) before the report.
  case aborted

  /// The exit status this error gives.
  var exitCode: ExitCode {
    switch self {
    case .noCommand, .unknownCommand, .unknownOption, .optionOfAnotherCommand, .optionBeforeCommand,
      .inputDisabled,
      .missingValue, .invalidValue, .repeatedOption,
      .unexpectedArgument, .missingArgument, .invalidFlagAnswer, .unknownWeightFactor, .outputIsInput,
      .outputsCollide:
      return .usage
    case .invalidJSON, .invalidAnswers, .invalidRubric, .fileTooLarge: return .dataError
    case .inputEnded(let answered, _): return answered == 0 ? .noInput : .dataError
    case .cannotRead: return .noInput
    case .cannotWrite: return .cannotWrite
    case .aborted: return .aborted
    case .caseLibrary(let error): return error.exitCode
    }
  }

  /// The lines printed on standard error: one, except for a rubric with several problems.
  var lines: [String] {
    switch self {
    case .invalidRubric(let problems): return problems.problems.map(\.description)
    case .caseLibrary(let error): return error.lines
    case .aborted: return ["aborted: no report written"]
    default: return [description]
    }
  }

  /// Whether the lines are printed with the `error: ` prefix.
  var isError: Bool { self != .aborted }

  var description: String {
    switch self {
    case .noCommand:
      return "no command given and stdin is not a terminal; try 'archadvisor recommend --help'"
    case .unknownCommand(let word, let suggestion):
      return "unknown command \(Quoted.text(word))" + hint(suggestion)
        + (suggestion == nil ? "; try 'archadvisor --help'" : "")
    case .unknownOption(let option, let suggestion):
      return "unknown option \(Quoted.plain(option))"
        + (suggestion.map { "; did you mean \($0)?" } ?? "")
    case .optionOfAnotherCommand(let option, let command, let owner):
      return
        "\(option) is not an option of '\(command)'; 'archadvisor \(owner)' takes it (see 'archadvisor \(owner) --help')"
    case .optionBeforeCommand(let option, let command):
      return
        "\(option) comes before the command; put the options after it: 'archadvisor \(command) \(option) …'"
    case .missingValue(let option, let placeholder):
      return "\(option) needs a value (\(option) \(placeholder))"
    case .invalidValue(let option, let value, let expected, let suggestion):
      return "invalid value \(Quoted.text(value)) for \(option)" + hint(suggestion) + "; expected \(expected)"
    case .repeatedOption(let option):
      return "\(option) is given more than once"
    case .unexpectedArgument(let argument, let command):
      return "unexpected argument \(Quoted.text(argument)); see 'archadvisor \(command) --help'"
    case .inputDisabled(let flags):
      return
        "--no-input: 'ask' asks its questions; give the answers to 'archadvisor recommend' instead, as flags ("
        + flags.joined(separator: " ") + " …) or in a file (--answers FILE)"
    case .missingArgument(let what, let command):
      return "missing \(what); see 'archadvisor \(command) --help'"
    case .invalidFlagAnswer(let option, let error):
      // The flag is the factor's id spelled for the command line, so it names the factor; the
      // answer error says what the factor accepts.
      return "invalid value for \(option): " + error.message
    case .unknownWeightFactor(let error):
      return "--weight: " + error.message
    case .outputIsInput(let option, let output, let input, let inputPath):
      // Paths whole (a shortened one would not say which file), made safe for a terminal.
      let same = output == inputPath ? "" : " (\(TerminalSanitizer.clean(inputPath)) is the same file)"
      return
        "\(option) \(TerminalSanitizer.clean(output)) names \(input)\(same); writing it would destroy it, so "
        + "nothing was done: give \(option) another file"
    case .outputsCollide(let first, let second, let path):
      return
        "\(first) and \(second) both name \(TerminalSanitizer.clean(path)); the second would replace the first, so "
        + "nothing was done: give each its own file"
    case .invalidJSON(let file, let location, let reason):
      return "\(file):\(location): \(reason)"
    case .invalidAnswers(let error):
      return error.description
    case .invalidRubric(let problems):
      let count = problems.problems.count
      return count == 1 ? problems.description : "the rubric has \(count) problems:\n" + problems.description
    case .inputEnded(let answered, let count):
      let held = answered == 0 ? "before the first answer" : "after \(answered) of \(count) answers"
      return "standard input ended \(held), so no report was written; give one answer per line "
        + "(an empty line leaves a question unknown), or run 'archadvisor ask' in a terminal"
    case .fileTooLarge(let file, let limit):
      return "\(file) is larger than \(limit / (1024 * 1024)) MiB; no answers or rubric file is that big"
    case .cannotRead(let file, let reason):
      return "cannot read \(file): \(reason)"
    case .cannotWrite(let what, let file, let reason):
      return "could not write \(what)" + (file.map { " to \($0)" } ?? "") + ": \(reason)"
    case .aborted:
      return "aborted: no report written"
    case .caseLibrary(let error):
      return error.description
    }
  }

  private func hint(_ suggestion: String?) -> String {
    suggestion.map { " (did you mean \(Quoted.text($0))?)" } ?? ""
  }
}
