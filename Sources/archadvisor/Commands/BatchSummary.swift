import ArchAdvisorKit

/// What a batch keeps while it streams: counts per verdict, how many records were rejected (and
/// the first few numbers), and each factor's summed absolute contribution. Its size does not grow
/// with the records, good or bad: the rejected records themselves go to a ``BatchErrorLog``.
struct BatchSummary: Sendable {
  /// The rubric's verdicts, in rubric order.
  var verdicts: [Verdict]
  /// The rubric's factor ids, in rubric order.
  var factorIDs: [String]
  /// Reports per verdict, parallel to ``verdicts``.
  var verdictCounts: [Int]
  /// Per factor, the sum over reports of its absolute contribution (score points).
  var contributionSums: [Double]
  /// The records of one block that could not be reported, in input order: handed to the
  /// ``BatchErrorLog`` when the block is written, never kept for the whole batch.
  var errors: [BatchRecordError] = []
  /// How many records could not be reported.
  var errorCount = 0
  /// The numbers of the first rejected records, for the count line.
  var firstErrorRecords: [Int] = []
  /// How many answer sets were reported.
  var reportCount = 0
  /// How many reports were tested under re-weighting, and how many of those held in at least
  /// ``Robustness/steadyShare`` of the re-weightings.
  var testedCount = 0
  var steadyCount = 0
  /// The first ``entryLimit`` reports, in input order, for a format that draws the whole
  /// portfolio at the end (0 for every other: the summary then stays the same size).
  var entries: [PortfolioEntry] = []
  var entryLimit = 0

  init(rubric: Rubric, entryLimit: Int = 0) {
    self.entryLimit = entryLimit
    verdicts = rubric.verdicts
    factorIDs = rubric.factors.map(\.id)
    verdictCounts = Array(repeating: 0, count: rubric.verdicts.count)
    contributionSums = Array(repeating: 0, count: rubric.factors.count)
  }

  /// All records read: reported and rejected.
  var recordCount: Int { reportCount + errorCount }

  /// Counts one rejected record (kept in ``errors`` until its block is written).
  mutating func add(_ error: BatchRecordError) {
    errors.append(error)
    errorCount += 1
    if firstErrorRecords.count < 10 { firstErrorRecords.append(error.record) }
  }

  /// Counts one report, the input's record number `record`.
  mutating func add(_ report: Report, record: Int = 0) {
    reportCount += 1
    if let robustness = report.robustness {
      testedCount += 1
      if robustness.isSteady { steadyCount += 1 }
    }
    // Indexed rather than enumerated or searched with a closure, which copy every verdict and
    // factor whole (strings retained and released): this runs once per answer set.
    let id = report.verdict.id
    var position = 0
    for index in verdicts.indices where verdicts[index].id == id {
      verdictCounts[index] += 1
      position = index
      break
    }
    if entries.count < entryLimit {
      entries.append(PortfolioEntry(report, record: record, verdict: position))
    }
    let factors = report.factors
    for index in 0..<min(factors.count, contributionSums.count) {
      // Need factors only: a readiness contribution is on readiness's own scale, not the score's.
      if factors[index].dimension == .need { contributionSums[index] += abs(factors[index].contribution) }
    }
  }

  /// Adds what another part of the batch counted (its rejected records themselves stay with it).
  mutating func merge(_ other: BatchSummary) {
    reportCount += other.reportCount
    testedCount += other.testedCount
    steadyCount += other.steadyCount
    for index in verdictCounts.indices { verdictCounts[index] += other.verdictCounts[index] }
    for index in contributionSums.indices { contributionSums[index] += other.contributionSums[index] }
    errorCount += other.errorCount
    entries += other.entries.prefix(max(0, entryLimit - entries.count))
    firstErrorRecords += other.firstErrorRecords.prefix(max(0, 10 - firstErrorRecords.count))
  }

  /// The reports that got the verdict `id`.
  func count(of id: String) -> Int {
    verdicts.firstIndex { $0.id == id }.map { verdictCounts[$0] } ?? 0
  }

  /// The factors that drive the portfolio most: the largest mean absolute contribution first
  /// (ties in rubric order), only those that moved any score, at most `limit`.
  func topDrivers(_ limit: Int) -> [(id: String, mean: Double)] {
    guard reportCount > 0 else { return [] }
    let means = factorIDs.indices.map {
      (id: factorIDs[$0], mean: contributionSums[$0] / Double(reportCount))
    }
    let ranked = means.enumerated().filter { $0.element.mean > 0 }.sorted {
      $0.element.mean != $1.element.mean ? $0.element.mean > $1.element.mean : $0.offset < $1.offset
    }
    return ranked.prefix(limit).map(\.element)
  }

  /// A count with thousands separators: `9,998`.
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result += "," }
      result.append(digit)
    }
    return (value < 0 ? "-" : "") + result
  }

  /// "148,407 of 200,000 verdicts hold under re-weighting (in at least 90% of 64 re-weightings
  /// each)."; `nil` when robustness was off.
  var robustnessSentence: String? {
    guard testedCount > 0 else { return nil }
    return "\(BatchSummary.grouped(steadyCount)) of \(BatchSummary.grouped(testedCount)) "
      + (testedCount == 1 ? "verdict holds" : "verdicts hold") + " under re-weighting (in at least "
      + NumberText.percent(Robustness.steadyShare)
      + " of \(Robustness.Settings.standard.samples) re-weightings each)."
  }

  /// The line on standard error at the end:
  /// `batch: 9,998 answer sets reported, 2 rejected (records 17, 408)`.
  var countLine: String {
    var line =
      "batch: \(BatchSummary.grouped(reportCount)) answer "
      + (reportCount == 1 ? "set" : "sets") + " reported, \(BatchSummary.grouped(errorCount)) rejected"
    if errorCount > 0 {
      let shown = firstErrorRecords.map { BatchSummary.grouped($0) }.joined(separator: ", ")
      line +=
        " (" + (errorCount == 1 ? "record " : "records ") + shown
        + (errorCount > 10 ? ", …" : "") + ")"
    }
    return line
  }
}
