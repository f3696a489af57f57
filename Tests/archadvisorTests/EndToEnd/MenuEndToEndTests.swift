import ArchAdvisorKit
import Foundation
import Testing

/// `archadvisor ask` in a pseudo-terminal, keys typed as a person types them: the menus, the
/// review, the line prompts of `--plain` and `TERM=dumb`, and the terminal's settings, which are
/// the same after every run as before it, however it ended.
///
/// Each key is sent only once the text it answers is on the screen, so a loaded machine makes
/// these tests slower, not flaky.
@Suite(.serialized) struct MenuEndToEndTests {
  typealias Keys = TerminalSession.Keys

  /// A scratch folder with the path of an answers file to `--save` in it.
  struct Scratch {
    let folder: URL
    var save: String { folder.appendingPathComponent("answers.json").path }

    init() throws { folder = try CLIFixtures.scratchFolder() }

    /// The saved answers, by factor id.
    func saved() throws -> JSONValue? {
      try JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: save)))).at("answers")
    }
  }

  /// Enter at every question from `first` (1-based) to the last, then Enter at the review.
  static func enterToTheEnd(_ session: TerminalSession, from first: Int, through last: Int = 12) throws {
    for number in first...last {
      try session.waitFor("Question \(number) of 12")
      session.send(Keys.enter)
    }
    try session.waitFor("Your answers:")
    try session.waitFor("> ")
    session.send(Keys.enter)
  }

  /// The program ended with `status`, the terminal's settings as they were and its cursor shown.
  static func expectEnded(
    _ session: TerminalSession, status: Int32, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    #expect(try session.waitForExit() == status, "\(session.text)", sourceLocation: sourceLocation)
    #expect(
      try session.settingsAreRestored(), "the terminal settings changed", sourceLocation: sourceLocation)
    let output = String(decoding: session.output, as: UTF8.self)
    if let hidden = output.range(of: "\u{1B}[?25l", options: .backwards) {
      #expect(
        output[hidden.upperBound...].contains("\u{1B}[?25h"), "the cursor is left hidden",
        sourceLocation: sourceLocation)
    }
  }

  @Test func downAndEnterPickTheSecondOption() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.folder) }
    let session = try TerminalSession(["ask", "--save", scratch.save])
    try session.waitFor("Question 1 of 12: How many engineers work on the system?")
    session.send("3" + Keys.enter)
    try session.waitFor("Question 2 of 12")
    // "Don't know" is the default, so the cursor starts on it, at the end; ↓ wraps to the first.
    try session.waitFor(">    Don't know (default)")
    session.send(Keys.down)
    try session.waitFor("> 1. rarely")
    session.send(Keys.down)
    try session.waitFor("> 2. monthly")
    session.send(Keys.enter)
    try session.waitFor("✓ How often do models and features change in production? monthly")
    try Self.enterToTheEnd(session, from: 3)
    try Self.expectEnded(session, status: 0)
    let saved = try scratch.saved()
    #expect(saved?.at("update_frequency")?.stringValue == "monthly")
    #expect(saved?.at("team_size")?.integerValue == 3)
    #expect(saved?.at("scaling") == nil, "Enter on Don't know leaves it unknown")
    #expect(session.text.contains("Recommendation"), "the report is shown after the review")
  }

  /// The README's first menu is what the terminal shows after `3`, Enter and ↓.
  @Test func theREADMEsMenuSampleIsRealOutput() throws {
    let readme = try String(
      contentsOf: CLIFixtures.repository.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "$ swift run archadvisor ask --save a.json\n"))
    let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
    let sample = readme[start.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
    let session = try TerminalSession(["ask"])
    try session.waitFor("Question 1 of 12")
    session.send("3" + Keys.enter)
    try session.waitFor("Question 2 of 12")
    session.send(Keys.down)
    try session.waitFor("> 1. rarely")
    for line in sample { #expect(session.text.contains(line), "\(line)") }
    session.send(Keys.ctrlC)
    try Self.expectEnded(session, status: 130)
  }

  @Test func spaceTicksTheItemsOfASet() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.folder) }
    let session = try TerminalSession(["ask", "--save", scratch.save])
    for number in 1...4 {
      try session.waitFor("Question \(number) of 12")
      session.send(Keys.enter)
    }
    try session.waitFor("Question 5 of 12: Which skills")
    session.send(Keys.down)
    try session.waitFor("> [ ] 1. containers")
    session.send(" ")
    try session.waitFor("> [x] 1. containers")
    session.send(Keys.down + Keys.down)
    try session.waitFor("> [ ] 3. networking")
    session.send(" ")
    try session.waitFor("> [x] 3. networking")
    // Ticked twice is unticked.
    session.send(Keys.up + " " + " ")
    try session.waitFor("> [ ] 2. orchestration")
    session.send(Keys.enter)
    try session.waitFor("✓ Which skills does the team already have in practice? containers, networking")
    try Self.enterToTheEnd(session, from: 6)
    try Self.expectEnded(session, status: 0)
    #expect(
      try scratch.saved()?.at("skills")?.arrayValue?.map(\.stringValue) == ["containers", "networking"])
  }

  @Test func aTypedIDOrNumberStillWorksInAnyCase() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.folder) }
    let session = try TerminalSession(["ask", "--save", scratch.save])
    try session.waitFor("Question 1 of 12")
    session.send("4" + Keys.enter)
    try session.waitFor("Question 2 of 12")
    // The start of an id, in capitals: the cursor jumps there, Enter picks it.
    session.send("WEE")
    try session.waitFor("> 3. weekly")
    session.send(Keys.enter)
    try session.waitFor("Question 3 of 12")
    session.send("spiky" + Keys.enter)
    try session.waitFor("Question 4 of 12")
    session.send("2" + Keys.enter)
    try session.waitFor("Question 5 of 12")
    // A set takes a typed list, as at a line prompt.
    session.send("tracing,1" + Keys.enter)
    try session.waitFor("Question 6 of 12")
    // A typo is answered with "did you mean", and the question stays.
    session.send("monitorin" + Keys.enter)
    try session.waitFor("did you mean \"monitoring\"?")
    session.send("\u{1B}" + "none" + Keys.enter)
    try Self.enterToTheEnd(session, from: 7)
    try Self.expectEnded(session, status: 0)
    let saved = try scratch.saved()
    #expect(saved?.at("update_frequency")?.stringValue == "weekly")
    #expect(saved?.at("scaling")?.stringValue == "spiky")
    #expect(saved?.at("resilience")?.stringValue == "medium")
    #expect(saved?.at("skills")?.arrayValue?.map(\.stringValue) == ["containers", "tracing"])
    #expect(saved?.at("infrastructure")?.arrayValue == [])
  }

  @Test func theReviewChangesOneAnswerByNumber() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.folder) }
    let session = try TerminalSession(["ask", "--save", scratch.save])
    for number in 1...12 {
      try session.waitFor("Question \(number) of 12")
      session.send(Keys.enter)
    }
    try session.waitFor("Your answers:")
    try session.waitFor(" 3. scaling           Don't know")
    session.send("3" + Keys.enter)
    try session.waitFor("Question 3 of 12: How does the load on the system behave?")
    session.send("spiky" + Keys.enter)
    // Back at the review, not at question 4.
    try session.waitFor("Your answers:")
    try session.waitFor(" 3. scaling           spiky")
    session.send(Keys.enter)
    try Self.expectEnded(session, status: 0)
    #expect(
      !session.text.contains("Question 4 of 12: How bad is it when part of the system fails?\n  1. low\n"))
    let saved = try scratch.saved()
    #expect(saved?.objectValue?.count == 1)
    #expect(saved?.at("scaling")?.stringValue == "spiky")
  }

  @Test func leftAndBackReturnToThePreviousQuestion() throws {
    let session = try TerminalSession(["ask", "--format", "json", "--output", "/dev/null"])
    try session.waitFor("Question 1 of 12")
    session.send("8" + Keys.enter)
    try session.waitFor("Question 2 of 12")
    session.send(Keys.left)
    try session.waitFor("Question 1 of 12")
    try session.waitFor("Enter keeps 8")
    session.send(Keys.enter)
    try session.waitFor("Question 2 of 12")
    session.send("?")
    try session.waitFor("How often a new model version")
    try session.waitFor("Question 2 of 12")
    session.send("back" + Keys.enter)
    try session.waitFor("Question 1 of 12")
    session.send(Keys.ctrlC)
    try Self.expectEnded(session, status: 130)
  }

  @Test func savedAnswersStartAtTheReview() throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.folder) }
    let file = scratch.folder.appendingPathComponent("old.json")
    try Data(#"{"name": "bot", "answers": {"team_size": 4, "scaling": "steady"}}"#.utf8).write(to: file)
    let session = try TerminalSession(["ask", "--answers", file.path, "--save", scratch.save])
    try session.waitFor("Your answers:")
    try session.waitFor(" 1. team_size         4")
    try session.waitFor("> ")
    #expect(!session.text.contains("Question 1 of 12"))
    session.send("1" + Keys.enter)
    try session.waitFor("Enter keeps 4")
    session.send(Keys.enter)
    try session.waitFor("Your answers:")
    session.send(Keys.enter)
    try Self.expectEnded(session, status: 0)
    let saved = try JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: scratch.save))))
    #expect(saved.at("name")?.stringValue == "bot")
    #expect(saved.at("answers", "team_size")?.integerValue == 4)
    #expect(saved.at("answers", "scaling")?.stringValue == "steady")
    #expect(saved.at("answers")?.objectValue?.count == 2)
  }

  // MARK: Line prompts

  @Test(arguments: [(["--plain"], "xterm-256color"), ([], "dumb")])
  func plainAndDumbGiveLinePrompts(flags: [String], term: String) throws {
    let session = try TerminalSession(["ask"] + flags, term: term)
    try session.waitFor("12 questions. Type ? at any question")
    try session.waitFor("Question 1 of 12")
    try session.waitFor("Type a whole number of engineers ≥ 1; Enter leaves it unknown; ? explains.\n> ")
    session.send("3" + Keys.enter)
    try session.waitFor("Question 2 of 12")
    try session.waitFor("  1. rarely   Rarely (a few times a year)")
    try session.waitFor("Type a number or an id; Enter leaves it unknown; ? explains; back goes back.\n> ")
    // A line prompt is read a line at a time, in the terminal's own (canonical) mode.
    session.send("self")
    session.send(Keys.ctrlC)
    try Self.expectEnded(session, status: 130)
    let output = String(decoding: session.output, as: UTF8.self)
    #expect(!output.contains("\u{1B}["), "no escape sequences at a line prompt: \(output)")
    #expect(session.text.contains("aborted: no report written"))
  }

  @Test func plainPromptsSuggestTheIDATypedWordBegins() throws {
    let session = try TerminalSession(["ask", "--plain"])
    for (number, answer) in [(1, "3"), (2, "rarely"), (3, "steady"), (4, "low"), (5, "none"), (6, "none")] {
      try session.waitFor("Question \(number) of 12")
      session.send(answer + Keys.enter)
    }
    for (number, answer) in [(7, "MANUAL"), (8, "tight"), (9, "pilot"), (10, "1"), (11, "relaxed")] {
      try session.waitFor("Question \(number) of 12")
      session.send(answer + Keys.enter)
    }
    try session.waitFor("Question 12 of 12")
    session.send("self" + Keys.enter)
    try session.waitFor("\"self\" is not an option (did you mean \"self_hosted\"?)")
    session.send(Keys.ctrlD)
    try Self.expectEnded(session, status: 130)
  }

  // MARK: The terminal is always restored

  @Test(arguments: [Keys.ctrlC, Keys.ctrlD])
  func stoppingAtAMenuRestoresTheTerminal(key: String) throws {
    let scratch = try Scratch()
    defer { try? FileManager.default.removeItem(at: scratch.folder) }
    let session = try TerminalSession(["ask", "--save", scratch.save])
    try session.waitFor("Question 1 of 12")
    session.send("3" + Keys.enter)
    try session.waitFor("Question 2 of 12")
    try session.waitFor("Don't know")
    session.send(key)
    try session.waitFor("aborted: no report written")
    try Self.expectEnded(session, status: 130)
    #expect(!FileManager.default.fileExists(atPath: scratch.save))
  }

  @Test func stoppingAtANumberPromptRestoresTheTerminal() throws {
    let session = try TerminalSession(["ask"])
    try session.waitFor("Question 1 of 12")
    session.send("12")
    try session.waitFor("> 12")
    session.send(Keys.ctrlC)
    try Self.expectEnded(session, status: 130)
  }

  /// A crash in the middle of a menu (here a crash signal from outside): the handler restores
  /// the terminal and passes the signal on, so the process still dies of it.
  @Test(arguments: [SIGSEGV, SIGABRT])
  func aCrashAtAMenuRestoresTheTerminal(signal: Int32) throws {
    let session = try TerminalSession(
      ["ask"], environment: ["SWIFT_BACKTRACE": "enable=no"], withoutCoreDump: true)
    try session.waitFor("Question 1 of 12")
    session.send("3" + Keys.enter)
    try session.waitFor("Question 2 of 12")
    try session.waitFor("Don't know")
    kill(session.pid, signal)
    try Self.expectEnded(session, status: 128 + signal)
  }

  @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
  func aSignalAtAMenuRestoresTheTerminal(signal: Int32, status: Int32) throws {
    let session = try TerminalSession(["ask"])
    try session.waitFor("Question 1 of 12")
    session.send("3" + Keys.enter)
    try session.waitFor("Question 2 of 12")
    try session.waitFor("Don't know")
    kill(session.pid, signal)
    try Self.expectEnded(session, status: status)
  }
}
