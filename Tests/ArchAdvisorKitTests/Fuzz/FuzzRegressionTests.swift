import Foundation
import Testing

@testable import ArchAdvisorKit

/// Every input the fuzzers (`Tests/Fuzz/run.sh`) ever flagged, kept in `Fixtures/fuzz/`: each is
/// read as a rubric and as an answers file, and must come back as a clean, located error.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent("fuzz")

  static let files: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

  static func bytes(_ file: String) throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent(file)))
  }

  @Test func theFixturesAreThere() {
    #expect(!Self.files.isEmpty, "no fixtures in \(Self.folder.path)")
  }

  @Test(arguments: files)
  func rubricLoaderRefusesIt(_ file: String) throws {
    let bytes = try Self.bytes(file)
    #expect(throws: RubricProblems.self) { try RubricLoader().load(bytes, file: file) }
    do {
      _ = try RubricLoader().load(bytes, file: file)
    } catch {
      #expect(!error.problems.isEmpty)
      for problem in error.problems {
        #expect(problem.description.hasPrefix(file + ":"), "\(problem)")
        #expect(problem.position != nil, "\(problem)")
      }
    }
  }

  @Test(arguments: files)
  func answersReaderRefusesIt(_ file: String) throws {
    let reader = AnswersReader(rubric: try RubricLoader().load(DefaultRubric.bytes, file: nil))
    let bytes = try Self.bytes(file)
    let value: JSONValue
    do {
      value = try JSONParser().parse(bytes)
    } catch {
      #expect(!error.reasonText.isEmpty)
      return
    }
    #expect(throws: AnswerError.self) { try reader.answers(from: value, file: file) }
  }
}
