import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// `archadvisor recommend`, run as a user runs it.
@Suite struct RecommendEndToEndTests {
  static let smallTeam = [
    "--team-size", "3", "--update-frequency", "rarely", "--scaling", "steady", "--resilience", "low",
    "--skills", "none", "--stage", "prototype", "--budget", "tight",
  ]
  static let largePlatform = [
    "--team-size", "60", "--update-frequency", "daily", "--scaling", "spiky", "--resilience", "critical",
    "--skills", "containers,orchestration,networking,security,tracing,fault_tolerance",
    "--infrastructure", "orchestration,secure_networking,monitoring,tracing", "--ci-cd", "continuous",
    "--budget", "ample", "--stage", "production",
  ]

  /// Runs recommend and parses its standard output as JSON.
  func json(_ arguments: [String], input: String = "", sourceLocation: SourceLocation = #_sourceLocation)
    throws
    -> JSONValue
  {
    let result = try BinaryRunner.run(["recommend"] + arguments + ["--format", "json"], input: input)
    #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
    return try JSONParser().parse(Array(result.standardOutput))
  }

  @Test func aSmallPrototypeTeamGetsAMonolithWithEveryReason() throws {
    let report = try json(Self.smallTeam)
    #expect(report.at("schema")?.stringValue == "archadvisor.report/2")
    #expect(report.at("rubric", "id")?.stringValue == "genai-architecture")
    #expect(report.at("rubric", "version")?.stringValue == "2.0.1")
    #expect(report.at("verdict", "id")?.stringValue == "monolith")
    #expect(report.at("verdict", "label")?.stringValue == "Monolith")
    let score = try #require(report.at("score")?.doubleValue)
    #expect(score < -20)
    let factors = try #require(report.at("factors")?.arrayValue)
    #expect(factors.count == 12)
    #expect(factors.first?.at("id")?.stringValue == "team_size")
    #expect(factors.first?.at("answer")?.integerValue == 3)
    #expect(factors.first.flatMap { $0.at("weight")?.doubleValue }.map { $0 > 0 } == true)
    for factor in factors where factor.at("answer")?.isNull == false {
      #expect(factor.at("reason")?.stringValue?.isEmpty == false, "\(factor)")
      #expect(factor.at("contribution")?.doubleValue != nil)
    }
    let skills = factors.first { $0.at("id")?.stringValue == "skills" }
    #expect(skills?.at("answer")?.arrayValue == [])
    let contributions = factors.compactMap { $0.at("contribution")?.doubleValue }.reduce(0, +)
    #expect(abs(contributions - score) < 0.1)
    #expect(report.at("confidence")?.stringValue != nil)
    #expect(report.at("caveats")?.arrayValue != nil)
    #expect(report.at("flips")?.arrayValue != nil)
  }

  @Test func aLargePlatformGetsMicroservices() throws {
    let report = try json(Self.largePlatform)
    #expect(report.at("verdict", "id")?.stringValue == "microservices")
    #expect((report.at("score")?.doubleValue ?? 0) > 20)
  }

  @Test func unknownFactorsGiveARange() throws {
    let report = try json(["--team-size", "10"])
    let low = try #require(report.at("range", "low")?.doubleValue)
    let high = try #require(report.at("range", "high")?.doubleValue)
    #expect(low < high)
  }

  @Test func anAnswersFileAndStandardInputGiveTheSameReport() throws {
    let file = try json(["--answers", CLIFixtures.path("answers-small-prototype.json")])
    let standardInput = try json(
      ["--answers", "-"], input: try CLIFixtures.text("answers-small-prototype.json"))
    let flags = try json(Self.smallTeam + ["--name", "Prototype chatbot"])
    #expect(file.at("verdict", "id")?.stringValue == "monolith")
    #expect(file.at("name")?.stringValue == "Prototype chatbot")
    #expect(file == standardInput)
    #expect(file.at("score") == flags.at("score"))
    #expect(file.at("factors") == flags.at("factors"))
  }

  @Test func flagsWinOverTheFile() throws {
    let report = try json([
      "--answers", CLIFixtures.path("answers-large-platform.json"), "--team-size", "3", "--scaling", "steady",
    ])
    let factors = try #require(report.at("factors")?.arrayValue)
    #expect(factors.first { $0.at("id")?.stringValue == "team_size" }?.at("answer")?.integerValue == 3)
    #expect(factors.first { $0.at("id")?.stringValue == "scaling" }?.at("answer")?.stringValue == "steady")
    #expect(factors.first { $0.at("id")?.stringValue == "budget" }?.at("answer")?.stringValue == "ample")
    #expect(report.at("name")?.stringValue == "Inference platform")
    let renamed = try json(["--answers", CLIFixtures.path("answers-large-platform.json"), "--name", "Other"])
    #expect(renamed.at("name")?.stringValue == "Other")
  }

  @Test func aWeightOverrideIsAWhatIf() throws {
    let base = try json(["--team-size", "3", "--scaling", "spiky"])
    let heavier = try json(["--team-size", "3", "--scaling", "spiky", "--weight", "scaling=30"])
    let scaling = heavier.at("factors")?.arrayValue?.first { $0.at("id")?.stringValue == "scaling" }
    #expect(scaling?.at("weight")?.doubleValue == 30)
    #expect((heavier.at("score")?.doubleValue ?? -100) > (base.at("score")?.doubleValue ?? 100))
  }

  @Test func aCustomRubricBringsItsFlags() throws {
    let report = try json([
      "--rubric", CLIFixtures.path("rubric-custom.json"), "--users", "5", "--hosting", "laptop",
    ])
    #expect(report.at("rubric", "id")?.stringValue == "tiny")
    #expect(report.at("verdict", "id")?.stringValue == "small")
    let wrong = try BinaryRunner.run([
      "recommend", "--rubric", CLIFixtures.path("rubric-custom.json"), "--team-size", "3",
    ])
    #expect(wrong.status == 64)
    #expect(wrong.stderr.contains("unknown option --team-size"))
  }

  // MARK: Formats

  @Test func textPutsTheVerdictFirst() throws {
    let result = try BinaryRunner.run(["recommend"] + Self.smallTeam)
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").first?.contains("Monolith") == true)
    #expect(result.stdout.contains("team_size"))
    #expect(result.stderr.isEmpty)
  }

  @Test func markdownIsATable() throws {
    let result = try BinaryRunner.run(
      ["recommend"] + Self.smallTeam + ["--format", "markdown", "--name", "a|b"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("#"))
    #expect(result.stdout.contains("| "))
    #expect(result.stdout.contains("a\\|b"))
  }

  @Test func csvIsAHeaderAndOneRow() throws {
    let result = try BinaryRunner.run(
      ["recommend"] + Self.smallTeam + ["--format", "csv", "--name", "x, \"y\""])
    #expect(result.status == 0)
    let rows = try CSVTestParser.parse(result.stdout)
    #expect(rows.count == 2)
    let header = try #require(rows.first)
    let row = try #require(rows.last)
    #expect(header.count == row.count)
    #expect(row[header.firstIndex(of: "verdict") ?? 0] == "monolith")
    #expect(row[header.firstIndex(of: "name") ?? 0] == "x, \"y\"")
    #expect(row[header.firstIndex(of: "skills") ?? 0] == "none")
  }

  @Test func adrCarriesTheDateAndTheDecision() throws {
    let result = try BinaryRunner.run(
      ["recommend"] + Self.smallTeam + ["--format", "adr", "--date", "2025-01-31"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("\n# "))
    #expect(result.stdout.contains("2025-01-31"))
    #expect(result.stdout.contains("Monolith"))
  }

  /// Color is decided for a terminal only: with `TERM` set and `NO_COLOR` unset, a pipe still
  /// gets no escape codes, in any format.
  @Test(arguments: OutputFormat.allCases)
  func noEscapeCodesReachAPipe(_ format: OutputFormat) throws {
    let result = try BinaryRunner.run(
      ["recommend"] + Self.smallTeam + ["--format", format.rawValue],
      environment: ["NO_COLOR": nil, "TERM": "xterm-256color"])
    #expect(result.status == 0, "\(result)")
    #expect(!result.hasEscapeBytes, "\(result)")
  }

  /// An escape sequence in a name is neutralised in the formats people read on a terminal and
  /// escaped by JSON. (CSV keeps cell data exact, formulas defused: see the CSV renderer.)
  @Test(arguments: [OutputFormat.text, .json, .markdown, .adr])
  func aHostileNameCannotReachTheTerminal(_ format: OutputFormat) throws {
    let result = try BinaryRunner.run(
      ["recommend", "--answers", CLIFixtures.path("answers-hostile-name.json"), "--format", format.rawValue])
    #expect(result.status == 0, "\(result)")
    #expect(!result.hasEscapeBytes, "\(result)")
  }

  @Test func colorOnlyWhenForcedOnAPipe() throws {
    let forced = try BinaryRunner.run(["recommend"] + Self.smallTeam + ["--color", "always"])
    #expect(forced.standardOutput.contains(0x1B))
  }

  @Test func outputGoesToTheFileAndNothingToStandardOutput() throws {
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("report.json").path
    let result = try BinaryRunner.run(
      ["recommend"] + Self.smallTeam + ["--format", "json", "--output", path])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let report = try JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    #expect(report.at("verdict", "id")?.stringValue == "monolith")
  }

  @Test func noAnswersAtAllIsANoteNotAnError() throws {
    let result = try BinaryRunner.run(["recommend", "--format", "json"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("every factor is unknown"))
  }

  // MARK: Exit codes

  @Test func failOnTripsOnlyOnItsVerdict() throws {
    let tripped = try BinaryRunner.run(["recommend"] + Self.smallTeam + ["--fail-on", "monolith"])
    #expect(tripped.status == 1)
    #expect(tripped.stdout.contains("Monolith"))
    #expect(tripped.stderr.contains("--fail-on monolith"))
    let passed = try BinaryRunner.run(["recommend"] + Self.smallTeam + ["--fail-on", "microservices"])
    #expect(passed.status == 0)
    let listed = try BinaryRunner.run(
      ["recommend"] + Self.smallTeam + ["--fail-on", "modular_monolith,monolith"])
    #expect(listed.status == 1)
    #expect(
      listed.stderr.contains("the verdict is monolith, which --fail-on modular_monolith,monolith fails on"))
    let wrong = try BinaryRunner.run(["recommend"] + Self.smallTeam + ["--fail-on", "monolit"])
    #expect(wrong.status == 64)
    #expect(wrong.stderr.contains("did you mean \"monolith\"?"))
  }

  @Test(arguments: [
    (["--team-size", "banana"], ["team-size", "a whole number of engineers ≥ 1"]),
    (["--scaling", "huge"], ["scaling", "steady, growing, spiky"]),
    (["--team-sise", "3"], ["unknown option --team-sise; did you mean --team-size?"]),
    (["--format", "yaml"], ["--format", "text, json, jsonl, markdown, csv, adr"]),
    (["--save", "x.json"], ["--save is not an option of 'recommend'", "'archadvisor ask' takes it"]),
    (["--weight", "team_size=0"], ["--weight", "0.001 … 1000"]),
    (["--weight", "team_size=1e308"], ["--weight", "0.001 … 1000"]),
    (["--weight", "team_sise=2"], ["did you mean \"team_size\"?"]),
    (["--skills"], ["--skills needs a value"]),
    (["--team-size", "9007199254740993"], ["9007199254740993 is beyond 9007199254740992"]),
    (
      ["--team-size", "99999999999999999999"], ["is beyond 9007199254740992, the largest number read exactly"]
    ),
    (["--date", "2024-02-30"], ["a date that exists: 2024-02 has 29 days"]),
    (["--date", "2023-02-29"], ["a date that exists: 2023-02 has 28 days"]),
    (["--date", "2024-13-01"], ["a date as YYYY-MM-DD"]),
  ])
  func usageErrorsExit64WithTheReason(_ arguments: [String], _ phrases: [String]) throws {
    let result = try BinaryRunner.run(["recommend"] + arguments)
    #expect(result.status == 64, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: "))
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result)")
    for phrase in phrases { #expect(result.stderr.contains(phrase), "\(result)") }
  }

  /// A whole number beyond 2^53 in a file is refused where it stands, not rounded; 2^53 itself
  /// and a leap day are fine.
  @Test func numbersAreExactOrAnErrorAndDatesExist() throws {
    let big = try BinaryRunner.run(
      ["recommend", "--answers", "-"], input: #"{"answers": {"team_size": 9007199254740993}}"#)
    #expect(big.status == 65)
    #expect(
      big.stderr
        == "error: <stdin>:1:27: answers.team_size: 9007199254740993 is beyond 9007199254740992, the largest "
        + "number read exactly; expected a whole number of engineers ≥ 1\n", "\(big.stderr)")
    let limit = try BinaryRunner.run(["recommend", "--team-size", "9007199254740992", "--format", "json"])
    #expect(limit.status == 0)
    let leap = try BinaryRunner.run([
      "recommend", "--team-size", "3", "--date", "2024-02-29", "--format", "adr",
    ])
    #expect(leap.status == 0)
    #expect(leap.stdout.contains("date: 2024-02-29\n"))
  }

  @Test func badAnswersExit65WithTheirLocation() throws {
    let bad = try BinaryRunner.run(["recommend", "--answers", CLIFixtures.path("answers-bad-value.json")])
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("answers-bad-value.json:5:16: answers.scaling: \"huge\" is not an option"))
    let malformed = try BinaryRunner.run([
      "recommend", "--answers", CLIFixtures.path("answers-malformed.json"),
    ])
    #expect(malformed.status == 65)
    #expect(malformed.stderr.contains("answers-malformed.json:5:3: "))
    let piped = try BinaryRunner.run(["recommend", "--answers", "-"], input: "[1, 2]")
    #expect(piped.status == 65)
    #expect(piped.stderr.contains("<stdin>:1:1"))
    let empty = try BinaryRunner.run(["recommend", "--answers", "-"], input: "")
    #expect(empty.status == 65)
  }

  @Test func aFlagErrorComesBeforeTheFileIsRead() throws {
    let result = try BinaryRunner.run(["recommend", "--answers", "/nonexistent.json", "--scaling", "huge"])
    #expect(result.status == 64)
  }

  @Test func missingFilesExit66() throws {
    let answers = try BinaryRunner.run(["recommend", "--answers", "/nonexistent/answers.json"])
    #expect(answers.status == 66)
    #expect(answers.stderr == "error: cannot read /nonexistent/answers.json: No such file or directory\n")
    let rubric = try BinaryRunner.run(["recommend", "--rubric", "/nonexistent/rubric.json"])
    #expect(rubric.status == 66)
  }

  @Test func aBrokenRubricExits65WithEveryProblem() throws {
    let result = try BinaryRunner.run(["recommend", "--rubric", CLIFixtures.path("rubric-broken.json")])
    #expect(result.status == 65)
    #expect(result.stderr.split(separator: "\n").count == 5, "\(result)")
  }

  @Test func aFullDeviceExits74() throws {
    let output = try BinaryRunner.run(["recommend"] + Self.smallTeam + ["--output", "/dev/full"])
    #expect(output.status == 74)
    #expect(output.stderr == "error: could not write the report to /dev/full: No space left on device\n")
    let redirect = try BinaryRunner.shell("\"$ARCHADVISOR\" recommend --team-size 3 > /dev/full")
    #expect(redirect.status == 74)
    #expect(redirect.stderr == "error: could not write the report: No space left on device\n")
  }

  @Test func aClosedPipeEndsQuietly() throws {
    // `true` exits at once; by the time the report is written the pipe has no reader, so the
    // write raises SIGPIPE: the process ends by the signal (status 141 in the shell) and says
    // nothing, rather than trapping or printing a write error.
    let result = try BinaryRunner.shell(
      "{ sleep 0.3; \"$ARCHADVISOR\" recommend --team-size 3 --format json; echo \"status $?\" >&2; } | true")
    #expect(result.stderr == "status 141\n", "\(result)")
  }
}
