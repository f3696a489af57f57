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

  /// The commands, their options and help topics.
  var catalog = CommandCatalog.standard

  init(inputIsTerminal: Bool) {
    self.inputIsTerminal = inputIsTerminal
  }

  func parse(_ arguments: [String]) throws(CLIError) -> Command {
    guard let first = arguments.first else {
      guard inputIsTerminal else { throw CLIError.noCommand }
      return .ask(AskOptions())
    }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "--help", "-h": return .help(HelpRequest(.main))
    case "--version", "-V": return .version
    case "help": return try parseHelp(rest)
    case "ask": return try parseAsk(rest, topic: .ask)
    case "recommend": return try parseRecommend(rest)
    case "batch": return try parseBatch(rest)
    case "rubric": return try parseRubric(rest)
    case "cases": return try parseCases(rest)  // CommandLineParser+Cases.swift
    case "completions": return try parseCompletions(rest)  // CommandLineParser+Completions.swift
    case "man": return try parseMan(rest)
    case CompletionQuery.command: return try parseCompletionQuery(rest)
    case "diff": return try parseDiff(rest)  // CommandLineParser+Diff.swift
    default:
      if ArgumentScanner.isOption(first) { return try parseOptionsFirst(arguments) }
      throw CLIError.unknownCommand(first, suggestion: Suggestion.nearest(to: first, in: catalog.words))
    }
  }

  /// Options with no command before them: `--format json recommend …` puts them in the wrong
  /// place; with no command at all they are `ask`'s (`archadvisor --rubric r.json` at a terminal).
  private func parseOptionsFirst(_ arguments: [String]) throws(CLIError) -> Command {
    if let request = helpOrVersion(arguments, topic: .main) { return request }
    if let command = arguments.first(where: { catalog.words.contains($0) && $0 != "help" }) {
      throw CLIError.optionBeforeCommand(option: arguments[0], command: command)
    }
    // One that `ask` does not take is a mistake to name now, on a terminal or not (`--versoin`).
    var scanner = ArgumentScanner(arguments)
    while let token = scanner.next() {
      guard case .option(let name, _) = token else { continue }
      let known = AskOptions.declarations.map(\.spec.name) + [OptionSpec.version.name, OptionSpec.help.name]
      if !known.contains(name) {
        throw CLIError.unknownOption(name, suggestion: CommandLineParser.nearestOption(name, in: known))
      }
    }
    guard inputIsTerminal else { throw CLIError.noCommand }
    return try parseAsk(arguments, topic: .main)
  }

  // MARK: help

  private func parseHelp(_ arguments: [String]) throws(CLIError) -> Command {
    let words = arguments.filter { !ArgumentScanner.isOption($0) }
    guard let word = words.first else {
      let helpOnHelp = arguments.contains(OptionSpec.help.name) || arguments.contains("-h")
      return .help(HelpRequest(helpOnHelp ? .help : .main))
    }
    guard catalog.words.contains(word) else {
      throw CLIError.unknownCommand(word, suggestion: Suggestion.nearest(to: word, in: catalog.words))
    }
    let subcommands = catalog.subcommands(of: word)
    if words.count > 1, !subcommands.isEmpty {
      if let command = catalog[word + " " + words[1]] { return .help(HelpRequest(command.topic)) }
      throw unknownSubcommand(words[1], of: word)
    }
    if let command = catalog[word] { return .help(HelpRequest(command.topic)) }
    // `rubric` alone is a word, not a command: its help lists its commands.
    return .help(HelpRequest(.rubric))
  }

  /// `rubric shwo`: the unknown word after `word`, with the nearest of its commands.
  private func unknownSubcommand(_ typed: String, of word: String) -> CLIError {
    CLIError.unknownCommand(
      word + " " + typed,
      suggestion: Suggestion.nearest(to: typed, in: catalog.subcommands(of: word)).map { word + " " + $0 })
  }

  /// `--help` (or `-h`) or `--version` among the options, which win over everything else so
  /// that help is there even when the rest of the line is wrong. For `recommend`, a `--rubric`
  /// alongside `--help` is kept: its factor flags are the ones to list.
  func helpOrVersion(_ arguments: [String], topic: HelpRequest.Topic) -> Command? {
    var scanner = ArgumentScanner(arguments)
    var rubricFile: String?
    var wantsHelp = false
    var wantsVersion = false
    while let token = scanner.next() {
      guard case .option(let name, let inline) = token else { continue }
      switch name {
      case OptionSpec.help.name, OptionSpec.help.short: wantsHelp = true
      case OptionSpec.version.name, OptionSpec.version.short: wantsVersion = true
      case "--rubric": rubricFile = scanner.takeValue(inline: inline)
      default: break
      }
    }
    if wantsHelp { return .help(HelpRequest(topic, rubricFile: topic == .recommend ? rubricFile : nil)) }
    if wantsVersion { return .version }
    return nil
  }

  /// Parses `arguments` for the command of `topic` by its declarations: help and version first,
  /// then every option, then `finish` checks what only the whole line can tell.
  func parseDeclared<Options>(
    _ arguments: [String], topic: HelpRequest.Topic, declarations: [OptionDeclaration<Options>],
    into options: Options, operand: (inout Options, String) throws(CLIError) -> Void,
    undeclared: ((inout Options, String, String?, inout ArgumentScanner) throws(CLIError) -> Bool)? = nil,
    finish: (Options) throws(CLIError) -> Command
  ) throws(CLIError) -> Command {
    if let request = helpOrVersion(arguments, topic: topic) { return request }
    var options = options
    let parser = DeclaredOptionParser(
      command: catalog[topic]?.path ?? topic.rawValue, declarations: declarations)
    try parser.parse(arguments, into: &options, operand: operand, undeclared: undeclared)
    return try finish(options)
  }

  /// An operand rule for a command that takes none.
  static func noOperands<Options>(_ command: String) -> (inout Options, String) throws(CLIError) -> Void {
    { (_, argument) throws(CLIError) in throw CLIError.unexpectedArgument(argument, command: command) }
  }

  // MARK: ask and recommend

  private func parseAsk(_ arguments: [String], topic: HelpRequest.Topic) throws(CLIError) -> Command {
    try parseDeclared(
      arguments, topic: topic, declarations: AskOptions.declarations, into: AskOptions(),
      operand: CommandLineParser.noOperands("ask")
    ) { (options) throws(CLIError) in
      var options = options
      options.report = try options.report.checked()
      return .ask(options)
    }
  }

  private func parseRecommend(_ arguments: [String]) throws(CLIError) -> Command {
    try parseDeclared(
      arguments, topic: .recommend, declarations: RecommendOptions.declarations, into: RecommendOptions(),
      operand: CommandLineParser.noOperands("recommend"),
      undeclared: { (options, name, inline, scanner) throws(CLIError) in
        // Other `--words` are factor flags, checked against the rubric when it is loaded;
        // single-dash words never are: they are reported now, with the nearest flag.
        guard name.hasPrefix("--") else { return false }
        options.factorFlags.append(FactorFlag(option: name, value: scanner.takeValue(inline: inline)))
        return true
      }
    ) { (options) throws(CLIError) in
      // Standard input can be read once: it cannot hold both the rubric and the answers.
      if options.answersFile == "-", options.report.rubricFile == "-" {
        throw CLIError.invalidValue(
          option: "--answers", value: "-", expected: "a file, since --rubric - already reads standard input",
          suggestion: nil)
      }
      var options = options
      options.report = try options.report.checked()
      return .recommend(options)
    }
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

  // MARK: batch

  /// `batch [FILE…]`.
  private func parseBatch(_ arguments: [String]) throws(CLIError) -> Command {
    try parseDeclared(
      arguments, topic: .batch, declarations: BatchOptions.declarations, into: BatchOptions(),
      operand: { $0.files.append($1) }
    ) { (options) throws(CLIError) in
      // Standard input can be read once: it cannot hold both the rubric and the answer sets.
      if options.rubricFile == "-", options.files.isEmpty || options.files.contains("-") {
        throw CLIError.invalidValue(
          option: "--rubric", value: "-",
          expected: "a file, since the answer sets are read from standard input",
          suggestion: nil)
      }
      if options.baselineFile == "-",
        options.files.isEmpty || options.files.contains("-") || options.rubricFile == "-"
      {
        throw CLIError.invalidValue(
          option: "--baseline", value: "-",
          expected: "a file, since the answer sets or the rubric are read from standard input",
          suggestion: nil)
      }
      return .batch(options)
    }
  }

  // MARK: rubric

  private func parseRubric(_ arguments: [String]) throws(CLIError) -> Command {
    guard let word = arguments.first else {
      throw CLIError.missingArgument("the rubric command (check, show or diff)", command: "rubric")
    }
    let rest = Array(arguments.dropFirst())
    switch word {
    case "check":
      return try parseDeclared(
        rest, topic: .rubricCheck, declarations: RubricCheckOptions.declarations, into: RubricCheckOptions(),
        operand: { $0.files.append($1) }
      ) { (options) throws(CLIError) in
        guard !options.files.isEmpty else {
          throw CLIError.missingArgument("the rubric FILE to check", command: "rubric check")
        }
        return .rubricCheck(options)
      }
    case "show":
      return try parseDeclared(
        rest, topic: .rubricShow, declarations: RubricShowOptions.declarations, into: RubricShowOptions(),
        operand: { (options, file) throws(CLIError) in
          guard options.file == nil else { throw CLIError.unexpectedArgument(file, command: "rubric show") }
          options.file = file
        }
      ) { .rubricShow($0) }
    case "diff":
      return try parseRubricDiff(rest)
    case OptionSpec.help.name, OptionSpec.help.short:
      return .help(HelpRequest(.rubric))
    default:
      throw unknownSubcommand(word, of: "rubric")
    }
  }

  // MARK: Values

  /// The error for an unknown option of `command`: the command that takes it, when another
  /// does, else the nearest of `known`.
  static func unknownOption(_ name: String, command: String, known: [String]) -> CLIError {
    // `diff --fail-on` meant `--fail-on-change`: an option of this command that the name begins
    // comes before the command that takes the name exactly.
    if name.hasPrefix("--"), let longer = known.first(where: { $0.hasPrefix(name + "-") }) {
      return CLIError.unknownOption(name, suggestion: longer)
    }
    if let owner = CommandCatalog.standard.command(taking: name, besides: command) {
      return .optionOfAnotherCommand(option: name, command: command, owner: owner)
    }
    return CLIError.unknownOption(name, suggestion: nearestOption(name, in: known + [OptionSpec.help.name]))
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
