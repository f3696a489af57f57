import Testing

@testable import ArchAdvisorKit

/// Robustness checked against the scorer itself, over seeded random answer sets on the default
/// rubric: every reported weight range is re-scored with the weight changed in the rubric (a
/// scorer of its own, no robustness code involved), and every share is recounted draw by draw.
@Suite struct RobustnessPropertyTests {
  static let rubric = HonestScoringPropertyTests.rubric
  static let scorer = Scorer(rubric: rubric, options: .init(includeFlips: false, includeExplanations: false))

  /// The final verdict with factor `index` weighing `weight` and every other weight the rubric's.
  static func verdict(_ answers: Answers, factor index: Int, weight: Double) -> String {
    var rubric = rubric
    rubric.factors[index].weight = weight
    let scorer = Scorer(
      rubric: rubric, options: .init(includeFlips: false, includeExplanations: false, robustness: nil))
    return scorer.score(answers).verdict.id
  }

  @Test func justInsideEachRangeTheVerdictHoldsAndJustOutsideItChanges() {
    let limits = Factor.weightLimits
    var breakpoints = 0
    var checked = 0
    for (sample, answers) in HonestScoringPropertyTests.samples().prefix(2_000).enumerated() {
      let report = Self.scorer.score(answers)
      guard let robustness = report.robustness else {
        Issue.record("no robustness for sample \(sample)")
        return
      }
      let verdict = report.verdict.id
      for (index, range) in robustness.factors.enumerated() {
        let context = "sample \(sample), \(range.factor) (weight \(range.weight)): \(answers.values)"
        // Between the weight and each end: the verdict holds halfway (in logarithms) and at the
        // end itself when the verdict never changes on that side.
        for (bound, limit, beyond) in [
          (range.holdsTo, limits.upperBound, range.verdictAbove),
          (range.holdsFrom, limits.lowerBound, range.verdictBelow),
        ] {
          if let bound {
            breakpoints += 1
            let inside = bound < range.weight ? bound * (1 + 1e-6) : bound * (1 - 1e-6)
            let outside = bound < range.weight ? bound * (1 - 1e-6) : bound * (1 + 1e-6)
            let halfway = (bound * range.weight).squareRoot()
            #expect(
              Self.verdict(answers, factor: index, weight: inside) == verdict, "\(context), inside \(bound)")
            #expect(Self.verdict(answers, factor: index, weight: halfway) == verdict, "\(context), halfway")
            let changed = Self.verdict(answers, factor: index, weight: outside)
            #expect(changed != verdict, "\(context), outside \(bound)")
            #expect(changed == beyond, "\(context), the verdict beyond \(bound)")
          } else {
            #expect(Self.verdict(answers, factor: index, weight: limit) == verdict, "\(context), at \(limit)")
            #expect(beyond == nil, "\(context)")
          }
          checked += 1
        }
      }
    }
    // The test means something only if the samples cross breakpoints often.
    #expect(breakpoints > 1_000)
    #expect(checked == 2_000 * 12 * 2)
  }

  @Test func theShareIsTheDrawsThatKeepTheVerdictRecountedOneByOne() throws {
    let reweighting = try #require(Self.scorer.reweighting)
    let count = reweighting.sampleCount
    // One plain scorer per draw, its rubric's weights scaled as the draw scales them.
    let draws = (0..<count).map { sample -> Scorer in
      var rubric = Self.rubric
      for index in rubric.factors.indices {
        rubric.factors[index].weight *= reweighting.scales[index * count + sample]
      }
      return Scorer(
        rubric: rubric, options: .init(includeFlips: false, includeExplanations: false, robustness: nil))
    }
    var partial = 0
    for (sample, answers) in HonestScoringPropertyTests.samples().prefix(300).enumerated() {
      let report = Self.scorer.score(answers)
      let share = try #require(report.robustness?.holdShare)
      let held = draws.filter { $0.score(answers).verdict.id == report.verdict.id }.count
      #expect(share == Double(held) / Double(count), "sample \(sample): \(answers.values)")
      if held < count { partial += 1 }
    }
    // Enough of the answer sets sit near an edge that some draws change their verdict.
    #expect(partial > 30)
  }

  @Test func theDrawsScaleEveryWeightWithinTheStatedRange() throws {
    let reweighting = try #require(Self.scorer.reweighting)
    let scales = (0..<reweighting.scales.count).map { reweighting.scales[$0] }
    #expect(scales.count == Self.rubric.factors.count * reweighting.sampleCount)
    #expect(scales.allSatisfy { (0.5...2).contains($0) })
    // Log-uniform: about as many draws shrink a weight as grow it.
    let shrinking = scales.filter { $0 < 1 }.count
    #expect(abs(Double(shrinking) / Double(scales.count) - 0.5) < 0.05)
  }
}
