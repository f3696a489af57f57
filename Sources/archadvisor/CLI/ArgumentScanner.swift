/// Splits arguments into options and positional arguments, the way users expect from Unix
/// tools: `--flag value` and `--flag=value`, `--` ending the options, `-` alone a positional
/// argument (standard input).
struct ArgumentScanner {
  /// One argument, classified.
  enum Token: Hashable, Sendable {
    /// `--name` or `-x`, with the value written after `=` if there was one.
    case option(String, inlineValue: String?)
    /// Anything else, and everything after `--`.
    case positional(String)
  }

  private let arguments: [String]
  /// The position of the next argument to read.
  private(set) var index = 0
  private var optionsEnded = false

  init(_ arguments: [String]) {
    self.arguments = arguments
  }

  /// The next token, or `nil` at the end.
  mutating func next() -> Token? {
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || !ArgumentScanner.isOption(argument) { return .positional(argument) }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        return .option(
          String(argument[..<equals]), inlineValue: String(argument[argument.index(after: equals)...]))
      }
      return .option(argument, inlineValue: nil)
    }
    return nil
  }

  /// The value of `option`: the inline one, else the next argument, unless that is itself a
  /// `--flag` (so `--team-size --scaling steady` says the value is missing rather than taking
  /// `--scaling` as a team size). `-` and negative numbers are values.
  mutating func value(for option: String, inline: String?, placeholder: String) throws(CLIError) -> String {
    if let value = takeValue(inline: inline) { return value }
    throw CLIError.missingValue(option: option, placeholder: placeholder)
  }

  /// The value if there is one, consumed; `nil` when none follows.
  mutating func takeValue(inline: String?) -> String? {
    if let inline { return inline }
    guard index < arguments.count else { return nil }
    let candidate = arguments[index]
    if !optionsEnded, candidate.hasPrefix("--") { return nil }
    index += 1
    return candidate
  }

  /// Whether the argument is an option: it starts with `-` and is not `-` alone.
  static func isOption(_ argument: String) -> Bool {
    argument.hasPrefix("-") && argument != "-"
  }
}
