import ArchAdvisorKit
import Foundation
import Testing

/// `archadvisor ask` driven line by line through standard input, as tests and scripts do.
@Suite struct AskEndToEndTests {
  /// A small prototype team, answered by id and by number, with every kind of detour: `?`,
  /// an invalid answer, `back`, an empty line (unknown), `none`, numbers for a set.
  static let smallPrototype =
    [
      "3",  // team_size
      "?",  // help on update_frequency
      "rarely",
      "huge",  // invalid for scaling: asked again
      "back",  // to update_frequency
      "1",  // rarely, by number
      "steady",
      "low",
      "none",  // skills
      "",  // infrastructure left unknown
      "manual",
      "tight",
      "prototype",
      "1",  // simple
      "relaxed",
      "hosted_api",
    ].joined(separator: "\n") + "\n"

  @Test func aFullSessionEndsWithTheReportOnStandardOutputOnly() throws {
    let result = try BinaryRunner.run(["ask", "--format", "json"], input: Self.smallPrototype)
    #expect(result.status == 0, "\(result)")
    let report = try JSONParser().parse(Array(result.standardOutput))
    #expect(report.at("verdict", "id")?.stringValue == "monolith")
    let factors = try #require(report.at("factors")?.arrayValue)
    func answer(_ id: String) -> JSONValue? { factors.first { $0.at("id")?.stringValue == id }?.at("answer") }
    #expect(answer("update_frequency")?.stringValue == "rarely")
    #expect(answer("complexity")?.stringValue == "simple")
    #expect(answer("skills")?.arrayValue == [])
    #expect(answer("infrastructure")?.isNull == true)
    #expect(answer("inference")?.stringValue == "hosted_api")

    let transcript = result.stderr
    #expect(transcript.contains("Question 1 of 12: How many engineers work on the system?"))
    #expect(transcript.contains("Question 12 of 12"))
    #expect(transcript.contains("  1. rarely"))
    #expect(transcript.contains("How often a new model version"))  // the help on `?`
    #expect(transcript.contains("Not an answer: \"huge\" is not an option"))
    // `back` shows question 2 a second time, with the earlier answer kept on Enter.
    #expect(transcript.components(separatedBy: "Question 2 of 12").count == 3)
    #expect(transcript.contains("Enter keeps rarely"))
    #expect(!result.stdout.contains("Question"))
    #expect(!result.hasEscapeBytes)
  }

  /// Piped answers that end early are short input, not a user who stopped: 65 with how many
  /// answers there were, 66 with none; no report, no answers file.
  @Test func pipedInputThatEndsEarlyIsAnErrorNotAnAbort() throws {
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let save = folder.appendingPathComponent("a.json").path
    let result = try BinaryRunner.run(["ask", "--save", save], input: "3\nrarely\n")
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.hasSuffix(
        "error: standard input ended after 2 of 12 answers, so no report was written; give one answer per line "
          + "(an empty line leaves a question unknown), or run 'archadvisor ask' in a terminal\n"),
      "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: save))
    let empty = try BinaryRunner.run(["ask"], input: "")
    #expect(empty.status == 66)
    #expect(empty.stdout.isEmpty)
    #expect(empty.stderr.contains("error: standard input ended before the first answer"))
    // A bad answer and then the end is short input too, not an abort.
    let bad = try BinaryRunner.run(["ask"], input: "3\nhuge\n")
    #expect(bad.status == 65)
  }

  /// At a terminal, Ctrl-D is the user stopping: 130, "aborted", nothing written.
  @Test func ctrlDAtATerminalAbortsWithoutAReport() throws {
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let save = folder.appendingPathComponent("a.json").path
    let result = try BinaryRunner.run(["ask", "--save", save], typed: "3\nrarely\n\u{4}")
    #expect(result.status == 130, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasSuffix("aborted: no report written\n"))
    #expect(!FileManager.default.fileExists(atPath: save))
  }

  @Test func savedAnswersReplayToTheSameReport() throws {
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let save = folder.appendingPathComponent("answers.json").path
    let asked = try BinaryRunner.run(
      ["ask", "--save", save, "--format", "json", "--name", "Chatbot"], input: Self.smallPrototype)
    #expect(asked.status == 0, "\(asked)")
    let saved = try JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: save))))
    #expect(saved.at("name")?.stringValue == "Chatbot")
    #expect(saved.at("answers", "team_size")?.integerValue == 3)
    #expect(saved.at("answers", "skills")?.arrayValue == [])
    #expect(saved.at("answers", "infrastructure") == nil)
    #expect(saved.at("rubric", "id")?.stringValue == "genai-architecture")
    #expect(saved.at("rubric", "version")?.stringValue == DefaultRubricVersion.current)
    #expect(asked.stderr.contains("Answers saved to"))

    let replayed = try BinaryRunner.run(["recommend", "--answers", save, "--format", "json"])
    #expect(replayed.status == 0)
    #expect(replayed.stderr.isEmpty, "the same rubric: nothing to say")
    let first = try JSONParser().parse(Array(asked.standardOutput))
    let second = try JSONParser().parse(Array(replayed.standardOutput))
    #expect(first.at("verdict", "id")?.stringValue == "monolith")
    #expect(first == second)
  }

  @Test func answersSavedWithAnotherRubricVersionSaySoInOneLine() throws {
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("old.json")
    try Data(
      #"{"name": "bot", "rubric": {"id": "genai-architecture", "version": "1.0.0"}, "answers": {"team_size": 4}}"#
        .utf8
    ).write(to: file)
    let result = try BinaryRunner.run(["recommend", "--answers", file.path])
    #expect(result.status == 0, "\(result)")
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 1)
    #expect(
      lines.first
        == "note: \(file.path) was saved with rubric genai-architecture 1.0.0; scored with genai-architecture "
        + "\(DefaultRubricVersion.current), whose factors or weights may differ")
    #expect(result.stdout.hasPrefix("Recommendation for bot: "))
  }

  @Test func invalidUTF8IsAskedAgain() throws {
    // The runner feeds text; a file carries the invalid byte exactly.
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("input.txt")
    var input = Data("3\n".utf8)
    input.append(contentsOf: [0x72, 0xFF, 0x0A])
    let rest = Self.smallPrototype.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(1)
    input.append(Data(rest.joined(separator: "\n").utf8))
    try input.write(to: path)
    let result = try BinaryRunner.shell(
      "\"$ARCHADVISOR\" ask --format csv < \"$INPUT\"", environment: ["INPUT": path.path])
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.contains("not valid UTF-8"))
    #expect(try CSVTestParser.parse(result.stdout).count == 2)
  }

  @Test func aCustomRubricIsAskedWithItsDefault() throws {
    let result = try BinaryRunner.run(
      ["ask", "--rubric", CLIFixtures.path("rubric-custom.json"), "--format", "json"], input: "12\n\nci\n")
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.contains("Enter takes the default cloud"))
    let report = try JSONParser().parse(Array(result.standardOutput))
    let hosting = report.at("factors")?.arrayValue?.first { $0.at("id")?.stringValue == "hosting" }
    #expect(hosting?.at("answer")?.stringValue == "cloud")
  }

  /// The review after the last question, on a pipe: a number asks that question again, an empty
  /// line or the end of the input accepts, anything else is said to be neither.
  @Test func theReviewOnAPipeChangesByNumberAndAcceptsAtTheEnd() throws {
    let result = try BinaryRunner.run(
      ["ask", "--format", "json"], input: Self.smallPrototype + "99\n5\ncontainers, tracing\n\n")
    #expect(result.status == 0, "\(result)")
    let transcript = result.stderr
    #expect(transcript.contains("Your answers:\n"))
    #expect(transcript.contains("   5. skills            none\n"))
    #expect(transcript.contains("   6. infrastructure    Don't know\n"))
    #expect(transcript.contains("\"99\" is not a question number; choose 1 to 12."))
    #expect(transcript.contains("   5. skills            containers, tracing\n"))
    #expect(transcript.components(separatedBy: "Your answers:").count == 3)
    #expect(
      transcript.components(separatedBy: "Question 6 of 12").count == 2, "only question 5 is asked again")
    let report = try JSONParser().parse(Array(result.standardOutput))
    let skills = report.at("factors")?.arrayValue?.first { $0.at("id")?.stringValue == "skills" }
    #expect(skills?.at("answer")?.arrayValue?.map(\.stringValue) == ["containers", "tracing"])
  }

  /// `ask --answers FILE` starts at the review: piped input that ends there accepts the saved
  /// answers as they are, and a number changes one first.
  @Test func savedAnswersStartAtTheReview() throws {
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("saved.json")
    try Data(#"{"name": "Bot", "answers": {"team_size": 4, "scaling": "spiky", "skills": ["tracing"]}}"#.utf8)
      .write(to: file)
    let accepted = try BinaryRunner.run(["ask", "--answers", file.path, "--format", "json"])
    #expect(accepted.status == 0, "\(accepted)")
    #expect(!accepted.stderr.contains("Question 1 of 12"))
    #expect(accepted.stderr.contains("   1. team_size         4\n"))
    let replayed = try BinaryRunner.run(["recommend", "--answers", file.path, "--format", "json"])
    #expect(
      try JSONParser().parse(Array(accepted.standardOutput))
        == JSONParser().parse(Array(replayed.standardOutput)),
      "accepting saved answers at once is replaying them")

    let changed = try BinaryRunner.run(
      ["ask", "--answers", file.path, "--format", "json"], input: "1\n\n3\nsteady\n")
    #expect(changed.status == 0, "\(changed)")
    #expect(changed.stderr.contains("Enter keeps 4"))
    let report = try JSONParser().parse(Array(changed.standardOutput))
    #expect(report.at("name")?.stringValue == "Bot")
    func answer(_ id: String) -> JSONValue? {
      report.at("factors")?.arrayValue?.first { $0.at("id")?.stringValue == id }?.at("answer")
    }
    #expect(answer("team_size")?.integerValue == 4)
    #expect(answer("scaling")?.stringValue == "steady")
    #expect(answer("skills")?.arrayValue?.map(\.stringValue) == ["tracing"])
  }

  @Test func savedAnswersThatCannotBeReadStopBeforeTheFirstQuestion() throws {
    let missing = try BinaryRunner.run(["ask", "--answers", "/nonexistent/answers.json"])
    #expect(missing.status == 66, "\(missing)")
    #expect(!missing.stderr.contains("Your answers"))
    let bad = try BinaryRunner.run(["ask", "--answers", CLIFixtures.path("rubric-custom.json")])
    #expect(bad.status == 65, "\(bad)")
    let stdin = try BinaryRunner.run(["ask", "--answers", "-"])
    #expect(stdin.status == 64)
    #expect(
      stdin.stderr
        == "error: invalid value \"-\" for --answers; expected a file, since ask reads its questions' answers "
        + "from standard input\n")
  }

  /// The README's line-prompt sample is what a session shows.
  @Test func theREADMEsLinePromptSampleIsRealOutput() throws {
    let readme = try String(
      contentsOf: CLIFixtures.repository.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "Question 12 of 12: Where does model inference run?\n"))
    let end = try #require(readme.range(of: "> self_hosted\n", range: start.upperBound..<readme.endIndex))
    let sample = String(readme[start.lowerBound..<end.upperBound])
    let answers = ["3", "rarely"] + Array(repeating: "", count: 10) + ["12", "self", "self_hosted", ""]
    let result = try BinaryRunner.run(["ask", "--plain"], input: answers.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.contains(sample), "\(result.stderr)")
  }

  @Test func bareArchadvisorOnAPipeNeverPrompts() throws {
    let result = try BinaryRunner.shell("echo | \"$ARCHADVISOR\"")
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(!result.stderr.contains("Question"))
    #expect(
      result.stderr
        == "error: no command given and stdin is not a terminal; try 'archadvisor recommend --help'\n")
  }
}

/// The embedded default rubric's version, read from the rubric itself so a new version needs no
/// test edits.
enum DefaultRubricVersion {
  static var current: String {
    (try? JSONParser().parse(DefaultRubric.bytes).objectValue?["version"]?.stringValue) ?? "?"
  }
}
