/// The process's exit status, as the product contract fixes them (the sysexits values where
/// they exist).
enum ExitCode: Int32, CaseIterable, Hashable, Sendable {
  /// The command did what was asked.
  case success = 0
  /// A `--fail-on` gate tripped: the report was written and its verdict is the one named.
  case gateTripped = 1
  /// A bad command line: an unknown command or flag, a missing or invalid value (`EX_USAGE`).
  case usage = 64
  /// Bad data: answers or a rubric that cannot be read as what they should be (`EX_DATAERR`).
  case dataError = 65
  /// An input file is missing or unreadable (`EX_NOINPUT`).
  case noInput = 66
  /// The report or the answers could not be written (`EX_IOERR`).
  case cannotWrite = 74
  /// The user ended an interactive session before the report (Ctrl-C, Ctrl-D).
  case aborted = 130
}
