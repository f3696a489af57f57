import ArchAdvisorKit
import Testing

@testable import archadvisor

@Suite struct CSVReportRendererTests {
  let rubric = RenderingSamples.rubric
  let renderer = CSVReportRenderer()

  let expectedHeader = [
    "name", "verdict", "score", "range_low", "range_high", "confidence", "top_driver", "team_size",
    "update_frequency", "skills", "latency", "readiness", "split_first", "precedent", "precedent_verdict",
    "robustness", "caveat_count", "error",
  ]

  @Test func headerThenOneRowReadBackByAnRFC4180Parser() throws {
    let text = renderer.render(RenderingSamples.report(), context: RenderContext(rubric: rubric))
    let records = try CSVTestParser.parse(text)
    #expect(records.count == 2)
    #expect(records[0] == expectedHeader)
    #expect(
      records[1] == [
        "payments", "modular_monolith", "24.46", "18.5", "31.25", "medium", "team_size", "25", "weekly",
        "containers", "", "", "", "", "", "", "1", "",
      ])
  }

  @Test func theNearestPrecedentFillsItsTwoColumns() throws {
    var report = RenderingSamples.report()
    report.precedents = [
      Precedent(
        caseID: "segment-2018", name: "Segment", organisation: "Segment", chose: "monolith", similarity: 0.7,
        sharedFactors: 2, outcome: "Merged back.", source: CaseSource(title: "t", url: "https://example.com"))
    ]
    let records = try CSVTestParser.parse(renderer.row(report, rubric: rubric))
    #expect(records[0][13] == "segment-2018")
    #expect(records[0][14] == "monolith")
    #expect(records[0].count == expectedHeader.count)
  }

  @Test func recordsEndWithCRLF() {
    let text = renderer.header(rubric: rubric) + renderer.row(RenderingSamples.report(), rubric: rubric)
    #expect(text.hasSuffix("\r\n"))
    #expect(text.utf8.filter { $0 == 10 }.count == 2)
    #expect(text.utf8.filter { $0 == 13 }.count == 2)
  }

  @Test func setsAreWrittenAsTheFlagsTakeThem() throws {
    var report = RenderingSamples.report()
    report.factors[2].answer = .set(["containers", "tracing"])
    var empty = RenderingSamples.report()
    empty.factors[2].answer = .set([])
    let text =
      renderer.header(rubric: rubric) + renderer.row(report, rubric: rubric)
      + renderer.row(empty, rubric: rubric)
    let records = try CSVTestParser.parse(text)
    #expect(records[1][9] == "containers,tracing")
    #expect(records[2][9] == "none")
    #expect(text.contains("\"containers,tracing\""))
  }

  @Test(arguments: [
    ("quote\"d, and comma", "quote\"d, and comma"), ("line\nbreak", "line\nbreak"), ("cr\r\nlf", "cr\r\nlf"),
    ("=1+2", "'=1+2"), ("-3", "'-3"), ("+x", "'+x"), ("@SUM(A1)", "'@SUM(A1)"), ("\tTab", "'\tTab"),
    ("\rCR", "'\rCR"), ("=\u{301}x", "'=\u{301}x"), ("a=b", "a=b"), ("", ""), ("émoji 🚀", "émoji 🚀"),
    ("'quoted", "'quoted"),
  ])
  func namesRoundTripAndFormulasAreDefused(name: String, expected: String) throws {
    let text =
      renderer.header(rubric: rubric) + renderer.row(RenderingSamples.report(name: name), rubric: rubric)
    let records = try CSVTestParser.parse(text)
    #expect(records.count == 2)
    #expect(records[1].count == expectedHeader.count)
    #expect(records[1][0] == expected)
  }

  @Test func defusingLooksAtTheFirstScalarNotTheFirstCharacter() {
    // "=\u{301}" is one Character that is not "=", yet a spreadsheet still sees a formula.
    #expect(!"=\u{301}x".hasPrefix("="))
    #expect(CSVWriter.defused("=\u{301}x") == "'=\u{301}x")
  }

  @Test func answersFromInputAreDefusedButOurNumbersAreNot() throws {
    var report = RenderingSamples.report()
    report.score = -12.5
    report.range.low = -30
    report.factors[0].answer = .number(-3)
    report.factors[1].answer = .choice("=HYPERLINK(\"x\")")
    let records = try CSVTestParser.parse(renderer.row(report, rubric: rubric))
    #expect(records[0][2] == "-12.5")
    #expect(records[0][3] == "-30")
    #expect(records[0][7] == "-3")
    #expect(records[0][8] == "'=HYPERLINK(\"x\")")
  }

  @Test func answerColumnsFollowTheRubricEvenWhenTheReportIsInAnotherOrder() throws {
    var report = RenderingSamples.report()
    report.factors.reverse()
    let records = try CSVTestParser.parse(renderer.row(report, rubric: rubric))
    #expect(records[0][7...10] == ["25", "weekly", "containers", ""])
  }

  @Test func errorRowsFillOnlyNameAndError() throws {
    let text =
      renderer.header(rubric: rubric)
      + renderer.errorRow(
        record: 3, line: 7, message: "expected ',' or '}', got \"x\"", name: "=evil", rubric: rubric)
      + renderer.errorRow(record: 4, line: 9, message: "bad", rubric: rubric)
    let records = try CSVTestParser.parse(text)
    #expect(records.count == 3)
    #expect(records[1].count == expectedHeader.count)
    #expect(records[1][0] == "'=evil")
    #expect(records[1][1...16].allSatisfy { $0.isEmpty })
    #expect(records[1][17] == "record 3, line 7: expected ',' or '}', got \"x\"")
    #expect(records[2][0] == "")
    #expect(records[2][17] == "record 4, line 9: bad")
  }

  @Test func readinessAndSplitFirstHaveTheirColumns() throws {
    var report = RenderingSamples.report()
    report.readiness = Readiness(score: 62.5, low: 40, high: 80)
    report.splitFirst = [
      SplitFirst(component: "model_inference", label: "Model inference", reason: "GPUs.", rule: "r"),
      SplitFirst(component: "data_input", label: "Data input", reason: "Bursts.", rule: "s"),
    ]
    let records = try CSVTestParser.parse(
      renderer.header(rubric: rubric) + renderer.row(report, rubric: rubric))
    #expect(records[1][11] == "62.5")
    #expect(records[1][12] == "model_inference,data_input")
  }

  @Test func topDriverIsTheStrongestPushEitherWayFirstOnATie() {
    var report = RenderingSamples.report()
    #expect(renderer.topDriver(report)?.id == "team_size")
    report.factors[2].contribution = -40
    #expect(renderer.topDriver(report)?.id == "skills")
    report.factors[1].contribution = 40
    #expect(renderer.topDriver(report)?.id == "update_frequency")
    report.factors[3].contribution = 99  // unknown factors never drive
    #expect(renderer.topDriver(report)?.id == "update_frequency")
  }

  @Test func unknownTopDriverAndNoCaveats() throws {
    var report = RenderingSamples.report()
    for index in report.factors.indices { report.factors[index].answer = nil }
    report.caveats = []
    let records = try CSVTestParser.parse(renderer.row(report, rubric: rubric))
    #expect(records[0][6] == "")
    #expect(records[0][7...14].allSatisfy { $0.isEmpty })
    #expect(records[0][16] == "0")
  }

  @Test func theTestParserRejectsWhatRFC4180Forbids() throws {
    #expect(throws: CSVTestParser.Malformed.self) { try CSVTestParser.parse("a\"b\r\n") }
    #expect(throws: CSVTestParser.Malformed.self) { try CSVTestParser.parse("\"ab\r\n") }
    #expect(throws: CSVTestParser.Malformed.self) { try CSVTestParser.parse("\"a\"b\r\n") }
    let records = try CSVTestParser.parse("a,\"b,\"\"c\"\"\r\nd\"\r\n")
    #expect(records == [["a", "b,\"c\"\r\nd"]])
  }
}
