import Testing

@testable import archadvisor

@Suite struct OutputFormatTests {
  @Test func namesAreTheFormatFlagValues() {
    #expect(
      OutputFormat.allCases.map(\.rawValue) == ["text", "json", "jsonl", "markdown", "csv", "adr", "html"])
    #expect(OutputFormat(rawValue: "yaml") == nil)
  }

  @Test func eachFormatHasItsRenderer() {
    let context = RenderContext(rubric: RenderingSamples.rubric, date: "2026-01-02")
    let report = RenderingSamples.report()
    let outputs = OutputFormat.allCases.map { $0.renderer.render(report, context: context) }
    #expect(outputs[0].hasPrefix("Recommendation for payments: "))
    #expect(outputs[1].hasPrefix("{\n  \"schema\": \"archadvisor.report/2\""))
    // JSON Lines: the same report on one line.
    #expect(outputs[2].hasPrefix("{\"schema\":\"archadvisor.report/2\""))
    #expect(outputs[2].filter { $0 == "\n" }.count == 1)
    #expect(outputs[3].hasPrefix("# Recommendation for payments: "))
    #expect(outputs[4].hasPrefix("name,verdict,"))
    #expect(outputs[5].hasPrefix("---\nstatus: \"proposed\"\n"))
    #expect(outputs[6].hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
    // Each ends with exactly one line break (CSV's is CRLF, one `Character`).
    for output in outputs {
      #expect(output.utf8.last == 10)
      #expect(!output.hasSuffix("\n\n") && !output.hasSuffix("\r\n\r\n"))
    }
  }
}
