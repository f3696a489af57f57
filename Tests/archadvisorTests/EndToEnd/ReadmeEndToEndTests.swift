import Foundation
import Testing

/// The README's commands, run as shown: every `$ archadvisor …` line of a `text` block is run
/// (standard error with standard output, in the order written) in a scratch folder holding the
/// files the README names, and where the README shows what it prints, the output must be exactly
/// that. A command shown without output must still be one archadvisor accepts (no exit 64). A
/// block preceded by `<!-- not run: why -->` is left out (a terminal session, say).
@Suite struct ReadmeEndToEndTests {
  /// One shown command and what the README says it prints.
  struct Example: CustomStringConvertible {
    var line: Int
    var command: String
    var output: [String]
    var description: String { "README.md:\(line): \(command)" }
  }

  /// The README's examples, block by block.
  static func blocks() throws -> [[Example]] {
    let text = try String(
      contentsOf: CLIFixtures.repository.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = text.components(separatedBy: "\n")
    var blocks: [[Example]] = []
    var index = 0
    while index < lines.count {
      defer { index += 1 }
      guard lines[index] == "```text" else { continue }
      let skipped = index > 0 && lines[index - 1].hasPrefix("<!-- not run")
      var block: [Example] = []
      index += 1
      while index < lines.count, lines[index] != "```" {
        let line = lines[index]
        if line.hasPrefix("$ ") {
          var command = String(line.dropFirst(2))
          let start = index + 1
          while command.hasSuffix("\\"), index + 1 < lines.count {
            index += 1
            command = String(command.dropLast()) + " " + lines[index].trimmingCharacters(in: .whitespaces)
          }
          block.append(Example(line: start, command: command, output: []))
        } else if !block.isEmpty {
          block[block.count - 1].output.append(line)
        }
        index += 1
      }
      if !skipped, block.contains(where: { $0.command.contains("archadvisor") }) { blocks.append(block) }
    }
    return blocks
  }

  /// A folder with the files the README's commands read, and `rubrics` and `Tests` of the
  /// repository beside them.
  static func scratchFolder() throws -> URL {
    let folder = try CLIFixtures.scratchFolder()
    let root = CLIFixtures.repository
    let files = FileManager.default
    for name in ["rubrics", "Tests"] {
      try files.createSymbolicLink(
        at: folder.appendingPathComponent(name), withDestinationURL: root.appendingPathComponent(name))
    }
    let examples = root.appendingPathComponent("rubrics/examples")
    try files.copyItem(
      at: examples.appendingPathComponent("support-bot.json"),
      to: folder.appendingPathComponent("support-bot.json"))
    try files.createDirectory(
      at: folder.appendingPathComponent("portfolio"), withIntermediateDirectories: true)
    try files.createDirectory(
      at: folder.appendingPathComponent("docs/adr"), withIntermediateDirectories: true)
    let portfolio = try String(
      contentsOf: examples.appendingPathComponent("portfolio.jsonl"), encoding: .utf8)
    let good = portfolio.split(separator: "\n").filter {
      !$0.contains("\"lots\"") && !$0.contains("\"twelve\"")
    }
    try good.joined(separator: "\n").write(
      to: folder.appendingPathComponent("portfolio/projects.jsonl"), atomically: true, encoding: .utf8)
    try ("[" + good.joined(separator: ",\n") + "]\n").write(
      to: folder.appendingPathComponent("projects.json"), atomically: true, encoding: .utf8)
    // The README's "rubric check" shows the problems of a broken rubric.
    try files.copyItem(
      at: CLIFixtures.folder.appendingPathComponent("rubric-broken.json"),
      to: folder.appendingPathComponent("my-rubric.json"))
    try files.copyItem(
      at: root.appendingPathComponent(
        "Tests/ArchAdvisorKitTests/Fixtures/rubrics/genai-architecture-v1.json"),
      to: folder.appendingPathComponent("old.json"))
    return folder
  }

  /// Whether `printed` is what `shown` shows: line for line, where a line that is only `…`
  /// (indented or not) stands for any number of lines the README leaves out.
  static func matches(_ printed: [String], _ shown: [String]) -> Bool {
    guard let first = shown.first else { return printed.isEmpty }
    if first.trimmingCharacters(in: .whitespaces) == "…" {
      let rest = Array(shown.dropFirst())
      return (0...printed.count).contains { matches(Array(printed.dropFirst($0)), rest) }
    }
    guard let line = printed.first, line == first else { return false }
    return matches(Array(printed.dropFirst()), Array(shown.dropFirst()))
  }

  @Test func anEllipsisLineStandsForLeftOutLines() {
    #expect(Self.matches(["a", "b", "c", "d"], ["a", "…", "d"]))
    #expect(Self.matches(["a", "d"], ["a", "  …", "d"]))
    #expect(!Self.matches(["a", "b", "c"], ["a", "…", "d"]))
    #expect(!Self.matches(["a", "b"], ["a"]))
  }

  @Test func everyCommandShownRunsAndPrintsWhatIsShown() throws {
    let blocks = try Self.blocks()
    #expect(blocks.count > 10)
    let folder = try Self.scratchFolder()
    let binaryFolder = try #require(BinaryRunner.binary).deletingLastPathComponent().path
    var compared = 0
    for block in blocks {
      // One shell per block, so `echo $?` sees the command before it; a marker line with the
      // status after each command splits the output.
      let script = block.map { example in
        let command = example.command.replacing("swift run archadvisor", with: "archadvisor")
        return "{ \(command)\n} 2>&1; __status=$?; printf '\\n@@%s@@\\n' \"$__status\"; (exit $__status)"
      }.joined(separator: "\n")
      let result = try BinaryRunner.shell(
        script,  // The README shows what a UTF-8 terminal shows (block characters in the bars).
        environment: [
          "PATH": binaryFolder + ":" + (BinaryRunner.baseEnvironment["PATH"] ?? ""), "LC_ALL": "C.UTF-8",
        ],
        directory: folder)
      var rest = Substring(result.stdout)
      for example in block {
        guard let marker = rest.firstMatch(of: /\n@@(\d+)@@\n/) else {
          Issue.record("\(example): no output marker; the block's shell stopped: \(result)")
          break
        }
        let shown = String(rest[..<marker.range.lowerBound]).trimmingCharacters(in: .newlines)
        let status = Int(marker.output.1) ?? -1
        rest = rest[marker.range.upperBound...]
        // Usage errors are what a wrong README command gets: an option or command that does not exist.
        #expect(status != 64 || example.output.contains { $0.hasPrefix("error: ") }, "\(example)\n\(shown)")
        if !example.output.allSatisfy(\.isEmpty) {
          compared += 1
          let expected = example.output.joined(separator: "\n").trimmingCharacters(in: .newlines)
          #expect(
            Self.matches(shown.components(separatedBy: "\n"), expected.components(separatedBy: "\n")),
            "\(example)\n--- shown in the README ---\n\(expected)\n--- printed ---\n\(shown)")
        }
      }
    }
    #expect(compared > 10)
  }
}
