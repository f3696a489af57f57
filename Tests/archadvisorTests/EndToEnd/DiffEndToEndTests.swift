import ArchAdvisorKit
import Foundation
import Testing

/// `archadvisor diff` through the built binary, on one project assessed a quarter apart: in Q1 a
/// team of 12 on a hosted model API, in Q2 a team of 30 running its own GPU model servers under
/// bursty load. Answers files and saved reports on either side, two rubric versions, the exit
/// codes of `--fail-on-change`, standard input, and files that are not what they should be.
@Suite struct DiffEndToEndTests {
  static let folder = CLIFixtures.folder.deletingLastPathComponent().appendingPathComponent("Diff")
  static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
  static let q1 = path("q1-answers.json")
  static let q2 = path("q2-answers.json")

  static func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func twoAnswerSetsAQuarterApartListTheChangedAnswersAndTheVerdictMove() throws {
    let result = try BinaryRunner.run(["diff", Self.q1, Self.q2])
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    let lines = Self.lines(result.stdout)
    #expect(lines.first == "Diff for Support bot: Monolith → Modular monolith")
    #expect(lines.contains("  old     " + Self.q1 + " (answers)"))
    #expect(lines.contains("  new     " + Self.q2 + " (answers)"))
    #expect(lines.contains("  rubric  genai-architecture 2.0.1, rubrics/genai-architecture.json (embedded)"))
    #expect(!result.stdout.contains("was made with"), "the same rubric version: no note")
    #expect(lines.contains("Answers that changed: 5 of 12"))
    #expect(lines.contains("  +10.9  scaling: growing → spiky (contribution 0.0 → +10.9)"))
    #expect(lines.contains("   +7.3  inference: hosted_api → self_hosted (contribution −2.7 → +4.5)"))
    #expect(lines.contains("   +6.4  team_size: 12 → 30 (contribution −3.0 → +3.4)"))
    // Readiness after need: its points are on another scale.
    let team = try #require(lines.firstIndex { $0.contains("team_size: 12 → 30") })
    let skills = try #require(lines.firstIndex { $0.contains("skills: containers, networking → ") })
    #expect(team < skills)
    // Unchanged answers are not listed.
    #expect(!result.stdout.contains("update_frequency"))
    #expect(lines.contains("  verdict       Monolith → Modular monolith"))
    #expect(lines.contains("  score         −6.6 → +17.9 (+24.5)"))
    #expect(lines.contains("  readiness     36.7 → 55.0 (+18.3)"))
    #expect(lines.contains("  confidence    medium (unchanged)"))
    #expect(lines.contains { $0.hasPrefix("  + own-model-servers: ") })
    #expect(lines.contains { $0.hasPrefix("  + model_inference (Model inference): ") })
    #expect(lines.contains("  - If team_size were 52 instead of 12: Modular monolith (score +2.5)"))
    #expect(!result.hasEscapeBytes)
  }

  @Test func aSavedReportCanBeOneSide() throws {
    let result = try BinaryRunner.run(["diff", Self.path("q1-report.json"), Self.q2])
    #expect(result.status == 0, "\(result)")
    let lines = Self.lines(result.stdout)
    #expect(lines.first == "Diff for Support bot: Monolith → Modular monolith")
    #expect(lines.contains("  old     " + Self.path("q1-report.json") + " (report)"))
    #expect(lines.contains("Answers that changed: 5 of 12"))
    #expect(lines.contains("   +6.4  team_size: 12 → 30 (contribution −3.0 → +3.4)"))
    // Made with this very rubric, and it still says what its answers get: nothing to note.
    #expect(!result.stdout.contains("saved report said"), "\(result)")
    #expect(!result.stdout.contains("was made with"))

    // And the other way round, NEW a report, scored the same.
    let reversed = try BinaryRunner.run(["diff", Self.q2, Self.path("q1-report.json")])
    #expect(Self.lines(reversed.stdout).first == "Diff for Support bot: Modular monolith → Monolith")
    #expect(reversed.stdout.contains("   −6.4  team_size: 30 → 12 (contribution +3.4 → −3.0)"), "\(reversed)")
  }

  @Test func acrossRubricVersionsItSaysSoFirstAndScoresBothWithTheCurrentOne() throws {
    let result = try BinaryRunner.run(["diff", Self.path("q1-answers-v1.json"), Self.q2])
    #expect(result.status == 0, "\(result)")
    let text = result.stdout
    let lines = Self.lines(text)
    let note = try #require(lines.firstIndex { $0.hasPrefix("OLD was made with genai-architecture 1.0.0;") })
    let changes = try #require(lines.firstIndex { $0.hasPrefix("Answers that changed") })
    #expect(note < changes, "the method comes first")
    #expect(
      text.contains(
        "OLD was made with genai-architecture 1.0.0; both are scored here with 2.0.1, so\nwhat moves below comes "
          + "from the answers, not from the method."), "\(text)")
    // Scored with 2.0.1, the answers and the moves are the same as between two 2.0.1 files.
    #expect(lines.first == "Diff for Support bot: Monolith → Modular monolith")
    #expect(lines.contains("   +6.4  team_size: 12 → 30 (contribution −3.0 → +3.4)"))

    // A report made with 1.0.0 also says what it said then, apart from what its answers get now.
    let report = try BinaryRunner.run(["diff", Self.path("q1-report-v1.json"), Self.q2])
    #expect(report.status == 0, "\(report)")
    let reportText = report.stdout.replacing("\n", with: " ")
    #expect(
      reportText.contains("OLD was made with genai-architecture 1.0.0; both are scored here with 2.0.1"))
    #expect(
      reportText.contains(
        "OLD's saved report said Modular monolith (score −10.7) with genai-architecture 1.0.0; with "
          + "genai-architecture 2.0.1 its answers get Monolith (score −6.6)."), "\(report)")

    let json = try BinaryRunner.run(["diff", Self.path("q1-report-v1.json"), Self.q2, "--format", "json"])
    let value = try JSONParser().parse(Array(json.standardOutput))
    #expect(value.at("method_differs")?.boolValue == true)
    #expect(value.at("old", "made_with", "version")?.stringValue == "1.0.0")
    #expect(value.at("old", "recorded", "verdict")?.stringValue == "modular_monolith")
    #expect(value.at("old", "verdict", "id")?.stringValue == "monolith")
    #expect(value.at("rubric", "version")?.stringValue == "2.0.1")
  }

  @Test func jsonCarriesTheSameMovesAsValues() throws {
    let result = try BinaryRunner.run(["diff", Self.q1, Self.q2, "--format", "json"])
    #expect(result.status == 0, "\(result)")
    let json = try JSONParser().parse(Array(result.standardOutput))
    #expect(json.at("schema")?.stringValue == "archadvisor.diff/1")
    #expect(json.at("method_differs")?.boolValue == false)
    #expect(json.at("verdict_moved")?.boolValue == true)
    #expect(json.at("old", "kind")?.stringValue == "answers")
    #expect(json.at("old", "verdict", "id")?.stringValue == "monolith")
    #expect(json.at("new", "verdict", "id")?.stringValue == "modular_monolith")
    #expect(json.at("new", "score_verdict", "id")?.stringValue == "microservices")
    #expect(json.at("score_change")?.doubleValue == 24.5)
    let answers = try #require(json.at("answers")?.arrayValue)
    #expect(
      answers.map { $0.at("factor")?.stringValue } == [
        "team_size", "scaling", "skills", "infrastructure", "inference",
      ])
    #expect(answers[0].at("old")?.doubleValue == 12)
    #expect(answers[0].at("new")?.doubleValue == 30)
    #expect(answers[0].at("contribution_change")?.doubleValue == 6.37)
    #expect(answers[4].at("new")?.stringValue == "self_hosted")
    #expect(answers[2].at("dimension")?.stringValue == "readiness")
    #expect(answers[2].at("new")?.arrayValue?.count == 3)
    let started = try #require(json.at("rules", "started")?.arrayValue).compactMap(\.stringValue)
    #expect(started.contains("own-model-servers"))
    #expect(
      json.at("split_first", "appeared")?.arrayValue?.first?.at("component")?.stringValue == "model_inference"
    )
    #expect(json.at("flips", "gone")?.arrayValue?.isEmpty == false)
  }

  @Test func markdownHasAHeadingAndTheTables() throws {
    let result = try BinaryRunner.run(["diff", Self.q1, Self.q2, "--format", "markdown"])
    #expect(result.status == 0, "\(result)")
    #expect(
      result.stdout.hasPrefix(
        "## Assessment diff: Support bot\n\n**The verdict moved: Monolith → Modular monolith.**"))
    #expect(result.stdout.contains("| `team_size` | `12` | `30` | −3.0 → +3.4 (+6.4) |"))
    #expect(result.stdout.contains("| Verdict | Monolith → Modular monolith |"))
    #expect(result.stdout.contains("- **now:** `own-model-servers`: "))
  }

  @Test func failOnChangeExitsOneWhenTheVerdictMovedAfterWritingTheDiff() throws {
    let moved = try BinaryRunner.run(["diff", Self.q1, Self.q2, "--fail-on-change"])
    #expect(moved.status == 1, "\(moved)")
    #expect(moved.stdout.hasPrefix("Diff for Support bot: Monolith → Modular monolith"))
    #expect(
      moved.stderr.contains(
        "the verdict moved from monolith to modular_monolith, which --fail-on-change fails on"))
    let quiet = try BinaryRunner.run(["diff", Self.q1, Self.q2, "--fail-on-change", "--quiet"])
    #expect(quiet.status == 1 && quiet.stderr.isEmpty, "\(quiet)")
    // The same project, answers on one side and its own report on the other: nothing moved.
    let same = try BinaryRunner.run(["diff", Self.q1, Self.path("q1-report.json"), "--fail-on-change"])
    #expect(same.status == 0, "\(same)")
    #expect(same.stdout.contains("Answers that changed: none of 12"))
    #expect(same.stdout.contains("No rule, part to split first, prerequisite or flip appeared or went away."))
    // Without the flag a moved verdict still exits 0.
    #expect(try BinaryRunner.run(["diff", Self.q1, Self.q2]).status == 0)
  }

  @Test func standardInputIsOneSide() throws {
    let q1 = try String(contentsOfFile: Self.q1, encoding: .utf8)
    let result = try BinaryRunner.run(["diff", "-", Self.q2], input: q1)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("  old     <stdin> (answers)"))
    #expect(result.stdout.contains("   +6.4  team_size: 12 → 30"))
    let both = try BinaryRunner.run(["diff", "-", "-"], input: q1)
    #expect(both.status == 64, "\(both)")
    #expect(both.stderr.contains("since OLD already reads standard input"))
  }

  @Test func outputGoesToTheFileAlone() throws {
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("diff.md").path
    let result = try BinaryRunner.run(["diff", Self.q1, Self.q2, "--format", "markdown", "--output", file])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("## Assessment diff: Support bot"))
  }

  @Test func htmlIsOnePageWithBothAssessmentsChartedAndTheSameBytesEachTime() throws {
    let examples = CLIFixtures.repository.appendingPathComponent("rubrics/examples")
    let old = examples.appendingPathComponent("support-bot-2026q1.json").path
    let new = examples.appendingPathComponent("support-bot-2026q2.json").path
    let result = try BinaryRunner.run(["diff", old, new, "--format", "html"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    let page = result.stdout
    HTMLPageChecks.expectWellFormed(page, "diff")
    HTMLPageChecks.expectSelfContained(page, "diff")
    #expect(try HTMLPageChecks.expectTitledDrawings(page, "diff") == 3)
    let outline = XMLOutline(page)
    #expect(outline.all("h1").first?.text == "Assessment diff for Support bot: Monolith → Modular monolith")
    #expect(
      outline.all("title").first?.text == "Assessment diff for Support bot: Monolith → Modular monolith")
    #expect(
      outline.all("h2").map(\.text) == [
        "Need and readiness", "What the changed answers moved", "Answers that changed",
        "How the outcome moved",
        "What appeared and went away",
      ])
    #expect(outline.all("circle").map { $0.attributes["class"] ?? "" } == ["point v0 was", "point v1"])
    #expect(outline.all("code").contains { $0.text == old })
    #expect(!page.contains("was made with"), "the same rubric version: no note")

    let again = try BinaryRunner.run(["diff", old, new, "--format", "html"])
    #expect(again.stdout == page)
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("diff.html").path
    let written = try BinaryRunner.run([
      "diff", old, new, "--format=html", "--output", file, "--fail-on-change",
    ])
    #expect(written.status == 1, "\(written)")
    #expect(written.stdout.isEmpty)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == page)

    // Across rubric versions the note comes right after the heading.
    let versions = try BinaryRunner.run([
      "diff", Self.path("q1-answers-v1.json"), Self.q2, "--format", "html",
    ])
    #expect(versions.status == 0, "\(versions)")
    let text = versions.stdout
    let heading = try #require(text.range(of: "</h1>"))
    let note = try #require(text.range(of: "<p class=\"warning\"><strong>OLD was made with "))
    #expect(
      heading.upperBound < note.lowerBound
        && note.upperBound < (text.range(of: "<h2")?.lowerBound ?? heading.lowerBound))
  }

  @Test func badFilesAreOneSentenceNamingTheFile() throws {
    let missing = try BinaryRunner.run(["diff", Self.path("nowhere.json"), Self.q2])
    #expect(missing.status == 66, "\(missing)")
    #expect(missing.stderr == "error: cannot read \(Self.path("nowhere.json")): No such file or directory\n")
    #expect(missing.stdout.isEmpty)

    let notJSON = try BinaryRunner.run(["diff", Self.q1, Self.path("not-json.json")])
    #expect(notJSON.status == 65, "\(notJSON)")
    #expect(notJSON.stderr.hasPrefix("error: " + Self.path("not-json.json") + ":1:"), "\(notJSON)")
    #expect(Self.lines(notJSON.stderr).count == 2)

    let neither = try BinaryRunner.run(["diff", Self.path("neither.json"), Self.q2])
    #expect(neither.status == 65, "\(neither)")
    #expect(
      neither.stderr
        == "error: \(Self.path("neither.json")):1:1: expected an answers file (an object with \"answers\") or a "
        + "saved JSON report (with \"schema\": \"archadvisor.report/2\"); this object is neither\n")

    let badAnswer = try BinaryRunner.run(["diff", Self.q1, Self.path("bad-answer.json")])
    #expect(badAnswer.status == 65, "\(badAnswer)")
    #expect(badAnswer.stderr.contains(Self.path("bad-answer.json") + ":1:"))
    #expect(badAnswer.stderr.contains("answers.inference: \"own_gpus\""), "\(badAnswer)")

    let usage = try BinaryRunner.run(["diff", Self.q1])
    #expect(usage.status == 64)
    #expect(usage.stderr.contains("missing NEW, the assessment to compare OLD with"))
    let flag = try BinaryRunner.run(["diff", Self.q1, Self.q2, "--fail-on", "monolith"])
    #expect(flag.status == 64)
    #expect(flag.stderr.contains("--fail-on"), "\(flag)")
  }

  @Test func helpDescribesTheCommand() throws {
    for arguments in [["diff", "--help"], ["help", "diff"]] {
      let result = try BinaryRunner.run(arguments)
      #expect(result.status == 0, "\(result)")
      #expect(result.stdout.hasPrefix("Usage: archadvisor diff OLD NEW [OPTIONS]"))
      #expect(result.stdout.contains("--fail-on-change"))
      #expect(result.stdout.contains("1    --fail-on-change and the verdict moved"))
    }
    let main = try BinaryRunner.run(["--help"])
    #expect(main.stdout.contains("archadvisor diff OLD NEW"))
  }
}
