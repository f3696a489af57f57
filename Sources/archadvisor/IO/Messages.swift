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

  /// Whether notes and counts are left out (`--quiet`). Set once by ``Application`` before the
  /// command runs, like the process's own standard error, and only read after.
  nonisolated(unsafe) static var isQuiet = false

  /// `note: …`: something worth knowing that is not an error; nothing with `--quiet`.
  static func note(_ text: String) {
    if !isQuiet { write("note: " + text + "\n") }
  }

  /// A count or summary line at the end of a command (`batch: 3 answer sets reported, …`);
  /// nothing with `--quiet`.
  static func count(_ text: String) {
    if !isQuiet { write(text) }
  }

  /// Text as it is.
  static func write(_ text: String) {
    try? OutputStream.standardError.write(text)
  }
}
