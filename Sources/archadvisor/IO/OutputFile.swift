#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
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
  ///
  /// The one atomic writer: a whole text is a stream of one block, written by
  /// ``StreamingOutputFile`` and committed, or aborted (the temporary file removed) on failure.
  static func write(_ text: String, to path: String, what: String) throws(CLIError) {
    do throws(SystemError) {
      let file = try StreamingOutputFile(path: path)
      do throws(SystemError) {
        try file.write(Array(text.utf8))
      } catch {
        file.abort()
        throw error
      }
      try file.commit()
    } catch {
      throw CLIError.cannotWrite(what: what, file: path == "-" ? nil : path, reason: error.description)
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

}
