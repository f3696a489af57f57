import ArchAdvisorKit
import Testing

@testable import archadvisor

/// Factor flags, `--weight` and `--fail-on` checked against a rubric.
@Suite struct FactorFlagResolverTests {
  func resolver() throws -> FactorFlagResolver { FactorFlagResolver(rubric: try CLITestRubrics.standard()) }

  func failure(_ body: () throws(CLIError) -> Void) -> CLIError? {
    do {
      try body()
      return nil
    } catch {
      return error
    }
  }

  @Test func flagsBecomeAnswers() throws {
    let answers = try resolver().answers([
      FactorFlag(option: "--team-size", value: "8"),
      FactorFlag(option: "--skills", value: "tracing, containers"),
      FactorFlag(option: "--infrastructure", value: "none"),
      FactorFlag(option: "--ci-cd", value: "Continuous"),
      FactorFlag(option: "--inference", value: "hosted-api"),
    ])
    #expect(
      answers == [
        "team_size": .number(8), "skills": .set(["containers", "tracing"]), "infrastructure": .set([]),
        "ci_cd": .choice("continuous"), "inference": .choice("hosted_api"),
      ])
  }

  @Test func theIDSpellingIsAcceptedToo() throws {
    #expect(
      try resolver().answers([FactorFlag(option: "--team_size", value: "3")]) == ["team_size": .number(3)])
  }

  @Test func anUnknownFlagSuggestsTheNearestFactorOrOption() throws {
    let resolver = try resolver()
    let typo = failure { () throws(CLIError) in
      _ = try resolver.answers([FactorFlag(option: "--team-sise", value: "3")])
    }
    #expect(typo == .unknownOption("--team-sise", suggestion: "--team-size"))
    #expect(typo?.description == "unknown option --team-sise; did you mean --team-size?")
    let own = failure { () throws(CLIError) in
      _ = try resolver.answers([FactorFlag(option: "--formt", value: "json")])
    }
    #expect(own == .unknownOption("--formt", suggestion: "--format"))
    let far = failure { () throws(CLIError) in
      _ = try resolver.answers([FactorFlag(option: "--colour-scheme", value: "x")])
    }
    #expect(far == .unknownOption("--colour-scheme", suggestion: nil))
  }

  @Test func aWrongValueNamesTheFactorAndWhatItAccepts() throws {
    let resolver = try resolver()
    let banana = failure { () throws(CLIError) in
      _ = try resolver.answers([FactorFlag(option: "--team-size", value: "banana")])
    }
    #expect(banana?.exitCode == .usage)
    #expect(
      banana?.description
        == "invalid value for --team-size: \"banana\" is not a whole number; expected a whole number of engineers ≥ 1"
    )
    let huge = failure { () throws(CLIError) in
      _ = try resolver.answers([FactorFlag(option: "--scaling", value: "huge")])
    }
    #expect(
      huge?.description
        == "invalid value for --scaling: \"huge\" is not an option; expected one of steady, growing, spiky")
    let set = failure { () throws(CLIError) in
      _ = try resolver.answers([FactorFlag(option: "--skills", value: "containers,k8s")])
    }
    #expect(set?.description.contains("\"k8s\" is not an option") == true)
    #expect(
      set?.description.contains("containers, orchestration, networking, security, tracing, fault_tolerance")
        == true)
  }

  @Test func aMissingValueOrARepeatIsAnError() throws {
    let resolver = try resolver()
    #expect(
      failure { () throws(CLIError) in _ = try resolver.answers([FactorFlag(option: "--skills", value: nil)])
      }
        == .missingValue(option: "--skills", placeholder: "IDS"))
    #expect(
      failure { () throws(CLIError) in
        _ = try resolver.answers([
          FactorFlag(option: "--team-size", value: "3"), FactorFlag(option: "--team_size", value: "4"),
        ])
      } == .repeatedOption("--team-size"))
  }

  @Test func weightsChangeOnlyTheirFactor() throws {
    let resolver = try resolver()
    let rubric = try resolver.applying([
      WeightOverride(factor: "team-size", weight: 10), WeightOverride(factor: "budget", weight: 0.5),
    ])
    #expect(rubric.factor("team_size")?.weight == 10)
    #expect(rubric.factor("budget")?.weight == 0.5)
    let original = try CLITestRubrics.standard()
    #expect(rubric.factor("scaling")?.weight == original.factor("scaling")?.weight)
  }

  @Test func aWeightForAnUnknownFactorSuggests() throws {
    let resolver = try resolver()
    let error = failure { () throws(CLIError) in
      _ = try resolver.applying([WeightOverride(factor: "budjet", weight: 2)])
    }
    #expect(error?.exitCode == .usage)
    #expect(error?.description.contains("did you mean \"budget\"?") == true)
    #expect(
      failure { () throws(CLIError) in
        _ = try resolver.applying([
          WeightOverride(factor: "budget", weight: 2), WeightOverride(factor: "budget", weight: 3),
        ])
      } == .repeatedOption("--weight budget"))
  }

  @Test func failOnMustNameAVerdict() throws {
    let resolver = try resolver()
    #expect(failure { () throws(CLIError) in try resolver.checkVerdicts(["microservices"]) } == nil)
    #expect(failure { () throws(CLIError) in try resolver.checkVerdicts([]) } == nil)
    #expect(
      failure { () throws(CLIError) in try resolver.checkVerdicts(["monolith", "microservice"]) }
        == .invalidValue(
          option: "--fail-on", value: "microservice",
          expected: "one of monolith, modular_monolith, microservices",
          suggestion: "microservices"))
  }

  @Test func aCustomRubricBringsItsOwnFlags() throws {
    let resolver = FactorFlagResolver(rubric: try CLITestRubrics.custom())
    #expect(
      try resolver.answers([
        FactorFlag(option: "--users", value: "5000"), FactorFlag(option: "--tools", value: "central-logs"),
      ])
        == ["users": .number(5000), "tools": .set(["central_logs"])])
    #expect(
      failure { () throws(CLIError) in
        _ = try resolver.answers([FactorFlag(option: "--team-size", value: "3")])
      }?.exitCode
        == .usage)
  }
}
