import ArchAdvisorKit
import Testing

@testable import archadvisor

/// The help of `cases` and `cases show` lists what their parser accepts.
@Suite struct HelpTextCasesTests {
  func help(_ topic: HelpRequest.Topic) throws -> String {
    HelpText(rubric: try CLITestRubrics.standard()).text(for: topic)
  }

  @Test(arguments: [
    (HelpRequest.Topic.cases, OptionSpec.casesOptions), (.casesShow, OptionSpec.caseShowOptions),
  ])
  func everyOptionIsListedWithItsSummary(_ topic: HelpRequest.Topic, _ options: [OptionSpec]) throws {
    let text = try help(topic)
    for option in options {
      #expect(text.contains(option.name), "\(option.name)")
      let firstWords = option.summary.split(separator: " ").prefix(3).joined(separator: " ")
      #expect(text.contains(firstWords), "\(option.name): \(firstWords)")
    }
  }

  @Test func theListsHelpNamesTheRubricsVerdicts() throws {
    let text = try help(.cases)
    #expect(
      text.contains("VERDICT is one of the rubric's verdicts: monolith, modular_monolith, microservices."))
    #expect(text.contains("archadvisor cases show ID"))
  }

  @Test func theMainHelpListsBothCommands() throws {
    let text = try help(.main)
    #expect(text.contains("archadvisor cases [OPTIONS]"))
    #expect(text.contains("archadvisor cases show ID"))
    #expect(try help(.help).contains("cases show"))
  }
}
