/// What `archadvisor ask` was asked for.
struct AskOptions: Hashable, Sendable {
  var report = ReportOptions()
  /// `--save FILE`: where to keep the answers, replayable with `recommend --answers FILE`.
  var saveFile: String?
  /// `--answers FILE`: start from these saved answers (each question's answer on Enter).
  var answersFile: String?
  /// `--plain`: line prompts even at a terminal that could show menus.
  var plain = false
}

extension AskOptions {
  /// `ask`'s options, declared once: parsing, help, completions and the man page read these.
  static let declarations: [OptionDeclaration<AskOptions>] =
    [
      .value(
        "--save", "FILE", .outputFile,
        summary: "Also save the answers as JSON, to replay with 'recommend --answers FILE'."
      ) { $0.saveFile = $1 },
      .value(
        "--answers", "FILE", .inputFile,
        summary:
          "Start from the answers saved in FILE (as --save writes them): review them, change any, accept."
      ) { (options, file) throws(CLIError) in
        // The questions are answered on standard input: it cannot also hold the saved answers.
        guard file != "-" else {
          throw CLIError.invalidValue(
            option: "--answers", value: file,
            expected: "a file, since ask reads its questions' answers from standard input", suggestion: nil)
        }
        options.answersFile = file
      },
      .flag(
        "--plain",
        summary: "Line prompts instead of menus (also when TERM=dumb or off a terminal); for screen readers."
      ) { $0.plain = true },
    ] + ReportOptions.declarations.lifted(\.report)
}
