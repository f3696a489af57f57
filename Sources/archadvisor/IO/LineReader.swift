#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Reads standard input (or any descriptor) one line at a time, as raw bytes.
///
/// Unlike `readLine()`, which quietly turns invalid UTF-8 into U+FFFD, a line that is not valid
/// UTF-8 is reported as such, so a prompt can say so and ask again. Reads go straight to
/// `read(2)`: nothing is read ahead of what a line needs beyond one buffer, interruptions are
/// retried, and the end of input (Ctrl-D at a terminal) is its own result.
struct LineReader {
  /// What one call to ``next()`` found.
  enum Line: Hashable, Sendable {
    /// A line, without its `\n` or `\r\n`.
    case text(String)
    /// A line whose bytes are not valid UTF-8.
    case invalidUTF8
    /// A line longer than ``maximumLength`` bytes; the rest of it was skipped.
    case tooLong
    /// The input ended (nothing more will come).
    case endOfInput
  }

  /// The longest line kept, in bytes: far beyond any answer, small enough that a stray binary
  /// file on standard input cannot fill memory.
  static let maximumLength = 64 * 1024

  /// The descriptor read from.
  let fileDescriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var ended = false

  init(fileDescriptor: Int32 = STDIN_FILENO) {
    self.fileDescriptor = fileDescriptor
  }

  /// The next line, or the end of input. A read error also ends the input.
  mutating func next() -> Line {
    var skipping = false
    while true {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = buffer[start..<newline]
        start = newline + 1
        if skipping { return .tooLong }
        return LineReader.decode(line)
      }
      if buffer.count - start > LineReader.maximumLength {
        // Drop what is held and keep skipping to the end of this line.
        buffer.removeAll(keepingCapacity: true)
        start = 0
        skipping = true
      }
      if ended {
        if start >= buffer.count { return skipping ? .tooLong : .endOfInput }
        let line = buffer[start...]
        start = buffer.count
        return skipping ? .tooLong : LineReader.decode(line)
      }
      fill()
    }
  }

  /// Reads one more chunk into the buffer, or marks the end.
  private mutating func fill() {
    if start > 0 {
      buffer.removeSubrange(0..<start)
      start = 0
    }
    let chunk = 4096
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: chunk))
    var count = 0
    while true {
      count = buffer.withUnsafeMutableBytes { raw in
        read(fileDescriptor, raw.baseAddress! + old, chunk)
      }
      if count < 0 && errno == EINTR { continue }
      break
    }
    buffer.removeLast(chunk - max(0, count))
    if count <= 0 { ended = true }
  }

  /// A line's bytes as text, without a trailing `\r`.
  static func decode(_ bytes: ArraySlice<UInt8>) -> Line {
    var bytes = bytes
    if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
    guard let text = String(validating: bytes, as: UTF8.self) else { return .invalidUTF8 }
    return .text(text)
  }
}
