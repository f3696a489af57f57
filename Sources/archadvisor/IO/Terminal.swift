#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
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
  /// Whether the locale's character set is UTF-8 (``isUTF8(locale:)``): text pictures then use
  /// block characters, ASCII otherwise.
  var utf8: Bool
  /// The number of rows the terminal on standard error reports, if it is one.
  var errorWindowHeight: Int?

  init(
    inputIsTerminal: Bool = false, outputIsTerminal: Bool = false, errorIsTerminal: Bool = false,
    term: String? = nil, noColor: Bool = false, columns: Int? = nil, outputWindowWidth: Int? = nil,
    errorWindowWidth: Int? = nil, errorWindowHeight: Int? = nil, utf8: Bool = false
  ) {
    self.utf8 = utf8
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
      errorWindowHeight: error ? windowSize(STDERR_FILENO)?.rows : nil,
      utf8: isUTF8(
        locale: locale(all: environment("LC_ALL"), ctype: environment("LC_CTYPE"), lang: environment("LANG")))
    )
  }

  /// The locale that decides the character set, as POSIX orders them: `LC_ALL`, then
  /// `LC_CTYPE`, then `LANG`, the first that is set and not empty.
  static func locale(all: String?, ctype: String?, lang: String?) -> String? {
    [all, ctype, lang].compactMap { $0 }.first { !$0.isEmpty }
  }

  /// Whether a locale name such as `en_GB.UTF-8` or `C.utf8` names the UTF-8 character set;
  /// `C`, `POSIX`, none at all and every other set are not.
  static func isUTF8(locale: String?) -> Bool {
    guard let locale else { return false }
    // The codeset sits between `.` and an optional `@modifier`.
    guard let dot = locale.firstIndex(of: ".") else { return false }
    let codeset = locale[locale.index(after: dot)...].prefix { $0 != "@" }.lowercased()
    return codeset == "utf-8" || codeset == "utf8"
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
