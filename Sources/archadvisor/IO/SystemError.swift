#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A failed system call, carrying its `errno` and rendering as the C library's sentence for it
/// ("No space left on device").
struct SystemError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The `errno` value the call left.
  var code: Int32

  /// The error of the call that just failed.
  static func last() -> SystemError { SystemError(code: errno) }

  /// The C library's description of the error. The process never calls `setlocale`, so this
  /// is always the English text, whatever `LANG` says.
  var description: String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}
