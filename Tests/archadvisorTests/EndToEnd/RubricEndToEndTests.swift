import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// `archadvisor rubric check` and `rubric show`.
@Suite struct RubricEndToEndTests {
  static let defaultRubric = CLIFixtures.repository.appendingPathComponent("rubrics/genai-architecture.json")
    .path

  @Test func theDefaultRubricChecksOK() throws {
    let result = try BinaryRunner.run(["rubric", "check", Self.defaultRubric])
    #expect(result.status == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix(Self.defaultRubric + ": ok — 12 factors, 3 verdicts, ") == true)
    #expect(lines.first?.hasSuffix(" agree") == true)
    // Then the case library beside it: its agreement, a confusion table and every miss.
    let cases = CLIFixtures.repository.appendingPathComponent("rubrics/genai-architecture.cases.json").path
    #expect(lines.count > 5)
    #expect(lines[1].hasPrefix(cases + ": 44 cases; the rubric agrees with "), "\(lines[1])")
    #expect(lines[1].contains("(tuning ") && lines[1].contains(", held aside "))
    #expect(lines[2].contains("monolith") && lines[2].contains("microservices"))
    #expect(lines.contains { $0.hasPrefix("  miss: ") })
    #expect(result.stderr.isEmpty)
  }

  @Test func aBrokenRubricListsEveryProblemWithItsLocation() throws {
    let result = try BinaryRunner.run(["rubric", "check", CLIFixtures.path("rubric-broken.json")])
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    let file = CLIFixtures.path("rubric-broken.json")
    #expect(
      lines == [
        "\(file):12:17: factors[0].weight: weight must be greater than 0, got 0",
        "\(file):29:56: factors[1].options[0].lean: 2 is outside -1…1",
        "\(file):34:5: factors[2]: missing key `weight`",
        "\(file):39:7: factors[2]: unknown key `wieght`; did you mean `weight`?",
        "\(file):52:83: verdicts[1].atLeast: leaves a gap: nothing covers -10 to under 0 (the band before ends below -10)",
        "\(file): 5 problems",
      ], "\(result)")
  }

  @Test func aDisagreeingExampleIsLocated() throws {
    let result = try BinaryRunner.run(["rubric", "check", CLIFixtures.path("rubric-examples-disagree.json")])
    #expect(result.status == 65)
    #expect(
      result.stderr.contains(
        "rubric-examples-disagree.json:55:5: examples[0]: example \"A hobby on a laptop\" expects big but scores small"
      ))
  }

  @Test func everyFileIsCheckedAndTheWorstStatusWins() throws {
    let result = try BinaryRunner.run([
      "rubric", "check", CLIFixtures.path("rubric-broken.json"), Self.defaultRubric, "/nonexistent.json",
    ])
    #expect(result.status == 66)
    #expect(result.stdout.contains(": ok"))
    #expect(result.stderr.contains("5 problems"))
    #expect(result.stderr.contains("cannot read /nonexistent.json"))
  }

  @Test func aRubricFromStandardInput() throws {
    let result = try BinaryRunner.run(
      ["rubric", "check", "-"], input: "{\"schema\": \"archadvisor.rubric/9\"}")
    #expect(result.status == 65)
    #expect(result.stderr.contains("<stdin>:1:12: schema: unsupported schema"))
  }

  @Test func showListsEveryFactorWithItsFlagKindOptionsAndWeight() throws {
    let result = try BinaryRunner.run(["rubric", "show"])
    #expect(result.status == 0)
    let rubric = try LoadedRubric.embedded().rubric
    for factor in rubric.factors {
      #expect(result.stdout.contains("\(factor.id)  \(factor.flag) "), "\(factor.id)")
      #expect(
        result.stdout.contains(
          "\(factor.kindName), \(factor.dimension.rawValue), weight \(Band.format(factor.weight))"),
        "\(factor.id)")
      for id in factor.optionIDs { #expect(result.stdout.contains(id)) }
    }
    #expect(result.stdout.contains("rarely   -0.70  Rarely (a few times a year)"))
    #expect(result.stdout.contains("4 to under 9     -0.80 → -0.40"))
    #expect(result.stdout.contains("set, readiness, weight 2"))
    #expect(result.stdout.contains("monolith"))
    #expect(!result.hasEscapeBytes)
  }

  @Test func showAsJSON() throws {
    let result = try BinaryRunner.run([
      "rubric", "show", CLIFixtures.path("rubric-custom.json"), "--format", "json",
    ])
    #expect(result.status == 0)
    let summary = try JSONParser().parse(Array(result.standardOutput))
    #expect(summary.at("rubric", "id")?.stringValue == "tiny")
    #expect(summary.at("factors")?.arrayValue?.count == 3)
    #expect(summary.at("factors", 1, "flag")?.stringValue == "--hosting")
    #expect(summary.at("factors", 1, "default")?.stringValue == "cloud")
    #expect(summary.at("factors", 1, "options", 0, "lean")?.doubleValue == -1)
    #expect(summary.at("factors", 0, "bands", 1, "atLeast")?.doubleValue == 1000)
    #expect(summary.at("verdicts", 1, "id")?.stringValue == "big")
  }

  @Test func showAMissingOrBrokenRubric() throws {
    #expect(try BinaryRunner.run(["rubric", "show", "/nonexistent.json"]).status == 66)
    #expect(try BinaryRunner.run(["rubric", "show", CLIFixtures.path("rubric-broken.json")]).status == 65)
  }
}

/// Factor ids whose flag would shadow a built-in option are refused with their location.
@Suite struct ReservedFactorIDEndToEndTests {
  @Test func aFactorNamedLikeABuiltInOptionIsRefused() throws {
    let path = CLIFixtures.path("rubric-reserved-factor.json")
    let check = try BinaryRunner.run(["rubric", "check", path])
    #expect(check.status == 65)
    #expect(
      check.stderr.contains(
        path + ":8:13: factors[0].id: factor id `fail_on` would give the flag --fail-on, which archadvisor "
          + "already has; rename the factor (reserved: answers, baseline, color, consulted, date, decision_makers, fail_on, format, help, informed, name, no_input, no_robustness, output, plain, precedents, quiet, "
          + "rubric, save, status, supersedes, version, weight)"), "\(check.stderr)")
    let recommend = try BinaryRunner.run(["recommend", "--rubric", path, "--fail-on", "big"])
    #expect(recommend.status == 65)
    #expect(recommend.stdout.isEmpty)
  }

  @Test func everyBuiltInFlagIsReserved() {
    let catalog = CommandCatalog.standard
    for path in ["ask", "recommend", "batch"] {
      for spec in catalog[path]?.options ?? [] {
        #expect(catalog.reservedFlagNames.contains(spec.bareName), "\(path): \(spec.name)")
      }
    }
    #expect(catalog.reservedFlagNames.contains("version"))
  }
}
