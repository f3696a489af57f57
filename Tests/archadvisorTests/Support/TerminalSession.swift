import Foundation
import Testing

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// The built `archadvisor` running in a pseudo-terminal, as a person at a terminal runs it: its
/// standard input, output and error are the terminal, which is its controlling terminal (it
/// leads a session of its own), so Ctrl-C in canonical mode raises SIGINT as it would.
///
/// The test types keys with ``send(_:)`` and waits for text to appear with ``waitFor(_:timeout:)``
/// before typing the next, so that a slow machine only makes a test slower, never wrong. What
/// the terminal shows is kept as it was written (``output``) and with the escape sequences
/// removed (``text``).
final class TerminalSession: @unchecked Sendable {
  let pseudoTerminal: PseudoTerminal
  let pid: pid_t
  /// Everything written to the terminal so far.
  private(set) var output = Data()
  private var exitStatus: Int32?
  /// Where in ``text`` (in bytes) the last ``waitFor(_:after:timeout:sourceLocation:)`` found its text.
  private var seen = 0
  /// The terminal's settings before the program started.
  let settingsBefore: termios

  /// The keys as a terminal sends them (xterm's normal cursor mode).
  enum Keys {
    static let up = "\u{1B}[A"
    static let down = "\u{1B}[B"
    static let right = "\u{1B}[C"
    static let left = "\u{1B}[D"
    static let enter = "\r"
    static let ctrlC = "\u{3}"
    static let ctrlD = "\u{4}"
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Starts `archadvisor arguments` in a terminal of `columns` × `rows` with `TERM` set to
  /// `term` (and the rest of ``BinaryRunner/baseEnvironment``, `NO_COLOR` included); with
  /// `withoutCoreDump`, through a shell that forbids a core file first (for a test that crashes
  /// it on purpose).
  init(
    _ arguments: [String], term: String = "xterm-256color", environment: [String: String?] = [:],
    columns: UInt16 = 100, rows: UInt16 = 40, withoutCoreDump: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let binary = try #require(
      BinaryRunner.binary, "the archadvisor binary was not found beside the test bundle",
      sourceLocation: sourceLocation)
    pseudoTerminal = try PseudoTerminal(columns: columns, rows: rows)
    settingsBefore = try pseudoTerminal.settings()
    var variables = BinaryRunner.baseEnvironment
    variables["TERM"] = term
    for (key, value) in environment { variables[key] = value }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after the new session starts, without O_NOCTTY: it becomes the controlling terminal.
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, pseudoTerminal.path, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, STDIN_FILENO, STDOUT_FILENO)
    posix_spawn_file_actions_adddup2(&actions, STDIN_FILENO, STDERR_FILENO)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    ChildProcess.startWithDefaultSignals(&attributes)
    // POSIX_SPAWN_SETSID (0x80, glibc 2.26; the Glibc module does not import it): a session of
    // its own, whose controlling terminal the pseudo-terminal becomes.
    let setSession: Int32 = 0x80
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | setSession))

    // The shell replaces itself with the binary: the same process, the same terminal.
    let program = withoutCoreDump ? "/bin/sh" : binary.path
    let line = withoutCoreDump ? ["/bin/sh", "-c", "ulimit -c 0; exec \"$0\" \"$@\""] : []
    let argv = (line + [binary.path] + arguments).map { strdup($0) } + [nil]
    let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    // One spawn at a time with the other runner: its pipes are made close-on-exec in two steps.
    let spawned = ChildProcess.spawnLock.withLock {
      posix_spawn(&pid, program, &actions, &attributes, argv, envp)
    }
    guard spawned == 0 else {
      throw Failure(description: "posix_spawn: \(String(cString: strerror(spawned)))")
    }
    self.pid = pid
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      _ = waitpid(pid, &status, 0)
    }
  }

  /// What the terminal shows, escape sequences and carriage returns removed.
  var text: String { TerminalSession.plain(String(decoding: output, as: UTF8.self)) }

  /// Types `keys`.
  func send(_ keys: String) {
    let bytes = Array(keys.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        write(pseudoTerminal.controller, raw.baseAddress! + offset, raw.count - offset)
      }
      if written > 0 {
        offset += written
      } else if written < 0, errno != EINTR {
        return
      }
    }
  }

  /// Waits until `wanted` has appeared on the terminal (escape sequences removed) after the
  /// first `after` bytes of ``text``, or after what the last wait found when `after` is `nil`;
  /// fails the test with what was shown when it does not appear within `timeout` seconds or the
  /// program ends first. Each wait so starts where the one before ended, so a line drawn again
  /// after a key is told from the one drawn before it.
  func waitFor(
    _ wanted: String, after: Int? = nil, timeout: TimeInterval = 60,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let deadline = Date().addingTimeInterval(timeout)
    let from = after ?? seen
    while true {
      let shown = Array(text.utf8)
      let target = Array(wanted.utf8)
      if let end = TerminalSession.find(target, in: shown, from: from) {
        seen = end
        return
      }
      let exited = exitStatus != nil || reap()
      if exited || Date() > deadline {
        _ = readAvailable(waiting: 0)
        let reason = exited ? "the program exited (\(exitStatus ?? -1))" : "timed out after \(timeout) s"
        Issue.record(
          "\(quotedText(wanted)) did not appear: \(reason). Screen:\n\(text)", sourceLocation: sourceLocation)
        throw Failure(description: "\(wanted) did not appear")
      }
      _ = readAvailable(waiting: 100)
    }
  }

  /// Waits for the program to end and returns its exit status (128 + the signal if one ended
  /// it), reading what it writes meanwhile; kills it after `timeout` seconds.
  func waitForExit(timeout: TimeInterval = 60, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> Int32
  {
    let deadline = Date().addingTimeInterval(timeout)
    while exitStatus == nil, !reap() {
      if Date() > deadline {
        kill(pid, SIGKILL)
        Issue.record(
          "the program did not exit within \(timeout) s. Screen:\n\(text)", sourceLocation: sourceLocation)
        throw Failure(description: "timed out")
      }
      _ = readAvailable(waiting: 50)
    }
    // What it wrote last, still in the terminal's buffer.
    while readAvailable(waiting: 50) {}
    return exitStatus ?? -1
  }

  /// Reads what is there within `waiting` milliseconds; whether anything was read.
  private func readAvailable(waiting milliseconds: Int32) -> Bool {
    var request = pollfd(fd: pseudoTerminal.controller, events: Int16(POLLIN), revents: 0)
    guard poll(&request, 1, milliseconds) > 0, request.revents & Int16(POLLIN) != 0 else { return false }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let count = read(pseudoTerminal.controller, &buffer, buffer.count)
    guard count > 0 else { return false }
    output.append(contentsOf: buffer[..<count])
    return true
  }

  /// Whether the program has exited (reaping it, and keeping its status).
  private func reap() -> Bool {
    var status: Int32 = 0
    guard waitpid(pid, &status, WNOHANG) == pid else { return false }
    let signal = status & 0x7F
    exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    return true
  }

  /// Whether the terminal's settings now are those from before the program started, in every
  /// field.
  func settingsAreRestored() throws -> Bool {
    PseudoTerminal.same(settingsBefore, try pseudoTerminal.settings())
  }

  /// The end of the first occurrence of `target` in `bytes` at or after `start`.
  private static func find(_ target: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard !target.isEmpty, bytes.count >= target.count, start <= bytes.count - target.count else {
      return nil
    }
    for index in start...(bytes.count - target.count)
    where bytes[index..<(index + target.count)].elementsEqual(target) {
      return index + target.count
    }
    return nil
  }

  /// `text` without ANSI escape sequences (CSI and the `ESC x` pairs) and carriage returns.
  static func plain(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      if scalar == "\r" { continue }
      guard scalar == "\u{1B}" else {
        result.append(scalar)
        continue
      }
      guard let next = scalars.next() else { break }
      guard next == "[" else { continue }
      while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
    }
    return String(result)
  }
}

/// `"text"` in a failure message.
private func quotedText(_ text: String) -> String { "\"" + text + "\"" }
