import ArchAdvisorKit

/// `archadvisor recommend`: one report from factor flags, an answers file, or both.
///
/// Order matters for the exit status: the rubric is loaded first (its factors define the flags),
/// then every flag is checked (64) before the answers file is read (66, 65), so a typo on the
/// command line is reported as one whatever the file holds.
struct RecommendCommand: Sendable {
  var options: RecommendOptions
  var terminal: Terminal

  func run() throws(CLIError) -> ExitCode {
    try OutputPaths.check(
      outputs: options.report.outputFile.map { [OutputPaths.Named("--output", $0)] } ?? [],
      inputs: [
        options.report.rubricFile.map { OutputPaths.Named("the rubric", $0) },
        options.answersFile.map { OutputPaths.Named("the answers file", $0) },
      ].compactMap { $0 })
    let loaded = try LoadedRubric.load(options.report.rubricFile)
    let resolver = FactorFlagResolver(rubric: loaded.rubric)
    let flagAnswers = try resolver.answers(options.factorFlags)
    let rubric = try resolver.applying(options.weights)
    try resolver.checkVerdicts(options.report.failOn)

    var answers = Answers()
    if let file = options.answersFile {
      answers = try AnswersFile.read(file, reader: resolver.reader)
      if let note = AnswersFile.versionNote(answers, file: file, rubric: rubric) { Messages.note(note) }
    } else if flagAnswers.isEmpty {
      Messages.note("no answers given, so every factor is unknown; see 'archadvisor recommend --help'")
    }
    // Flags win over the file: a what-if on top of saved answers.
    answers = answers.merging(Answers(values: flagAnswers))
    if let name = options.report.name { answers.name = name }

    var report = Scorer(rubric: rubric, options: options.report.scorerOptions).score(answers)
    report.precedents =
      CaseLibraryFile.precedents(for: rubric, rubricPath: options.report.rubricFile)?.nearest(report) ?? []
    return try ReportOutput(options: options.report, terminal: terminal).write(report, rubric: rubric)
  }
}
