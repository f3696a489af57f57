import ArchAdvisorKit

/// `archadvisor rubric show [FILE]`: a rubric author's quick view of a rubric.
///
/// Text lists every factor in the order asked, with its flag, kind, weight, what it accepts and
/// its options (id, lean, label) or bands (range, lean); then the verdict bands, the rules with
/// their effects, and the examples with the verdicts they expect. `--format json` gives the same
/// as JSON. Every string from the rubric is made safe for a terminal (or escaped by the JSON
/// writer).
struct RubricShowCommand: Sendable {
  var options: RubricShowOptions
  var terminal: Terminal

  func run() throws(CLIError) -> ExitCode {
    let loaded = try LoadedRubric.load(options.file)
    let text: String
    switch options.format {
    case .text: text = RubricSummaryText.text(loaded, width: terminal.width())
    case .json: text = JSONWriter(pretty: true).string(RubricSummaryJSON.json(loaded.rubric)) + "\n"
    }
    do {
      try OutputStream.standardOutput.write(text)
    } catch {
      throw CLIError.cannotWrite(what: "the rubric", file: nil, reason: error.description)
    }
    return .success
  }
}
