import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// `archadvisor batch`, run as a user runs it, on the fixtures in `Fixtures/Batch/`.
@Suite struct BatchEndToEndTests {
  /// The path of a batch fixture.
  static func fixture(_ name: String) -> String {
    CLIFixtures.folder.deletingLastPathComponent().appendingPathComponent("Batch/" + name).path
  }

  /// Runs `batch` with `arguments` (fixture names are resolved by the caller).
  func batch(_ arguments: [String], input: String = "") throws -> BinaryRunner.Result {
    try BinaryRunner.run(["batch"] + arguments, input: input)
  }

  /// The data rows of CSV output (without the header), each as a dictionary by column name.
  func csvRows(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: String]]
  {
    let records = try CSVTestParser.parse(text)
    let header = try #require(records.first, sourceLocation: sourceLocation)
    return records.dropFirst().map { record in
      Dictionary(uniqueKeysWithValues: zip(header, record).map { ($0, $1) })
    }
  }

  @Test func aBrokenLineInTheMiddleIsLocatedAndTheOthersAreReportedInOrder() throws {
    let result = try batch(["--format", "csv", Self.fixture("broken-middle.jsonl")])
    #expect(result.status == 65, "\(result)")
    let rows = try csvRows(result.stdout)
    #expect(rows.map { $0["name"] ?? "?" } == ["alpha", "bravo", "", "delta", "echo", "foxtrot"])
    #expect(
      rows.filter { $0["error"]?.isEmpty == true }.map { $0["verdict"] ?? "" } == [
        "monolith", "microservices", "monolith", "microservices",
      ])
    let broken = rows[2]["error"] ?? ""
    #expect(broken.hasPrefix("record 3, line 3: 3:"), "\(broken)")
    #expect(broken.contains("not valid JSON"))
    #expect(rows[4]["error"]?.hasPrefix("record 5, line 6: ") == true, "\(rows[4])")
    #expect(rows[4]["error"]?.contains("\"huge\" is not an option") == true)
    #expect(
      result.stderr.hasPrefix("batch: 4 answer sets reported, 2 rejected (records 3, 5)\n"), "\(result)")
  }

  @Test func aJSONArrayLocatesEachElementByItsFirstLine() throws {
    let result = try batch(["--format", "json", Self.fixture("array.json")])
    #expect(result.status == 65, "\(result)")
    let document = try JSONParser().parse(Array(result.standardOutput))
    #expect(document.at("schema")?.stringValue == "archadvisor.batch/1")
    #expect(document.at("rubric", "id")?.stringValue == "genai-architecture")
    let reports = try #require(document.at("reports")?.arrayValue)
    #expect(reports.map { $0.at("name")?.stringValue } == ["one", "two"])
    #expect(reports.map { $0.at("verdict", "id")?.stringValue } == ["monolith", "microservices"])
    // Reports are full reports, flips included.
    #expect(reports.allSatisfy { $0.at("schema")?.stringValue == "archadvisor.report/2" })
    #expect(reports.allSatisfy { $0.at("flips")?.arrayValue != nil })
    #expect(reports.allSatisfy { $0.at("factors")?.arrayValue?.count == 12 })
    let errors = try #require(document.at("errors")?.arrayValue)
    #expect(errors.count == 1)
    #expect(errors.first?.at("record")?.integerValue == 3)
    #expect(errors.first?.at("line")?.integerValue == 30)
    #expect(errors.first?.at("message")?.stringValue?.contains("got a number") == true)
    #expect(document.at("summary", "monolith")?.integerValue == 1)
    #expect(document.at("summary", "modular_monolith")?.integerValue == 0)
    #expect(document.at("summary", "microservices")?.integerValue == 1)
    #expect(document.at("summary", "errors")?.integerValue == 1)
  }

  @Test func aByteOrderMarkAndCRLFLineEndsAreFine() throws {
    let result = try batch(["--format", "csv", Self.fixture("bom-crlf.jsonl")])
    #expect(result.status == 0, "\(result)")
    let rows = try csvRows(result.stdout)
    #expect(rows.map { $0["name"] ?? "?" } == ["bom-first", "crlf-second"])
    #expect(rows.allSatisfy { $0["error"] == "" })
    #expect(result.stderr.hasPrefix("batch: 2 answer sets reported, 0 rejected\n"))
  }

  @Test(arguments: ["empty.jsonl", "blank.jsonl"])
  func anInputWithoutAnswerSetsIsAnError(_ name: String) throws {
    let result = try batch([Self.fixture(name)])
    #expect(result.status == 65, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("no answer sets found"), "\(result)")
  }

  @Test func emptyStandardInputIsAnErrorToo() throws {
    let result = try batch(["--format", "json"], input: "\n\n")
    #expect(result.status == 65, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "error: <stdin>: no answer sets found\n")
  }

  /// Answer sets typed at a terminal end at the first Ctrl-D, as in every other command: a
  /// terminal reports the end of input once and then reads on, so it must not be asked again.
  @Test func oneCtrlDEndsAnswerSetsTypedAtATerminal() throws {
    let typed = #"{"name": "typed", "answers": {"team_size": 3, "stage": "prototype"}}"# + "\n\u{4}"
    let result = try BinaryRunner.run(["batch", "--format", "csv"], typed: typed, timeout: 20)
    #expect(!result.timedOut, "\(result)")
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("typed,monolith,"), "\(result)")
  }

  @Test func noAnswerSetsWritesNoOutputFile() throws {
    let folder = try CLIFixtures.scratchFolder()
    let output = folder.appendingPathComponent("report.csv").path
    let result = try batch(["--format", "csv", "--output", output, Self.fixture("blank.jsonl")])
    #expect(result.status == 65, "\(result)")
    #expect(!FileManager.default.fileExists(atPath: output))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func jsonReportsErrorsAndSummaryParseBack() throws {
    let result = try batch(["--format", "json", Self.fixture("broken-middle.jsonl")])
    #expect(result.status == 65, "\(result)")
    let document = try JSONParser().parse(Array(result.standardOutput))
    let reports = try #require(document.at("reports")?.arrayValue)
    #expect(reports.map { $0.at("name")?.stringValue } == ["alpha", "bravo", "delta", "foxtrot"])
    let errors = try #require(document.at("errors")?.arrayValue)
    #expect(errors.map { $0.at("record")?.integerValue } == [3, 5])
    #expect(errors.map { $0.at("line")?.integerValue } == [3, 6])
    #expect(errors.allSatisfy { $0.at("file")?.stringValue == Self.fixture("broken-middle.jsonl") })
    #expect(document.at("summary", "monolith")?.integerValue == 2)
    #expect(document.at("summary", "microservices")?.integerValue == 2)
    #expect(document.at("summary", "errors")?.integerValue == 2)
  }

  @Test func markdownHasATableRowPerReportAndAReadableSummary() throws {
    let result = try batch(["--format", "markdown", "--precedents", Self.fixture("broken-middle.jsonl")])
    #expect(result.status == 65, "\(result)")
    let rows = MarkdownTestTable.tableRows(result.stdout)
    // The report table: header, delimiter, 4 reports; the rejected table: header, delimiter, 2.
    #expect(rows.count == 10, "\(result.stdout)")
    // Name, verdict, score, confidence, holds, top driver, nearest precedent.
    for row in rows.prefix(6) { #expect(MarkdownTestTable.cells(row).count == 7, "\(row)") }
    #expect(
      MarkdownTestTable.cells(rows[2]).last?.contains("): ") == true, "the nearest precedent and its verdict")
    for row in rows.suffix(4) { #expect(MarkdownTestTable.cells(row).count == 4, "\(row)") }
    #expect(MarkdownTestTable.cells(rows[2]).first == "alpha")
    #expect(
      result.stdout.contains(
        "Of the 4 projects reported, 2 lean toward **Monolith** and 2 toward **Microservices**."))
    #expect(result.stdout.contains("### What drives the portfolio"))
    #expect(result.stdout.contains("1. `"))
  }

  @Test func textShowsNamesVerdictsAndTheSummary() throws {
    let result = try batch([Self.fixture("all-good.jsonl")])
    #expect(result.status == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("NAME") == true)
    #expect(lines.contains { $0.hasPrefix("good-small") && $0.contains("monolith") })
    #expect(lines.contains { $0.hasPrefix("good-large") && $0.contains("microservices") })
    #expect(result.stdout.contains("Summary"))
    #expect(result.stdout.contains("2 answer sets: 2 reported, 0 rejected"))
    #expect(!result.hasEscapeBytes)
    #expect(lines.allSatisfy { $0.unicodeScalars.count <= 80 })
  }

  @Test func failOnTripsWhenAnyProjectGetsTheVerdict() throws {
    let tripped = try batch(["--fail-on", "microservices", Self.fixture("all-good.jsonl")])
    #expect(tripped.status == 1, "\(tripped)")
    #expect(tripped.stderr.contains("1 answer set has the verdict microservices"))
    let listed = try batch(["--fail-on", "modular_monolith,microservices", Self.fixture("all-good.jsonl")])
    #expect(listed.status == 1, "\(listed)")
    #expect(
      listed.stderr.contains("the verdict microservices, which --fail-on modular_monolith,microservices"))
    let passed = try batch(["--fail-on", "modular_monolith", Self.fixture("all-good.jsonl")])
    #expect(passed.status == 0, "\(passed)")
    // Rejected records win over the gate: the report is incomplete.
    let rejected = try batch(["--fail-on", "microservices", Self.fixture("broken-middle.jsonl")])
    #expect(rejected.status == 65, "\(rejected)")
    let unknown = try batch(["--fail-on", "microservervices", Self.fixture("all-good.jsonl")])
    #expect(unknown.status == 64, "\(unknown)")
    #expect(unknown.stdout.isEmpty)
  }

  @Test func multipleFilesAreReadInOrderWithRecordsNumberedAcrossThem() throws {
    let result = try batch(
      ["--format", "json", Self.fixture("second.jsonl"), "-", Self.fixture("all-good.jsonl")],
      input: "{\"name\": \"from-stdin\", \"answers\": {}}\n{\"answers\": 5}\n")
    #expect(result.status == 65, "\(result)")
    let document = try JSONParser().parse(Array(result.standardOutput))
    let names = try #require(document.at("reports")?.arrayValue).map { $0.at("name")?.stringValue }
    #expect(names == ["second-a", "second-b", "from-stdin", "good-small", "good-large"])
    let error = try #require(document.at("errors", 0))
    #expect(error.at("record")?.integerValue == 4)
    #expect(error.at("line")?.integerValue == 2)
    #expect(error.at("file")?.stringValue == "<stdin>")
  }

  @Test func aMissingFileExits66BeforeAnythingIsWritten() throws {
    let result = try batch([Self.fixture("all-good.jsonl"), Self.fixture("no-such-file.jsonl")])
    #expect(result.status == 66, "\(result)")
    #expect(result.stdout.isEmpty)
  }

  @Test func aNameWithEscapeSequencesCannotReachTheTerminal() throws {
    let result = try batch(["--color", "always", Self.fixture("hostile-names.jsonl")])
    #expect(result.status == 0, "\(result)")
    #expect(!result.stdout.contains("\u{1B}[31m"))
    #expect(result.stdout.contains("\\u{1B}[31mred"))
    let plain = try batch([Self.fixture("hostile-names.jsonl")])
    #expect(!plain.hasEscapeBytes)
  }

  @Test func aFormulaNameIsDefusedInCSV() throws {
    let result = try batch(["--format", "csv", Self.fixture("hostile-names.jsonl")])
    #expect(result.status == 0, "\(result)")
    let rows = try csvRows(result.stdout)
    #expect(rows[1]["name"] == "'=HYPERLINK(\"http://x\")")
    #expect(rows[3]["name"] == "'+1")
    #expect(rows[0]["name"] == "\u{1B}[31mred")  // CSV keeps data exact; only terminals are protected.
  }

  @Test func theOutputFileIsWrittenWholeAndStandardOutputStaysEmpty() throws {
    let folder = try CLIFixtures.scratchFolder()
    let output = folder.appendingPathComponent("report.json").path
    let result = try batch(["--format", "json", "--output", output, Self.fixture("all-good.jsonl")])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.isEmpty)
    let document = try JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: output))))
    #expect(document.at("reports")?.arrayValue?.count == 2)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
  }

  @Test func aWriteErrorExits74() throws {
    let full = try BinaryRunner.shell(
      "\"$ARCHADVISOR\" batch --format csv > /dev/full",
      input: "{\"name\": \"a\", \"answers\": {\"team_size\": 3}}\n")
    #expect(full.status == 74, "\(full)")
    #expect(full.stderr.contains("could not write the report"))
  }

  @Test func aLargeBatchKeepsInputOrderAcrossThreads() throws {
    let choices = ["rarely", "monthly", "weekly", "daily"]
    var input = ""
    for index in 1...5000 {
      let broken = index % 997 == 0
      input +=
        broken
        ? "{\"name\": \"p\(index)\", \"answers\": {\n"
        : "{\"name\": \"p\(index)\", \"answers\": {\"team_size\": \(index % 90 + 1), "
          + "\"update_frequency\": \"\(choices[index % 4])\"}}\n"
    }
    let result = try batch(["--format", "csv"], input: input)
    #expect(result.status == 65)
    let rows = try csvRows(result.stdout)
    #expect(rows.count == 5000)
    #expect(rows.map { $0["name"] ?? "" } == (1...5000).map { $0 % 997 == 0 ? "" : "p\($0)" })
    let errorRecords = rows.enumerated().filter { $0.element["error"] != "" }.map { $0.offset + 1 }
    #expect(errorRecords == [997, 1994, 2991, 3988, 4985])
    #expect(rows[996]["error"]?.hasPrefix("record 997, line 997: ") == true)
    #expect(
      result.stderr.hasPrefix(
        "batch: 4,995 answer sets reported, 5 rejected (records 997, 1,994, 2,991, 3,988, 4,985)\n"))
  }

  @Test func helpDescribesBatch() throws {
    let result = try BinaryRunner.run(["batch", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Usage: archadvisor batch [FILE…]"))
    #expect(result.stdout.contains("--fail-on"))
  }

  @Test func adrAndNameAreNotBatchOptions() throws {
    #expect(try batch(["--format", "adr"]).status == 64)
    #expect(try batch(["--name", "x"]).status == 64)
  }
}

/// JSON values, however they are laid out, are each taken as what they are, streamed.
@Suite struct BatchJSONValuesEndToEndTests {
  @Test func aPrettyPrintedAnswerSetIsOneRecord() throws {
    let saved =
      "{\n  \"name\": \"one\",\n  \"answers\": {\n    \"team_size\": 3,\n    \"scaling\": \"steady\"\n  }\n}\n"
    let result = try BinaryRunner.run(["batch", "--format", "json"], input: saved)
    #expect(result.status == 0, "\(result)")
    let report = try JSONParser().parse(Array(result.standardOutput))
    #expect(report.at("reports")?.arrayValue?.count == 1)
    #expect(report.at("reports", 0, "name")?.stringValue == "one")
    #expect(result.stderr.hasPrefix("batch: 1 answer set reported, 0 rejected\n"))
  }

  @Test func arraysOneAfterAnotherAreEachRead() throws {
    let input =
      #"[{"name": "a", "answers": {"team_size": 3}}][{"name": "b", "answers": {"team_size": 40}}]"# + "\n"
    let result = try BinaryRunner.run(["batch", "--format", "csv"], input: input)
    #expect(result.status == 0, "\(result)")
    let rows = try CSVTestParser.parse(result.stdout)
    #expect(rows.dropFirst().map { $0[0] } == ["a", "b"])
  }

  @Test func aBadElementCostsOneRecordAndIsLocatedInTheFile() throws {
    let input =
      "[{\"name\": \"a\", \"answers\": {\"team_size\": 3}},\n  {\"name\": \"b\", \"answers\": {\"team_size\": \"x\"}},\n  {\"name\": \"c\", \"answers\": {}}]\n"
    let result = try BinaryRunner.run(["batch"], input: input)
    #expect(result.status == 65)
    #expect(
      result.stdout.contains("record 2 (<stdin> line 2): 2:42: answers.team_size: expected a whole number"),
      "\(result.stdout)")
    #expect(result.stderr.hasPrefix("batch: 2 answer sets reported, 1 rejected (record 2)\n"))
  }

  @Test func anArrayLeftOpenIsReportedAndItsElementsKept() throws {
    let result = try BinaryRunner.run(
      ["batch", "--format", "csv"], input: #"[{"name": "a", "answers": {"team_size": 3}}"#)
    #expect(result.status == 65)
    #expect(
      result.stdout.contains(
        "\"record 2, line 1: 1:1: the JSON array that starts here is not closed: a `]` is missing\""),
      "\(result.stdout)")
    #expect(result.stdout.contains("\r\na,monolith,"))
  }
}
