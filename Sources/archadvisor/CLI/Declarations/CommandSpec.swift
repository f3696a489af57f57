/// One command as help, completions and the man page present it: its words, what it takes and
/// its options (from the declarations its parser reads, so none can be listed that does not parse).
struct CommandSpec: Hashable, Sendable {
  /// The command's words after `archadvisor` (`rubric show`).
  var path: String
  /// What follows the words in a synopsis (`[FILE…] [OPTIONS]`).
  var synopsis: String
  /// What the command does, in one line.
  var abstract: String
  /// Its options, in the order help lists them, `--help` last.
  var options: [OptionSpec]
  /// What its positional arguments are, for completions; `nil` when it takes none.
  var operands: OptionValue?
  /// Whether it also takes the rubric's factor flags (`--team-size 8`).
  var takesFactorFlags = false
  /// The help topic that shows it.
  var topic: HelpRequest.Topic

  init(
    _ path: String, _ synopsis: String, abstract: String, options: [OptionSpec] = [],
    operands: OptionValue? = nil, takesFactorFlags: Bool = false, topic: HelpRequest.Topic
  ) {
    self.path = path
    self.synopsis = synopsis
    self.abstract = abstract
    self.options = options + [.help]
    self.operands = operands
    self.takesFactorFlags = takesFactorFlags
    self.topic = topic
  }

  /// `archadvisor rubric show [FILE] [OPTIONS]`.
  var usage: String { "archadvisor " + path + (synopsis.isEmpty ? "" : " " + synopsis) }
}
