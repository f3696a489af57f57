#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A folder of numbered decision records, as adr-tools keeps them: `0001-use-a-monolith.md`,
/// `0002-….md`. `--format adr --output docs/adr/` writes the next one there.
///
/// Plain system calls rather than Foundation's `FileManager`: linking Foundation for this alone
/// cost every command 3 ms and 8 MiB at start-up.
enum DecisionRecordFolder {
  /// Whether `--output` names a folder: a path ending in `/`, or one that is a folder now.
  static func isFolder(_ path: String) -> Bool {
    if path.hasSuffix("/") { return true }
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The number after the highest of the records in `folder` (1 in a folder without any): the
  /// names that start with digits and a `-` and end in `.md`.
  static func nextNumber(in folder: String) throws(CLIError) -> Int {
    (try records(in: folder).map(\.number).max() ?? 0) + 1
  }

  /// The file name of record `number` in `folder` (`0003-use-a-monolith.md`), or `nil`.
  static func record(_ number: Int, in folder: String) throws(CLIError) -> String? {
    try records(in: folder).filter { $0.number == number }.map(\.name).min()
  }

  /// Every record of `folder`: each name that starts with digits and a `-` and ends in `.md`.
  private static func records(in folder: String) throws(CLIError) -> [(number: Int, name: String)] {
    guard let directory = opendir(folder) else {
      throw CLIError.cannotWrite(
        what: "the decision record", file: folder, reason: "the folder cannot be read (it must exist)")
    }
    defer { closedir(directory) }
    var records: [(number: Int, name: String)] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name.hasSuffix(".md") else { continue }
      let digits = name.prefix { ("0"..."9").contains($0) }
      guard !digits.isEmpty, name.dropFirst(digits.count).first == "-", let number = Int(digits) else {
        continue
      }
      records.append((number, name))
    }
    return records
  }

  /// `docs/adr/0003-use-a-modular-monolith-for-search.md`: the file name
  /// ``ADRRenderer/fileName(number:report:)`` gives, in `folder`.
  static func nextPath(in folder: String, fileName: String) -> String {
    let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
    return (folder.hasSuffix("/") ? folder : folder + "/") + base
  }
}
