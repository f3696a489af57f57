/// What the command line asks for, parsed but not yet run.
///
/// Made by ``CommandLineParser`` from the arguments and whether standard input is a terminal,
/// with no files read: values that depend on a rubric (factor flags, `--weight` factors,
/// `--fail-on` verdicts) are checked when the command runs and has its rubric.
enum Command: Hashable, Sendable {
  /// Questions at a terminal (or line by line from a pipe), then the report.
  case ask(AskOptions)
  /// One report from flags, an answers file, or both.
  case recommend(RecommendOptions)
  /// Many answer sets (a JSON array or JSON Lines) → one batch report.
  case batch(BatchOptions)
  /// Validate rubric files.
  case rubricCheck(RubricCheckOptions)
  /// A rubric's factors, flags, options and weights.
  case rubricShow(RubricShowOptions)
  /// What changed between two rubrics, and which verdicts it moves.
  case rubricDiff(RubricDiffOptions)
  /// What moved between two assessments of one project (answers files or saved reports).
  case diff(DiffOptions)
  // The case library.
  /// List the rubric's case library, filtered.
  case cases(CasesOptions)
  /// One case whole, with how the rubric scores it.
  case caseShow(CaseShowOptions)

  // Shell integration.
  /// A completion script for a shell.
  case completions(CompletionsOptions)
  /// The manual page, in roff.
  case man
  /// The words a completion script offers at the cursor that depend on the rubric (hidden).
  case complete(CompletionQuery)

  /// Help on a command.
  case help(HelpRequest)
  /// The version line.
  case version

  /// Parses `arguments` (without the program name); see ``CommandLineParser``.
  init(arguments: [String], inputIsTerminal: Bool) throws(CLIError) {
    self = try CommandLineParser(inputIsTerminal: inputIsTerminal).parse(arguments)
  }
}
