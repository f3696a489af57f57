import Testing

@testable import ArchAdvisorKit

/// `Options.includeExplanations` off leaves the sentences empty (factor reasons and questions,
/// rule reasons, the confidence explanation) and changes nothing else, on random rubrics with
/// random rules and answers.
@Suite struct ScorerExplanationOptionTests {
  @Test(arguments: 0..<200)
  func onlyTheSentencesAndNextQuestionsAreLeftOut(seed: Int) {
    var random = FlipTestRandom(seed: UInt64(seed))
    let rubric = random.rubric()
    let answers = random.answers(for: rubric)
    let full = Scorer(rubric: rubric, options: .init(includeFlips: false)).score(answers)
    let terse = Scorer(rubric: rubric, options: .init(includeFlips: false, includeExplanations: false))
      .score(answers)
    var expected = full
    expected.confidence.explanation = ""
    for index in expected.factors.indices {
      expected.factors[index].reason = ""
      expected.factors[index].question = ""
    }
    for index in expected.firedRules.indices { expected.firedRules[index].reason = "" }
    expected.nextQuestions = []
    #expect(terse == expected, "seed \(seed)")
    #expect(!full.confidence.explanation.isEmpty)
  }

  @Test func explanationsAreOnByDefault() {
    #expect(Scorer.Options().includeExplanations)
    #expect(Scorer.Options(includeFlips: false).includeExplanations)
  }
}
