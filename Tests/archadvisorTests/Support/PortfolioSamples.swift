import ArchAdvisorKit

@testable import archadvisor

/// Reports of the default rubric for the portfolio renderers, and a batch renderer driven the
/// way `BatchCommand` drives it (begin, each report, the end, the rejected records, the summary),
/// in one thread.
enum PortfolioSamples {
  /// The README's three example projects, every factor answered, plus one with a hostile name and
  /// only part answered.
  static let answerSets: [Answers] = [
    Answers(
      name: "prototype",
      values: [
        "team_size": .number(3), "update_frequency": .choice("weekly"), "scaling": .choice("steady"),
        "resilience": .choice("medium"), "skills": .set(["containers"]),
        "infrastructure": .set(["monitoring"]),
        "ci_cd": .choice("automated"), "budget": .choice("tight"), "stage": .choice("prototype"),
        "complexity": .choice("simple"), "latency": .choice("relaxed"), "inference": .choice("hosted_api"),
      ]),
    Answers(
      name: "gpu-team",
      values: [
        "team_size": .number(15), "update_frequency": .choice("weekly"), "scaling": .choice("spiky"),
        "resilience": .choice("high"), "skills": .set(["containers", "orchestration", "networking"]),
        "infrastructure": .set(["orchestration", "monitoring"]), "ci_cd": .choice("automated"),
        "budget": .choice("moderate"), "stage": .choice("production"), "complexity": .choice("moderate"),
        "latency": .choice("sensitive"), "inference": .choice("self_hosted"),
      ]),
    Answers(
      name: "platform",
      values: [
        "team_size": .number(200), "update_frequency": .choice("daily"), "scaling": .choice("spiky"),
        "resilience": .choice("critical"),
        "skills": .set(["containers", "orchestration", "networking", "security", "tracing"]),
        "infrastructure": .set(["orchestration", "monitoring"]), "ci_cd": .choice("continuous"),
        "budget": .choice("ample"), "stage": .choice("production"), "complexity": .choice("complex"),
        "latency": .choice("sensitive"), "inference": .choice("self_hosted"),
      ]),
    Answers(
      name: "<A & \"B\">",
      values: ["team_size": .number(40), "update_frequency": .choice("daily"), "scaling": .choice("spiky")]),
  ]

  static func rubric() throws -> Rubric { try DefaultRubricRenderingTests.rubric() }

  /// The reports of ``answerSets``, with flips and robustness, as `recommend` makes them.
  static func reports(_ rubric: Rubric) -> [Report] {
    let scorer = Scorer(rubric: rubric)
    return answerSets.map { scorer.score($0) }
  }

  /// The whole output of `renderer` for `reports` (record numbers 1, 2, …) and `errors`.
  static func batch<Renderer: BatchRenderer>(
    _ renderer: Renderer, rubric: Rubric, reports: [Report], errors: [BatchRecordError] = []
  ) -> String {
    var summary = BatchSummary(rubric: rubric, entryLimit: renderer.portfolioLimit)
    var body: [UInt8] = []
    for (index, report) in reports.enumerated() {
      if index > 0 { body += renderer.separator.utf8 }
      renderer.appendReport(report, to: &body)
      summary.add(report, record: index + 1)
    }
    for error in errors { summary.add(error) }
    var text = renderer.begin() + String(decoding: body, as: UTF8.self) + renderer.endBeforeErrors(summary)
    for (index, error) in errors.enumerated() { text += renderer.listedError(error, index: index) }
    return text + renderer.endAfterErrors(summary)
  }
}
