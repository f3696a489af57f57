/// One flag a command takes: its name, the placeholder of its value, and what it does.
///
/// The tables below drive parsing, the "did you mean" suggestions and the help text, so the
/// three never disagree.
struct OptionSpec: Hashable, Sendable {
  /// The flag with its dashes (`--format`).
  var name: String
  /// The value's placeholder in help (`FORMAT`); `nil` for a flag without a value.
  var placeholder: String?
  /// What the flag does, in one line.
  var summary: String

  static let help = OptionSpec(name: "--help", placeholder: nil, summary: "Show this help.")

  static let rubric = OptionSpec(
    name: "--rubric", placeholder: "FILE",
    summary: "Use this rubric instead of the embedded genai-architecture rubric.")
  static let format = OptionSpec(
    name: "--format", placeholder: "FORMAT",
    summary:
      "text (default), json, jsonl (on one line), markdown, csv or adr (an Architecture Decision Record).")
  static let output = OptionSpec(
    name: "--output", placeholder: "FILE",
    summary:
      "Write the report to FILE (all or nothing) instead of standard output (-); with adr, a folder gets the next numbered record."
  )
  static let batchOutput = OptionSpec(
    name: "--output", placeholder: "FILE",
    summary: "Write the report to FILE (all or nothing) instead of standard output (-).")
  static let name = OptionSpec(
    name: "--name", placeholder: "NAME", summary: "The project's name, shown in the report.")
  static let date = OptionSpec(
    name: "--date", placeholder: "YYYY-MM-DD", summary: "The decision date an ADR carries (default: today).")
  static let status = OptionSpec(
    name: "--status", placeholder: "STATUS",
    summary: "An ADR's status: proposed (default), accepted, rejected, deprecated or superseded.")
  static let decisionMakers = OptionSpec(
    name: "--decision-makers", placeholder: "NAMES", summary: "Who decides, comma-separated, for an ADR.")
  static let consulted = OptionSpec(
    name: "--consulted", placeholder: "NAMES", summary: "Whose opinion was sought, for an ADR.")
  static let informed = OptionSpec(
    name: "--informed", placeholder: "NAMES", summary: "Who is kept up to date, for an ADR.")
  static let color = OptionSpec(
    name: "--color", placeholder: "WHEN",
    summary: "auto (default: only on a terminal, never with NO_COLOR), always or never.")
  static let failOn = OptionSpec(
    name: "--fail-on", placeholder: "VERDICTS",
    summary:
      "Exit 1 (after writing the report) when the verdict is one of VERDICTS, e.g. monolith,microservices.")
  static let answers = OptionSpec(
    name: "--answers", placeholder: "FILE",
    summary: "Read answers from a JSON file ({\"name\": …, \"answers\": {…}}); - is standard input.")
  static let askAnswers = OptionSpec(
    name: "--answers", placeholder: "FILE",
    summary: "Start from the answers saved in FILE (as --save writes them): review them, change any, accept.")
  static let plain = OptionSpec(
    name: "--plain", placeholder: nil,
    summary: "Line prompts instead of menus (also when TERM=dumb or off a terminal); for screen readers.")
  static let weight = OptionSpec(
    name: "--weight", placeholder: "FACTOR=N",
    summary: "What-if: give FACTOR the weight N (0.001 … 1000) instead of the rubric's; repeatable.")
  static let save = OptionSpec(
    name: "--save", placeholder: "FILE",
    summary: "Also save the answers as JSON, to replay with 'recommend --answers FILE'.")
  static let batchFormat = OptionSpec(
    name: "--format", placeholder: "FORMAT",
    summary: "text (default), json, jsonl (a report per line as it goes), markdown or csv.")
  static let batchFailOn = OptionSpec(
    name: "--fail-on", placeholder: "VERDICTS",
    summary: "Exit 1 (after writing the report) when any answer set gets one of VERDICTS (comma-separated).")
  static let precedents = OptionSpec(
    name: "--precedents", placeholder: nil,
    summary: "Also cite each project's nearest documented decision (precedent columns); slower.")
  static let noRobustness = OptionSpec(
    name: "--no-robustness", placeholder: nil,
    summary: "Skip testing the verdict under 64 seeded re-weightings (and its part in confidence).")
  static let noInput = OptionSpec(
    name: "--no-input", placeholder: nil,
    summary: "Never prompt: ask fails at once, naming the flags to pass to recommend instead.")
  static let quiet = OptionSpec(
    name: "--quiet", placeholder: nil,
    summary: "No notes or counts on standard error (errors are still written).")
  static let showFormat = OptionSpec(
    name: "--format", placeholder: "FORMAT", summary: "text (default) or json.")

  // MARK: The case library (`cases`, `cases show`)

  static let casesVerdict = OptionSpec(
    name: "--verdict", placeholder: "VERDICT",
    summary: "Only the cases that chose VERDICT, a verdict id of the rubric (e.g. microservices).")
  static let casesGenAI = OptionSpec(
    name: "--genai", placeholder: nil, summary: "Only generative-AI and model-serving systems.")
  static let casesRubric = OptionSpec(
    name: "--rubric", placeholder: "FILE",
    summary: "The case library of this rubric (its \"cases\" file, beside it) instead of the embedded one.")

  /// `cases`'s options. Not in ``reservedFlagNames``: `cases` takes no factor flags, and reserving
  /// `verdict` or `genai` would refuse rubrics that load today.
  static let casesOptions: [OptionSpec] = [casesVerdict, casesGenAI, casesRubric, showFormat, help]

  /// `cases show`'s options.
  static let caseShowOptions: [OptionSpec] = [casesRubric, showFormat, help]

  // MARK: Option lists

  /// The options of every command that writes one report.
  static let reportOptions: [OptionSpec] = [
    rubric, format, output, name, failOn, date, status, decisionMakers, consulted, informed, noRobustness,
    noInput,
    quiet,
    color,
  ]

  /// `recommend`'s own options (factor flags come from the rubric).
  static let recommendOptions: [OptionSpec] = [answers, weight] + reportOptions + [help]

  /// `ask`'s options.
  static let askOptions: [OptionSpec] = [save, askAnswers, plain] + reportOptions + [help]

  /// `batch`'s options: no `--name` or `--date`, since every answer set carries its own.
  static let batchOptions: [OptionSpec] = [
    rubric, batchFormat, batchOutput, batchFailOn, precedents, noRobustness, quiet, color, help,
  ]

  /// `rubric check`'s options.
  static let rubricCheckOptions: [OptionSpec] = [help]

  /// `rubric show`'s options.
  static let rubricShowOptions: [OptionSpec] = [showFormat, help]

  // MARK: rubric diff

  static let diffFormat = OptionSpec(
    name: "--format", placeholder: "FORMAT", summary: "text (default), json or markdown (for a pull request)."
  )

  /// `rubric diff`'s options (its `--format` and `--color` are already reserved by other commands).
  static let rubricDiffOptions: [OptionSpec] = [diffFormat, color, help]

  /// The names of every built-in flag of every command, without dashes (`fail-on`), with
  /// `--version`: a factor whose flag is one of these could never be given.
  static let reservedFlagNames: Set<String> = Set(
    (recommendOptions + askOptions + batchOptions + rubricCheckOptions + rubricShowOptions).map {
      String($0.name.dropFirst(2))
    } + ["version"])

  /// Each command with the options it takes, to tell a user who gave one to the wrong command
  /// which command takes it.
  static let byCommand: [(command: String, options: [OptionSpec])] = [
    ("ask", askOptions), ("recommend", recommendOptions), ("batch", batchOptions),
    ("rubric check", rubricCheckOptions), ("rubric show", rubricShowOptions),
    ("rubric diff", rubricDiffOptions),
    ("cases", casesOptions), ("cases show", caseShowOptions),
  ]

  /// The first command other than `command` that takes `name`, or `nil`.
  static func command(taking name: String, besides command: String) -> String? {
    byCommand.first { $0.command != command && $0.options.contains { $0.name == name } }?.command
  }
}
