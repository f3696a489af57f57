import ArchAdvisorKit
import Testing

@testable import archadvisor

/// Help lists what the parser accepts: every option of every command, every factor flag of the
/// rubric with its values, and examples.
@Suite struct HelpTextTests {
  func help(_ topic: HelpRequest.Topic, rubric: Rubric? = nil) throws -> String {
    HelpText(rubric: try rubric ?? CLITestRubrics.standard()).text(for: topic)
  }

  @Test(arguments: HelpRequest.Topic.allCases)
  func everyTopicHasUsageAndEndsWithANewline(_ topic: HelpRequest.Topic) throws {
    let text = try help(topic)
    #expect(text.contains("Usage"))
    #expect(text.hasSuffix("\n"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test func recommendListsEveryFactorFlagWithItsValues() throws {
    let rubric = try CLITestRubrics.standard()
    let text = try help(.recommend)
    for factor in rubric.factors {
      #expect(text.contains(factor.flag + " "), "\(factor.flag)")
      for id in factor.optionIDs { #expect(text.contains(id), "\(factor.id): \(id)") }
    }
    #expect(text.contains("--team-size N"))
    #expect(text.contains("a whole number of engineers ≥ 1"))
    #expect(text.contains("--skills IDS"))
    #expect(text.contains("Examples:"))
  }

  @Test(arguments: CommandCatalog.standard.commands.map(\.topic))
  func everyOptionIsListedWithItsSummary(_ topic: HelpRequest.Topic) throws {
    let text = try help(topic)
    for option in try #require(CommandCatalog.standard[topic]).options {
      #expect(text.contains(option.name), "\(option.name)")
      let firstWords = option.summary.split(separator: " ").prefix(3).joined(separator: " ")
      #expect(text.contains(firstWords), "\(option.name): \(firstWords)")
    }
  }

  @Test func aCustomRubricsFlagsReplaceTheDefaultOnes() throws {
    let text = try help(.recommend, rubric: try CLITestRubrics.custom())
    #expect(text.contains("--users N"))
    #expect(text.contains("--hosting ID"))
    #expect(text.contains("one of laptop, back, cloud"))
    #expect(!text.contains("--team-size"))
    #expect(text.contains("rubric tiny 2.1.0"))
  }

  @Test func askSaysWherePromptsGo() throws {
    let text = try help(.ask)
    #expect(text.contains("standard error"))
    #expect(text.contains("back"))
    #expect(text.contains("?"))
  }

  @Test func linesFitTheWidth() throws {
    for topic in HelpRequest.Topic.allCases {
      for line in try help(topic).split(separator: "\n") where !line.hasPrefix("  archadvisor ") {
        #expect(line.unicodeScalars.count <= 100, "\(topic): \(line)")
      }
    }
  }

  @Test func versionLineNamesTheRubric() throws {
    #expect(
      HelpText.versionLine(rubric: try CLITestRubrics.standard())
        == "archadvisor 0.1.0 (rubric genai-architecture 2.0.1)")
  }
}

/// Every help lists exit codes from the one table, ``ExitCode``.
@Suite struct ExitStatusHelpTests {
  @Test func theMainHelpListsEveryExitCodeWithItsMeaning() throws {
    let text = HelpText(rubric: try CLITestRubrics.standard(), width: 100).text(for: .main)
    for code in ExitCode.allCases {
      let number = String(code.rawValue)
      let line = "  " + number + String(repeating: " ", count: 5 - number.count) + code.meaning
      #expect(text.contains(line + "\n"), "\(line)")
    }
    #expect(text.contains("  130  stopped at a prompt"))
  }
}
