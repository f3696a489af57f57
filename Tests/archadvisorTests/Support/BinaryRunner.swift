import Foundation
import Testing

/// Runs the built `archadvisor` binary the way a user's shell would, and collects what it did.
///
/// The binary is found beside the test bundle (on Linux, in the folder of `Bundle.main.bundleURL`;
/// the test target depends on the executable so `swift test` builds it). The child gets a small,
/// fixed environment — `NO_COLOR=1`, `TERM=dumb`, `LC_ALL=C`, `TZ=UTC` and `PATH` — so results do
/// not depend on the terminal the tests run in. Its standard output and error are drained on
/// their own threads while it runs (a child writing more than a pipe holds would otherwise block
/// forever), standard input is fed on a third and then closed, and a child still running after
/// the timeout is killed and reported as such.
enum BinaryRunner {
  /// What one run did.
  struct Result: Sendable, CustomStringConvertible {
    /// The exit status, or the signal number when ``signaled``.
    var status: Int32
    /// Whether the child was ended by a signal (`SIGPIPE` after `| head`, or the timeout).
    var signaled: Bool
    var standardOutput: Data
    var standardError: Data
    /// Whether the run was killed at the timeout.
    var timedOut: Bool

    var stdout: String { String(decoding: standardOutput, as: UTF8.self) }
    var stderr: String { String(decoding: standardError, as: UTF8.self) }

    /// Whether either stream holds an ESC byte (the start of every ANSI escape sequence).
    var hasEscapeBytes: Bool { standardOutput.contains(0x1B) || standardError.contains(0x1B) }

    var description: String {
      "status \(status)\(signaled ? " (signal)" : "")\(timedOut ? " (timed out)" : "")\n"
        + "--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)"
    }
  }

  /// The environment every run starts from.
  /// Serialises `Process.run()`; see `launch`.
  private static let launchLock = NSLock()

  static let baseEnvironment: [String: String] = [
    "NO_COLOR": "1", "TERM": "dumb", "LC_ALL": "C", "TZ": "UTC",
    "PATH": "/usr/local/bin:/usr/bin:/bin",
  ]

  /// The built `archadvisor` binary.
  static let binary: URL? = {
    var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    if let first = CommandLine.arguments.first {
      folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
    for folder in folders {
      let candidate = folder.appendingPathComponent("archadvisor")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        !isDirectory.boolValue,
        FileManager.default.isExecutableFile(atPath: candidate.path)
      {
        return candidate
      }
    }
    return nil
  }()

  /// Runs `archadvisor` with `arguments`.
  ///
  /// - Parameters:
  ///   - input: what standard input holds; it is closed after it (so an empty input is EOF).
  ///   - environment: variables to add or (with `nil`) remove from ``baseEnvironment``.
  static func run(
    _ arguments: [String], input: String = "", environment: [String: String?] = [:],
    directory: URL? = nil, timeout: TimeInterval = 60, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Result {
    let binary = try #require(
      binary, "the archadvisor binary was not found beside the test bundle", sourceLocation: sourceLocation)
    return try launch(
      binary, arguments, input: Data(input.utf8), environment: environment, directory: directory,
      timeout: timeout)
  }

  /// Runs `archadvisor` with `arguments` and standard input holding exactly `inputBytes` (for
  /// input that is not valid UTF-8); otherwise the same as ``run(_:input:environment:directory:timeout:sourceLocation:)``.
  static func run(
    _ arguments: [String], inputBytes: Data, environment: [String: String?] = [:], directory: URL? = nil,
    timeout: TimeInterval = 60, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Result {
    let binary = try #require(
      binary, "the archadvisor binary was not found beside the test bundle", sourceLocation: sourceLocation)
    return try launch(
      binary, arguments, input: inputBytes, environment: environment, directory: directory, timeout: timeout)
  }

  /// Runs a `/bin/sh` script in which `$ARCHADVISOR` is the binary: for redirections such as
  /// `> /dev/full`, pipes into `head`, and `echo | archadvisor`.
  static func shell(
    _ script: String, input: String = "", environment: [String: String?] = [:], directory: URL? = nil,
    timeout: TimeInterval = 60, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Result {
    let binary = try #require(
      binary, "the archadvisor binary was not found beside the test bundle", sourceLocation: sourceLocation)
    var environment = environment
    environment["ARCHADVISOR"] = binary.path
    return try launch(
      URL(fileURLWithPath: "/bin/sh"), ["-c", script], input: Data(input.utf8), environment: environment,
      directory: directory, timeout: timeout)
  }

  private static func launch(
    _ executable: URL, _ arguments: [String], input: Data, environment: [String: String?], directory: URL?,
    timeout: TimeInterval
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var variables = baseEnvironment
    for (key, value) in environment { variables[key] = value }
    process.environment = variables
    if let directory { process.currentDirectoryURL = directory }
    let standardInput = Pipe()
    let standardOutput = Pipe()
    let standardError = Pipe()
    process.standardInput = standardInput
    process.standardOutput = standardOutput
    process.standardError = standardError
    // Foundation's Process.run() on Linux is not safe to call from several threads at once (it
    // crashed copying its arguments while the conformance suite launched runs in parallel), so
    // launches take turns; the children still run side by side.
    try launchLock.withLock { try process.run() }

    let group = DispatchGroup()
    let collected = Collected()
    DispatchQueue.global().async(group: group) {
      collected.set(output: (try? standardOutput.fileHandleForReading.readToEnd()) ?? Data())
    }
    DispatchQueue.global().async(group: group) {
      collected.set(error: (try? standardError.fileHandleForReading.readToEnd()) ?? Data())
    }
    DispatchQueue.global().async(group: group) {
      // A child that exits without reading its input closes the pipe: ignore that failure.
      try? standardInput.fileHandleForWriting.write(contentsOf: input)
      try? standardInput.fileHandleForWriting.close()
    }
    let timedOut = Flag()
    let killer = DispatchWorkItem {
      if process.isRunning {
        timedOut.set()
        process.terminate()
      }
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
    process.waitUntilExit()
    killer.cancel()
    group.wait()
    return Result(
      status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
      standardOutput: collected.output, standardError: collected.error, timedOut: timedOut.isSet)
  }

  /// The two streams, filled from two threads.
  private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var outputData = Data()
    private var errorData = Data()

    func set(output: Data) { lock.withLock { outputData = output } }
    func set(error: Data) { lock.withLock { errorData = error } }
    var output: Data { lock.withLock { outputData } }
    var error: Data { lock.withLock { errorData } }
  }

  /// A flag set from another thread.
  private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
  }
}
