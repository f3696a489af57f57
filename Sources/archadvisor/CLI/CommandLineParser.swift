import ArchAdvisorKit

/// Turns the arguments into a ``Command``: a pure function of the arguments and whether standard
/// input is a terminal, so every mode is tested without starting a process.
///
/// - `archadvisor` alone is `ask` on a terminal and a usage error on a pipe (a script that forgot
///   its command must not hang waiting for answers); options without a command (`archadvisor
///   --rubric r.json`) count as `ask` the same way.
/// - `--help`/`-h` anywhere before `--` asks for the command's help; `--version` anywhere for the
///   version; `help COMMAND` is the same as `COMMAND --help`.
/// - A flag is never guessed: an unknown one is an error naming the nearest known one. For
///   `recommend`, flags it does not know are kept as factor flags and checked against the rubric
///   when it is loaded.
struct CommandLineParser: Sendable {
  /// Whether standard input is a terminal.
  var inputIsTerminal: Bool

  /// The command words, for suggestions.
  static let commandNames = ["ask", "recommend", "batch", "rubric", "cases", "help"]
  /// The words after `rubric`.
  static let rubricCommandNames = ["check", "show", "diff"]

  func parse(_ arguments: [String]) throws(CLIError) -> Command {
    guard let first = arguments.first else {
      guard inputIsTerminal else { throw CLIError.noCommand }
      return .ask(AskOptions())
    }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "--help", "-h": return .help(HelpRequest(.main))
    case "--version": return .version
    case "help": return try parseHelp(rest)
    case "ask": return try parseAsk(rest, topic: .ask)
    case "recommend": return try parseRecommend(rest)
    case "batch": return try parseBatch(rest)
    case "rubric": return try parseRubric(rest)
    case "cases": return try parseCases(rest)  // CommandLineParser+Cases.swift
    default:
      if ArgumentScanner.isOption(first) {
        if let request = CommandLineParser.helpOrVersion(arguments, topic: .main) { return request }
        // `--format json recommend …`: the options belong after the command.
        if let command = arguments.first(where: {
          CommandLineParser.commandNames.contains($0) && $0 != "help"
        }) {
          throw CLIError.optionBeforeCommand(option: first, command: command)
        }
        // Without a command the options are ask's: one it does not take is a mistake to name now,
        // on a terminal or not (`--versoin`).
        var scanner = ArgumentScanner(arguments)
        while let token = scanner.next() {
          guard case .option(let name, _) = token else { continue }
          let known = OptionSpec.askOptions.map(\.name) + ["--version", "-V", "-h"]
          if !known.contains(name) {
            throw CLIError.unknownOption(
              name, suggestion: CommandLineParser.nearestOption(name, in: known.filter { $0.hasPrefix("--") })
            )
          }
        }
        guard inputIsTerminal else { throw CLIError.noCommand }
        return try parseAsk(arguments, topic: .main)
      }
      throw CLIError.unknownCommand(
        first, suggestion: Suggestion.nearest(to: first, in: CommandLineParser.commandNames))
    }
  }

  // MARK: help

  private func parseHelp(_ arguments: [String]) throws(CLIError) -> Command {
    let words = arguments.filter { !ArgumentScanner.isOption($0) }
    guard let word = words.first else { return .help(HelpRequest(.main)) }
    switch word {
    case "ask": return .help(HelpRequest(.ask))
    case "recommend": return .help(HelpRequest(.recommend))
    case "batch": return .help(HelpRequest(.batch))
    case "help": return .help(HelpRequest(.help))
    case "cases": return .help(HelpRequest(words.count > 1 && words[1] == "show" ? .casesShow : .cases))
    case "rubric":
      guard words.count > 1 else { return .help(HelpRequest(.rubric)) }
      switch words[1] {
      case "check": return .help(HelpRequest(.rubricCheck))
      case "show": return .help(HelpRequest(.rubricShow))
      case "diff": return .help(HelpRequest(.rubricDiff))
      default:
        throw CLIError.unknownCommand(
          "rubric " + words[1],
          suggestion: Suggestion.nearest(to: words[1], in: CommandLineParser.rubricCommandNames).map {
            "rubric " + $0
          })
      }
    default:
      throw CLIError.unknownCommand(
        word, suggestion: Suggestion.nearest(to: word, in: CommandLineParser.commandNames))
    }
  }

  /// `--help` (or `-h`) or `--version` among the options, which win over everything else so
  /// that help is there even when the rest of the line is wrong. For `recommend`, a `--rubric`
  /// alongside `--help` is kept: its factor flags are the ones to list.
  static func helpOrVersion(_ arguments: [String], topic: HelpRequest.Topic) -> Command? {
    var scanner = ArgumentScanner(arguments)
    var rubricFile: String?
    var wantsHelp = false
    var wantsVersion = false
    while let token = scanner.next() {
      guard case .option(let name, let inline) = token else { continue }
      switch name {
      case "--help", "-h": wantsHelp = true
      case "--version", "-V": wantsVersion = true
      case "--rubric": rubricFile = scanner.takeValue(inline: inline)
      default: break
      }
    }
    if wantsHelp { return .help(HelpRequest(topic, rubricFile: topic == .recommend ? rubricFile : nil)) }
    if wantsVersion { return .version }
    return nil
  }

  // MARK: ask and recommend

  private func parseAsk(_ arguments: [String], topic: HelpRequest.Topic) throws(CLIError) -> Command {
    if let request = CommandLineParser.helpOrVersion(arguments, topic: topic) { return request }
    var options = AskOptions()
    var seen = Set<String>()
    var scanner = ArgumentScanner(arguments)
    while let token = scanner.next() {
      switch token {
      case .positional(let argument):
        throw CLIError.unexpectedArgument(argument, command: "ask")
      case .option(let name, let inline):
        if name == OptionSpec.save.name {
          try once(name, &seen)
          options.saveFile = try scanner.value(for: name, inline: inline, placeholder: "FILE")
        } else if name == OptionSpec.askAnswers.name {
          try once(name, &seen)
          let file = try scanner.value(for: name, inline: inline, placeholder: "FILE")
          // The questions are read from standard input: it cannot also hold the answers.
          guard file != "-" else {
            throw CLIError.invalidValue(
              option: name, value: file,
              expected: "a file, since ask reads its questions' answers from standard input",
              suggestion: nil)
          }
          options.answersFile = file
        } else if name == OptionSpec.plain.name {
          try once(name, &seen)
          if let inline {
            throw CLIError.invalidValue(option: name, value: inline, expected: "no value", suggestion: nil)
          }
          options.plain = true
        } else if try !parseReportOption(
          name, inline: inline, into: &options.report, scanner: &scanner, seen: &seen)
        {
          throw unknownOption(name, known: OptionSpec.askOptions, extra: [])
        }
      }
    }
    return .ask(options)
  }

  private func parseRecommend(_ arguments: [String]) throws(CLIError) -> Command {
    if let request = CommandLineParser.helpOrVersion(arguments, topic: .recommend) { return request }
    var options = RecommendOptions()
    var seen = Set<String>()
    var scanner = ArgumentScanner(arguments)
    while let token = scanner.next() {
      switch token {
      case .positional(let argument):
        throw CLIError.unexpectedArgument(argument, command: "recommend")
      case .option(let name, let inline):
        switch name {
        case OptionSpec.answers.name:
          try once(name, &seen)
          options.answersFile = try scanner.value(for: name, inline: inline, placeholder: "FILE")
        case OptionSpec.weight.name:
          let text = try scanner.value(for: name, inline: inline, placeholder: "FACTOR=N")
          options.weights.append(try CommandLineParser.weightOverride(text))
        default:
          if try parseReportOption(
            name, inline: inline, into: &options.report, scanner: &scanner, seen: &seen)
          {
            continue
          }
          // Single-dash words are never factor flags: report them now, with the nearest flag.
          guard name.hasPrefix("--") else {
            throw unknownOption(name, known: OptionSpec.recommendOptions, extra: [])
          }
          options.factorFlags.append(FactorFlag(option: name, value: scanner.takeValue(inline: inline)))
        }
      }
    }
    // Standard input can be read once: it cannot hold both the rubric and the answers.
    if options.answersFile == "-", options.report.rubricFile == "-" {
      throw CLIError.invalidValue(
        option: "--answers", value: "-", expected: "a file, since --rubric - already reads standard input",
        suggestion: nil)
    }
    return .recommend(options)
  }

  /// `--decision-makers "Ada Lovelace, Alan Turing"`: the names, trimmed, empty ones dropped.
  static func names(_ value: String) -> [String] {
    value.split(separator: ",").map { String(trimmed($0)) }.filter { !$0.isEmpty }
  }

  /// An item of a comma-separated list without the spaces around it.
  private static func trimmed(_ part: Substring) -> Substring {
    var item = part
    while item.first == " " { item.removeFirst() }
    while item.last == " " { item.removeLast() }
    return item
  }

  /// `--fail-on monolith,modular_monolith`: the verdict ids, in order, without repeats; the rubric
  /// checks each one later (``FactorFlagResolver/checkVerdicts(_:)``).
  static func verdictList(_ value: String, option: String) throws(CLIError) -> [String] {
    var ids: [String] = []
    for part in value.split(separator: ",", omittingEmptySubsequences: false) {
      let id = trimmed(part)
      guard !id.isEmpty else {
        throw CLIError.invalidValue(
          option: option, value: value,
          expected: "verdict ids separated by commas, e.g. monolith,microservices",
          suggestion: nil)
      }
      // Verdict ids are lower-case snake case: `Monolith` and `modular-monolith` mean them too.
      let canonical = id.lowercased().replacing("-", with: "_")
      if !ids.contains(canonical) { ids.append(canonical) }
    }
    return ids
  }

  /// Reads one of the options every report-writing command shares; `false` when `name` is not one.
  private func parseReportOption(
    _ name: String, inline: String?, into options: inout ReportOptions, scanner: inout ArgumentScanner,
    seen: inout Set<String>
  ) throws(CLIError) -> Bool {
    guard let spec = OptionSpec.reportOptions.first(where: { $0.name == name }) else { return false }
    try once(name, &seen)
    if spec == .noRobustness || spec == .quiet || spec == .noInput {
      if let inline {
        throw CLIError.invalidValue(option: name, value: inline, expected: "no value", suggestion: nil)
      }
      switch spec {
      case .quiet: options.quiet = true
      case .noInput: options.noInput = true
      default: options.robustness = false
      }
      return true
    }
    let value = try scanner.value(for: name, inline: inline, placeholder: spec.placeholder ?? "VALUE")
    switch spec {
    case .rubric: options.rubricFile = value
    case .format:
      options.format = try CommandLineParser.choice(
        value, option: name, OutputFormat.allCases.map(\.rawValue), OutputFormat.init(rawValue:))
    case .output: options.outputFile = value
    case .name: options.name = value
    case .failOn: options.failOn = try CommandLineParser.verdictList(value, option: name)
    case .date: options.date = try CommandLineParser.date(value)
    case .status:
      options.decision.status = try CommandLineParser.choice(
        value, option: name, DecisionRecordDetails.statuses,
        { DecisionRecordDetails.statuses.contains($0) ? $0 : nil })
    case .decisionMakers: options.decision.decisionMakers = CommandLineParser.names(value)
    case .consulted: options.decision.consulted = CommandLineParser.names(value)
    case .informed: options.decision.informed = CommandLineParser.names(value)
    case .color:
      options.color = try CommandLineParser.choice(
        value, option: name, ColorMode.allCases.map(\.rawValue), ColorMode.init(rawValue:))
    default: return false
    }
    return true
  }

  // MARK: batch

  /// `batch [FILE…]` with the report options that make sense for many answer sets: no `--name`
  /// (each answer set has its own), no `--date`, and no `adr` format (one decision per record).
  private func parseBatch(_ arguments: [String]) throws(CLIError) -> Command {
    if let request = CommandLineParser.helpOrVersion(arguments, topic: .batch) { return request }
    var options = BatchOptions()
    var seen = Set<String>()
    var scanner = ArgumentScanner(arguments)
    while let token = scanner.next() {
      switch token {
      case .positional(let file):
        options.files.append(file)
      case .option(let name, let inline):
        guard let spec = OptionSpec.batchOptions.first(where: { $0.name == name }), spec != .help else {
          throw unknownOption(name, known: OptionSpec.batchOptions, extra: [])
        }
        try once(name, &seen)
        if spec == .precedents || spec == .noRobustness || spec == .quiet {
          if let inline {
            throw CLIError.invalidValue(option: name, value: inline, expected: "no value", suggestion: nil)
          }
          switch spec {
          case .precedents: options.precedents = true
          case .quiet: options.quiet = true
          default: options.robustness = false
          }
          continue
        }
        let value = try scanner.value(for: name, inline: inline, placeholder: spec.placeholder ?? "VALUE")
        switch spec {
        case .rubric: options.rubricFile = value
        case .batchFormat:
          options.format = try CommandLineParser.choice(
            value, option: name, BatchOptions.formats.map(\.rawValue),
            {
              BatchOptions.formats.contains(OutputFormat(rawValue: $0) ?? .adr)
                ? OutputFormat(rawValue: $0) : nil
            })
        case .batchOutput: options.outputFile = value
        case .batchFailOn: options.failOn = try CommandLineParser.verdictList(value, option: name)
        default:
          options.color = try CommandLineParser.choice(
            value, option: name, ColorMode.allCases.map(\.rawValue), ColorMode.init(rawValue:))
        }
      }
    }
    // Standard input can be read once: it cannot hold both the rubric and the answer sets.
    if options.rubricFile == "-", options.files.isEmpty || options.files.contains("-") {
      throw CLIError.invalidValue(
        option: "--rubric", value: "-",
        expected: "a file, since the answer sets are read from standard input",
        suggestion: nil)
    }
    return .batch(options)
  }

  // MARK: rubric

  private func parseRubric(_ arguments: [String]) throws(CLIError) -> Command {
    guard let word = arguments.first else {
      throw CLIError.missingArgument("the rubric command (check, show or diff)", command: "rubric")
    }
    let rest = Array(arguments.dropFirst())
    switch word {
    case "check":
      if let request = CommandLineParser.helpOrVersion(rest, topic: .rubricCheck) { return request }
      var files: [String] = []
      var scanner = ArgumentScanner(rest)
      while let token = scanner.next() {
        switch token {
        case .positional(let file): files.append(file)
        case .option(let name, _): throw unknownOption(name, known: OptionSpec.rubricCheckOptions, extra: [])
        }
      }
      guard !files.isEmpty else {
        throw CLIError.missingArgument("the rubric FILE to check", command: "rubric check")
      }
      return .rubricCheck(RubricCheckOptions(files: files))
    case "show":
      if let request = CommandLineParser.helpOrVersion(rest, topic: .rubricShow) { return request }
      var options = RubricShowOptions()
      var seen = Set<String>()
      var scanner = ArgumentScanner(rest)
      while let token = scanner.next() {
        switch token {
        case .positional(let file):
          guard options.file == nil else { throw CLIError.unexpectedArgument(file, command: "rubric show") }
          options.file = file
        case .option(let name, let inline):
          // `--rubric FILE` is accepted as well as the positional FILE, as the other commands take it.
          if name == OptionSpec.rubric.name {
            let file = try scanner.value(for: name, inline: inline, placeholder: "FILE")
            guard options.file == nil else { throw CLIError.repeatedOption(name) }
            options.file = file
            continue
          }
          guard name == OptionSpec.showFormat.name else {
            throw unknownOption(name, known: OptionSpec.rubricShowOptions, extra: [OptionSpec.rubric.name])
          }
          try once(name, &seen)
          let value = try scanner.value(for: name, inline: inline, placeholder: "FORMAT")
          options.format = try CommandLineParser.choice(
            value, option: name, RubricShowOptions.Format.allCases.map(\.rawValue),
            RubricShowOptions.Format.init(rawValue:))
        }
      }
      return .rubricShow(options)
    case "diff":
      return try parseRubricDiff(rest)
    case "--help", "-h":
      return .help(HelpRequest(.rubric))
    default:
      throw CLIError.unknownCommand(
        "rubric " + word,
        suggestion: Suggestion.nearest(to: word, in: CommandLineParser.rubricCommandNames).map {
          "rubric " + $0
        })
    }
  }

  // MARK: Values

  /// Fails when `name` was already seen: a flag given twice is more likely a mistake than an
  /// override, and silently taking one would hide it.
  func once(_ name: String, _ seen: inout Set<String>) throws(CLIError) {
    guard seen.insert(name).inserted else { throw CLIError.repeatedOption(name) }
  }

  /// The error for an unknown option, with the nearest of `known` (and `extra` names).
  func unknownOption(_ name: String, known: [OptionSpec], extra: [String]) -> CLIError {
    if let command = OptionSpec.byCommand.first(where: { $0.options == known })?.command,
      let owner = OptionSpec.command(taking: name, besides: command)
    {
      return .optionOfAnotherCommand(option: name, command: command, owner: owner)
    }
    return CLIError.unknownOption(
      name, suggestion: CommandLineParser.nearestOption(name, in: known.map(\.name) + extra))
  }

  /// The flag nearest to `name` among `candidates` (all spelled `--x`), comparing without the
  /// dashes so that `-team-size` and `team_size` find `--team-size`.
  static func nearestOption(_ name: String, in candidates: [String]) -> String? {
    let bare = String(name.drop { $0 == "-" }).replacing("_", with: "-")
    let names = candidates.map { String($0.drop { $0 == "-" }) }
    return Suggestion.nearest(to: bare, in: names).map { "--" + $0 }
  }

  /// One of a fixed set of words, or an error listing them (with the nearest).
  static func choice<T>(
    _ value: String, option: String, _ words: [String], _ make: (String) -> T?
  ) throws(CLIError) -> T {
    // Words match whatever their case, as option ids do everywhere (README, "Case").
    if let result = make(value) ?? make(value.lowercased()) { return result }
    throw CLIError.invalidValue(
      option: option, value: value, expected: "one of " + words.joined(separator: ", "),
      suggestion: Suggestion.nearest(to: value, in: words))
  }

  /// `FACTOR=N` with N a number within ``Factor/weightLimits``; the factor is checked against the
  /// rubric later.
  static func weightOverride(_ text: String) throws(CLIError) -> WeightOverride {
    let expected = "FACTOR=N, a factor id and a weight from \(Factor.weightLimitsText) (team_size=5)"
    guard let equals = text.lastIndex(of: "=") else {
      throw CLIError.invalidValue(option: "--weight", value: text, expected: expected, suggestion: nil)
    }
    let factor = String(text[..<equals])
    let number = text[text.index(after: equals)...]
    guard !factor.isEmpty, let weight = Double(number), Factor.weightLimits.contains(weight),
      number.allSatisfy({
        $0.isASCII && ($0.isNumber || $0 == "." || $0 == "e" || $0 == "E" || $0 == "+" || $0 == "-")
      })
    else {
      throw CLIError.invalidValue(option: "--weight", value: text, expected: expected, suggestion: nil)
    }
    return WeightOverride(factor: factor, weight: weight)
  }

  /// A calendar date as `YYYY-MM-DD` that exists (no February 30th; February 29th in leap
  /// years of the Gregorian calendar only).
  static func date(_ text: String) throws(CLIError) -> String {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let wellFormed =
      parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
      && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    let year = wellFormed ? Int(parts[0]) ?? 0 : 0
    let month = wellFormed ? Int(parts[1]) ?? 0 : 0
    let day = wellFormed ? Int(parts[2]) ?? 0 : 0
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    let valid = wellFormed && (1...12).contains(month) && (1...days[month - 1]).contains(day)
    guard valid else {
      if wellFormed, (1...12).contains(month) {
        throw CLIError.invalidValue(
          option: "--date", value: text,
          expected: "a date that exists: \(text.prefix(7)) has \(days[month - 1]) days", suggestion: nil)
      }
      throw CLIError.invalidValue(
        option: "--date", value: text, expected: "a date as YYYY-MM-DD, e.g. 2025-01-31", suggestion: nil)
    }
    return text
  }
}
