#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Writes a whole report or answers file so that it is either all there or not changed at all.
///
/// A regular file (new or existing) is written to a temporary file beside it, synced, given the
/// mode the file would have had, and renamed over it: a full disk or a crash never leaves half a
/// report, and a reader never sees one. Anything that is not a regular file (`/dev/full`,
/// `/dev/stdout`, a named pipe) is written in place, since renaming over it would replace the
/// device rather than write to it. `-` is standard output.
enum OutputFile {
  /// Writes `text` to `path`; `what` names the content for the error ("the report").
  static func write(_ text: String, to path: String, what: String) throws(CLIError) {
    do throws(SystemError) {
      if path == "-" {
        try OutputStream.standardOutput.write(text)
        return
      }
      var info = stat()
      if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
        if (info.st_mode & S_IFMT) == S_IFDIR { throw SystemError(code: EISDIR) }
        try writeInPlace(text, to: path)
      } else {
        try replace(path, with: text)
      }
    } catch {
      throw CLIError.cannotWrite(what: what, file: path == "-" ? nil : path, reason: error.description)
    }
  }

  /// Opens a device or pipe and writes to it.
  private static func writeInPlace(_ text: String, to path: String) throws(SystemError) {
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    if descriptor < 0 { throw SystemError.last() }
    do throws(SystemError) {
      try OutputStream(fileDescriptor: descriptor).write(text)
    } catch {
      close(descriptor)
      throw error
    }
    if close(descriptor) != 0 { throw SystemError.last() }
  }

  /// Writes a temporary file beside `path` and renames it over `path`.
  private static func replace(_ path: String, with text: String) throws(SystemError) {
    // Write beside the file a symbolic link points to, so the link stays a link.
    let target = resolvedTarget(path)
    let (folder, name) = split(target)
    var template = Array((folder + "/." + name + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    if descriptor < 0 { throw SystemError.last() }
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    SignalCleanup.register(temporary)
    // Unregistered only once the file is renamed into place or removed: a signal in between
    // then finds nothing to remove, which is harmless.
    defer { SignalCleanup.unregister() }
    do throws(SystemError) {
      try OutputStream(fileDescriptor: descriptor).write(text)
      if fchmod(descriptor, mode(for: target)) != 0 { throw SystemError.last() }
      if fsync(descriptor) != 0 { throw SystemError.last() }
      if close(descriptor) != 0 {
        let error = SystemError.last()
        unlink(temporary)
        throw error
      }
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    if rename(temporary, target) != 0 {
      let error = SystemError.last()
      unlink(temporary)
      throw error
    }
  }

  /// The mode the written file gets: the existing file's, or what `umask` allows a new file.
  static func mode(for path: String) -> mode_t {
    var info = stat()
    if stat(path, &info) == 0 { return info.st_mode & 0o7777 }
    let mask = umask(0)
    umask(mask)
    return 0o666 & ~mask
  }

  /// The file a symbolic link at `path` points to, or `path` itself, so the link stays a link.
  static func resolvedTarget(_ path: String) -> String {
    var info = stat()
    guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK,
      let resolved = realpath(path, nil)
    else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The folder and the file name of a path (`.` when it has no folder).
  private static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let folder = String(path[..<slash])
    return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
  }
}
