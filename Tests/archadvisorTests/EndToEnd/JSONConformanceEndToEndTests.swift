import ArchAdvisorKit
import Foundation
import Testing

/// Every file of JSONTestSuite's `test_parsing` (in `../shared/jsontestsuite/`, next to the
/// repository) through every way the binary reads JSON: `rubric check`, `recommend --answers` and,
/// once it exists, `batch`.
///
/// The oracle is the library itself: what the binary prints for a file must be what
/// ``JSONParser``, ``RubricLoader`` and ``AnswersReader`` say about it in process, so an `n_` file
/// is refused with its parse error and position, and a `y_` file gets past the parser and is judged
/// by the schema. No file may crash the binary, hang it, or be accepted when invalid.
///
/// Runs are spread over at most ``parallelRuns`` processes at a time (two cores are shared with
/// other work); `rubric check` takes many files per run, the way a user may give them.
@Suite("JSON conformance through the binary")
struct JSONConformanceEndToEndTests {
  static let folder = CLIFixtures.repository
    .appendingPathComponent("../shared/jsontestsuite/test_parsing").standardizedFileURL

  static let files: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".json") }.sorted()

  /// How many binaries run at once, across every test of this suite.
  static let parallelRuns = 3
  private static let slots = DispatchSemaphore(value: parallelRuns)

  /// A run that takes longer than this has hung: the slowest file takes well under a second.
  static let timeout: TimeInterval = 30

  static func path(_ file: String) -> String { folder.appendingPathComponent(file).path }

  static func bytes(_ file: String) throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent(file)))
  }

  /// Calls `body` for every item, at most ``parallelRuns`` at a time, and returns the results in
  /// order.
  static func inParallel<Item: Sendable, Output: Sendable>(
    _ items: [Item], _ body: @Sendable (Item) throws -> Output
  ) throws -> [Output] {
    let results = Results<Output>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
      slots.wait()
      defer { slots.signal() }
      results.set(index, Result { try body(items[index]) })
    }
    return try results.values.map { try $0!.get() }
  }

  /// Checks what every run must show: it ended by itself, with no signal and no trap.
  static func expectNoCrash(_ result: BinaryRunner.Result, _ what: String) {
    #expect(!result.timedOut, "\(what) hung: \(result)")
    #expect(!result.signaled, "\(what) was killed by signal \(result.status): \(result)")
    #expect(!result.stderr.contains("Fatal error"), "\(what) trapped: \(result)")
    #expect(!result.stderr.contains("Stack dump"), "\(what) trapped: \(result)")
    #expect(!result.stderr.contains("Current stack trace"), "\(what) trapped: \(result)")
  }

  /// The first problem the library finds in `file` read as a rubric: the parse error for an
  /// invalid document; `nil` when it is a valid rubric.
  static func rubricVerdict(_ file: String) throws -> (message: String, parsed: Bool)? {
    let bytes = try bytes(file)
    let parsed = (try? JSONParser().parse(bytes)) != nil
    do {
      _ = try RubricLoader().load(bytes, file: path(file))
      return nil
    } catch {
      return (error.problems.first?.description ?? "", parsed)
    }
  }

  @Test func theSuiteIsComplete() {
    #expect(Self.files.count == 318, "expected 318 files in \(Self.folder.path)")
    #expect(Self.files.filter { $0.hasPrefix("n_") }.count == 188)
    #expect(Self.files.filter { $0.hasPrefix("y_") }.count == 95)
  }

  /// `rubric check FILE…`, 40 files a run: each file's first problem on its own line, followed by
  /// its count; every file of the suite fails (none is a rubric), so every run exits 65.
  @Test func rubricCheck() throws {
    let chunks = stride(from: 0, to: Self.files.count, by: 40).map {
      Array(Self.files[$0..<min($0 + 40, Self.files.count)])
    }
    let results = try Self.inParallel(chunks) { chunk in
      try BinaryRunner.run(["rubric", "check"] + chunk.map(Self.path), timeout: Self.timeout)
    }
    var checked = 0
    for (chunk, result) in zip(chunks, results) {
      Self.expectNoCrash(result, "rubric check of \(chunk.first!)…")
      #expect(result.status == 65, "\(result)")
      let lines = Set(result.stderr.split(separator: "\n").map(String.init))
      for file in chunk {
        let verdict = try #require(try Self.rubricVerdict(file), "\(file) loads as a rubric")
        if file.hasPrefix("n_") { #expect(!verdict.parsed, "\(file) parses") }
        if file.hasPrefix("y_") { #expect(verdict.parsed, "\(file) does not parse") }
        #expect(lines.contains(verdict.message), "\(file): no line \"\(verdict.message)\" in \(result)")
        #expect(
          lines.contains {
            $0.hasPrefix(Self.path(file) + ": ") && ($0.hasSuffix(" problem") || $0.hasSuffix(" problems"))
          },
          "\(file): no count in \(result)")
        checked += 1
      }
    }
    #expect(checked == Self.files.count)
  }

  /// `recommend --answers FILE`, one run per file: an `n_` file is refused with the parser's
  /// message and position, a `y_` file with the answers reader's, both exit 65.
  @Test func recommendAnswers() throws {
    let rubric = try RubricLoader().load(DefaultRubric.bytes, file: nil)
    let reader = AnswersReader(rubric: rubric)
    let results = try Self.inParallel(Self.files) { file in
      try BinaryRunner.run(["recommend", "--answers", Self.path(file)], timeout: Self.timeout)
    }
    for (file, result) in zip(Self.files, results) {
      Self.expectNoCrash(result, "recommend --answers \(file)")
      let expected: String?
      do {
        let value = try JSONParser().parse(try Self.bytes(file))
        #expect(!file.hasPrefix("n_"), "\(file) parses")
        do {
          _ = try reader.answers(from: value, file: Self.path(file))
          expected = nil
        } catch {
          expected = error.description
        }
      } catch {
        #expect(!file.hasPrefix("y_"), "\(file) does not parse: \(error)")
        expected = "\(Self.path(file)):\(error)"
      }
      guard let expected else {
        #expect(result.status == 0, "\(file) is a valid answer set: \(result)")
        continue
      }
      #expect(result.status == 65, "\(file): \(result)")
      #expect(result.stderr == "error: \(expected)\n", "\(file): \(result)")
      #expect(result.standardOutput.isEmpty, "\(file): \(result)")
    }
  }

  /// Whether the binary has a `batch` command yet (it is being written alongside).
  static let hasBatch: Bool = (try? BinaryRunner.run(["batch", "--help"]).status) == 0

  /// `batch --format json FILE`, one run per file: none of the suite's files holds an answer set,
  /// so each exits 65 with a count on standard error and reports nothing; each record it could not
  /// read is listed with its line and a message, or the file holds none ("no answer sets found").
  @Test(.enabled(if: hasBatch, "archadvisor batch does not exist yet")) func batch() throws {
    let results = try Self.inParallel(Self.files) { file in
      try BinaryRunner.run(["batch", "--format", "json", Self.path(file)], timeout: Self.timeout)
    }
    for (file, result) in zip(Self.files, results) {
      Self.expectNoCrash(result, "batch \(file)")
      #expect(result.status == 65, "\(file): \(result)")
      #expect(!result.stderr.isEmpty, "\(file): \(result)")
      if result.stderr.contains("no answer sets found") { continue }
      let report = try JSONParser().parse(Array(result.standardOutput))
      #expect(report.at("reports")?.arrayValue?.isEmpty == true, "\(file): \(result)")
      let errors = report.at("errors")?.arrayValue ?? []
      #expect(!errors.isEmpty, "\(file): \(result)")
      for error in errors {
        #expect(error.at("line")?.integerValue != nil, "\(file): \(result)")
        #expect(error.at("message")?.stringValue?.isEmpty == false, "\(file): \(result)")
      }
    }
  }
}

/// Results filled in from several threads, one slot each.
private final class Results<Output: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Swift.Result<Output, any Error>?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Swift.Result<Output, any Error>) { lock.withLock { slots[index] = value } }
  var values: [Swift.Result<Output, any Error>?] { lock.withLock { slots } }
}
