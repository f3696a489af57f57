import ArchAdvisorKit
import Testing

@testable import archadvisor

@Suite struct ADRRendererTests {
  let context = RenderContext(rubric: RenderingSamples.rubric, color: true, width: 40, date: "2026-01-02")

  func render(_ report: Report = RenderingSamples.report()) -> String {
    ADRRenderer().render(report, context: context)
  }

  @Test func matchesTheGoldenFile() throws {
    try Golden.check(render(), "sample.adr.md")
  }

  @Test func hasEveryMADRSectionInOrder() {
    let text = render()
    let markers = [
      "---\nstatus: \"proposed\"\ndate: 2026-01-02\ndecision-makers: \"\"\nconsulted: \"\"\ninformed: \"\"\n---\n",
      "\n# Use a modular monolith for payments\n",
      "\n## Context and Problem Statement\n", "\n## Decision Drivers\n", "\n## Considered Options\n",
      "\n## Decision Outcome\n", "\n### Consequences\n", "\n### Confirmation\n",
      "\n## Pros and Cons of the Options\n",
      "\n## More Information\n",
    ]
    var last = text.startIndex
    for marker in markers {
      guard let found = text.range(of: marker, range: last..<text.endIndex) else {
        Issue.record("missing or out of order: \(marker.debugDescription)")
        continue
      }
      last = found.upperBound
    }
    #expect(text.hasPrefix("---\nstatus: \"proposed\"\n"))
  }

  @Test func decisionOutcomeJustifiesTheChoice() {
    let text = render()
    // The justification names what decided it: the rule, then the answers behind the score.
    #expect(
      text.contains(
        "Chosen option: \"Modular monolith\", because the rule `skills_gate` decided it: the score alone points "
          + "to Microservices, as `team_size` = `25` (+26.7)"))
    #expect(
      text.contains("push toward splitting (score +24.5). Build one deployable with clear module boundaries"))
    #expect(
      text.contains("The score is +24.5 on a scale from \u{2212}100 (Monolith) to +100 (Microservices)"))
    #expect(text.contains("Confidence is medium: One factor is unknown"))
    #expect(
      text.contains("* Rule `skills_gate` changed the verdict from Microservices to Modular monolith: A team")
    )
    #expect(text.contains("* Monolith\n* Modular monolith\n* Microservices\n"))
    #expect(text.contains("### Modular monolith (chosen)\n"))
    // The context is the project's answers, not the rubric's blurb.
    #expect(
      text.contains(
        "How should payments be built: as a monolith, a modular monolith or microservices? What we know of it:"
      ))
    #expect(!text.contains("Weighs flexibility"))
  }

  @Test func driversComeFromTheAnsweredFactorsStrongestFirst() {
    let text = render()
    #expect(
      text.contains(
        "## Decision Drivers\n\n* `team_size` = `25` (+26.7): Large teams step on each other in one codebase.\n"
          + "* `update_frequency` = `weekly` (+17.8)"))
    #expect(!text.contains("* `latency` ="), "an unknown factor drove nothing")
  }

  @Test func aCappedVerdictCountsTheReasonsForSplittingAsCosts() {
    // A rule capped Microservices to Modular monolith: the chosen side is the monolith's.
    let text = render()
    #expect(
      text.contains("* Good, because missing skills argue against splitting now (`skills` = `containers`)"))
    #expect(
      text.contains("* Bad, because large teams step on each other in one codebase (`team_size` = `25`)"))
    #expect(text.contains("* Bad, because weekly releases benefit from independent deploys"))
    #expect(
      !text.contains("prerequisites in place"), "prerequisites are a cost of splitting, not of this choice")
  }

  @Test func anUncappedVerdictTakesTheSideOfItsBand() {
    var report = RenderingSamples.report()
    report.verdict = RenderingSamples.microservices
    report.prerequisites = ["Set up distributed tracing."]
    let text = render(report)
    #expect(text.contains("# Use microservices for payments\n"))
    #expect(text.contains("* Good, because large teams step on each other"))
    #expect(text.contains("* Bad, because missing skills argue against splitting now"))
    #expect(text.contains("* Bad, because the team must first put 1 prerequisite in place (see below)"))

    report.verdict = RenderingSamples.monolith
    report.scoreVerdict = RenderingSamples.monolith
    let monolith = render(report)
    #expect(monolith.contains("# Use a monolith for payments\n"))
    #expect(monolith.contains("* Bad, because large teams step on each other"))
    #expect(monolith.contains("* Good, because missing skills argue against splitting now"))
  }

  @Test func aModularMonolithKeepsOneDeployableWhateverTheScore() {
    // A modular monolith is one deployable: reasons against splitting are what it gains, reasons
    // for splitting are what it costs, on either side of 0.
    var report = RenderingSamples.report()
    report.scoreVerdict = RenderingSamples.modular
    for score in [-5.0, 0, 5] {
      report.score = score
      let text = render(report)
      #expect(text.contains("* Good, because missing skills argue"), "score \(score)")
      #expect(text.contains("* Bad, because large teams step on each other"), "score \(score)")
    }
  }

  @Test func followUpsInMoreInformation() {
    let text = render()
    #expect(text.contains("Follow-ups:\n\n* Latency was not answered; every network hop may matter.\n"))
    #expect(text.contains("- [ ] Set up distributed tracing.\n- [ ] Automate deployments.\n"))
    #expect(
      text.contains(
        "re-assess (`archadvisor recommend` with the new answers) when one of these comes true:\n\n* If `skills` were"
      ))
  }

  @Test func titlesTakeTheArticleEnglishWants() {
    #expect(ADRRenderer.phrase("Monolith") == "a monolith")
    #expect(ADRRenderer.phrase("Modular monolith") == "a modular monolith")
    #expect(ADRRenderer.phrase("Microservices") == "microservices")
    #expect(ADRRenderer.phrase("Event-driven design") == "an event-driven design")
    #expect(ADRRenderer.phrase("SOA platform") == "a SOA platform")
    #expect(ADRRenderer.phrase("Serverless") == "a serverless")
    var unnamed = RenderingSamples.report(name: nil)
    #expect(ADRRenderer.title(for: unnamed) == "Use a modular monolith for this system")
    unnamed.name = ""
    #expect(ADRRenderer.title(for: unnamed) == "Use a modular monolith for this system")
    unnamed.name = " \t"
    #expect(ADRRenderer.title(for: unnamed) == "Use a modular monolith for this system")
  }

  @Test func fileNameIsAPaddedNumberAndAKebabSlug() {
    #expect(
      ADRRenderer.fileName(number: 7, report: RenderingSamples.report())
        == "docs/adr/0007-use-a-modular-monolith-for-payments.md")
    #expect(
      ADRRenderer.fileName(number: 12345, report: RenderingSamples.report(name: nil))
        == "docs/adr/12345-use-a-modular-monolith-for-this-system.md")
    #expect(ADRRenderer.fileName(number: -1, report: RenderingSamples.report()).hasPrefix("docs/adr/0000-"))
  }

  @Test(
    arguments: RenderingSamples.hostileNames + [
      "../../etc", "🚀🚀🚀", "ÉÉÉ", String(repeating: "a b ", count: 100),
    ])
  func slugIsSafeForHostileNames(name: String) {
    let path = ADRRenderer.fileName(number: 1, report: RenderingSamples.report(name: name))
    #expect(path.hasPrefix("docs/adr/0001-"))
    #expect(path.hasSuffix(".md"))
    let slug = path.dropFirst("docs/adr/0001-".count).dropLast(".md".count)
    #expect(!slug.isEmpty)
    #expect(slug.count <= ADRRenderer.slugLimit)
    #expect(slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
    #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-"))
    #expect(!slug.contains("--"))
    #expect(!path.contains(".."))
    #expect(path.split(separator: "/").count == 3)
  }

  @Test func slugEdgeCases() {
    #expect(ADRRenderer.slug("") == "decision")
    #expect(ADRRenderer.slug("../..") == "decision")
    #expect(ADRRenderer.slug("🚀") == "decision")
    #expect(ADRRenderer.slug("Use a monolith for ../../etc") == "use-a-monolith-for-etc")
    #expect(ADRRenderer.slug("Café au lait") == "caf-au-lait")
    #expect(ADRRenderer.slug(String(repeating: "abcd-", count: 30)).count == 59)
    #expect(ADRRenderer.slug(String(repeating: "x", count: 100)).count == 60)
  }

  @Test(arguments: RenderingSamples.hostileNames)
  func hostileInputStaysInsideItsLine(hostile: String) {
    let text = render(RenderingSamples.hostileReport(hostile))
    #expect(!text.unicodeScalars.contains("\u{1B}"))
    #expect(!text.unicodeScalars.contains("\r"))
    #expect(!text.unicodeScalars.contains("\u{202E}"))
    let lines = text.split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("# ") }.count == 1)
    #expect(lines.filter { $0 == "---" }.count == 2)
    #expect(lines[1] == "status: \"proposed\"")
  }

  @Test func aMalformedDateCannotBreakTheFrontMatter() {
    var context = context
    context.date = "2026-01-02\nstatus: accepted"
    let text = ADRRenderer().render(RenderingSamples.report(), context: context)
    #expect(text.hasPrefix("---\nstatus: \"proposed\"\ndate: YYYY-MM-DD\ndecision-makers: \"\""))
    #expect(ADRRenderer.isDate("2026-11-29"))
    #expect(!ADRRenderer.isDate("2026-1-29"))
    #expect(!ADRRenderer.isDate(""))
  }

  @Test func frontMatterValuesAreYAMLDoubleQuotedScalars() {
    #expect(ADRRenderer.yamlString("Ada, Alan") == "\"Ada, Alan\"")
    #expect(ADRRenderer.yamlString("a\"b\\c") == "\"a\\\"b\\\\c\"")
    #expect(ADRRenderer.yamlString("one\ntwo\u{7}") == "\"one\\ntwo\\u0007\"")
    #expect(ADRRenderer.yamlString("") == "\"\"")
  }
}
