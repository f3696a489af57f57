#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Ctrl-C during `ask`: a short message and exit 130, instead of dying mid-line.
///
/// Line prompts leave the terminal in its normal (canonical) mode, where Ctrl-C raises SIGINT;
/// menus read keys in raw mode, where Ctrl-C is a byte the menu handles itself, so the signal
/// comes only between reads or from `kill`. Either way the handler puts the terminal back if it
/// is in raw mode (``TerminalRawMode/restoreFromHandler()``), ends any bold or dim text a prompt
/// may have started, moves past the `^C` the terminal echoed, says that no report was written,
/// and exits. It uses only async-signal-safe calls (`tcsetattr`, `write`, `_exit`) and static
/// text; which of the two handlers is installed says whether to reset the style.
enum InterruptHandler {
  /// Installs the handler for SIGINT; `styled` when prompts may have left a style on.
  static func install(styled: Bool) {
    var action = styled ? signalAction(interruptedStyled) : signalAction(interruptedPlain)
    sigaction(SIGINT, &action, nil)
  }

  /// Puts back the handler every command has (the report is being written: an interrupt then
  /// removes the half-written file and ends with 130, see ``SignalCleanup``).
  static func remove() {
    SignalCleanup.install(SIGINT)
  }
}

/// The SIGINT handler when prompts are plain.
private func interruptedPlain(_ signal: Int32) {
  TerminalRawMode.restoreFromHandler()
  let message: StaticString = "\naborted: no report written\n"
  _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
  _exit(130)
}

/// The SIGINT handler when prompts may be styled: resets bold, dim and color first.
private func interruptedStyled(_ signal: Int32) {
  TerminalRawMode.restoreFromHandler()
  let message: StaticString = "\u{1B}[0m\naborted: no report written\n"
  _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
  _exit(130)
}
