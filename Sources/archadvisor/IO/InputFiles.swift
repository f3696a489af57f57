#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Reads whole input files (answers, rubrics) as bytes; `-` is standard input.
///
/// Bytes, not text: the JSON reader validates UTF-8 itself and reports where it breaks. Every
/// failure is a ``CLIError``: one that opening or reading gives is `cannotRead` (exit 66,
/// `cannot read a.json: No such file or directory`); a file beyond ``maximumSize`` is bad data.
enum InputFiles {
  /// The name standard input goes by in messages.
  static let standardInputName = "<stdin>"

  /// The largest file read: a thousand times any real rubric, and a bound on what `/dev/zero`
  /// or a mistyped path to a disk image can cost.
  static let maximumSize = 64 * 1024 * 1024

  /// The name `path` goes by in messages: itself, or `<stdin>` for `-`.
  static func displayName(_ path: String) -> String {
    path == "-" ? standardInputName : path
  }

  /// Every byte of the file at `path`, or of standard input for `-`.
  static func read(_ path: String) throws(CLIError) -> [UInt8] {
    let name = displayName(path)
    if path == "-" { return try readAll(STDIN_FILENO, name: name) }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 { throw CLIError.cannotRead(file: name, reason: SystemError.last().description) }
    defer { close(descriptor) }
    var info = stat()
    if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw CLIError.cannotRead(file: name, reason: SystemError(code: EISDIR).description)
    }
    return try readAll(descriptor, name: name)
  }

  /// Reads `descriptor` to its end.
  private static func readAll(_ descriptor: Int32, name: String) throws(CLIError) -> [UInt8] {
    var bytes: [UInt8] = []
    let chunk = 64 * 1024
    while true {
      let old = bytes.count
      bytes.append(contentsOf: repeatElement(0, count: chunk))
      let count = bytes.withUnsafeMutableBytes { raw in
        systemRead(descriptor, raw.baseAddress! + old, chunk)
      }
      if count < 0 {
        let error = SystemError.last()
        bytes.removeLast(chunk)
        if error.code == EINTR { continue }
        throw CLIError.cannotRead(file: name, reason: error.description)
      }
      bytes.removeLast(chunk - count)
      if count == 0 { return bytes }
      if bytes.count > maximumSize { throw CLIError.fileTooLarge(file: name, limit: maximumSize) }
    }
  }
}
