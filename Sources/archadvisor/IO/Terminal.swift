#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// What the process knows about where it runs: which standard streams are terminals, how wide
/// the terminal is, and the environment variables that decide color.
///
/// Gathered once at start-up by ``current()``; everything downstream takes these facts as a
/// value, so tests can state them instead of needing a terminal.
struct Terminal: Hashable, Sendable {
  /// Whether standard input is a terminal (bare `archadvisor` asks questions only then).
  var inputIsTerminal: Bool
  /// Whether standard output is a terminal (color and width for reports).
  var outputIsTerminal: Bool
  /// Whether standard error is a terminal (color for prompts and messages).
  var errorIsTerminal: Bool
  /// `TERM`, if set.
  var term: String?
  /// Whether `NO_COLOR` is set to a non-empty value (the no-color.org convention).
  var noColor: Bool
  /// `COLUMNS` when it holds a positive whole number.
  var columns: Int?
  /// The width the terminal on standard output reports, if it is one.
  var outputWindowWidth: Int?
  /// The width the terminal on standard error reports, if it is one.
  var errorWindowWidth: Int?
  /// The number of rows the terminal on standard error reports, if it is one.
  var errorWindowHeight: Int?

  init(
    inputIsTerminal: Bool = false, outputIsTerminal: Bool = false, errorIsTerminal: Bool = false,
    term: String? = nil, noColor: Bool = false, columns: Int? = nil, outputWindowWidth: Int? = nil,
    errorWindowWidth: Int? = nil, errorWindowHeight: Int? = nil
  ) {
    self.errorWindowHeight = errorWindowHeight
    self.inputIsTerminal = inputIsTerminal
    self.outputIsTerminal = outputIsTerminal
    self.errorIsTerminal = errorIsTerminal
    self.term = term
    self.noColor = noColor
    self.columns = columns
    self.outputWindowWidth = outputWindowWidth
    self.errorWindowWidth = errorWindowWidth
  }

  /// The facts of this process, read from its descriptors and environment.
  static func current() -> Terminal {
    let columns = environment("COLUMNS").flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
    let output = isatty(STDOUT_FILENO) == 1
    let error = isatty(STDERR_FILENO) == 1
    return Terminal(
      inputIsTerminal: isatty(STDIN_FILENO) == 1, outputIsTerminal: output, errorIsTerminal: error,
      term: environment("TERM"), noColor: !(environment("NO_COLOR") ?? "").isEmpty, columns: columns,
      outputWindowWidth: output ? windowSize(STDOUT_FILENO)?.columns : nil,
      errorWindowWidth: error ? windowSize(STDERR_FILENO)?.columns : nil,
      errorWindowHeight: error ? windowSize(STDERR_FILENO)?.rows : nil)
  }

  /// Whether `ask` can show menus: the keys come from a terminal (standard input) and the menus
  /// are drawn on one (standard error, where prompts go, so that `ask > report.json` still gets
  /// them), and `TERM` names a terminal that can move its cursor (`dumb` cannot).
  var canShowMenus: Bool {
    guard inputIsTerminal, errorIsTerminal, let term, !term.isEmpty else { return false }
    return term != "dumb"
  }

  /// The rows of the terminal on standard error, else 24 (a terminal's traditional height).
  var height: Int { errorWindowHeight ?? 24 }

  /// Whether to style text written to standard output (`toError` false) or standard error.
  ///
  /// `always` and `never` decide on their own; `auto` styles only a terminal whose `TERM` is
  /// set and not `dumb`, and never when `NO_COLOR` is set.
  func useColor(_ mode: ColorMode, toError: Bool = false) -> Bool {
    switch mode {
    case .always: return true
    case .never: return false
    case .auto:
      guard toError ? errorIsTerminal : outputIsTerminal else { return false }
      guard let term, !term.isEmpty, term != "dumb" else { return false }
      return !noColor
    }
  }

  /// The width to wrap text to: `COLUMNS`, else the terminal's own width, else 80.
  func width(toError: Bool = false) -> Int {
    columns ?? (toError ? errorWindowWidth : outputWindowWidth) ?? 80
  }

  /// An environment variable's value.
  private static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
  }

  /// The columns and rows of the terminal on `descriptor`, from `TIOCGWINSZ`.
  private static func windowSize(_ descriptor: Int32) -> (columns: Int, rows: Int?)? {
    var size = winsize()
    let result = withUnsafeMutablePointer(to: &size) { ioctl(descriptor, UInt(TIOCGWINSZ), $0) }
    guard result == 0, size.ws_col > 0 else { return nil }
    return (Int(size.ws_col), size.ws_row > 0 ? Int(size.ws_row) : nil)
  }
}
