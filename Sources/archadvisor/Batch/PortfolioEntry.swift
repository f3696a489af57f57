import ArchAdvisorKit

/// What a portfolio picture keeps of one report: where it stands on need × readiness, its
/// verdict, and each factor's contribution, without the report's sentences.
///
/// Only the formats that draw the whole portfolio at the end (the HTML page, the Markdown
/// chart) keep these (``BatchRenderer/portfolioLimit``): with the page being built, about 2 KB
/// per project (37 MB at peak for 10,000 projects, measured), where every other format stays
/// flat.
struct PortfolioEntry: Sendable {
  /// The record's number in the input, counting from 1: the project's number in every picture.
  var record: Int
  var name: String?
  /// The verdict's position in the rubric's verdicts.
  var verdict: Int
  var score: Double
  var rangeLow: Double
  var rangeHigh: Double
  /// Readiness as shown, `nil` when none is answered; its range; both `nil` for a rubric without it.
  var readiness: Double?
  var readinessLow: Double?
  var readinessHigh: Double?
  var confidence: Confidence.Level
  /// The share of re-weightings that keep the verdict; `nil` without robustness.
  var holds: Double?
  /// Each factor's contribution in rubric order (readiness points for a readiness factor).
  var contributions: [Double]
  /// Which factors were answered, in rubric order.
  var answered: [Bool]
  /// The baseline's verdict and score for this project (`batch --baseline`), `nil` when it is new
  /// or there is no baseline.
  var was: BatchBaseline.Entry?

  init(_ report: Report, record: Int, verdict: Int) {
    self.record = record
    name = report.name
    self.verdict = verdict
    score = report.score
    rangeLow = report.range.low
    rangeHigh = report.range.high
    readiness = report.readiness?.score
    readinessLow = report.readiness?.low
    readinessHigh = report.readiness?.high
    confidence = report.confidence.level
    holds = report.robustness?.holdShare
    contributions = report.factors.map(\.contribution)
    answered = report.factors.map { $0.answer != nil }
  }

  /// Readiness where a chart draws the point: the score, or the middle of its range when none
  /// is answered; `nil` for a rubric without readiness.
  var shownReadiness: Double? {
    if let readiness { return readiness }
    guard let low = readinessLow, let high = readinessHigh else { return nil }
    return (low + high) / 2
  }
}
