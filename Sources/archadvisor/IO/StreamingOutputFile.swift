#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Where a streamed report goes, written block by block, all or nothing when it is a file.
///
/// Standard output (`nil` or `-`) is written as the blocks come. A regular file (new or existing)
/// is written to a temporary file beside it and renamed over it by ``commit()``, as
/// ``OutputFile`` does for whole reports, so a failed or empty batch never leaves half a report
/// (``abort()`` removes the temporary file). A device or named pipe is written in place.
struct StreamingOutputFile {
  /// The file as the user named it; `nil` for standard output.
  let path: String?
  private let descriptor: Int32
  /// The temporary file and the file it replaces on commit.
  private let temporary: (path: String, target: String)?

  /// Opens the destination; fails with the system's reason.
  init(path: String?) throws(SystemError) {
    guard let path, path != "-" else {
      self.path = nil
      descriptor = STDOUT_FILENO
      temporary = nil
      return
    }
    self.path = path
    var info = stat()
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
      if (info.st_mode & S_IFMT) == S_IFDIR { throw SystemError(code: EISDIR) }
      let descriptor = open(path, O_WRONLY | O_CLOEXEC)
      if descriptor < 0 { throw SystemError.last() }
      self.descriptor = descriptor
      temporary = nil
      return
    }
    let target = OutputFile.resolvedTarget(path)
    let slash = target.lastIndex(of: "/")
    let folder = slash.map { String(target[..<$0]) } ?? "."
    let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
    var template = Array(((folder.isEmpty ? "" : folder) + "/." + name + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    if descriptor < 0 { throw SystemError.last() }
    self.descriptor = descriptor
    let temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    temporary = (temporaryPath, target)
    SignalCleanup.register(temporaryPath)
  }

  /// Writes all of `bytes` (UTF-8 text).
  func write(_ bytes: [UInt8]) throws(SystemError) {
    try OutputStream(fileDescriptor: descriptor).write(bytes)
  }

  /// Makes the written text the file's content (a no-op for standard output).
  func commit() throws(SystemError) {
    guard path != nil else { return }
    guard let temporary else {
      if close(descriptor) != 0 { throw SystemError.last() }
      return
    }
    var failure: SystemError?
    if fchmod(descriptor, OutputFile.mode(for: temporary.target)) != 0 || fsync(descriptor) != 0 {
      failure = SystemError.last()
    }
    if close(descriptor) != 0, failure == nil { failure = SystemError.last() }
    if failure == nil, rename(temporary.path, temporary.target) != 0 { failure = SystemError.last() }
    if failure != nil { unlink(temporary.path) }
    SignalCleanup.unregister()
    if let failure { throw failure }
  }

  /// Leaves the destination as it was: the temporary file is removed.
  func abort() {
    guard path != nil else { return }
    close(descriptor)
    if let temporary { unlink(temporary.path) }
    SignalCleanup.unregister()
  }
}
