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

  /// What the status means, in one line, for help and the manual.
  var meaning: String {
    switch self {
    case .success: return "success"
    case .gateTripped:
      return "a gate tripped: a verdict --fail-on names, or --fail-on-change (the report is still written)"
    case .usage: return "bad command line: unknown flag, missing or invalid value"
    case .dataError: return "bad data: answers or a rubric that do not fit"
    case .noInput: return "an input file is missing or unreadable"
    case .cannotWrite: return "the report could not be written"
    case .aborted: return "stopped at a prompt (Ctrl-C, or Ctrl-D at a terminal)"
    }
  }
}
