import ArchAdvisorKit

/// What stops `cases` and `cases show`: a case that is not in the library, or a library that
/// cannot be had. Wrapped in ``CLIError/caseLibrary(_:)``, which prints and exits with these.
enum CaseLibraryError: Error, Hashable, Sendable, CustomStringConvertible {
  /// `cases show ID` with an id the library does not hold; with the nearest id, if one is near,
  /// and the command that lists the ids (64).
  case unknownCase(String, suggestion: String?, listCommand: String)
  /// `cases show ID` against a rubric that names no case library (64).
  case noLibrary(rubric: String)
  /// The library the rubric names could not be read: not beside the rubric, unreadable, or the
  /// rubric came from standard input and has no folder (66).
  case unreadable(file: String, rubric: String, reason: String)
  /// The library has problems: every one, located (65).
  case invalid(RubricProblems)

  var exitCode: ExitCode {
    switch self {
    case .unknownCase, .noLibrary: return .usage
    case .unreadable: return .noInput
    case .invalid: return .dataError
    }
  }

  /// The lines printed on standard error: one per problem of a library with problems.
  var lines: [String] {
    if case .invalid(let problems) = self {
      return problems.problems.map(\.description)
        + [
          "the case library has \(problems.problems.count) problem\(problems.problems.count == 1 ? "" : "s"); "
            + "'archadvisor rubric check' checks it with its rubric"
        ]
    }
    return [description]
  }

  var description: String {
    switch self {
    case .unknownCase(let id, let suggestion, let listCommand):
      return "unknown case \(Quoted.text(id))"
        + (suggestion.map { " (did you mean \(Quoted.text($0))?)" } ?? "")
        + "; '\(TerminalSanitizer.clean(listCommand))' lists the ids"
    case .noLibrary(let rubric):
      return
        "rubric \(TerminalSanitizer.clean(rubric)) has no case library (no \"cases\" key), so it has no case to show"
    case .unreadable(let file, let rubric, let reason):
      return "cannot read the case library \(TerminalSanitizer.clean(file)) that rubric "
        + "\(TerminalSanitizer.clean(rubric)) names: \(reason)"
    case .invalid(let problems):
      return problems.description
    }
  }
}
