import Dispatch
import Foundation

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Runs a program with `posix_spawn(3)`, feeding its standard input and draining its output.
///
/// Not Foundation's `Process`: on Linux with Swift 6.3, `Process.run()` copies a whole 256-byte
/// `d_name` out of each `/proc/self/fd` entry and faults when an entry sits at the end of a page
/// (swift-corelibs-foundation pull request 5472), which crashed about one clean CI run in five.
///
/// The child starts with every signal at its default action and none blocked, as from a shell;
/// the pipes are close-on-exec, so a child spawned at the same time never holds another's pipe
/// open. A child still running at the timeout is killed with `SIGKILL`, with any process it
/// started (it leads a process group of its own).
enum ChildProcess {
  /// Has a spawned child start with every signal at its default action and none blocked,
  /// whatever the test runner set (its flags still need `POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK`).
  static func startWithDefaultSignals(_ attributes: inout posix_spawnattr_t) {
    var everySignal = sigset_t()
    sigfillset(&everySignal)
    posix_spawnattr_setsigdefault(&attributes, &everySignal)
    var noSignal = sigset_t()
    sigemptyset(&noSignal)
    posix_spawnattr_setsigmask(&attributes, &noSignal)
  }

  struct Outcome {
    /// The exit status, or the signal number when `signaled`.
    var status: Int32
    var signaled: Bool
    var output: Data
    var error: Data
    var timedOut: Bool
  }

  struct SpawnError: Error, CustomStringConvertible {
    var step: String
    var code: Int32
    var description: String { "\(step) failed: \(String(cString: strerror(code)))" }
  }

  /// Writing to a child that has exited must fail with `EPIPE`, not end the test process.
  private static let brokenPipesIgnored: Bool = {
    signal(SIGPIPE, SIG_IGN)
    return true
  }()

  /// A libc function the Glibc module does not import (they are behind feature macros), looked
  /// up by name.
  private static func libc<Function>(_ name: String, as type: Function.Type) -> Function? {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
    return unsafeBitCast(symbol, to: type)
  }

  private static let addChangeDirectory = libc(
    "posix_spawn_file_actions_addchdir_np",
    as: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32)
      .self)
  /// Runs `executable`; with `inputIsTerminal`, its standard input is a pseudo-terminal (in its
  /// usual canonical mode, so `\u{4}` at the start of a line is an end of input, as Ctrl-D)
  /// instead of a pipe.
  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String], directory: String?,
    input: Data, inputIsTerminal: Bool = false, timeout: TimeInterval
  ) throws -> Outcome {
    precondition(brokenPipesIgnored)
    let (pid, inputEnd, outputEnd, errorEnd) = try spawnLock.withLock {
      try spawn(
        executable, arguments, environment: environment, directory: directory,
        inputIsTerminal: inputIsTerminal)
    }

    let collected = Collected()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { collected.set(output: readAll(outputEnd)) }
    DispatchQueue.global().async(group: group) { collected.set(error: readAll(errorEnd)) }
    DispatchQueue.global().async(group: group) {
      // A child that exits without reading its input closes the pipe: EPIPE ends the writing.
      writeAll(input, to: inputEnd)
      // A terminal stays open until the child is gone: closing it would hang the child up.
      if !inputIsTerminal { close(inputEnd) }
    }
    let watch = Watch(pid: pid)
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { watch.killIfRunning() }

    // Wait for the exit without reaping, so the pid cannot be reused while the timeout may still
    // kill it; then reap.
    var info = siginfo_t()
    while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0, errno == EINTR {}
    watch.markExited()
    var status: Int32 = 0
    var reaped: pid_t
    repeat { reaped = waitpid(pid, &status, 0) } while reaped < 0 && errno == EINTR
    let waitFailure = reaped < 0 ? errno : 0
    group.wait()
    if inputIsTerminal { close(inputEnd) }
    close(outputEnd)
    close(errorEnd)
    guard waitFailure == 0 else { throw SpawnError(step: "waitpid", code: waitFailure) }

    let signal = status & 0x7F
    return Outcome(
      status: signal == 0 ? (status >> 8) & 0xFF : signal, signaled: signal != 0, output: collected.output,
      error: collected.error,
      // Killed at the timeout, not merely reached by it as it exited.
      timedOut: watch.timedOut && signal == SIGKILL)
  }

  /// Pipes are made and marked close-on-exec, and children spawned, one thread at a time: a child
  /// spawned between a `pipe` and its `fcntl` would inherit the pipe and keep it open.
  static let spawnLock = NSLock()

  /// Starts the child; returns its pid and the parent's ends of its standard input, output and
  /// error.
  private static func spawn(
    _ executable: String, _ arguments: [String], environment: [String: String], directory: String?,
    inputIsTerminal: Bool
  ) throws -> (pid: pid_t, input: Int32, output: Int32, error: Int32) {
    // Every descriptor made here is closed on the way out, except the parent's three ends once
    // the child is running.
    var made: [Int32] = []
    var keep: Set<Int32> = []
    defer { for descriptor in made where !keep.contains(descriptor) { close(descriptor) } }
    let input = try inputIsTerminal ? pseudoTerminal() : closeOnExecPipe()
    made += [input.read, input.write]
    let output = try closeOnExecPipe()
    made += [output.read, output.write]
    let error = try closeOnExecPipe()
    made += [error.read, error.write]

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input.read, STDIN_FILENO)
    posix_spawn_file_actions_adddup2(&actions, output.write, STDOUT_FILENO)
    posix_spawn_file_actions_adddup2(&actions, error.write, STDERR_FILENO)
    if let directory {
      guard let addChangeDirectory else {
        throw SpawnError(step: "posix_spawn_file_actions_addchdir_np", code: ENOSYS)
      }
      let added = addChangeDirectory(&actions, directory)
      guard added == 0 else { throw SpawnError(step: "posix_spawn_file_actions_addchdir_np", code: added) }
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    ChildProcess.startWithDefaultSignals(&attributes)
    // Its own process group, so that the timeout also ends what it started (a shell's children).
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw SpawnError(step: "posix_spawn \(executable)", code: spawned) }
    keep = [input.write, output.read, error.read]
    return (pid, input.write, output.read, error.read)
  }

  /// A pipe whose ends are closed in any child that is spawned (the Glibc module lacks `pipe2`,
  /// so `spawnLock` makes the two steps atomic for this harness).
  private static func closeOnExecPipe() throws -> (read: Int32, write: Int32) {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { throw SpawnError(step: "pipe", code: errno) }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    return (ends[0], ends[1])
  }

  /// A pseudo-terminal as a pipe would be: the child reads its terminal side, the parent types
  /// into the other.
  private static func pseudoTerminal() throws -> (read: Int32, write: Int32) {
    let pair = try PseudoTerminal()
    // Both ends outlive the pair: the caller closes them.
    return (fcntl(pair.terminal, F_DUPFD_CLOEXEC, 0), fcntl(pair.controller, F_DUPFD_CLOEXEC, 0))
  }

  private static func readAll(_ descriptor: Int32) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        data.append(contentsOf: buffer[..<count])
      } else if count == 0 || errno != EINTR {
        return data
      }
    }
  }

  private static func writeAll(_ data: Data, to descriptor: Int32) {
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < bytes.count {
        let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0, errno == EINTR {
          continue
        } else {
          return
        }
      }
    }
  }

  /// The two output streams, filled from two threads.
  private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var outputData = Data()
    private var errorData = Data()

    func set(output: Data) { lock.withLock { outputData = output } }
    func set(error: Data) { lock.withLock { errorData = error } }
    var output: Data { lock.withLock { outputData } }
    var error: Data { lock.withLock { errorData } }
  }

  /// Whether the child has exited, and whether the timeout killed it first.
  private final class Watch: @unchecked Sendable {
    private let lock = NSLock()
    private let pid: pid_t
    private var exited = false
    private var killed = false

    init(pid: pid_t) { self.pid = pid }

    func killIfRunning() {
      lock.withLock {
        guard !exited else { return }
        killed = true
        // The whole group: the child is its leader, and not yet reaped, so the id is still its.
        kill(-pid, SIGKILL)
      }
    }

    func markExited() { lock.withLock { exited = true } }
    var timedOut: Bool { lock.withLock { killed } }
  }
}
