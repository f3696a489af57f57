import ArchAdvisorKit

/// `archadvisor cases`: the rubric's case library, one line per case, filtered by the verdict
/// the organisation chose and by whether the system is a generative-AI or model-serving one.
///
/// The library is the embedded one for the default rubric, else the file the rubric's `cases`
/// key names beside it. A rubric that names none is not an error: there is nothing to list, and
/// the output says so (exit 0). A library that cannot be read exits 66, one with problems 65.
struct CasesCommand: Sendable {
  var options: CasesOptions
  var terminal: Terminal

  func run() throws(CLIError) -> ExitCode {
    let loaded = try LoadedRubric.load(options.rubricFile)
    if let verdict = options.verdict, loaded.rubric.verdict(verdict) == nil {
      let ids = loaded.rubric.verdicts.map(\.id)
      throw CLIError.invalidValue(
        option: "--verdict", value: verdict,
        expected: "a verdict of rubric \(TerminalSanitizer.clean(loaded.rubric.id)): "
          + TerminalSanitizer.clean(ids.joined(separator: ", ")),
        suggestion: Suggestion.nearest(to: verdict, in: ids))
    }
    let found = try CaseLibraryFile.browse(for: loaded, rubricPath: options.rubricFile)
    let filter = CaseFilter(chose: options.verdict, generativeAIOnly: options.generativeAIOnly)
    let text: String
    switch options.format {
    case .text:
      text = CaseListText(
        style: Style(enabled: terminal.useColor(.auto)),
        width: terminal.outputIsTerminal ? terminal.width() : nil
      ).render(found, filter: filter, rubric: loaded.rubric)
    case .json:
      text =
        JSONWriter(pretty: true).string(CaseJSON.list(found, filter: filter, rubric: loaded.rubric)) + "\n"
    }
    do {
      try OutputStream.standardOutput.write(text)
    } catch {
      throw CLIError.cannotWrite(what: "the cases", file: nil, reason: error.description)
    }
    return .success
  }
}
