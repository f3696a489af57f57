import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// `--format adr` writes MADR 4.0: its front matter keys and its sections, for every verdict.
@Suite struct ADREndToEndTests {
  /// The README's three projects: a monolith, a modular monolith and microservices.
  static let projects: [(verdict: String, flags: [String])] = [
    (
      "Monolith",
      [
        "--team-size", "3", "--update-frequency", "weekly", "--scaling", "steady", "--stage", "prototype",
        "--complexity", "simple", "--inference", "hosted_api",
      ]
    ),
    (
      "Modular monolith",
      [
        "--team-size", "15", "--update-frequency", "weekly", "--scaling", "spiky", "--resilience", "high",
        "--skills", "containers,orchestration,networking", "--infrastructure", "orchestration,monitoring",
        "--ci-cd", "automated", "--budget", "moderate", "--stage", "production", "--complexity", "moderate",
        "--latency", "sensitive", "--inference", "self_hosted",
      ]
    ),
    (
      "Microservices",
      [
        "--team-size", "200", "--update-frequency", "daily", "--scaling", "spiky", "--resilience", "critical",
        "--skills", "containers,orchestration,networking,security,tracing", "--infrastructure",
        "orchestration,monitoring", "--ci-cd", "continuous", "--budget", "ample", "--stage", "production",
        "--complexity", "complex", "--latency", "sensitive", "--inference", "self_hosted",
      ]
    ),
  ]

  /// MADR 4.0's sections, in order, and its front matter keys.
  static let sections = [
    "## Context and Problem Statement", "## Decision Drivers", "## Considered Options", "## Decision Outcome",
    "### Consequences", "### Confirmation", "## Pros and Cons of the Options", "## More Information",
  ]
  static let keys = ["status", "date", "decision-makers", "consulted", "informed"]

  @Test(arguments: ADREndToEndTests.projects.indices)
  func eachVerdictsRecordHasMADRsFrontMatterAndSections(_ index: Int) throws {
    let project = Self.projects[index]
    let result = try BinaryRunner.run(
      [
        "recommend", "--format", "adr", "--name", "search", "--date", "2026-12-01", "--decision-makers",
        "Ada, Alan",
      ]
        + project.flags)
    #expect(result.status == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "---")
    let end = try #require(lines.dropFirst().firstIndex(of: "---"))
    let front = lines[1..<end]
    #expect(front.map { String($0.prefix { $0 != ":" }) } == Self.keys)
    #expect(front.contains("decision-makers: \"Ada, Alan\""))
    var rest = lines[end...]
    for section in Self.sections {
      guard let found = rest.firstIndex(of: section) else {
        Issue.record("\(project.verdict): missing or out of order: \(section)")
        return
      }
      rest = rest[(found + 1)...]
    }
    #expect(lines.contains { $0.hasPrefix("Chosen option: \"\(project.verdict)\", because ") })
    // Every option has its pros and cons, each a Good, Neutral or Bad item.
    let options = lines.filter {
      $0.hasPrefix("### ") && !["### Consequences", "### Confirmation"].contains($0)
    }
    #expect(options.count == 3)
    #expect(options.contains("### \(project.verdict) (chosen)"))
    #expect(lines.contains { $0.hasPrefix("* Good, because ") })
    #expect(lines.contains { $0.hasPrefix("* Bad, because ") })
  }

  @Test func theStatusIsOneMADRNamesAndNamesAreQuotedForYAML() throws {
    let accepted = try BinaryRunner.run(
      [
        "recommend", "--format", "adr", "--status", "Accepted", "--consulted",
        "Grace \"G\" Hopper\ninjected: yes",
      ]
        + Self.projects[0].flags)
    #expect(accepted.status == 0)
    #expect(accepted.stdout.contains("\nstatus: \"accepted\"\n"))
    #expect(accepted.stdout.contains("\nconsulted: \"Grace \\\"G\\\" Hopper\\ninjected: yes\"\n"))
    #expect(!accepted.stdout.contains("\ninjected: yes"))
    let wrong = try BinaryRunner.run(
      ["recommend", "--format", "adr", "--status", "acepted"] + Self.projects[0].flags)
    #expect(wrong.status == 64)
    #expect(wrong.stderr.contains("did you mean \"accepted\"?"))
  }

  @Test func anOutputFolderGetsTheNextNumberedRecord() throws {
    let root = try CLIFixtures.scratchFolder()
    let folder = root.appendingPathComponent("docs/adr")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // A record numbered by hand, and a file that is not a record, are both respected.
    try Data("old".utf8).write(to: folder.appendingPathComponent("0007-an-older-decision.md"))
    try Data("notes".utf8).write(to: folder.appendingPathComponent("README.md"))
    for (index, project) in Self.projects.prefix(2).enumerated() {
      let result = try BinaryRunner.run(
        ["recommend", "--format", "adr", "--name", "search", "--output", folder.path + "/"] + project.flags)
      #expect(result.status == 0, "\(result)")
      let expected =
        index == 0 ? "0008-use-a-monolith-for-search.md" : "0009-use-a-modular-monolith-for-search.md"
      #expect(result.stderr.contains("wrote " + folder.path + "/" + expected), "\(result.stderr)")
      let text = try String(contentsOf: folder.appendingPathComponent(expected), encoding: .utf8)
      #expect(text.hasPrefix("---\nstatus: \"proposed\"\n"))
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(
      names == [
        "0007-an-older-decision.md", "0008-use-a-monolith-for-search.md",
        "0009-use-a-modular-monolith-for-search.md", "README.md",
      ])
    #expect(
      try String(contentsOf: folder.appendingPathComponent("0007-an-older-decision.md"), encoding: .utf8)
        == "old")
    let missing = try BinaryRunner.run(
      ["recommend", "--format", "adr", "--output", root.appendingPathComponent("nowhere").path + "/"]
        + Self.projects[0].flags)
    #expect(missing.status == 74)
    #expect(missing.stderr.contains("the folder cannot be read (it must exist)"))
  }

  @Test func supersedesMarksTheOldRecordAndLinksItFromTheNewOne() throws {
    let folder = try CLIFixtures.scratchFolder().appendingPathComponent("adr")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let first = try BinaryRunner.run(
      [
        "recommend", "--format", "adr", "--name", "search", "--status", "accepted", "--output",
        folder.path + "/",
      ]
        + Self.projects[0].flags)
    #expect(first.status == 0, "\(first)")
    let oldName = "0001-use-a-monolith-for-search.md"
    let before = try String(contentsOf: folder.appendingPathComponent(oldName), encoding: .utf8)
    let second = try BinaryRunner.run(
      [
        "recommend", "--format", "adr", "--name", "search", "--supersedes", "1", "--output",
        folder.path + "/",
      ]
        + Self.projects[1].flags)
    #expect(second.status == 0, "\(second)")
    #expect(second.stderr.contains("marked " + folder.path + "/" + oldName + " superseded by ADR-0002"))
    let after = try String(contentsOf: folder.appendingPathComponent(oldName), encoding: .utf8)
    // Only the status line changed.
    #expect(after == before.replacing("status: \"accepted\"", with: "status: \"superseded by ADR-0002\""))
    let new = try String(
      contentsOf: folder.appendingPathComponent("0002-use-a-modular-monolith-for-search.md"), encoding: .utf8)
    #expect(new.contains("\nSupersedes [ADR-0001](" + oldName + ").\n"))

    // An adr-tools record keeps its status in a section.
    try Data("# 3. Use Rails\n\n## Status\n\nAccepted\n\n## Context\n\nWe know Rails.\n".utf8).write(
      to: folder.appendingPathComponent("0003-use-rails.md"))
    let third = try BinaryRunner.run(
      ["recommend", "--format", "adr", "--supersedes", "3", "--output", folder.path + "/"]
        + Self.projects[0].flags)
    #expect(third.status == 0, "\(third)")
    #expect(
      try String(contentsOf: folder.appendingPathComponent("0003-use-rails.md"), encoding: .utf8)
        == "# 3. Use Rails\n\n## Status\n\nSuperseded by ADR-0004\n\n## Context\n\nWe know Rails.\n")

    // A record that is not there, or no folder to find it in: nothing is written.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    let missing = try BinaryRunner.run(
      ["recommend", "--format", "adr", "--supersedes", "9", "--output", folder.path + "/"]
        + Self.projects[0].flags)
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("there is no record ADR-0009 in the folder to supersede"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names)
    let noFolder = try BinaryRunner.run(["recommend", "--supersedes", "1"] + Self.projects[0].flags)
    #expect(noFolder.status == 64)
    #expect(noFolder.stderr.contains("add --format adr --output DIR/"))
  }
}
