import Foundation
import Testing

@testable import archadvisor

/// `archadvisor man`, read by groff and man as a user installing it would.
@Suite struct ManPageEndToEndTests {
  @Test func groffReadsThePageWithoutAWarning() throws {
    try #require(CompletionsEndToEndTests.installed("groff"), "groff is not installed")
    let result = try BinaryRunner.shell("\"$ARCHADVISOR\" man | groff -man -Tutf8 -ww -z")
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
  }

  @Test(.enabled(if: CompletionsEndToEndTests.installed("man"), "man is not installed: skipped"))
  func manShowsThePageWithItsSections() throws {
    let result = try BinaryRunner.shell(
      "\"$ARCHADVISOR\" man > \"$TMPDIR/archadvisor.1\" && man -l \"$TMPDIR/archadvisor.1\"",
      environment: ["TMPDIR": NSTemporaryDirectory(), "MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "80"])
    #expect(result.status == 0, "\(result)")
    for heading in [
      "NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "FACTOR FLAGS", "EXIT STATUS", "ENVIRONMENT", "FILES",
      "EXAMPLES",
    ] {
      #expect(result.stdout.contains("\n" + heading + "\n"), "\(heading)")
    }
    #expect(result.stdout.contains("--fail-on VERDICTS"))
    #expect(result.stdout.contains("--team-size N"))
  }

  @Test func thePageIsTheSameBytesEachTime() throws {
    let first = try BinaryRunner.run(["man"])
    let second = try BinaryRunner.run(["man"])
    #expect(first.status == 0)
    #expect(first.standardOutput == second.standardOutput)
    #expect(first.stdout.hasPrefix(".TH ARCHADVISOR 1 "))
    // groff reads its input as Latin-1: every other character is an escape.
    #expect(first.standardOutput.allSatisfy { $0 < 0x80 })
  }
}
