import ArchAdvisorKit

/// `archadvisor rubric diff OLD NEW`: what changed between two rubrics, and which verdicts of
/// their examples and cases it moves.
///
/// Both rubrics are loaded as every command loads one (a missing file exits 66, a bad rubric 65
/// with every problem). The cases scored are NEW's case library, then those of OLD's not already
/// in it: the embedded library for the embedded rubric, else the file its `cases` key names
/// beside it. A library that is missing or broken, or a rubric read from standard input that
/// names one, gives a note and no cases from it, not an error. The diff goes to standard output
/// in the chosen format; the exit status is 0 whether or not the rubrics differ.
struct RubricDiffCommand: Sendable {
  var options: RubricDiffOptions
  var terminal: Terminal

  func run() throws(CLIError) -> ExitCode {
    let old = try LoadedRubric.load(options.old)
    let new = try LoadedRubric.load(options.new)
    var cases: [DecisionCase] = []
    var libraries: [String] = []
    for (loaded, path) in [(new, options.new), (old, options.old)] {
      guard let (library, name) = library(of: loaded, path: path) else { continue }
      // The same library on both sides (the same file, or the embedded one twice) is listed once.
      if !libraries.contains(name) { libraries.append(name) }
      cases += library.cases
    }
    let comparison = RubricComparison(
      diff: RubricDiff(old: old.rubric, new: new.rubric, cases: cases), old: old, new: new,
      libraries: libraries)
    let text: String
    switch options.format {
    case .text:
      text = RubricDiffTextRenderer().render(
        comparison, color: terminal.useColor(options.color), width: terminal.width())
    case .json: text = RubricDiffJSONRenderer().render(comparison)
    case .markdown: text = RubricDiffMarkdownRenderer().render(comparison)
    }
    do {
      try OutputStream.standardOutput.write(text)
    } catch {
      throw CLIError.cannotWrite(what: "the rubric diff", file: nil, reason: error.description)
    }
    return .success
  }

  /// The case library of one side, with the name the output gives it.
  private func library(of loaded: LoadedRubric, path: String?) -> (CaseLibrary, String)? {
    if path == "-", let file = loaded.rubric.casesFile {
      Messages.note(
        "\(loaded.name) names the case library \(TerminalSanitizer.clean(file)), but read from standard input it "
          + "has no folder to find it in; its cases are not scored")
      return nil
    }
    let without = "cases from the case library of " + TerminalSanitizer.clean(loaded.name)
    guard let found = CaseLibraryFile.library(for: loaded.rubric, rubricPath: path, without: without)
    else { return nil }
    return (found.library, path == nil ? found.name + " (embedded)" : found.name)
  }
}
