#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The terminal on standard input in raw mode while `ask` reads keys, and put back exactly as it
/// was on every way out.
///
/// Raw mode here is what a menu needs and no more: no line buffering and no echo (each key is
/// read as it is pressed and drawn by the program), no signals from keys (Ctrl-C and Ctrl-Z
/// arrive as bytes, handled as an interrupt and a suspend), no flow control (Ctrl-S, Ctrl-Q) and
/// CR kept as CR; output processing stays on, so `\n` still starts a new line.
///
/// The settings from before are kept in memory allocated once, beside flags saying whether raw
/// mode and a hidden cursor are in force, so that every path can put them back:
/// - ``leave()`` on the way out of the questions (a normal return, an error, Ctrl-C, Ctrl-D);
/// - ``restoreFromHandler()`` from the handlers of SIGINT (``InterruptHandler``) and SIGTERM,
///   SIGHUP and SIGQUIT (``SignalCleanup``), with only `tcsetattr` and `write`, which are
///   async-signal-safe;
/// - an `atexit` handler, for an `exit` from anywhere;
/// - handlers for the crash signals (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE), which
///   restore the terminal and then hand the signal on to whatever handled it before (the Swift
///   runtime's backtracer, or the default action), so a crash still reports as a crash.
/// SIGKILL cannot be caught: after `kill -9`, `stty sane` (or `reset`) puts the terminal right.
enum TerminalRawMode {

  /// Allocates the memory the handlers read, so that no handler is the first to touch it (a
  /// global's first use runs its initializer, which is not async-signal-safe). Called at
  /// start-up, before the handlers are installed.
  static func prepare() {
    _ = savedSettings
    _ = rawState
    _ = previousActions
  }

  /// Saves the settings of the terminal on `descriptor` (standard input, where the keys come
  /// from) and switches it to raw mode; false (and nothing changed) when its settings cannot be
  /// read or changed, as when it is not a terminal.
  static func enter(_ descriptor: Int32 = STDIN_FILENO) -> Bool {
    guard rawState[0] == 0 else { return true }
    guard tcgetattr(descriptor, savedSettings) == 0 else { return false }
    rawState[3] = descriptor
    installHandlersOnce()
    var raw = savedSettings.pointee
    raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
    withUnsafeMutableBytes(of: &raw.c_cc) { characters in
      characters[Int(VMIN)] = 1
      characters[Int(VTIME)] = 0
    }
    // Armed before the change, so a signal that comes in between still restores.
    rawState[0] = 1
    guard tcsetattr(descriptor, TCSANOW, &raw) == 0 else {
      rawState[0] = 0
      return false
    }
    return true
  }

  /// Puts the settings from before ``enter()`` back and shows the cursor if it was hidden.
  static func leave() {
    restoreFromHandler()
  }

  /// Hides the terminal's cursor (while a menu is shown, where the `>` marks the place) or shows
  /// it again; a hidden cursor is shown again on every way out, as the settings are restored.
  static func setCursorHidden(_ hidden: Bool) {
    guard (rawState[1] != 0) != hidden else { return }
    rawState[1] = hidden ? 1 : 0
    let sequence: StaticString = hidden ? "\u{1B}[?25l" : "\u{1B}[?25h"
    _ = write(STDERR_FILENO, sequence.utf8Start, sequence.utf8CodeUnitCount)
  }

  /// Stops the process as Ctrl-Z would in a shell (raw mode turns the key into a byte): the
  /// terminal is put back first, and raw mode entered again when the shell resumes the process.
  static func suspend() {
    let hidden = rawState[1] != 0
    let descriptor = rawState[3]
    leave()
    kill(0, SIGTSTP)
    _ = enter(descriptor)
    if hidden { setCursorHidden(true) }
  }

  /// Whether raw mode is in force.
  static var isActive: Bool { rawState[0] != 0 }

  /// Restores the terminal if raw mode or a hidden cursor is in force: callable from a signal
  /// handler (only `tcsetattr` and `write`, on memory allocated before).
  static func restoreFromHandler() {
    if rawState[1] != 0 {
      rawState[1] = 0
      let show: StaticString = "\u{1B}[?25h"
      _ = write(STDERR_FILENO, show.utf8Start, show.utf8CodeUnitCount)
    }
    if rawState[0] != 0 {
      rawState[0] = 0
      _ = tcsetattr(rawState[3], TCSANOW, savedSettings)
    }
  }

  /// The signals of a crash, whose handlers restore the terminal before passing the signal on.
  static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

  /// The `atexit` and crash handlers, installed the first time raw mode is entered (a command
  /// that never reads keys keeps the runtime's handlers untouched).
  private static func installHandlersOnce() {
    guard rawState[2] == 0 else { return }
    rawState[2] = 1
    atexit(restoreAtExit)
    for (index, signal) in crashSignals.enumerated() {
      var action = signalAction(restoreAndPassOn)
      sigaction(signal, &action, previousActions + index)
    }
  }
}

// Allocated once and never freed: handlers can read them at any moment. Written only by the one
// thread that asks the questions (and read by handlers), so they need no lock.
nonisolated(unsafe) private let savedSettings: UnsafeMutablePointer<termios> = {
  let settings = UnsafeMutablePointer<termios>.allocate(capacity: 1)
  settings.initialize(to: termios())
  return settings
}()
/// [0]: raw mode is in force; [1]: the cursor is hidden; [2]: the handlers are installed;
/// [3]: the descriptor whose settings were saved.
nonisolated(unsafe) private let rawState: UnsafeMutablePointer<sig_atomic_t> = {
  let flags = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 4)
  flags.initialize(repeating: 0, count: 4)
  return flags
}()
/// The handlers the crash signals had before, in the order of ``TerminalRawMode/crashSignals``.
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<sigaction> = {
  let count = TerminalRawMode.crashSignals.count
  let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: count)
  actions.initialize(repeating: sigaction(), count: count)
  return actions
}()

private func restoreAtExit() {
  TerminalRawMode.restoreFromHandler()
}

/// A crash signal: restore the terminal, put back the handler from before, and raise the signal
/// again; it is blocked until this handler returns, and then goes to that handler.
private func restoreAndPassOn(_ signal: Int32) {
  TerminalRawMode.restoreFromHandler()
  for (index, crash) in TerminalRawMode.crashSignals.enumerated() where crash == signal {
    sigaction(signal, previousActions + index, nil)
  }
  raise(signal)
}
