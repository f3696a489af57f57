/// The options several commands take, each declared once and given the field a command keeps it
/// in, so `--rubric` or `--color` reads, helps and completes the same everywhere.
enum SharedOptions {
  /// `--rubric FILE`.
  static func rubric<Options>(
    _ path: WritableKeyPath<Options, String?> & Sendable,
    summary: String = "Use this rubric instead of the embedded genai-architecture rubric."
  ) -> OptionDeclaration<Options> {
    .value("--rubric", "FILE", .inputFile, summary: summary) { options, value in
      options[keyPath: path] = value
    }
  }

  /// `--format FORMAT`, one of `formats`.
  static func format<Options, Format: RawRepresentable & Sendable>(
    _ path: WritableKeyPath<Options, Format> & Sendable, _ formats: [Format], summary: String
  ) -> OptionDeclaration<Options> where Format.RawValue == String {
    choice("--format", "FORMAT", path, formats, summary: summary)
  }

  /// An option whose value is one of `words`, by name whatever its case (as ids match everywhere).
  static func choice<Options, Word: RawRepresentable & Sendable>(
    _ name: String, _ placeholder: String, _ path: WritableKeyPath<Options, Word> & Sendable, _ words: [Word],
    summary: String
  ) -> OptionDeclaration<Options> where Word.RawValue == String {
    let names = words.map(\.rawValue)
    return .value(name, placeholder, .choice(names), summary: summary) { (options, value) throws(CLIError) in
      options[keyPath: path] = try CommandLineParser.choice(value, option: name, names) { word in
        words.first { $0.rawValue == word }
      }
    }
  }

  /// `--output FILE`.
  static func output<Options>(
    _ path: WritableKeyPath<Options, String?> & Sendable,
    summary: String = "Write the report to FILE (all or nothing) instead of standard output (-)."
  ) -> OptionDeclaration<Options> {
    .value("--output", "FILE", .outputFile, summary: summary) { options, value in
      options[keyPath: path] = value
    }
  }

  /// `--fail-on VERDICTS`, a comma-separated list the rubric checks later.
  static func failOn<Options>(_ path: WritableKeyPath<Options, [String]> & Sendable, summary: String)
    -> OptionDeclaration<Options>
  {
    .value("--fail-on", "VERDICTS", .verdicts, summary: summary) { (options, value) throws(CLIError) in
      options[keyPath: path] = try CommandLineParser.verdictList(value, option: "--fail-on")
    }
  }

  /// `--color WHEN`.
  static func color<Options>(_ path: WritableKeyPath<Options, ColorMode> & Sendable) -> OptionDeclaration<
    Options
  > {
    choice(
      "--color", "WHEN", path, ColorMode.allCases,
      summary: "auto (default: only on a terminal, never with NO_COLOR), always or never.")
  }

  /// `--quiet`.
  static func quiet<Options>(_ path: WritableKeyPath<Options, Bool> & Sendable) -> OptionDeclaration<Options>
  {
    .flag("--quiet", summary: "No notes or counts on standard error (errors are still written).") {
      $0[keyPath: path] = true
    }
  }

  /// `--no-robustness`, which turns `path` off.
  static func noRobustness<Options>(_ path: WritableKeyPath<Options, Bool> & Sendable) -> OptionDeclaration<
    Options
  > {
    .flag(
      "--no-robustness",
      summary: "Skip testing the verdict under 64 seeded re-weightings (and its part in confidence)."
    ) { $0[keyPath: path] = false }
  }
}
