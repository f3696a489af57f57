import ArchAdvisorKit
import Testing

@testable import archadvisor

/// The batch renderers and summary, in process: what streams, what is counted, what is cut.
@Suite struct BatchRendererTests {
  func report(_ values: [String: Answer], name: String?, flips: Bool = false) throws -> Report {
    let rubric = try CLITestRubrics.standard()
    return Scorer(rubric: rubric, options: .init(includeFlips: flips)).score(
      Answers(name: name, values: values))
  }

  static let small: [String: Answer] = ["team_size": .number(3), "stage": .choice("prototype")]
  static let large: [String: Answer] = [
    "team_size": .number(60), "update_frequency": .choice("daily"), "scaling": .choice("spiky"),
  ]

  @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (9998, "9,998"), (1_234_567, "1,234,567")])
  func countsAreGroupedByThousands(_ value: Int, _ text: String) {
    #expect(BatchSummary.grouped(value) == text)
  }

  @Test func theCountLineListsAtMostTenRejectedRecords() throws {
    var summary = BatchSummary(rubric: try CLITestRubrics.standard())
    summary.add(try report(Self.small, name: "a"))
    #expect(summary.countLine == "batch: 1 answer set reported, 0 rejected")
    for record in 2...13 {
      summary.add(BatchRecordError(record: record * 1000, line: record, file: "f", message: "m"))
    }
    #expect(
      summary.countLine
        == "batch: 1 answer set reported, 12 rejected (records 2,000, 3,000, 4,000, 5,000, 6,000, 7,000, "
        + "8,000, 9,000, 10,000, 11,000, …)")
  }

  @Test func summaryCountsVerdictsAndRanksDriversByMeanAbsoluteContribution() throws {
    var summary = BatchSummary(rubric: try CLITestRubrics.standard())
    let first = try report(Self.small, name: "a")
    let second = try report(Self.large, name: "b")
    summary.add(first)
    var other = BatchSummary(rubric: try CLITestRubrics.standard())
    other.add(second)
    summary.merge(other)
    #expect(summary.reportCount == 2)
    #expect(summary.count(of: first.verdict.id) + summary.count(of: second.verdict.id) == 2)
    let drivers = summary.topDrivers(3)
    #expect(drivers.count == 3)
    #expect(drivers.first?.id == "team_size")
    let expected = (abs(first.factors[0].contribution) + abs(second.factors[0].contribution)) / 2
    #expect(abs((drivers.first?.mean ?? 0) - expected) < 1e-9)
    #expect(zip(drivers, drivers.dropFirst()).allSatisfy { $0.mean >= $1.mean })
  }

  @Test func jsonWithoutReportsIsStillOneValidDocument() throws {
    let rubric = try CLITestRubrics.standard()
    let renderer = BatchJSONRenderer(rubric: rubric)
    var summary = BatchSummary(rubric: rubric)
    let error = BatchRecordError(record: 1, line: 4, file: "a \"b\".jsonl", message: "bad\nthing")
    summary.add(error)
    let end =
      renderer.endBeforeErrors(summary) + renderer.listedError(error, index: 0)
      + renderer.endAfterErrors(summary)
    let document = try JSONParser().parse(renderer.begin() + end)
    #expect(document.at("reports")?.arrayValue == [])
    #expect(document.at("errors", 0, "file")?.stringValue == "a \"b\".jsonl")
    #expect(document.at("errors", 0, "message")?.stringValue == "bad\nthing")
    #expect(document.at("summary", "errors")?.integerValue == 1)
  }

  /// The rejected records are kept for the end in constant memory: past the first thousand they
  /// go to an unlinked temporary file, and come back in order, whole.
  @Test func theErrorLogGivesBackEveryRecordInOrder() throws {
    let log = BatchErrorLog()
    var written: [BatchRecordError] = []
    for record in 1...2_500 {
      let name: String? = record % 3 == 0 ? nil : "név \(record) \u{1F680}"
      written.append(
        BatchRecordError(
          record: record, line: record * 2, file: "f\(record % 7).jsonl",
          message: String(repeating: "m", count: record % 50),
          name: name))
    }
    for chunk in stride(from: 0, to: written.count, by: 333) {
      try log.append(Array(written[chunk..<min(written.count, chunk + 333)]))
    }
    #expect(log.count == 2_500)
    var read: [BatchRecordError] = []
    try log.forEach { read.append($0) }
    #expect(read == written)
  }

  @Test func jsonReportsAlwaysCarryAName() throws {
    let rubric = try CLITestRubrics.standard()
    let renderer = BatchJSONRenderer(rubric: rubric)
    var text = renderer.begin()
    renderer.appendReport(try report(Self.small, name: nil, flips: true), to: &text)
    text += renderer.separator
    renderer.appendReport(try report(Self.large, name: "named", flips: true), to: &text)
    var summary = BatchSummary(rubric: rubric)
    summary.reportCount = 2
    let document = try JSONParser().parse(
      text + renderer.endBeforeErrors(summary) + renderer.endAfterErrors(summary))
    #expect(document.at("reports", 0, "name")?.isNull == true)
    #expect(document.at("reports", 1, "name")?.stringValue == "named")
    #expect(document.at("reports", 1, "flips")?.arrayValue?.isEmpty == false)
  }

  @Test func textCutsLongNamesToFitTheWidth() throws {
    let rubric = try CLITestRubrics.standard()
    for width in [40, 80, 120] {
      let renderer = BatchTextRenderer(rubric: rubric, width: width)
      var row = ""
      renderer.appendReport(try report(Self.small, name: String(repeating: "név", count: 50)), to: &row)
      let visible = row.dropLast().unicodeScalars.count
      #expect(visible <= max(width, 12 + 57), "\(width): \(row)")
      #expect(row.contains("…"))
      #expect(renderer.begin().unicodeScalars.count - 1 <= max(width, 12 + 57))
    }
  }

  @Test func csvErrorRowsSitWhereTheRecordStood() throws {
    let rubric = try CLITestRubrics.standard()
    let renderer = BatchCSVRenderer(rubric: rubric)
    var text = renderer.begin()
    renderer.appendReport(try report(Self.small, name: "a"), to: &text)
    let error = BatchRecordError(record: 2, line: 7, file: "x", message: "no good", name: "=b")
    #expect(renderer.appendError(error, to: &text))
    let rows = try CSVTestParser.parse(text)
    #expect(rows.count == 3)
    #expect(rows[2].first == "'=b")
    #expect(rows[2].last == "record 2, line 7: no good")
    #expect(rows.allSatisfy { $0.count == rows[0].count })
  }
}

extension BatchRenderer {
  /// ``appendReport(_:to:)`` onto a string, for tests that read the text.
  fileprivate func appendReport(_ report: Report, to text: inout String) {
    var bytes: [UInt8] = []
    appendReport(report, to: &bytes)
    text += String(decoding: bytes, as: UTF8.self)
  }

  /// ``appendError(_:to:)`` onto a string.
  fileprivate func appendError(_ error: BatchRecordError, to text: inout String) -> Bool {
    var bytes: [UInt8] = []
    defer { text += String(decoding: bytes, as: UTF8.self) }
    return appendError(error, to: &bytes)
  }
}
