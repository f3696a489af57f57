import Foundation

/// A folder of numbered decision records, as adr-tools keeps them: `0001-use-a-monolith.md`,
/// `0002-….md`. `--format adr --output docs/adr/` writes the next one there.
enum DecisionRecordFolder {
  /// Whether `--output` names a folder: a path ending in `/`, or one that is a folder now.
  static func isFolder(_ path: String) -> Bool {
    if path.hasSuffix("/") { return true }
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  /// The number after the highest of the records in `folder` (1 in a folder without any): the
  /// names that start with digits and a `-` and end in `.md`.
  static func nextNumber(in folder: String) throws(CLIError) -> Int {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw CLIError.cannotWrite(
        what: "the decision record", file: folder, reason: "the folder cannot be read (it must exist)")
    }
    var highest = 0
    for name in names where name.hasSuffix(".md") {
      let digits = name.prefix { ("0"..."9").contains($0) }
      guard !digits.isEmpty, name.dropFirst(digits.count).first == "-", let number = Int(digits) else {
        continue
      }
      highest = max(highest, number)
    }
    return highest + 1
  }

  /// `docs/adr/0003-use-a-modular-monolith-for-search.md`: the next number in the folder and the
  /// file name ``ADRRenderer/fileName(number:report:)`` gives.
  static func nextPath(in folder: String, number: Int, fileName: String) -> String {
    let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
    return (folder.hasSuffix("/") ? folder : folder + "/") + base
  }
}
