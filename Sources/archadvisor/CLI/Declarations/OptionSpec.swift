/// What one option is, as help, completions and the man page show it: its name, the placeholder
/// of its value, what kind of value that is, what it does and whether it may repeat.
///
/// An option is declared once, as an ``OptionDeclaration`` in its command's options type (for
/// example ``AskOptions/declarations``); this is the part of the declaration that is not parsing.
struct OptionSpec: Hashable, Sendable {
  /// The flag with its dashes (`--format`).
  var name: String
  /// The one-letter alias with its dash (`-h`), if any.
  var short: String?
  /// The value's placeholder in help (`FORMAT`); `nil` for a switch.
  var placeholder: String?
  /// What kind of value it takes.
  var value: OptionValue
  /// What the option does, in one sentence.
  var summary: String
  /// Whether it may be given more than once (each adds a value); others may be given once.
  var repeats = false

  /// `--help` (or `-h`), which every command takes and which wins over the rest of the line.
  static let help = OptionSpec(name: "--help", short: "-h", value: .none, summary: "Show this help.")
  /// `--version` (or `-V`), which wins over the rest of the line like `--help`.
  static let version = OptionSpec(
    name: "--version", short: "-V", value: .none,
    summary: "Show the version and the embedded rubric's version.")

  /// The option's name without its dashes (`fail-on`), as factor flags are checked against it.
  var bareName: String { String(name.dropFirst(2)) }

  /// `--format FORMAT`, or `--help, -h` for an option with an alias.
  var usage: String {
    let names = short.map { name + ", " + $0 } ?? name
    return placeholder.map { names + " " + $0 } ?? names
  }

  init(
    name: String, short: String? = nil, placeholder: String? = nil, value: OptionValue, summary: String,
    repeats: Bool = false
  ) {
    self.name = name
    self.short = short
    self.placeholder = placeholder
    self.value = value
    self.summary = summary
    self.repeats = repeats
  }
}
