import Foundation

/// Files under `Tests/archadvisorTests/Fixtures/CLI/`, and scratch folders for output.
enum CLIFixtures {
  /// The fixtures folder.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/CLI")

  /// The repository's top folder.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The path of a fixture file.
  static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// A fixture's text.
  static func text(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
  }

  /// A new, empty folder for one test's output.
  static func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "archadvisor-tests-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
