import ArchAdvisorKit

/// The help of every command: usage, every flag with what it does, examples.
///
/// Flags come from the commands' option declarations (``CommandCatalog``) the parser reads, and `recommend`'s factor flags from
/// the rubric, so help cannot list a flag that does not exist. Text from a rubric is made safe
/// for a terminal first (a custom rubric is input like any other).
struct HelpText: Sendable {
  /// The rubric whose factor flags `recommend` lists.
  var rubric: Rubric
  /// The width to wrap to.
  var width: Int = 80
  /// The commands and their options.
  var catalog = CommandCatalog.standard

  /// The version of the tool.
  static let version = "0.1.0"

  /// `archadvisor 0.1.0 (rubric genai-architecture 1.0.0)`.
  static func versionLine(rubric: Rubric) -> String {
    "archadvisor \(version) (rubric \(TerminalSanitizer.clean(rubric.id)) \(TerminalSanitizer.clean(rubric.version)))"
  }

  /// The help for `topic`, ending with a newline.
  func text(for topic: HelpRequest.Topic) -> String {
    let lines: [String]
    switch topic {
    case .main: lines = main
    case .ask: lines = ask
    case .recommend: lines = recommend
    case .batch: lines = batch
    case .rubric: lines = rubricCommand
    case .rubricCheck: lines = rubricCheck
    case .rubricShow: lines = rubricShow
    case .rubricDiff: lines = rubricDiff
    case .diff: lines = diff
    case .help: lines = help
    // The case library: HelpText+Cases.swift.
    case .cases: lines = cases
    case .casesShow: lines = casesShow
    // Shell integration: HelpText+Shell.swift.
    case .completions: lines = completions
    case .man: lines = manual
    }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: Commands

  private var main: [String] {
    [
      "archadvisor \(HelpText.version): should a generative-AI system be a monolith or microservices?",
      "",
      "Usage:",
    ]
      + table(
        // The synopses without "[OPTIONS]": every command has some, its help lists them.
        catalog.commands.map { ($0.usage.replacing(" [OPTIONS]", with: ""), $0.abstract) }
          + [("archadvisor", "The same as 'ask' when standard input is a terminal.")])
      + [
        "",
        "Options:",
      ]
      + table([OptionSpec.help, OptionSpec.version].map { ($0.usage, $0.summary) })
      + [""]
      + wrap(
        "Options go after the command. Every command that scores takes --rubric FILE (default: the "
          + "embedded rubric " + rubricName + "); ask and recommend write --format text, json, jsonl, "
          + "markdown, csv, adr or html, batch text, json, jsonl, markdown, csv or html, diff text, json, "
          + "markdown or html. Reports go to standard output; questions and messages to standard error "
          + "(--quiet leaves out the notes).")
      + [
        "",
        "Examples:",
        "  archadvisor ask --save answers.json",
        "  archadvisor recommend --team-size 8 --update-frequency weekly --scaling spiky",
        "  archadvisor recommend --answers answers.json --format adr --output docs/adr/0001-architecture.md",
        "  archadvisor rubric check my-rubric.json",
        "",
      ] + exitCodes
  }

  private var ask: [String] {
    [
      "Usage: archadvisor ask [--save FILE] [--answers FILE] [--plain] [OPTIONS]",
      "",
    ]
      + wrap(
        "Asks the rubric's questions one at a time, then shows every answer for review, then writes "
          + "the report. Questions and prompts go to standard error and the report to standard output, "
          + "so 'archadvisor ask --format json > report.json' still shows the questions. At a terminal "
          + "each question is a menu; with --plain, TERM=dumb or when standard input or standard error "
          + "is not a terminal, it is a line prompt, and the answers may be piped in one per line.")
      + ["", "In a menu:"]
      + table([
        ("↑/↓ or j/k, Enter", "Move, and pick the option under the cursor (> marks it)."),
        ("space", "For a set: tick or untick an option; Enter accepts the ticked ones."),
        ("a number or an id", "Jump to that option (the start of an id will do); Enter picks it."),
        ("Don't know", "The last entry: leaves the factor unknown; the default when there is none."),
        ("?", "Explain the question and its options."),
        ("←, or back", "Return to the previous question."),
        ("Ctrl-D, Ctrl-C", "Stop without a report (exit 130)."),
      ])
      + ["", "At a line prompt, type:"]
      + table([
        ("a number or an id", "Choose that option; for a set, several separated by commas, or none."),
        ("nothing (Enter)", "Take the default shown, or leave the factor unknown when there is none."),
        ("skip", "Leave the factor unknown (the report shows the range it could lead to)."),
        ("?", "Explain the question and its options."),
        ("back", "Return to the previous question."),
        ("Ctrl-D, Ctrl-C", "Stop without a report (exit 130)."),
      ])
      + [""]
      + wrap(
        "At the review, type a question's number to change its answer, or press Enter to accept them; "
          + "piped answers that end at the review accept them.")
      + ["", "Options:"] + options(for: .ask)
      + [
        "",
        "Examples:",
        "  archadvisor ask",
        "  archadvisor ask --save answers.json --format markdown --output report.md",
        "  archadvisor ask --answers answers.json              # review saved answers",
        "  archadvisor recommend --answers answers.json        # replay saved answers",
        "  archadvisor ask --format json < answers.txt           # one answer per line",
        "",
      ]
      + HelpText.exitStatus(
        ExitCode.allCases.map { ($0, $0 == .aborted ? "stopped at a question; nothing written" : nil) })
  }

  private var recommend: [String] {
    var lines = [
      "Usage: archadvisor recommend [FACTOR FLAGS] [--answers FILE] [OPTIONS]",
      "",
    ]
    lines += wrap(
      "One recommendation from answers given as factor flags, in a JSON answers file, or both "
        + "(flags win over the file). A factor left out is unknown, not an error: the report gives "
        + "the range of scores the unknown factors could lead to.")
    lines += ["", "Factor flags (from rubric \(rubricName), in the order asked):"]
    lines += table(
      rubric.factors.map { factor in
        let summary = FactorSummary(factor)
        return (summary.usage, TerminalSanitizer.clean(summary.accepted) + ".")
      })
    lines += ["", "Options:"] + options(for: .recommend)
    let flags = rubric.factors.prefix(3).map { $0.flag + " " + HelpText.sampleValue($0) }.joined(
      separator: " ")
    let first = rubric.factors.first.map { $0.flag + " " + HelpText.sampleValue($0) } ?? ""
    let weight = rubric.factors.first.map { " --weight " + $0.id + "=6" } ?? ""
    let gate = rubric.verdicts.last.map { " --fail-on " + $0.id } ?? ""
    lines += [
      "",
      "Examples:",
      "  archadvisor recommend " + TerminalSanitizer.clean(flags),
      "  archadvisor recommend --answers project.json " + TerminalSanitizer.clean(first),
      "  archadvisor recommend --answers - --format markdown < project.json",
      "  archadvisor recommend --answers project.json" + TerminalSanitizer.clean(weight + gate),
      "  archadvisor recommend --answers project.json --format adr --output docs/adr/0007-architecture.md",
      "",
      "An answers file holds {\"name\": \"…\", \"answers\": {factor id: answer, …}}; a set is an array of ids.",
      "",
    ]
    lines += exitCodes
    return lines
  }

  private var batch: [String] {
    let gate = rubric.verdicts.last.map { " --fail-on " + TerminalSanitizer.clean($0.id) } ?? ""
    return ["Usage: archadvisor batch [FILE…] [OPTIONS]", ""]
      + wrap(
        "Scores many answer sets, each on its own, and writes one report: a table (text), JSON, JSON "
          + "Lines, CSV, Markdown or an HTML page with charts. The input is a JSON array of answer sets or JSON Lines (one per line), told "
          + "apart by its first character; a UTF-8 byte-order mark and CRLF line ends are fine. With "
          + "no FILE, or -, standard input is read. Input is read, scored and written as it comes "
          + "(on every core, in input order), so memory stays flat however long it is.")
      + [""]
      + wrap(
        "Nothing is lost: a line that is not JSON, or an answer set that does not fit the rubric, "
          + "becomes an error entry (its record number, line and what is wrong) and the batch goes on. "
          + "A count goes to standard error at the end.")
      + ["", "Options:"] + options(for: .batch)
      + [
        "",
        "Examples:",
        "  archadvisor batch portfolio.jsonl",
        "  archadvisor batch --format csv --output portfolio.csv a.jsonl b.json",
        "  cat *.jsonl | archadvisor batch --format markdown" + gate,
        "",
        "Each line (or array element) is {\"name\": \"…\", \"answers\": {factor id: answer, …}}.",
        "",
      ]
      + HelpText.exitStatus([
        (.success, "every answer set was reported"),
        (.gateTripped, "an answer set got a verdict --fail-on names (and none was rejected)"),
        (.usage, nil),
        (.dataError, "some answer sets were rejected (the others are still reported), or there were none"),
        (.noInput, nil), (.cannotWrite, nil),
      ])
  }

  private var rubricCommand: [String] {
    [
      "Usage: archadvisor rubric check FILE…",
      "       archadvisor rubric show [FILE] [--format text|json]",
      "       archadvisor rubric diff OLD NEW [--format text|json|markdown]",
      "",
    ]
      + table([
        ("check FILE…", "Validate rubric files; every problem with its file, line, column and path."),
        ("show [FILE]", "The factors with their flags, kinds, options, bands and weights."),
        ("diff OLD NEW", "What changed between two rubrics, and the examples and cases whose verdict moves."),
      ])
      + ["", "See 'archadvisor rubric check --help', 'rubric show --help' and 'rubric diff --help'."]
  }

  private var rubricCheck: [String] {
    ["Usage: archadvisor rubric check FILE…", ""]
      + wrap(
        "Reads each rubric and checks all of it against rubric format v1 or v2, then scores its examples. "
          + "A good rubric prints one line on standard output (\"my-rubric.json: ok — 12 factors, "
          + "3 verdicts, 7 rules, 6 examples agree\"); a bad one lists every problem, and every "
          + "example whose verdict is not the one expected, one per line with its location, on "
          + "standard error. When the rubric names a case library (\"cases\", a file beside it), "
          + "every case is scored and the agreement printed: overall, on the tuning and the held-aside "
          + "cases, a confusion table, every miss, and the cases closest to a band edge; a library that "
          + "is missing exits 66, one with problems 65. - reads standard input (its case library is then "
          + "not checked). Last comes the rule coverage: on how many examples and cases each rule fires, "
          + "naming every rule that never does.")
      + ["", "Options:"] + options(for: .rubricCheck)
      + [
        "",
        "Examples:",
        "  archadvisor rubric check rubrics/genai-architecture.json",
        "  archadvisor rubric check my-rubric.json other.json",
        "",
      ]
      + HelpText.exitStatus([
        (.success, "every rubric is valid and its examples agree"), (.usage, nil),
        (.dataError, "a rubric has problems or an example disagrees"), (.noInput, nil),
      ])
  }

  private var rubricShow: [String] {
    ["Usage: archadvisor rubric show [FILE] [--format text|json]", ""]
      + wrap(
        "A rubric author's quick view: every factor with its flag, kind, weight, options (id, label, "
          + "lean) or bands, then the verdict bands, rules and examples. Without FILE, the embedded "
          + "rubric \(rubricName).")
      + ["", "Options:"] + options(for: .rubricShow)
      + [
        "",
        "Examples:",
        "  archadvisor rubric show",
        "  archadvisor rubric show my-rubric.json --format json",
      ]
  }

  // MARK: rubric diff

  private var rubricDiff: [String] {
    ["Usage: archadvisor rubric diff OLD NEW [--format text|json|markdown] [--color WHEN]", ""]
      + wrap(
        "Compares two rubrics by id: the rubric's version and other fields; factors added, removed or "
          + "changed (question, weight, dimension, kind, options and their leans, bands); verdicts and "
          + "their bands; rules (condition, cap, floor, force, caveat, prerequisites, split advice); "
          + "components and examples. Then scores every example of either rubric and every case of "
          + "their case libraries (NEW's, then OLD's) with both, and lists those whose verdict moves, "
          + "with both verdicts and scores, and the cases' agreement under each. Prose that changed is "
          + "said to be reworded; --format json carries both texts.")
      + [""]
      + wrap(
        "OLD and NEW are rubric files; default is the embedded rubric \(rubricName) (./default for a "
          + "file of that name); one of them may be - (standard input). The exit status is 0 whether "
          + "or not they differ.")
      + ["", "Options:"] + options(for: .rubricDiff)
      + [
        "",
        "Examples:",
        "  archadvisor rubric diff old-rubric.json default",
        "  archadvisor rubric diff default my-rubric.json --format markdown > pr.md",
        "  git show main:rubrics/genai-architecture.json | archadvisor rubric diff - default",
        "",
      ]
      + HelpText.exitStatus([
        (.success, "compared, whether or not the rubrics differ"), (.usage, nil),
        (.dataError, "a rubric has problems"), (.noInput, nil),
        (.cannotWrite, "the output could not be written"),
      ])
  }

  // MARK: diff

  private var diff: [String] {
    ["Usage: archadvisor diff OLD NEW [OPTIONS]", ""]
      + wrap(
        "What moved between two assessments of one project, say a quarter apart: the answers that "
          + "changed and how far each moved its contribution; how the verdict, score, range, readiness and "
          + "confidence moved; which rules started or stopped firing; which parts to split first, "
          + "prerequisites and flips (what would change the verdict) appeared or went away.")
      + [""]
      + wrap(
        "OLD and NEW are each an answers file (as ask --save writes and recommend --answers reads) or a saved JSON report "
          + "(recommend --format json, or a line of batch --format jsonl); one of them may be - (standard "
          + "input). Only their answers are used: both are scored here with one rubric (--rubric, else "
          + "the embedded \(rubricName)), so every move comes from the answers. When a file records "
          + "another rubric version, the diff says so first, and what a saved report said then.")
      + ["", "Options:"] + options(for: .diff)
      + [
        "",
        "Examples:",
        "  archadvisor diff support-bot-2026q1.json support-bot-2026q2.json",
        "  archadvisor diff last-quarter-report.json answers.json --format markdown > review.md",
        "  archadvisor recommend --answers answers.json --format json | archadvisor diff old.json -",
        "  archadvisor diff old.json new.json --fail-on-change --quiet",
        "",
      ]
      + HelpText.exitStatus([
        (.success, "compared, whether or not anything moved"),
        (.gateTripped, "--fail-on-change and the verdict moved (the diff is still written)"),
        (.usage, nil),
        (
          .dataError, "a file is not JSON, neither answers nor a report, or its answers do not fit the rubric"
        ),
        (.noInput, nil), (.cannotWrite, "the diff could not be written"),
      ])
  }

  private var help: [String] {
    [
      "Usage: archadvisor help [COMMAND]",
      "",
    ]
      + wrap(
        "Shows the help of a command: "
          + catalog.commands.map(\.path).filter { $0 != "help" }.joined(separator: ", ")
          + ". 'archadvisor help recommend' is the same as 'archadvisor recommend --help'.")
      + ["", "Options:"] + options(for: .help)
  }

  private var exitCodes: [String] { HelpText.exitStatus(ExitCode.allCases.map { ($0, nil) }) }

  /// "Exit status:" and a line per code, each with its own meaning for this command or, when
  /// `nil`, the one ``ExitCode/meaning`` gives: the one table of exit codes.
  static func exitStatus(_ codes: [(ExitCode, String?)]) -> [String] {
    ["Exit status:"]
      + codes.map { code, meaning in
        let number = String(code.rawValue)
        return "  " + number + String(repeating: " ", count: 5 - number.count) + (meaning ?? code.meaning)
      }
  }

  /// A plausible value for a factor's flag in an example: the middle of a number's first band,
  /// a choice's first option, a set's first two options.
  static func sampleValue(_ factor: Factor) -> String {
    switch factor.kind {
    case .number(let spec):
      guard let band = spec.bands.first?.band else { return "1" }
      var value = band.atLeast ?? spec.minimum ?? (band.below.map { $0 - 1 } ?? 0)
      if let low = band.atLeast, let high = band.below { value = (low + high) / 2 }
      if spec.integer { value = value.rounded(.down) }
      return Band.format(value)
    case .choice(let options): return options.first?.id ?? ""
    case .set(let spec): return spec.options.prefix(2).map(\.id).joined(separator: ",")
    }
  }

  // MARK: Layout

  /// `genai-architecture 1.0.0`.
  private var rubricName: String {
    TerminalSanitizer.clean(rubric.id) + " " + TerminalSanitizer.clean(rubric.version)
  }

  /// The option rows of the command `topic` shows: `--format FORMAT` and its summary, from the
  /// declarations its parser reads.
  func options(for topic: HelpRequest.Topic) -> [String] {
    table((catalog[topic]?.options ?? [.help]).map { ($0.usage, $0.summary) })
  }

  /// Two columns: the left padded to the widest entry (up to 30 columns), the right wrapped with
  /// a hanging indent; a left entry too wide gets its text on the next line.
  private func table(_ rows: [(String, String)]) -> [String] {
    let column = min(30, rows.map { TerminalCells.width($0.0) }.max() ?? 0) + 4
    let wrapper = TextWrapper(width: width)
    var lines: [String] = []
    for (left, right) in rows {
      let label = "  " + left
      if TerminalCells.width(label) + 2 > column {
        lines.append(label)
        lines += wrapper.lines(right, prefix: String(repeating: " ", count: column), indent: column)
      } else {
        let padded = label + String(repeating: " ", count: column - TerminalCells.width(label))
        lines += wrapper.lines(right, prefix: padded, indent: column)
      }
    }
    return lines
  }

  func wrap(_ text: String) -> [String] {
    TextWrapper(width: width).lines(text)
  }
}
