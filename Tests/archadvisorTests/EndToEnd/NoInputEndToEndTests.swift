import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// `--no-input`: never a prompt; `ask` fails at once and says what to pass instead.
@Suite struct NoInputEndToEndTests {
  @Test func askFailsAtOnceNamingTheFlagsToPass() throws {
    // Typed answers are there, and still nothing is asked.
    let result = try BinaryRunner.run(["ask", "--no-input"], typed: "3\n")
    #expect(result.status == 64, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "error: --no-input: 'ask' asks its questions; give the answers to 'archadvisor recommend' instead, "
        + "as flags (--team-size N --update-frequency ID --scaling ID …) or in a file (--answers FILE)\n")
  }

  @Test func recommendNeverPromptsAnyway() throws {
    let result = try BinaryRunner.run(["recommend", "--no-input", "--team-size", "3"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Recommendation: "))
  }
}
