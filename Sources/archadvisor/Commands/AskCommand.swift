import ArchAdvisorKit

/// `archadvisor ask`: the rubric's questions one at a time, then the report.
///
/// Questions, prompts and messages go to standard error and the report to standard output, so
/// `archadvisor ask --format json > report.json` shows the questions and keeps the file clean.
/// At a terminal that can move its cursor (``Terminal/canShowMenus``) and without `--plain`, the
/// questions are menus read in raw mode (``MenuPrompts``); otherwise line prompts
/// (``LinePrompts``), which tests and scripts can pipe answers into. Either way the answers are
/// reviewed at the end, and `--answers FILE` starts at that review with the saved answers. Ctrl-D
/// at a terminal and Ctrl-C stop with "aborted: no report written" and exit 130, with the
/// terminal as it was; piped input that ends before the last answer is input missing (66,
/// nothing answered) or short (65), with a message that says how many answers it held.
struct AskCommand: Sendable {
  var options: AskOptions
  var terminal: Terminal

  func run() throws(CLIError) -> ExitCode {
    let outputs = [
      options.saveFile.map { OutputPaths.Named("--save", $0) },
      options.report.outputFile.map { OutputPaths.Named("--output", $0) },
    ].compactMap { $0 }
    try OutputPaths.check(
      outputs: outputs, inputs: options.report.rubricFile.map { [OutputPaths.Named("the rubric", $0)] } ?? [])
    // The report must not overwrite the saved answers; --save may, as an update of them.
    if let answers = options.answersFile, let output = options.report.outputFile {
      try OutputPaths.check(
        outputs: [OutputPaths.Named("--output", output)], inputs: [OutputPaths.Named("--answers", answers)])
    }
    let loaded = try LoadedRubric.load(options.report.rubricFile)
    let rubric = loaded.rubric
    guard !options.report.noInput else {
      throw CLIError.inputDisabled(
        flags: rubric.factors.prefix(3).map { FactorSummary($0).usage })
    }
    try FactorFlagResolver(rubric: rubric).checkVerdicts(options.report.failOn)
    // After the command line is checked (64), as recommend reads its answers file (66, 65).
    var savedAnswers: Answers?
    if let file = options.answersFile {
      let answers = try AnswersFile.read(file, reader: AnswersReader(rubric: rubric))
      if let note = AnswersFile.versionNote(answers, file: file, rubric: rubric) { Messages.note(note) }
      savedAnswers = answers
    }
    // Before the first question: answers typed for an output that cannot be written are lost.
    if let file = options.saveFile { try OutputPaths.checkWritable(file, what: "the answers") }
    if let file = options.report.outputFile {
      try OutputPaths.checkWritable(file, what: "the report", allowsFolder: options.report.format == .adr)
    }

    let styled = terminal.useColor(options.report.color, toError: true)
    let text = QuestionText(style: Style(enabled: styled), width: terminal.width(toError: true))
    InterruptHandler.install(styled: styled)
    var interview = Interview(rubric: rubric, saved: savedAnswers?.values)
    try ask(&interview, text: text)
    InterruptHandler.remove()

    // The name given now wins; else the one the saved answers carry.
    let answerSet = Answers(name: options.report.name ?? savedAnswers?.name, values: interview.answers)
    // Checked before the questions, a write can still fail (a full disk): the answers are then
    // printed on standard error, as --save writes them, and the report still shown.
    var saved = options.saveFile == nil
    var failure: CLIError?
    if let file = options.saveFile {
      do {
        try OutputFile.write(AnswersFile.text(answerSet, rubric: rubric), to: file, what: "the answers")
        saved = true
        Messages.write(
          text.message(
            "Answers saved to \(Quoted.plain(file)); replay them with "
              + "'archadvisor recommend --answers \(Quoted.plain(file))'.", indent: 0))
      } catch {
        failure = error
        Messages.error(error)
        recover(answerSet, rubric: rubric)
      }
    }
    Messages.write("\n")
    var report = Scorer(rubric: rubric, options: options.report.scorerOptions).score(answerSet)
    report.precedents =
      CaseLibraryFile.precedents(for: rubric, rubricPath: options.report.rubricFile)?.nearest(report) ?? []
    let status: ExitCode
    do {
      status = try ReportOutput(options: options.report, terminal: terminal).write(report, rubric: rubric)
    } catch {
      if saved, options.saveFile == nil { recover(answerSet, rubric: rubric) }
      throw error
    }
    if let failure { throw failure }
    return status
  }

  /// Prints the answers on standard error, as `--save` would have written them, so that nothing
  /// typed is lost when a file could not be written.
  private func recover(_ answers: Answers, rubric: Rubric) {
    Messages.write(
      "Your answers, as --save writes them (keep them with 'archadvisor recommend --answers -'):\n"
        + AnswersFile.text(answers, rubric: rubric))
  }

  /// Asks every question and reviews the answers: with menus at a capable terminal (raw mode
  /// is entered here and left on every way out, a thrown error included), else line prompts.
  private func ask(_ interview: inout Interview, text: QuestionText) throws(CLIError) {
    let review = Review(style: text.style, width: text.width)
    if !options.plain, terminal.canShowMenus, TerminalRawMode.enter() {
      defer { TerminalRawMode.leave() }
      var prompts = MenuPrompts(
        text: MenuText(style: text.style, width: text.width, height: terminal.height), question: text,
        review: review)
      try prompts.run(&interview)
    } else {
      var prompts = LinePrompts(text: text, review: review, inputIsTerminal: terminal.inputIsTerminal)
      try prompts.run(&interview)
    }
  }
}
