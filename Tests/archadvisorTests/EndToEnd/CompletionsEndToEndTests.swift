import Foundation
import Testing

@testable import archadvisor

/// `archadvisor completions bash|zsh|fish`, run in the real shells: bash always (it is on every
/// machine the tests run on), zsh and fish when they are installed (skipped otherwise, as the
/// test's name says).
@Suite struct CompletionsEndToEndTests {
  /// Runs `script` in `shell` with the built binary first on `PATH`, as an installed one would be.
  private func run(_ shell: String, _ script: String) throws -> BinaryRunner.Result {
    let folder = try #require(BinaryRunner.binary).deletingLastPathComponent().path
    return try BinaryRunner.shell(
      "exec \(shell) -c \"$SCRIPT\"",
      environment: [
        "PATH": folder + ":" + (BinaryRunner.baseEnvironment["PATH"] ?? ""), "SCRIPT": script,
        "HOME": NSTemporaryDirectory(),
      ])
  }

  /// A bash script that loads the completions and prints what `words` complete to, one per line.
  private func bashCompletes(_ words: [String]) -> String {
    let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
    return """
      source <(archadvisor completions bash) || exit 9
      COMP_WORDS=(\(quoted)); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
      _archadvisor
      printf '%s\\n' "${COMPREPLY[@]}"
      """
  }

  @Test func theBashScriptParsesAndRegistersItself() throws {
    let result = try run(
      "bash",
      "archadvisor completions bash > \"$HOME/c.bash\" && bash -n \"$HOME/c.bash\" && source \"$HOME/c.bash\" && complete -p archadvisor"
    )
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout == "complete -F _archadvisor archadvisor\n")
  }

  @Test func bashCompletesACommandFromItsStart() throws {
    let result = try run("bash", bashCompletes(["archadvisor", "rec"]))
    #expect(result.stdout == "recommend\n", "\(result)")
  }

  @Test func bashCompletesAFactorFlagsOptionsFromTheRubric() throws {
    let result = try run("bash", bashCompletes(["archadvisor", "recommend", "--scaling", ""]))
    #expect(result.stdout == "steady\ngrowing\nspiky\n", "\(result)")
    let flags = try run("bash", bashCompletes(["archadvisor", "recommend", "--team-s"]))
    #expect(flags.stdout == "--team-size\n", "\(flags)")
  }

  @Test func bashHonoursTheRubricOnTheLine() throws {
    let rubric = CLIFixtures.path("rubric-custom.json")
    let result = try run(
      "bash", bashCompletes(["archadvisor", "recommend", "--rubric", rubric, "--hosting", ""]))
    #expect(result.stdout == "laptop\nback\ncloud\n", "\(result)")
    let verdicts = try run("bash", bashCompletes(["archadvisor", "recommend", "--fail-on", "monolith,m"]))
    #expect(
      verdicts.stdout == "monolith,monolith\nmonolith,modular_monolith\nmonolith,microservices\n",
      "\(verdicts)")
  }

  @Test func bashCompletesFormatsSubcommandsAndFiles() throws {
    #expect(
      try run("bash", bashCompletes(["archadvisor", "batch", "--format", "j"])).stdout == "json\njsonl\n")
    #expect(try run("bash", bashCompletes(["archadvisor", "rubric", "sh"])).stdout == "show\n")
    let files = try run(
      "bash",
      "cd \"$HOME\" && mkdir -p cmp && touch cmp/answers.json && "
        + bashCompletes(["archadvisor", "recommend", "--answers", "cmp/ans"]))
    #expect(files.stdout == "cmp/answers.json\n", "\(files)")
  }

  @Test(.enabled(if: CompletionsEndToEndTests.installed("zsh"), "zsh is not installed: skipped"))
  func theZshScriptLoadsInZsh() throws {
    let result = try run(
      "zsh",
      "autoload -U compinit && compinit -u -d \"$HOME/.zcompdump\" && source <(archadvisor completions zsh) && whence -w _archadvisor"
    )
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout == "_archadvisor: function\n")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
  }

  @Test(.enabled(if: CompletionsEndToEndTests.installed("fish"), "fish is not installed: skipped"))
  func theFishScriptLoadsAndCompletesInFish() throws {
    let result = try run(
      "fish",
      "archadvisor completions fish | source; and complete -C 'archadvisor rec'; and complete -C 'archadvisor recommend --scaling '; and complete -C 'archadvisor recommend --skills containers,t'"
    )
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map {
      $0.split(separator: "\t").first.map(String.init) ?? ""
    }
    #expect(lines == ["recommend", "growing", "spiky", "steady", "containers,tracing"], "\(result.stdout)")
  }

  /// Whether `program` is on the tests' `PATH`.
  static func installed(_ program: String) -> Bool {
    (BinaryRunner.baseEnvironment["PATH"] ?? "").split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: $0 + "/" + program)
    }
  }
}
