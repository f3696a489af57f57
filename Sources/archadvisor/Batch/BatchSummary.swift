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

  // MARK: --baseline (nothing counted without one)

  /// A move from one verdict to another since the baseline.
  struct VerdictMove: Hashable, Sendable {
    var from: String
    var to: String
  }

  /// The baseline file's name in messages; `nil` without `--baseline`.
  var baselineFile: String?
  /// Reports compared with a baseline report, and those of them whose verdict differs from it.
  var baselineCompared = 0
  var baselineMoved = 0
  /// Reports with no baseline report to compare with: new since the baseline.
  var baselineNew = 0
  /// How many verdicts moved, by where from and where to.
  var baselineMoves: [VerdictMove: Int] = [:]
  /// The baseline positions this part's reports matched: handed over when the part is written,
  /// never kept for the whole batch (the stream keeps one flag per baseline report).
  var baselineMatched: [Int] = []
  /// Baseline reports that no record matched: set once the last block is written.
  var baselineGone = 0

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

  /// Counts how one report compares with the baseline: `was` is the baseline report at `position`,
  /// both `nil` when the project is new since the baseline.
  mutating func addBaseline(_ report: Report, record: Int, was: BatchBaseline.Entry?, position: Int?) {
    // A portfolio picture keeps the baseline beside the report's entry (``add(_:record:)`` came first).
    if let last = entries.indices.last, entries[last].record == record { entries[last].was = was }
    guard let was, let position else {
      baselineNew += 1
      return
    }
    baselineCompared += 1
    baselineMatched.append(position)
    if was.verdict != report.verdict.id {
      baselineMoved += 1
      baselineMoves[VerdictMove(from: was.verdict, to: report.verdict.id), default: 0] += 1
    }
  }

  /// Adds what another part of the batch counted (its rejected records themselves stay with it).
  mutating func merge(_ other: BatchSummary) {
    if other.baselineFile != nil {
      baselineCompared += other.baselineCompared
      baselineMoved += other.baselineMoved
      baselineNew += other.baselineNew
      baselineMoves.merge(other.baselineMoves, uniquingKeysWith: +)
      baselineMatched += other.baselineMatched
    }
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

  /// The verdict moves since the baseline, the most frequent first (ties by the verdicts' ids).
  var sortedBaselineMoves: [(move: VerdictMove, count: Int)] {
    baselineMoves.map { (move: $0.key, count: $0.value) }.sorted {
      if $0.count != $1.count { return $0.count > $1.count }
      return ($0.move.from, $0.move.to) < ($1.move.from, $1.move.to)
    }
  }

  /// "3 of 120 verdicts moved since the baseline: 2 monolith → modular_monolith, 1 modular_monolith
  /// → microservices; 4 projects new, 2 no longer present."; `nil` without `--baseline`. `term`
  /// is applied to verdict ids.
  func baselineSentence(term: (String) -> String = { $0 }) -> String? {
    guard baselineFile != nil else { return nil }
    var text =
      "\(BatchSummary.grouped(baselineMoved)) of \(BatchSummary.grouped(baselineCompared)) "
      + (baselineCompared == 1 ? "verdict" : "verdicts") + " moved since the baseline"
    let moves = sortedBaselineMoves
    if !moves.isEmpty {
      text +=
        ": "
        + moves.map { "\(BatchSummary.grouped($0.count)) " + term($0.move.from) + " → " + term($0.move.to) }
        .joined(separator: ", ")
    }
    text +=
      "; \(BatchSummary.grouped(baselineNew)) " + (baselineNew == 1 ? "project" : "projects") + " new, "
      + "\(BatchSummary.grouped(baselineGone)) no longer present."
    return text
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
