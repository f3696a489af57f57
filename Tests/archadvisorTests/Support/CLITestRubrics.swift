import ArchAdvisorKit
import Foundation

@testable import archadvisor

/// The rubrics the command-line tests run with: the embedded default, and the small custom
/// rubric fixture (a factor with a default, an option whose id is `back`).
enum CLITestRubrics {
  /// The embedded default rubric.
  static func standard() throws -> Rubric {
    try LoadedRubric.embedded().rubric
  }

  /// `Fixtures/CLI/rubric-custom.json`: `users` (number, minimum 0), `hosting` (choice
  /// `laptop`/`back`/`cloud`, default `cloud`), `tools` (set `ci`/`central_logs`).
  static func custom() throws -> Rubric {
    let bytes = Array(try Data(contentsOf: CLIFixtures.folder.appendingPathComponent("rubric-custom.json")))
    return try RubricLoader().load(bytes, file: "rubric-custom.json")
  }
}
