#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// What a signal that ends the process does: remove the temporary file being written, so the
/// folder is left exactly as it was, and exit with the signal's conventional status.
///
/// INT, TERM, HUP and QUIT end the process with 128 + the signal (130, 143, 129, 131), quietly,
/// after putting the terminal back if `ask` had it in raw mode (``TerminalRawMode``):
/// SIGQUIT (Ctrl-\) would otherwise reach the Swift runtime's crash handler, which prints a
/// backtrace and, at a terminal, waits for a key. SIGXFSZ (a file-size limit) is ignored, so the
/// write that crosses the limit fails with "File too large" and is reported like any other
/// failed write (74), its temporary file removed.
///
/// The handler may only make async-signal-safe calls, so the path of the file being written lives
/// in a buffer allocated once, beside a flag that says whether it holds one; ``register(_:)`` and
/// ``unregister()`` set them. One file at a time is written, so one slot is enough.
enum SignalCleanup {
  /// The signals that end the process through the handler.
  static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  /// Installs the handlers; called once at start-up (and again by ``InterruptHandler`` when the
  /// questions are over).
  static func install() {
    TerminalRawMode.prepare()
    for signal in endingSignals { install(signal) }
    var ignore = signalAction(SIG_IGN)
    sigaction(SIGXFSZ, &ignore, nil)
  }

  /// Installs the handler for one signal.
  static func install(_ signal: Int32) {
    var action = signalAction(endedBySignal)
    for other in endingSignals { sigaddset(&action.sa_mask, other) }
    sigaction(signal, &action, nil)
  }

  /// The longest path kept; a longer one is not removed by a signal (no real path is that long).
  static let capacity = 4096

  /// Notes that `path` is a temporary file being written: a signal removes it.
  static func register(_ path: String) {
    armed.pointee = 0
    let bytes = Array(path.utf8)
    guard bytes.count < capacity else { return }
    for (index, byte) in bytes.enumerated() { temporaryPath[index] = CChar(bitPattern: byte) }
    temporaryPath[bytes.count] = 0
    armed.pointee = 1
  }

  /// The temporary file is gone (renamed into place or removed): a signal leaves it alone.
  static func unregister() {
    armed.pointee = 0
  }
}

// Allocated once and never freed: the handler can read them at any moment. Written only by the
// thread that writes the output (and read by the handler), so they need no lock.
nonisolated(unsafe) private let temporaryPath = UnsafeMutablePointer<CChar>.allocate(
  capacity: SignalCleanup.capacity)
nonisolated(unsafe) private let armed: UnsafeMutablePointer<sig_atomic_t> = {
  let flag = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
  flag.initialize(to: 0)
  return flag
}()

/// The handler: restore the terminal, remove the temporary file, if one is being written, and
/// exit 128 + the signal.
private func endedBySignal(_ signal: Int32) {
  TerminalRawMode.restoreFromHandler()
  if armed.pointee != 0 { unlink(temporaryPath) }
  _exit(128 + signal)
}
