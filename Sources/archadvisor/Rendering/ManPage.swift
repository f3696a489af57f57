import ArchAdvisorKit

/// `archadvisor man`: the manual page in roff (`man -l`), with every command and option from the
/// catalog the parser reads, the rubric's factor flags, and the exit codes from ``ExitCode``.
///
/// Stable bytes for the same rubric (no build date), and text that groff reads without a
/// warning: every character outside ASCII as a `\[uXXXX]` escape, dashes of options as `\-`.
struct ManPage: Sendable {
  var catalog: CommandCatalog
  /// The rubric whose factor flags the page lists (the embedded one).
  var rubric: Rubric

  func render() -> String {
    var page = [
      ".TH ARCHADVISOR 1 \"\" \(ManPage.quoted("archadvisor " + HelpText.version)) \"User Commands\"",
      ".SH NAME",
      "archadvisor \\- should a generative\\-AI system be a monolith, a modular monolith or microservices?",
      ".SH SYNOPSIS",
    ]
    for command in catalog.commands {
      page += [".br", ".B archadvisor \(ManPage.text(command.path))"]
      if !command.synopsis.isEmpty { page.append(ManPage.text(command.synopsis)) }
    }
    page += [
      ".SH DESCRIPTION",
      ManPage.text(
        "archadvisor weighs a project's factors (team size, how often it ships, how its load scales, "
          + "how much failure it can bear, its skills and the rest) against a rubric and recommends "
          + "one architecture, with the reasons, the range the unknown answers could lead to, what "
          + "would change the verdict, the parts to split first, the prerequisites, and the nearest "
          + "documented decisions of other organisations (precedents)."),
      ".PP",
      ManPage.text(
        "The embedded rubric is \(rubric.id) \(rubric.version). Reports go to standard output; "
          + "questions, notes and errors to standard error. Options go after the command. Option ids "
          + "and verdict ids match whatever their letter case, in flags, files and typed answers."),
      ".SH COMMANDS",
    ]
    for command in catalog.commands {
      page += [".SS \(ManPage.quoted(command.usage))", ManPage.text(command.abstract)]
      for option in command.options {
        page += [".TP", ManPage.optionHeader(option), ManPage.text(option.summary)]
      }
      if command.takesFactorFlags {
        page += [
          ".TP", ".I FACTOR FLAGS", ManPage.text("Every factor of the rubric as a flag; see FACTOR FLAGS."),
        ]
      }
    }
    page += [
      ".SH FACTOR FLAGS",
      ManPage.text(
        "The factor flags of the embedded rubric, which recommend takes and ask asks about. A factor "
          + "left out is unknown, not an error. Another rubric (--rubric) has its own; "
          + "archadvisor recommend --help --rubric FILE lists them."),
    ]
    for factor in rubric.factors {
      let summary = FactorSummary(factor)
      page += [
        ".TP", ".B \(ManPage.text(summary.usage))",
        ManPage.text(factor.question + " " + summary.accepted + "."),
      ]
    }
    page += [".SH EXIT STATUS"]
    for code in ExitCode.allCases {
      page += [".TP", ".B \(code.rawValue)", ManPage.text(code.meaning)]
    }
    page += [
      ".SH ENVIRONMENT",
      ".TP", ".B NO_COLOR", ManPage.text("When set and not empty, no colour (as --color never)."),
      ".TP", ".B TERM",
      ManPage.text("dumb gives plain line prompts and no colour."),
      ".TP", ".B COLUMNS",
      ManPage.text("The width to wrap help and reports to, when standard output is a terminal."),
      ".TP", ".B TMPDIR",
      ManPage.text("Where batch keeps its error log while it runs (default /tmp)."),
      ".SH FILES",
      ".TP", ".I answers.json",
      ManPage.text(
        "An answers file: {\"name\": \"…\", \"rubric\": {\"id\": …, \"version\": …}, \"answers\": {factor id: answer}}, "
          + "as ask --save writes and recommend --answers reads."),
      ".TP", ".I portfolio.jsonl",
      ManPage.text("Answer sets for batch: a JSON array, or JSON Lines with one answer set per line."),
      ".TP", ".I rubric.json",
      ManPage.text(
        "A rubric (rubric format v2): factors, weights, verdict bands, rules, components, examples, "
          + "and the case library file it names under \"cases\"."),
      ".SH EXAMPLES",
    ]
    for example in ManPage.examples {
      page += [".PP", ".nf", ManPage.text(example), ".fi"]
    }
    page += [
      ".SH SEE ALSO",
      ManPage.text("archadvisor help COMMAND; the README of the archadvisor repository."),
    ]
    return page.joined(separator: "\n") + "\n"
  }

  /// What the examples show: one of each way in.
  static let examples = [
    "archadvisor ask --save answers.json",
    "archadvisor recommend --team-size 8 --update-frequency weekly --scaling spiky",
    "archadvisor recommend --answers answers.json --format adr --output docs/adr/",
    "archadvisor batch portfolio.jsonl --format csv --output portfolio.csv",
    "archadvisor completions bash > ~/.local/share/bash-completion/completions/archadvisor",
  ]

  /// `.BR --format " " FORMAT`, bold name and italic placeholder.
  static func optionHeader(_ option: OptionSpec) -> String {
    var header = "\\fB" + text(option.name) + "\\fR"
    if let short = option.short { header += ", \\fB" + text(short) + "\\fR" }
    if let placeholder = option.placeholder { header += " \\fI" + text(placeholder) + "\\fR" }
    return header
  }

  /// Text safe in roff: backslashes escaped, dashes as `\-`, a leading `.` or `'` guarded, and
  /// every character outside ASCII as `\[uXXXX]`.
  static func text(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\e"
      case "-": out += "\\-"
      case "\n": out += " "
      default:
        if scalar.isASCII {
          out.unicodeScalars.append(scalar)
        } else {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
        }
      }
    }
    if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
    return out
  }

  /// A macro argument in double quotes.
  static func quoted(_ value: String) -> String {
    "\"" + text(value).replacing("\"", with: "\\(dq") + "\""
  }
}
