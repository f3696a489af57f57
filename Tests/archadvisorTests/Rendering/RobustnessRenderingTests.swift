import ArchAdvisorKit
import Testing

@testable import archadvisor

/// The robustness sentence and the JSON member, on robustness values made by hand.
@Suite struct RobustnessRenderingTests {
  let wording = ReportWording(rubric: RenderingSamples.rubric, term: { $0 }, plain: { $0 })

  func report(_ robustness: Robustness?) -> Report {
    var report = RenderingSamples.report()
    report.robustness = robustness
    return report
  }

  func robustness(share: Double, _ factors: [Robustness.WeightRange]) -> Robustness {
    Robustness(settings: Robustness.Settings(), holdShare: share, factors: factors)
  }

  @Test func allHoldingSaysNoSingleWeightChangesIt() {
    let sentence = wording.robustnessSentence(
      report(robustness(share: 1, [Robustness.WeightRange(factor: "team_size", weight: 3)])))
    #expect(
      sentence
        == "Weights: the verdict holds in all 64 re-weightings (each weight scaled by 0.5 to 2); no single "
        + "weight in that span changes it.")
  }

  @Test func fragileFactorsAreNamedMostFragileFirstAndGroupedByVerdict() {
    let sentence = wording.robustnessSentence(
      report(
        robustness(
          share: 52.0 / 64,
          [
            // Margin 1.8: fragile, second.
            Robustness.WeightRange(
              factor: "team_size", weight: 3, holdsTo: 5.4, verdictAbove: "microservices"),
            // Margin 1.25 below: the most fragile.
            Robustness.WeightRange(
              factor: "update_frequency", weight: 2, holdsFrom: 1.6, verdictBelow: "monolith"),
            // Margin 3: not fragile, not named.
            Robustness.WeightRange(factor: "skills", weight: 1, holdsTo: 3, verdictAbove: "microservices"),
            Robustness.WeightRange(factor: "latency", weight: 2, holdsTo: 2.5, verdictAbove: "microservices"),
          ])))
    #expect(
      sentence
        == "Weights: the verdict holds in 52 of 64 re-weightings (each weight scaled by 0.5 to 2); it changes "
        + "to Monolith if update_frequency weighs less than 1.6 (now 2); to Microservices if latency weighs "
        + "more than 2.5 (now 2) or team_size more than 5.4 (now 3).")
  }

  @Test func aLimitBesideItsWeightGetsTheDigitsToTellThemApart() {
    let sentence = wording.robustnessSentence(
      report(
        robustness(
          share: 0.5,
          [
            Robustness.WeightRange(
              factor: "team_size", weight: 3, holdsTo: 3.0004, verdictAbove: "microservices")
          ])
      ))
    #expect(sentence?.contains("if team_size weighs more than 3.0004 (now 3)") == true, "\(sentence ?? "")")
  }

  @Test func noRobustnessNoSentenceAndJSONNull() throws {
    #expect(wording.robustnessSentence(report(nil)) == nil)
    let json = JSONReportRenderer().jsonValue(report(nil))
    #expect(json.objectValue?["robustness"]?.isNull == true)
  }

  @Test func theJSONMemberCarriesTheShareTheDrawsAndEachRange() throws {
    let value = JSONReportRenderer().jsonValue(
      report(
        robustness(
          share: 0.8125,
          [
            Robustness.WeightRange(
              factor: "team_size", weight: 3, holdsTo: 5.0833, verdictAbove: "microservices"),
            Robustness.WeightRange(factor: "skills", weight: 1),
          ])))
    let member = try #require(value.objectValue?["robustness"]?.objectValue)
    #expect(member["holds"]?.doubleValue == 0.8125)
    #expect(member["steady"]?.boolValue == false)
    #expect(member["samples"]?.integerValue == 64)
    #expect(member["seed"]?.integerValue == 20_261_201)
    #expect(member["fragile"]?.arrayValue?.compactMap(\.stringValue) == ["team_size"])
    let factors = try #require(member["factors"]?.arrayValue).compactMap(\.objectValue)
    #expect(factors.count == 2)
    #expect(factors[0]["holds_to"]?.doubleValue == 5.0833)
    #expect(factors[0]["verdict_above"]?.stringValue == "microservices")
    #expect(factors[0]["fragile"]?.boolValue == true)
    #expect(factors[1]["holds_from"]?.isNull == true && factors[1]["holds_to"]?.isNull == true)
    #expect(factors[1]["fragile"]?.boolValue == false)
  }

  @Test(arguments: [(1.0, "100%"), (0.995, "99%"), (0.8125, "81%"), (0.004, "1%"), (0.0, "0%")])
  func percentagesNeverRoundToAllOrNothingWhenTheyAreNot(_ fraction: Double, _ text: String) {
    #expect(NumberText.percent(fraction) == text)
  }
}
