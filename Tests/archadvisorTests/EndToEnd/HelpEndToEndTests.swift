import Foundation
import Testing

/// Help and version, on standard output with exit 0.
@Suite struct HelpEndToEndTests {
  @Test(arguments: [
    ["--help"], ["-h"], ["help"], ["help", "recommend"], ["recommend", "--help"], ["ask", "--help"],
    ["rubric", "--help"], ["rubric", "check", "--help"], ["rubric", "show", "--help"], ["help", "help"],
  ])
  func helpIsUsageOnStandardOutput(_ arguments: [String]) throws {
    let result = try BinaryRunner.run(arguments)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("Usage"))
    #expect(result.stderr.isEmpty)
  }

  @Test func recommendHelpListsTheFactorFlagsAndExamples() throws {
    let result = try BinaryRunner.run(["recommend", "--help"])
    for flag in ["--team-size N", "--update-frequency ID", "--skills IDS", "--ci-cd ID", "--inference ID"] {
      #expect(result.stdout.contains(flag), "\(flag)")
    }
    #expect(result.stdout.contains("one of hosted_api, in_process, self_hosted"))
    #expect(result.stdout.contains("Examples:"))
    #expect(result.stdout.contains("--weight FACTOR=N"))
  }

  @Test func recommendHelpForACustomRubric() throws {
    let result = try BinaryRunner.run([
      "recommend", "--rubric", CLIFixtures.path("rubric-custom.json"), "--help",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("--users N"))
    #expect(!result.stdout.contains("--team-size"))
  }

  @Test func version() throws {
    let result = try BinaryRunner.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout == "archadvisor 0.1.0 (rubric genai-architecture 2.0.1)\n")
  }

  @Test func anUnknownCommandIsAUsageError() throws {
    let result = try BinaryRunner.run(["recomend"])
    #expect(result.status == 64)
    #expect(result.stderr == "error: unknown command \"recomend\" (did you mean \"recommend\"?)\n")
  }
}
