import Foundation
import Testing

/// Golden files under `Tests/archadvisorTests/Fixtures/Rendering/`: the expected output of a
/// renderer, reviewed by eye when it changes. Run with `ARCHADVISOR_RECORD=1` to re-record.
enum Golden {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/Rendering")

  /// Checks `text` against the golden file `name`, or writes it when recording.
  static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
  {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["ARCHADVISOR_RECORD"] == "1" {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      return
    }
    let data = try Data(contentsOf: url)
    let expected = String(decoding: data, as: UTF8.self)
    if text != expected {
      let got = text.split(separator: "\n", omittingEmptySubsequences: false)
      let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
      let gotLine = line < got.count ? String(got[line]) : "<end>"
      let wantLine = line < want.count ? String(want[line]) : "<end>"
      let message =
        "output differs from \(name) at line \(line + 1):\n got: \(gotLine)\nwant: \(wantLine)\n"
        + "(ARCHADVISOR_RECORD=1 re-records)"
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
  }
}
