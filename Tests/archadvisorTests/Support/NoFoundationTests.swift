import Foundation
import Testing

/// The binary links no Foundation: loading it cost every command 3 ms and 8 MiB at start-up (the
/// start-up benchmark caught it when one file of the executable imported it for `FileManager`).
@Suite struct NoFoundationTests {
  @Test func noSourceFileImportsFoundation() throws {
    let sources = CLIFixtures.repository.appendingPathComponent("Sources")
    let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap {
      $0 as? String
    }
    .filter { $0.hasSuffix(".swift") }
    #expect(files.count > 50)
    for file in files {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      let imports = text.split(separator: "\n").filter {
        $0.trimmingCharacters(in: .whitespaces).hasPrefix("import ")
      }
      #expect(!imports.contains { $0.contains("import Foundation") }, "\(file) imports Foundation")
    }
  }
}
