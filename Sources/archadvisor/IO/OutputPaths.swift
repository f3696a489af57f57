#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The checks every command makes on the files it will write, before it does any work: no output
/// may name one of its inputs (or another output), and `ask` checks that its outputs can be
/// written at all before the first question.
enum OutputPaths {
  /// A path given on the command line, with the option or role that gave it (`--output`, `the
  /// rubric`, `the batch input`).
  struct Named: Sendable {
    var role: String
    var path: String

    init(_ role: String, _ path: String) {
      self.role = role
      self.path = path
    }
  }

  /// Refuses (exit 64) an output that is the same file as an input (same device and inode,
  /// through symbolic links and hard links) or as another output, naming both. Standard input
  /// and output (`-`) and files that are not regular files (a device, a pipe) are not compared:
  /// writing to `/dev/null` twice loses nothing.
  static func check(outputs: [Named], inputs: [Named]) throws(CLIError) {
    let outputs = outputs.filter { $0.path != "-" }
    for output in outputs {
      guard let written = identity(output.path) else { continue }
      for input in inputs where input.path != "-" && identity(input.path) == written {
        throw CLIError.outputIsInput(
          option: output.role, output: output.path, input: input.role, inputPath: input.path)
      }
    }
    for (index, first) in outputs.enumerated() {
      for second in outputs[(index + 1)...] where sameFile(first.path, second.path) {
        throw CLIError.outputsCollide(first: first.role, second: second.role, path: second.path)
      }
    }
  }

  /// Where a regular file at `path` lives (following symbolic links), or `nil` for no file, a
  /// device or a pipe.
  static func identity(_ path: String) -> FileIdentity? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }

  /// Whether two output paths would write one file: the same existing file, or, for files not
  /// there yet, the same name in the same folder.
  static func sameFile(_ first: String, _ second: String) -> Bool {
    if let a = identity(first), let b = identity(second) { return a == b }
    guard let a = canonical(first), let b = canonical(second) else { return first == second }
    return a == b
  }

  /// The path with its folder resolved (`./a/../b.json` → `/work/b.json`), for a file that may
  /// not exist yet; `nil` when the folder does not exist.
  static func canonical(_ path: String) -> String? {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard let resolved = realpath(folder, nil) else { return nil }
    defer { free(resolved) }
    let base = String(cString: resolved)
    return (base == "/" ? "" : base) + "/" + name
  }

  /// Checks, before any question is asked, that `path` can be written the way ``OutputFile``
  /// writes it: not a folder; a device or pipe that opens for writing; otherwise a folder that
  /// exists and lets a new file be made in it. Throws the error the write would give (exit 74).
  static func checkWritable(_ path: String, what: String, allowsFolder: Bool = false) throws(CLIError) {
    guard path != "-" else { return }
    // An ADR's --output may be the folder it is numbered into.
    if allowsFolder, DecisionRecordFolder.isFolder(path) {
      _ = try DecisionRecordFolder.nextNumber(in: path)
      guard access(path, W_OK | X_OK) == 0 else {
        throw CLIError.cannotWrite(what: what, file: path, reason: SystemError(code: errno).description)
      }
      return
    }
    func fail(_ code: Int32) -> CLIError {
      CLIError.cannotWrite(what: what, file: path, reason: SystemError(code: code).description)
    }
    var info = stat()
    if stat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFDIR: throw fail(EISDIR)
      case S_IFREG: break
      default:
        if access(path, W_OK) != 0 { throw fail(errno) }
        return
      }
    }
    // A regular file is replaced by a new one made beside it (the target of a symbolic link).
    let target = OutputFile.resolvedTarget(path)
    let slash = target.lastIndex(of: "/")
    let folder = slash.map { target[..<$0].isEmpty ? "/" : String(target[..<$0]) } ?? "."
    var folderInfo = stat()
    guard stat(folder, &folderInfo) == 0 else { throw fail(errno) }
    guard (folderInfo.st_mode & S_IFMT) == S_IFDIR else { throw fail(ENOTDIR) }
    if access(folder, W_OK | X_OK) != 0 { throw fail(errno) }
  }
}

/// A file's device and inode: two paths with the same identity are one file.
struct FileIdentity: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64
}
