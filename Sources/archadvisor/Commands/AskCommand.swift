import ArchAdvisorKit

/// `archadvisor ask`: the rubric's questions one at a time, then the report.
///
/// Questions, prompts and messages go to standard error and the report to standard output, so
/// `archadvisor ask --format json > report.json` shows the questions and keeps the file clean.
/// Standard input is read line by line whether or not it is a terminal: tests and scripts can
/// pipe the answers in (each answer is then echoed after its prompt, so the transcript on
/// standard error reads like the terminal session would). The end of input before the last
/// answer (Ctrl-D) at a terminal and Ctrl-C stop with "aborted: no report written" and exit 130;
/// piped input that ends before the last answer is input missing (66, nothing answered) or short
/// (65), with a message that says how many answers it held.
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
    let loaded = try LoadedRubric.load(options.report.rubricFile)
    let rubric = loaded.rubric
    guard !options.report.noInput else {
      throw CLIError.inputDisabled(
        flags: rubric.factors.prefix(3).map { FactorSummary($0).usage })
    }
    try FactorFlagResolver(rubric: rubric).checkVerdicts(options.report.failOn)
    // Before the first question: answers typed for an output that cannot be written are lost.
    if let file = options.saveFile { try OutputPaths.checkWritable(file, what: "the answers") }
    if let file = options.report.outputFile {
      try OutputPaths.checkWritable(file, what: "the report", allowsFolder: options.report.format == .adr)
    }

    let styled = terminal.useColor(options.report.color, toError: true)
    let text = QuestionText(style: Style(enabled: styled), width: terminal.width(toError: true))
    InterruptHandler.install(styled: styled)
    let answers = try interview(rubric, text: text)
    InterruptHandler.remove()

    let answerSet = Answers(name: options.report.name, values: answers)
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

  /// Asks every question and returns the answers by factor id.
  private func interview(_ rubric: Rubric, text: QuestionText) throws(CLIError) -> [String: Answer] {
    var interview = Interview(rubric: rubric)
    var input = LineReader()
    let echo = !terminal.inputIsTerminal
    let count = rubric.factors.count
    Messages.write(
      text.message(
        "\(TerminalSanitizer.clean(rubric.title)): \(count) question\(count == 1 ? "" : "s"). "
          + "Type ? at any question to have it explained, back to go back.", indent: 0))
    var showQuestion = true
    while !interview.isComplete {
      if showQuestion { Messages.write(text.question(interview)) }
      showQuestion = false
      Messages.write(text.prompt)
      let line: String
      switch input.next() {
      case .endOfInput:
        // At a terminal, Ctrl-D leaves the cursor after the prompt, and it is the user stopping.
        Messages.write("\n")
        guard terminal.inputIsTerminal else {
          // A pipe or file that ends early is input that is short, not a user who stopped.
          throw CLIError.inputEnded(answered: interview.index, of: count)
        }
        throw CLIError.aborted
      case .invalidUTF8:
        if echo { Messages.write("\n") }
        Messages.write(text.message("That answer is not valid UTF-8 text; please type it again."))
        continue
      case .tooLong:
        if echo { Messages.write("\n") }
        Messages.write(text.message("That answer is too long; please type it again."))
        continue
      case .text(let typed):
        line = typed
      }
      if echo { Messages.write(TerminalSanitizer.clean(line) + "\n") }
      switch interview.respond(to: line) {
      case .answered:
        showQuestion = true
      case .wentBack:
        showQuestion = true
      case .atFirstQuestion:
        Messages.write(text.message("This is the first question; there is nothing to go back to."))
      case .help:
        Messages.write(text.help(interview))
      case .invalid(let reason):
        Messages.write(text.message("Not an answer: " + reason + ". Try again."))
      }
    }
    return interview.answers
  }
}
