/// Messages for the person running the command, on standard error: errors, notes, prompts.
///
/// A message that cannot be written (standard error closed) is dropped: there is nowhere left
/// to say so, and the exit status still tells.
enum Messages {
  /// `error: …`, one line per line of the error.
  static func error(_ error: CLIError) {
    let prefix = error.isError ? "error: " : ""
    write(error.lines.map { prefix + $0 + "\n" }.joined())
  }

  /// `note: …`: something worth knowing that is not an error.
  static func note(_ text: String) {
    write("note: " + text + "\n")
  }

  /// Text as it is.
  static func write(_ text: String) {
    try? OutputStream.standardError.write(text)
  }
}
