import Foundation
import Testing

/// Runs the built `archadvisor` binary the way a user's shell would, and collects what it did.
///
/// The binary is found beside the test bundle (on Linux, in the folder of `Bundle.main.bundleURL`;
/// the test target depends on the executable so `swift test` builds it). The child gets a small,
/// fixed environment — `NO_COLOR=1`, `TERM=dumb`, `LC_ALL=C`, `TZ=UTC` and `PATH` — so results do
/// not depend on the terminal the tests run in. ``ChildProcess`` starts it: its standard output and
/// error are drained on their own threads while it runs (a child writing more than a pipe holds
/// would otherwise block forever), standard input is fed on a third and then closed, and a child
/// still running after the timeout is killed and reported as such.
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

  /// Runs `archadvisor` with `arguments` and standard input a terminal on which `typed` is typed
  /// (`\u{4}` at the start of a line is Ctrl-D); otherwise the same as
  /// ``run(_:input:environment:directory:timeout:sourceLocation:)``.
  static func run(
    _ arguments: [String], typed: String, environment: [String: String?] = [:], timeout: TimeInterval = 60,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Result {
    let binary = try #require(
      binary, "the archadvisor binary was not found beside the test bundle", sourceLocation: sourceLocation)
    return try launch(
      binary, arguments, input: Data(typed.utf8), inputIsTerminal: true, environment: environment,
      directory: nil,
      timeout: timeout)
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
    _ executable: URL, _ arguments: [String], input: Data, inputIsTerminal: Bool = false,
    environment: [String: String?], directory: URL?, timeout: TimeInterval
  ) throws -> Result {
    var variables = baseEnvironment
    for (key, value) in environment { variables[key] = value }
    let outcome = try ChildProcess.run(
      executable.path, arguments, environment: variables, directory: directory?.path, input: input,
      inputIsTerminal: inputIsTerminal, timeout: timeout)
    return Result(
      status: outcome.status, signaled: outcome.signaled, standardOutput: outcome.output,
      standardError: outcome.error, timedOut: outcome.timedOut)
  }
}
