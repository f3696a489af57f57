import ArchAdvisorKit
import Testing

@testable import archadvisor

/// Every option is declared once: help, the three completion scripts and the man page all show
/// what the declarations the parser reads say, and a new declaration shows in all of them.
@Suite struct OptionDeclarationTests {
  /// What help, completions and the man page say of `catalog`.
  private struct Outputs {
    var help: [HelpRequest.Topic: String] = [:]
    var bash: String
    var zsh: String
    var fish: String
    var man: String

    init(_ catalog: CommandCatalog) throws {
      let rubric = try CLITestRubrics.standard()
      for command in catalog.commands {
        help[command.topic] = HelpText(rubric: rubric, width: 200, catalog: catalog).text(for: command.topic)
      }
      bash = BashCompletionScript(catalog: catalog).render()
      zsh = ZshCompletionScript(catalog: catalog).render()
      fish = FishCompletionScript(catalog: catalog).render()
      man = ManPage(catalog: catalog, rubric: rubric).render()
    }

    /// Whether every output shows `option` of `command`.
    func show(_ option: OptionSpec, of command: CommandSpec) -> [String] {
      var missing: [String] = []
      if !(help[command.topic] ?? "").contains(option.usage + " ") { missing.append("help") }
      if !bash.contains("'" + command.path + ":" + option.name + "'") && option.value.takesValue {
        missing.append("bash value")
      }
      if !zsh.contains("'" + option.name + ":") { missing.append("zsh") }
      if !fish.contains("-l " + option.bareName + " ") { missing.append("fish") }
      if !man.contains(ManPage.optionHeader(option)) { missing.append("man") }
      return missing
    }
  }

  @Test func everyDeclaredOptionShowsInHelpCompletionsAndTheManPage() throws {
    let catalog = CommandCatalog.standard
    let outputs = try Outputs(catalog)
    var checked = 0
    for command in catalog.commands {
      for option in command.options {
        #expect(outputs.show(option, of: command) == [], "\(command.path) \(option.name)")
        checked += 1
      }
    }
    #expect(checked > 40)
  }

  @Test func anOptionAddedToADeclarationShowsInAllOfThem() throws {
    var catalog = CommandCatalog.standard
    let added = OptionSpec(
      name: "--explain-like-im-five", placeholder: "LEVEL", value: .choice(["gentle", "blunt"]),
      summary: "A made-up option, declared only here.")
    let index = try #require(catalog.commands.firstIndex { $0.path == "batch" })
    catalog.commands[index].options.insert(added, at: 0)
    let outputs = try Outputs(catalog)
    #expect(outputs.show(added, of: catalog.commands[index]) == [])
    #expect(outputs.bash.contains("gentle blunt"))
    let standard = try Outputs(.standard)
    #expect(standard.show(added, of: catalog.commands[index]).count == 5)
  }

  @Test func parsingReadsTheSameDeclarationsHelpShows() throws {
    // Each command's parser accepts every option its help lists (with a value where one is due)…
    let samples: [OptionValue: String] = [
      .inputFile: "f.json", .outputFile: "out.txt", .text: "2025-01-31", .verdicts: "monolith",
      .verdict: "monolith", .factorWeight: "team_size=2",
    ]
    for command in CommandCatalog.standard.commands where command.topic != .help {
      for option in command.options where option != .help {
        var arguments = command.path.split(separator: " ").map(String.init)
        if ["rubric check", "rubric diff", "diff"].contains(command.path) {
          arguments += ["a.json", "b.json"]
        }
        if command.path == "cases show" { arguments.append("some-case") }
        if command.path == "completions" { arguments.append("bash") }
        arguments.append(option.name)
        if option.name == "--supersedes" {
          // It edits a record in the folder the new one goes to, so it needs both.
          arguments += ["1", "--format", "adr", "--output", "docs/adr/"]
        } else if case .choice(let words) = option.value {
          arguments.append(words[0])
        } else if let sample = samples[option.value] {
          arguments.append(sample)
        }
        #expect(throws: Never.self, "\(command.path) \(option.name)") {
          _ = try CommandLineParser(inputIsTerminal: false).parse(arguments)
        }
      }
    }
    // …and refuses one it does not, naming the nearest.
    #expect(throws: CLIError.unknownOption("--formt", suggestion: "--format")) {
      _ = try CommandLineParser(inputIsTerminal: false).parse(["batch", "--formt", "csv"])
    }
  }
}
