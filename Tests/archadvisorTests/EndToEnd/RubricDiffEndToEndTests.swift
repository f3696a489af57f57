import ArchAdvisorKit
import Foundation
import Testing

/// `archadvisor rubric diff` through the built binary: the previous default rubric (1.0.0, kept as
/// a fixture) against the current one, in text and JSON, and its usage and file errors.
@Suite struct RubricDiffEndToEndTests {
  static let versionOne = CLIFixtures.repository.appendingPathComponent(
    "Tests/ArchAdvisorKitTests/Fixtures/rubrics/genai-architecture-v1.json"
  ).path
  static let current = RubricEndToEndTests.defaultRubric

  @Test func textListsTheChangesThenTheVerdictsThatMove() throws {
    let result = try BinaryRunner.run(["rubric", "diff", Self.versionOne, Self.current])
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    let text = result.stdout
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "Rubric diff: genai-architecture 1.0.0 → 2.0.1")
    #expect(lines.contains("  old    " + Self.versionOne))
    #expect(lines.contains("  new    " + Self.current))
    #expect(
      lines.contains {
        $0.hasPrefix("  cases  ") && $0.hasSuffix("rubrics/genai-architecture.cases.json")
      })
    #expect(lines.contains("    ~ version 1.0.0 → 2.0.1"))
    #expect(lines.contains { $0.hasPrefix("    ~ skills: help reworded; dimension need → readiness;") })
    #expect(lines.contains { $0.hasPrefix("    + own-model-servers: split model_inference first") })
    #expect(lines.contains("    ~ microservices: need score at least 20 → at least 12.5"))
    // The changes come first, then the verdicts that move, with both verdicts.
    let changes = try #require(lines.firstIndex { $0.hasPrefix("What changed in the rubric: ") })
    let moves = try #require(lines.firstIndex(of: "Verdicts that move"))
    #expect(changes < moves)
    let after = lines[moves...].joined(separator: "\n")
    #expect(after.contains("  Examples: 4 of 19 examples change verdict"))
    #expect(
      after.contains(
        "“Two hundred engineers on a platform that ships daily”: modular_monolith\n      (+41.8) → microservices (+52.7)"
      ), "\(after)")
    #expect(after.contains("  Cases: "))
    #expect(after.contains("airbnb-2018: modular_monolith (+7.9) → microservices (+12.7)"), "\(after)")
    #expect(after.contains("Agreement with what the cases chose: "))
    #expect(!result.hasEscapeBytes)
  }

  @Test func jsonHasTheSameChangesAndMovesAsValues() throws {
    let result = try BinaryRunner.run(["rubric", "diff", Self.versionOne, "default", "--format", "json"])
    #expect(result.status == 0, "\(result)")
    let json = try JSONParser().parse(Array(result.standardOutput))
    #expect(json.at("schema")?.stringValue == "archadvisor.rubric-diff/1")
    #expect(json.at("old", "version")?.stringValue == "1.0.0")
    #expect(json.at("new", "version")?.stringValue == "2.0.1")
    #expect(json.at("new", "file")?.stringValue == "rubrics/genai-architecture.json (embedded)")
    #expect(json.at("identical")?.boolValue == false)
    let changes = try #require(json.at("changes")?.arrayValue)
    func change(_ subject: String?, _ kind: String) -> JSONValue? {
      changes.first {
        $0.at("subject")?.stringValue == subject && $0.at("change")?.stringValue == kind
      }
    }
    #expect(change(nil, "version")?.at("old")?.stringValue == "1.0.0")
    #expect(change(nil, "version")?.at("new")?.stringValue == "2.0.1")
    #expect(change("skills", "dimension")?.at("old")?.stringValue == "need")
    #expect(change("skills", "dimension")?.at("new")?.stringValue == "readiness")
    #expect(change("skills", "dimension")?.at("section")?.stringValue == "factors")
    let added = try #require(change("own-model-servers", "added"))
    #expect(added.at("section")?.stringValue == "rules")
    #expect(added.at("old")?.isNull == true)
    #expect(added.at("new", "when", "factor")?.stringValue == "inference")
    #expect(change("microservices", "band")?.at("old", "atLeast")?.doubleValue == 20)
    #expect(change("microservices", "band")?.at("new", "atLeast")?.doubleValue == 12.5)
    let lean = try #require(
      changes.first { $0.at("subject")?.stringValue == "ci_cd" && $0.at("option")?.stringValue == "manual" })
    #expect(lean.at("change")?.stringValue == "lean")
    #expect(lean.at("old")?.doubleValue == -0.7)
    #expect(lean.at("new")?.doubleValue == 0)

    #expect(json.at("examples_scored")?.integerValue == 19)
    #expect(json.at("cases_scored")?.integerValue == 44)
    let example = try #require(
      json.at("examples")?.arrayValue?.first {
        $0.at("name")?.stringValue == "Two hundred engineers on a platform that ships daily"
      })
    #expect(example.at("old", "verdict")?.stringValue == "modular_monolith")
    #expect(example.at("old", "score")?.doubleValue == 41.8)
    #expect(example.at("new", "verdict")?.stringValue == "microservices")
    #expect(example.at("new", "score")?.doubleValue == 52.7)
    #expect(example.at("expected")?.stringValue == "microservices")
    let airbnb = try #require(
      json.at("cases")?.arrayValue?.first { $0.at("id")?.stringValue == "airbnb-2018" })
    #expect(airbnb.at("old", "verdict")?.stringValue == "modular_monolith")
    #expect(airbnb.at("new", "verdict")?.stringValue == "microservices")
    #expect(airbnb.at("name")?.stringValue?.hasPrefix("Airbnb") == true)
    #expect(json.at("agreement", "new", "all", "total")?.integerValue == 44)
    #expect(json.at("agreement", "old", "all", "agreeing")?.integerValue != nil)
  }

  @Test func markdownIsForAPullRequest() throws {
    let result = try BinaryRunner.run(["rubric", "diff", Self.versionOne, "default", "--format", "markdown"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.hasPrefix("## Rubric changes: `genai-architecture` `1.0.0` → `2.0.1`\n"))
    #expect(result.stdout.contains("\n### Rules\n\n- **added** `overwhelming-need-not-ready`"))
    #expect(result.stdout.contains("\n| Case | Old | New | Chose |\n| --- | --- | --- | --- |\n"))
  }

  @Test func theSameRubricTwiceHasNoChangesAndExitsZero() throws {
    let result = try BinaryRunner.run(["rubric", "diff", "default", Self.current])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("What changed in the rubric: nothing\n"))
    #expect(result.stdout.contains("  Examples: none of the 19 examples changes verdict.\n"))
    #expect(result.stdout.contains("  Cases: none of the 44 cases changes verdict.\n"))
  }

  @Test func oneRubricMayComeFromStandardInput() throws {
    let input = String(decoding: try Data(contentsOf: URL(fileURLWithPath: Self.versionOne)), as: UTF8.self)
    let result = try BinaryRunner.run(["rubric", "diff", "-", "default", "--format", "json"], input: input)
    #expect(result.status == 0, "\(result)")
    let json = try JSONParser().parse(Array(result.standardOutput))
    #expect(json.at("old", "file")?.stringValue == "<stdin>")
    #expect(json.at("old", "version")?.stringValue == "1.0.0")
  }

  @Test(arguments: [
    (["rubric", "diff", "default"], "error: missing NEW, the rubric to compare OLD with"),
    (["rubric", "diff"], "error: missing the OLD and NEW rubrics to compare"),
    (["rubric", "diff", "a.json", "b.json", "c.json"], "error: unexpected argument \"c.json\""),
    (
      ["rubric", "diff", "default", "default", "--formt", "json"],
      "error: unknown option --formt; did you mean --format?"
    ),
    (
      ["rubric", "diff", "default", "default", "--format", "csv"], "error: invalid value \"csv\" for --format"
    ),
    (["rubric", "diff", "-", "-"], "error: invalid value \"-\" for NEW"),
    (["rubric", "dif", "a", "b"], "error: unknown command \"rubric dif\" (did you mean \"rubric diff\"?)"),
  ])
  func usageErrorsExit64(_ arguments: [String], _ message: String) throws {
    let result = try BinaryRunner.run(arguments)
    #expect(result.status == 64, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix(message), "\(result)")
  }

  @Test func aMissingFileExits66AndABadRubric65() throws {
    let missing = try BinaryRunner.run(["rubric", "diff", "/nonexistent/old.json", "default"])
    #expect(missing.status == 66, "\(missing)")
    #expect(missing.stderr == "error: cannot read /nonexistent/old.json: No such file or directory\n")
    #expect(missing.stdout.isEmpty)
    let broken = try BinaryRunner.run(["rubric", "diff", "default", CLIFixtures.path("rubric-broken.json")])
    #expect(broken.status == 65, "\(broken)")
    #expect(
      broken.stderr.contains("rubric-broken.json:12:17: factors[0].weight: weight must be greater than 0"))
  }

  @Test func helpDescribesTheCommand() throws {
    for arguments in [["rubric", "diff", "--help"], ["help", "rubric", "diff"]] {
      let result = try BinaryRunner.run(arguments)
      #expect(result.status == 0, "\(result)")
      #expect(result.stdout.hasPrefix("Usage: archadvisor rubric diff OLD NEW"))
      #expect(result.stdout.contains("--format FORMAT"))
      #expect(result.stdout.contains("0    compared, whether or not the rubrics differ"))
    }
  }

  /// The README's sample is a trimmed real run: every line it shows (bar the `…` that mark the
  /// cuts) is in the output, in the same order.
  @Test func theREADMESampleIsTheRealOutputTrimmed() throws {
    let readme = String(
      decoding: try Data(contentsOf: CLIFixtures.repository.appendingPathComponent("README.md")),
      as: UTF8.self)
    let command =
      "$ archadvisor rubric diff Tests/ArchAdvisorKitTests/Fixtures/rubrics/genai-architecture-v1.json "
      + "rubrics/genai-architecture.json\n"
    let start = try #require(readme.range(of: command))
    let end = try #require(readme[start.upperBound...].range(of: "```"))
    let shown = readme[start.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
    #expect(shown.count > 20)
    let result = try BinaryRunner.run(
      [
        "rubric", "diff", "Tests/ArchAdvisorKitTests/Fixtures/rubrics/genai-architecture-v1.json",
        "rubrics/genai-architecture.json",
      ], directory: CLIFixtures.repository)
    #expect(result.status == 0, "\(result)")
    var output = result.stdout.split(separator: "\n").map(String.init)[...]
    for line in shown where line != "…" {
      guard let index = output.firstIndex(of: line) else {
        Issue.record("README line not in the output (or out of order): \(line)")
        return
      }
      output = output[(index + 1)...]
    }
  }
}
