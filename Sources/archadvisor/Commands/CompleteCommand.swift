import ArchAdvisorKit

/// `archadvisor __complete KIND`: the words a completion script offers that only the rubric knows,
/// one per line, for the rubric the line being completed names.
///
/// A shell shows whatever this prints, so a rubric that does not load prints nothing (and exits
/// with the error's code, its message on standard error, which the scripts discard).
struct CompleteCommand: Sendable {
  var query: CompletionQuery

  func run() throws(CLIError) -> ExitCode {
    let loaded = try LoadedRubric.load(query.rubricFile)
    let rubric = loaded.rubric
    let words: [String]
    switch query.kind {
    case .factorFlags:
      words = rubric.factors.map(\.flag)
    case .factorValues(let flag):
      words = rubric.factors.first { $0.flag == flag }?.optionIDs ?? []
    case .factorWeights:
      words = rubric.factors.map { $0.id + "=" }
    case .verdicts:
      words = rubric.verdicts.map(\.id)
    case .caseIDs:
      words =
        (try CaseLibraryFile.browse(for: loaded, rubricPath: query.rubricFile))?.library.cases.map(\.id) ?? []
    }
    let text = words.map { TerminalSanitizer.clean($0) + "\n" }.joined()
    do {
      try OutputStream.standardOutput.write(text)
    } catch {
      throw CLIError.cannotWrite(what: "the completions", file: nil, reason: error.description)
    }
    return .success
  }
}
