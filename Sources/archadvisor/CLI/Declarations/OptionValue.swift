/// What an option's value is: how help, completions and the man page describe it and what a
/// shell offers for it. How the value is read is its ``OptionDeclaration``'s.
enum OptionValue: Hashable, Sendable {
  /// A switch: the option takes no value.
  case none
  /// A file to read; `-` is standard input. Completions offer paths.
  case inputFile
  /// A file (or, for an ADR, a folder) to write. Completions offer paths.
  case outputFile
  /// One of these words.
  case choice([String])
  /// Verdict ids of the rubric, comma-separated. Completions ask the rubric.
  case verdicts
  /// One verdict id of the rubric. Completions ask the rubric.
  case verdict
  /// `FACTOR=N`, a factor id of the rubric and a weight. Completions ask the rubric.
  case factorWeight
  /// A case id of the rubric's case library. Completions ask the library.
  case caseID
  /// A command's words (`rubric show`), for `help`.
  case command
  /// Free text: a name, a date, a list of names. Completions offer nothing.
  case text

  /// Whether the option takes a value at all.
  var takesValue: Bool { self != .none }
}
