import ArchAdvisorKit
import Testing

@testable import archadvisor

/// The help of `cases` and `cases show` lists what their parser accepts.
@Suite struct HelpTextCasesTests {
  func help(_ topic: HelpRequest.Topic) throws -> String {
    HelpText(rubric: try CLITestRubrics.standard()).text(for: topic)
  }

  @Test func theListsHelpNamesTheRubricsVerdicts() throws {
    let text = try help(.cases)
    #expect(
      text.contains("VERDICT is one of the rubric's verdicts: monolith, modular_monolith, microservices."))
    #expect(text.contains("archadvisor cases show ID"))
  }

  @Test func theMainHelpListsBothCommands() throws {
    let text = try help(.main)
    #expect(text.contains("archadvisor cases               The case library"))
    #expect(text.contains("archadvisor cases show ID"))
    #expect(try help(.help).contains("cases show"))
  }
}
