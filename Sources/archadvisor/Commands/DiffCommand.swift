import ArchAdvisorKit

/// `archadvisor diff OLD NEW`: what moved between two assessments of one project.
///
/// Each side is an answers file or a saved JSON report (told apart by its `schema`); only the
/// answers of either are used, and both are scored here with one rubric, `--rubric` or the
/// embedded one, so that every move the diff lists comes from the answers. When a side records
/// another rubric, the output says so before anything else. The rubric is loaded first, then OLD
/// and NEW are read (a missing file exits 66; one that is not JSON, or neither an answers file
/// nor a report, or answers that do not fit the rubric, 65). The diff goes to standard output or
/// `--output` (all or nothing); the exit status is 0, or 1 with `--fail-on-change` when the
/// verdict moved (after the diff is written).
struct DiffCommand: Sendable {
  var options: DiffOptions
  var terminal: Terminal

  func run() throws(CLIError) -> ExitCode {
    try OutputPaths.check(
      outputs: options.outputFile.map { [OutputPaths.Named("--output", $0)] } ?? [],
      inputs: [
        options.rubricFile.map { OutputPaths.Named("the rubric", $0) },
        OutputPaths.Named("OLD", options.old), OutputPaths.Named("NEW", options.new),
      ].compactMap { $0 })
    let loaded = try LoadedRubric.load(options.rubricFile)
    let rubric = loaded.rubric
    let reader = AnswersReader(rubric: rubric)
    let old = try read(options.old, reader: reader)
    let new = try read(options.new, reader: reader)
    let scorer = Scorer(rubric: rubric)
    let diff = AssessmentDiff(
      old: AssessmentDiff.Side(
        answers: old.answers, report: scorer.score(old.answers), recorded: old.recorded),
      new: AssessmentDiff.Side(
        answers: new.answers, report: scorer.score(new.answers), recorded: new.recorded),
      rubric: RubricVersion(rubric))
    let comparison = AssessmentComparison(
      diff: diff, rubric: loaded,
      old: AssessmentComparison.Source(file: InputFiles.displayName(options.old), kind: old.kind),
      new: AssessmentComparison.Source(file: InputFiles.displayName(options.new), kind: new.kind))

    let toStandardOutput = options.outputFile == nil || options.outputFile == "-"
    let text: String
    switch options.format {
    case .text:
      text = AssessmentDiffTextRenderer().render(
        comparison, color: toStandardOutput ? terminal.useColor(options.color) : options.color == .always,
        width: toStandardOutput ? terminal.width() : 80)
    case .json: text = AssessmentDiffJSONRenderer().render(comparison)
    case .markdown: text = AssessmentDiffMarkdownRenderer().render(comparison)
    case .html: text = AssessmentDiffHTMLRenderer().render(comparison)
    }
    try OutputFile.write(text, to: options.outputFile ?? "-", what: "the diff")
    if options.failOnChange, diff.verdictMoved {
      Messages.note(
        "the verdict moved from \(TerminalSanitizer.clean(diff.old.report.verdict.id)) to "
          + "\(TerminalSanitizer.clean(diff.new.report.verdict.id)), which --fail-on-change fails on")
      return .gateTripped
    }
    return .success
  }

  /// One side: the file's JSON read as an answers file or a saved report, checked against the
  /// rubric.
  private func read(_ path: String, reader: AnswersReader) throws(CLIError) -> SavedAssessment {
    let (value, name) = try AnswersFile.json(path)
    do {
      return try reader.savedAssessment(from: value, file: name)
    } catch {
      throw CLIError.invalidAnswers(error)
    }
  }
}
