import ArchAdvisorKit

/// `archadvisor cases show ID`: one case of the rubric's library whole, with how the rubric
/// scores it now.
///
/// An id the library does not hold is a usage error (64) with the nearest id; so is any id for a
/// rubric that names no library. The library itself is found as `cases` finds it.
struct CaseShowCommand: Sendable {
  var options: CaseShowOptions
  var terminal: Terminal

  func run() throws(CLIError) -> ExitCode {
    let loaded = try LoadedRubric.load(options.rubricFile)
    guard let found = try CaseLibraryFile.browse(for: loaded, rubricPath: options.rubricFile) else {
      throw CLIError.caseLibrary(.noLibrary(rubric: loaded.rubric.id + " " + loaded.rubric.version))
    }
    guard let decision = found.library.decision(options.id) else {
      throw CLIError.caseLibrary(
        .unknownCase(
          options.id, suggestion: CaseShowCommand.nearestID(to: options.id, in: found.library),
          listCommand: "archadvisor cases" + (options.rubricFile.map { " --rubric " + $0 } ?? "")))
    }
    // One case: no flips and no re-weightings, only what the verdict takes.
    let scorer = Scorer(rubric: loaded.rubric, options: .init(includeFlips: false, robustness: nil))
    let assessment = scorer.assess(decision)
    let text: String
    switch options.format {
    case .text:
      text = CaseDetailText(style: Style(enabled: terminal.useColor(.auto)), width: terminal.width()).render(
        decision, assessment: assessment, rubric: loaded.rubric)
    case .json:
      text =
        JSONWriter(pretty: true).string(
          CaseJSON.detail(decision, assessment: assessment, rubric: loaded.rubric, library: found.name))
        + "\n"
    }
    do {
      try OutputStream.standardOutput.write(text)
    } catch {
      throw CLIError.cannotWrite(what: "the case", file: nil, reason: error.description)
    }
    return .success
  }

  /// The id nearest a mistyped one: by edit distance, else the first id that starts with what was
  /// typed (`segment` finds `segment-2018`), so that a year left off still finds the case.
  static func nearestID(to id: String, in library: CaseLibrary) -> String? {
    let ids = library.cases.map(\.id)
    if let near = Suggestion.nearest(to: id, in: ids) { return near }
    guard id.count >= 3 else { return nil }
    return ids.first { $0.hasPrefix(id.lowercased()) }
  }
}
