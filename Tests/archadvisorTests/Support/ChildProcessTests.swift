import Foundation
import Testing

/// The harness every end-to-end test stands on: exit statuses, signals, timeouts, input that is
/// not read, output beyond a pipe's buffer, the working folder.
@Suite struct ChildProcessTests {
  @Test func exitStatusAndBothStreams() throws {
    let result = try BinaryRunner.shell("echo out; echo err >&2; exit 3")
    #expect(result.status == 3)
    #expect(!result.signaled)
    #expect(result.stdout == "out\n")
    #expect(result.stderr == "err\n")
  }

  @Test func aChildStillRunningAtTheTimeoutIsKilled() throws {
    let started = Date()
    let result = try BinaryRunner.shell("sleep 30", timeout: 0.5)
    #expect(result.timedOut)
    #expect(result.signaled)
    #expect(result.status == SIGKILL)
    #expect(Date().timeIntervalSince(started) < 10)
  }

  @Test func inputTheChildNeverReadsDoesNotBlockOrKillTheTests() throws {
    let result = try BinaryRunner.shell("exit 0", input: String(repeating: "x", count: 1 << 20))
    #expect(result.status == 0)
    #expect(!result.timedOut)
  }

  @Test func outputBeyondAPipeBufferIsCollectedWhole() throws {
    let result = try BinaryRunner.shell("head -c 1000000 /dev/zero | tr '\\0' y")
    #expect(result.standardOutput.count == 1_000_000)
  }

  @Test func signalsStartAtTheirDefaultsAndTheFolderIsTheOneGiven() throws {
    let folder = FileManager.default.temporaryDirectory
    let result = try BinaryRunner.shell("pwd; yes | head -n 1", directory: folder)
    // `yes` ends by SIGPIPE, which must not be ignored in the child.
    #expect(result.stdout == folder.resolvingSymlinksInPath().path + "\ny\n")
    #expect(result.status == 0)
  }
}
