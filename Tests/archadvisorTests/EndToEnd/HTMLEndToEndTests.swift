import ArchAdvisorKit
import Foundation
import Testing

@testable import archadvisor

/// `--format html` through the binary: `recommend` and `batch` write a page that parses, with
/// its charts, and the text report's pictures follow the locale.
@Suite struct HTMLEndToEndTests {
  static let gpuTeam = [
    "--team-size", "15", "--update-frequency", "weekly", "--scaling", "spiky", "--resilience", "high",
    "--skills", "containers,orchestration,networking", "--infrastructure", "orchestration,monitoring",
    "--ci-cd", "automated", "--budget", "moderate", "--stage", "production", "--complexity", "moderate",
    "--latency", "sensitive", "--inference", "self_hosted",
  ]

  @Test func recommendWritesOnePageWithBothCharts() throws {
    let result = try BinaryRunner.run(
      ["recommend", "--format", "html", "--name", "GPU <team>"] + Self.gpuTeam)
    #expect(result.status == 0, "\(result)")
    let outline = XMLOutline(result.stdout)
    #expect(outline.error == nil, "\(outline.error ?? "")")
    #expect(outline.all("h1").first?.text == "Recommendation for GPU <team>: Modular monolith")
    #expect(outline.all("svg").count == 2)
    #expect(outline.all("title").map(\.text).contains("Need and readiness"))
    #expect(result.stdout.contains("Model inference"))
    // Twice, the same bytes: no date unless one is given.
    let again = try BinaryRunner.run(
      ["recommend", "--format", "html", "--name", "GPU <team>"] + Self.gpuTeam)
    #expect(again.stdout == result.stdout)
  }

  @Test func batchWritesOnePortfolioPageAndStillExits65ForARejectedRecord() throws {
    let portfolio = CLIFixtures.repository.appendingPathComponent("rubrics/examples/portfolio.jsonl").path
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-e2e-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("portfolio.html").path
    let result = try BinaryRunner.run(["batch", "--format", "html", "--output", output, portfolio])
    #expect(result.status == 65, "\(result)")
    #expect(result.stdout.isEmpty)
    let page = try String(contentsOfFile: output, encoding: .utf8)
    let outline = XMLOutline(page)
    #expect(outline.error == nil, "\(outline.error ?? "")")
    #expect(outline.all("h1").first?.text == "Portfolio report")
    let projects = outline.all("th").filter { $0.attributes["scope"] == "row" }.map(\.text)
    // The table sorted by verdict, then the heat map in input order.
    #expect(
      Array(projects.suffix(6)) == [
        "support-bot", "doc-search", "vision-platform", "support-bot", "doc-search", "vision-platform",
      ])
    #expect(page.contains("Rejected records"))
    #expect(page.contains("answers.team_size"))
  }

  @Test func theTextReportsBarsFollowTheLocale() throws {
    let utf8 = try BinaryRunner.run(["recommend"] + Self.gpuTeam, environment: ["LC_ALL": "en_US.UTF-8"])
    #expect(
      utf8.stdout.contains("  Need ──────────┼┼●──────── +18.0 · Readiness █████▌···· 55.0\n"),
      "\(utf8.stdout)")
    #expect(utf8.stdout.contains("  +10.9 █████   scaling = spiky"))
    let ascii = try BinaryRunner.run(["recommend"] + Self.gpuTeam, environment: ["LC_ALL": "C"])
    #expect(
      ascii.stdout.contains("  Need ----------||*-------- +18.0 | Readiness #####=.... 55.0\n"),
      "\(ascii.stdout)")
    #expect(ascii.stdout.contains("  +10.9 #####   scaling = spiky"))
    // LC_ALL wins over LANG, as POSIX orders them.
    let overridden = try BinaryRunner.run(
      ["recommend"] + Self.gpuTeam, environment: ["LC_ALL": "C", "LANG": "en_US.UTF-8"])
    #expect(!overridden.stdout.contains("█"))
  }
}
