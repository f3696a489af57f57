import ArchAdvisorKit

/// The options of every command that writes one report: which rubric, which format, where.
struct ReportOptions: Hashable, Sendable {
  /// `--rubric FILE`; `nil` is the embedded default rubric.
  var rubricFile: String?
  /// `--format`.
  var format: OutputFormat = .text
  /// `--output FILE`; `nil` is standard output.
  var outputFile: String?
  /// `--name NAME`: the project's name, over the one in an answers file.
  var name: String?
  /// `--date YYYY-MM-DD`: the decision date an ADR carries; `nil` is today.
  var date: String?
  /// `--color`.
  var color: ColorMode = .auto
  /// `--fail-on VERDICT`: exit 1 when the verdict is this id.
  var failOn: [String] = []
  /// `--no-robustness` turns this off: the verdict tested under re-weighting.
  var robustness = true
  /// `--status`, `--decision-makers`, `--consulted`, `--informed`, for an ADR.
  var decision = DecisionRecordDetails()
  /// `--no-input`: never prompt (`ask` then fails, naming the flags to pass instead).
  var noInput = false
  /// `--quiet`: no notes on standard error.
  var quiet = false

  /// What the scorer computes for a report with these options.
  var scorerOptions: Scorer.Options {
    Scorer.Options(robustness: robustness ? .standard : nil)
  }
}

extension ReportOptions {
  /// Checks what only the whole line can tell: `--supersedes` edits a record in the folder the
  /// new one goes to, so it needs both.
  func checked() throws(CLIError) -> ReportOptions {
    if let number = decision.supersedes,
      format != .adr || !(outputFile.map(DecisionRecordFolder.isFolder) ?? false)
    {
      throw CLIError.invalidValue(
        option: "--supersedes", value: String(number),
        expected: "a record in the folder the new one is written to: add --format adr --output DIR/",
        suggestion: nil)
    }
    return self
  }

  /// The options of every command that writes one report (`ask`, `recommend`), declared once.
  static let declarations: [OptionDeclaration<ReportOptions>] = [
    SharedOptions.rubric(\.rubricFile),
    SharedOptions.format(
      \.format, OutputFormat.allCases,
      summary:
        "text (default), json, jsonl (on one line), markdown, csv, adr (an Architecture Decision Record) or html (a page with charts)."
    ),
    SharedOptions.output(
      \.outputFile,
      summary:
        "Write the report to FILE (all or nothing) instead of standard output (-); with adr, a folder gets the next numbered record."
    ),
    .value("--name", "NAME", .text, summary: "The project's name, shown in the report.") { $0.name = $1 },
    SharedOptions.failOn(
      \.failOn,
      summary:
        "Exit 1 (after writing the report) when the verdict is one of VERDICTS, e.g. monolith,microservices."),
    .value("--date", "YYYY-MM-DD", .text, summary: "The decision date an ADR carries (default: today).") {
      (options, value) throws(CLIError) in options.date = try CommandLineParser.date(value)
    },
    .value(
      "--status", "STATUS", .choice(DecisionRecordDetails.statuses),
      summary: "An ADR's status: proposed (default), accepted, rejected, deprecated or superseded."
    ) { (options, value) throws(CLIError) in
      options.decision.status = try CommandLineParser.choice(
        value, option: "--status", DecisionRecordDetails.statuses
      ) { DecisionRecordDetails.statuses.contains($0) ? $0 : nil }
    },
    .value("--decision-makers", "NAMES", .text, summary: "Who decides, comma-separated, for an ADR.") {
      $0.decision.decisionMakers = CommandLineParser.names($1)
    },
    .value("--consulted", "NAMES", .text, summary: "Whose opinion was sought, for an ADR.") {
      $0.decision.consulted = CommandLineParser.names($1)
    },
    .value("--informed", "NAMES", .text, summary: "Who is kept up to date, for an ADR.") {
      $0.decision.informed = CommandLineParser.names($1)
    },
    .value(
      "--supersedes", "N", .text,
      summary:
        "With --format adr --output DIR/: the new record supersedes record N there, whose status says so."
    ) { (options, value) throws(CLIError) in
      guard let number = Int(value), number >= 1, value.allSatisfy(\.isASCII) else {
        throw CLIError.invalidValue(
          option: "--supersedes", value: value, expected: "the number of a record, e.g. 3 for 0003-….md",
          suggestion: nil)
      }
      options.decision.supersedes = number
    },
    SharedOptions.noRobustness(\.robustness),
    .flag(
      "--no-input", summary: "Never prompt: ask fails at once, naming the flags to pass to recommend instead."
    ) {
      $0.noInput = true
    },
    SharedOptions.quiet(\.quiet),
    SharedOptions.color(\.color),
  ]
}
