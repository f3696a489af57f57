/// Marks a decision record superseded, the edit `--supersedes N` makes to record N: its status
/// becomes "superseded by ADR-0009" and nothing else of it changes.
///
/// A MADR 4 record keeps its status in the YAML front matter (`status: …`); older MADR and
/// adr-tools records in a `## Status` section, whose first paragraph is replaced.
enum SupersededStatus {
  /// `text` with its status replaced by "superseded by `successor`", or `nil` when it has no
  /// status to replace (the caller then leaves the file alone and says so).
  static func marking(_ text: String, supersededBy successor: String) -> String? {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let status = "superseded by " + successor
    if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
      guard let line = lines[1..<end].firstIndex(where: { $0.hasPrefix("status:") }) else { return nil }
      lines[line] = "status: " + ADRRenderer.yamlString(status)
      return lines.joined(separator: "\n")
    }
    guard let heading = lines.firstIndex(where: { $0.lowercased() == "## status" }) else { return nil }
    var first = heading + 1
    while first < lines.count, lines[first].isEmpty { first += 1 }
    guard first < lines.count, !lines[first].hasPrefix("#") else { return nil }
    var last = first
    while last + 1 < lines.count, !lines[last + 1].isEmpty, !lines[last + 1].hasPrefix("#") { last += 1 }
    lines.replaceSubrange(first...last, with: ["Superseded by " + successor])
    return lines.joined(separator: "\n")
  }
}
