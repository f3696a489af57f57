import Foundation
import Testing

@testable import ArchAdvisorKit

/// Rubric format v1 keeps loading, and the v1 default rubric (kept as a fixture, as it shipped in
/// 1.0.0) scores every complete answer set exactly as 1.0.0 did: the weighted mean of the leans,
/// now shown to a tenth.
@Suite struct VersionOneRubricTests {
  static func fixture() throws -> (rubric: Rubric, json: [String: Any]) {
    let bytes = try RubricFixture.bytes("genai-architecture-v1.json")
    let rubric = try RubricLoader().load(bytes, file: "genai-architecture-v1.json")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    return (rubric, json)
  }

  @Test func loadsAsNeedOnly() throws {
    let (rubric, _) = try Self.fixture()
    #expect(rubric.schemaVersion == 1)
    #expect(rubric.version == "1.0.0")
    #expect(rubric.factors.allSatisfy { $0.dimension == .need })
    #expect(!rubric.hasReadiness)
    let report = Scorer(rubric: rubric).score(Answers(values: ["team_size": .number(8)]))
    #expect(report.readiness == nil)
  }

  /// The 1.0.0 arithmetic, written out from the JSON without the engine: Σ weight × lean ÷
  /// Σ weight × 100, a number's lean its band's, a set's the band of how many it holds.
  static func versionOneScore(_ answers: [String: Answer], json: [String: Any]) -> Double {
    var numerator = 0.0
    var denominator = 0.0
    for factor in json["factors"] as? [[String: Any]] ?? [] {
      guard let id = factor["id"] as? String, let weight = factor["weight"] as? Double,
        let answer = answers[id]
      else { continue }
      func bandLean(_ bands: [[String: Any]], _ value: Double) -> Double? {
        bands.first { band in
          (band["atLeast"] as? Double).map { value >= $0 } ?? true
            && (band["below"] as? Double).map { value < $0 } ?? true
        }?["lean"] as? Double
      }
      var lean: Double?
      switch answer {
      case .number(let value): lean = bandLean(factor["bands"] as? [[String: Any]] ?? [], value)
      case .choice(let option):
        lean =
          (factor["options"] as? [[String: Any]])?.first { $0["id"] as? String == option }?["lean"] as? Double
      case .set(let held):
        lean = bandLean(factor["counts"] as? [[String: Any]] ?? [], Double(Set(held).count))
      }
      guard let lean else { continue }
      numerator += weight * lean
      denominator += weight
    }
    return denominator > 0 ? numerator / denominator * 100 : 0
  }

  @Test func completeAnswerSetsScoreAsVersionOneDid() throws {
    let (rubric, json) = try Self.fixture()
    let scorer = Scorer(rubric: rubric, options: .init(includeFlips: false))
    var generator = SplitMix64(seed: 0x0001_0000)
    for index in 0..<5_000 {
      var answers = Answers()
      for factor in rubric.factors {
        answers[factor.id] = HonestScoringPropertyTests.randomAnswer(factor, using: &generator)
      }
      let report = scorer.score(answers)
      let expected = Self.versionOneScore(answers.values, json: json)
      #expect(report.score == ShownScore.rounded(expected), "set \(index): \(answers.values)")
      #expect(report.range.low == report.score && report.range.high == report.score)
      #expect(report.scoreVerdict.id == rubric.verdict(forScore: report.score).id)
      if report.score != ShownScore.rounded(expected) { break }
    }
  }
}
