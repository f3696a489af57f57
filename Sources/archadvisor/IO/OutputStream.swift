#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Standard output or standard error, written with `write(2)` and nothing in between.
///
/// No buffer sits between the program and the descriptor, so a report and an error message
/// always come out in the order they were written, with nothing left to flush at exit. A write
/// that fails (a full disk, `> /dev/full`) throws, so the caller can exit 74 instead of 0;
/// a closed pipe raises `SIGPIPE`, which is left at its default so that `archadvisor … | head`
/// ends quietly.
struct OutputStream: Sendable {
  /// The file descriptor written to.
  var fileDescriptor: Int32

  /// Standard output: reports.
  static let standardOutput = OutputStream(fileDescriptor: STDOUT_FILENO)
  /// Standard error: messages and prompts.
  static let standardError = OutputStream(fileDescriptor: STDERR_FILENO)

  /// Writes all of `text`, retrying after interruptions and short writes.
  func write(_ text: String) throws(SystemError) {
    var text = text
    var failure: SystemError?
    text.withUTF8 { bytes in failure = OutputStream.writeAll(bytes, to: fileDescriptor) }
    if let failure { throw failure }
  }

  /// Writes all of `bytes` (UTF-8 text), retrying after interruptions and short writes.
  func write(_ bytes: [UInt8]) throws(SystemError) {
    let failure = bytes.withUnsafeBufferPointer { OutputStream.writeAll($0, to: fileDescriptor) }
    if let failure { throw failure }
  }

  /// Writes every byte to `descriptor`, or returns the error that stopped it.
  static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> SystemError? {
    guard var next = bytes.baseAddress else { return nil }
    var remaining = bytes.count
    while remaining > 0 {
      let written = systemWrite(descriptor, next, remaining)
      if written < 0 {
        if errno == EINTR { continue }
        return SystemError.last()
      }
      if written == 0 { return SystemError(code: EIO) }
      next += written
      remaining -= written
    }
    return nil
  }
}
