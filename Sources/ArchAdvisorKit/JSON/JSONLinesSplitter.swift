#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Splits a JSON Lines byte stream, fed in chunks of any size, into its non-blank lines with their
/// 1-based line numbers, in memory bounded by the longest line allowed.
///
/// - A line ends at `\n`; a `\r` just before it is dropped, so CRLF files read the same.
/// - Blank lines (nothing, or only spaces, tabs and `\r`) are skipped but still counted, so every
///   number matches what an editor shows.
/// - A UTF-8 byte-order mark at the very start of the stream is skipped, even when it arrives
///   split over several chunks.
/// - A line longer than ``maxLineBytes`` (not counting its line end) is reported once as
///   ``Line/tooLong(number:limit:)``; its bytes are skipped up to the next `\n` without being kept,
///   and the lines after it are delivered as usual.
/// - The last line needs no final `\n`: ``finish(_:)`` delivers it.
///
/// A line that lies wholly inside one chunk is handed out as a slice of that chunk, without a
/// copy; only the unfinished tail of a chunk is carried over to the next one.
///
/// ```swift
/// var splitter = JSONLinesSplitter()
/// while let chunk = try read() {
///   try splitter.feed(chunk) { line in try handle(line) }
/// }
/// try splitter.finish { line in try handle(line) }
/// ```
///
/// If `body` throws, the rest of that chunk is not read; start again with a new splitter.
public struct JSONLinesSplitter: Sendable {
  /// One line of the stream.
  public enum Line: Hashable, Sendable {
    /// A non-blank line, without its line end (`\n` or `\r\n`).
    case line(number: Int, bytes: ArraySlice<UInt8>)
    /// A line longer than `limit` bytes; its content was skipped.
    case tooLong(number: Int, limit: Int)

    /// The 1-based line number.
    public var number: Int {
      switch self {
      case .line(let number, _), .tooLong(let number, _): return number
      }
    }
  }

  /// The longest line accepted, in bytes, not counting its line end.
  public let maxLineBytes: Int

  /// The number of the line being read.
  private var lineNumber = 1
  /// The start of the current line, carried over from earlier chunks.
  private var partial: [UInt8] = []
  /// The current line was reported too long: skip to the next `\n`.
  private var discarding = false
  /// How many bytes of a byte-order mark the stream started with, while that is still open.
  private var byteOrderMarkBytes = 0
  /// Whether the stream is still so short that it might begin with a byte-order mark.
  private var atStreamStart = true

  private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// A splitter for one stream; lines longer than `maxLineBytes` (16 MiB by default) are reported
  /// as ``Line/tooLong(number:limit:)``.
  public init(maxLineBytes: Int = 16 << 20) {
    self.maxLineBytes = max(0, maxLineBytes)
  }

  /// Reads the next chunk of the stream, calling `body` for every line it completes, in order.
  ///
  /// Lines lying wholly inside `chunk` are slices of it, shared rather than copied.
  public mutating func feed(_ chunk: [UInt8], _ body: (Line) throws -> Void) rethrows {
    var start = 0
    if atStreamStart {
      start = skipByteOrderMark(chunk)
      if atStreamStart { return }
    }
    let end = chunk.count
    while start < end {
      guard let newline = Self.newlineIndex(in: chunk, from: start) else {
        try carry(chunk[start..<end], body)
        return
      }
      if discarding {
        discarding = false
      } else if partial.isEmpty {
        try deliver(chunk[start..<newline], body)
      } else if partial.count + (newline - start) - 1 > maxLineBytes {
        // Too long even if the last byte is a `\r`: no need to assemble it.
        partial.removeAll(keepingCapacity: true)
        try body(.tooLong(number: lineNumber, limit: maxLineBytes))
      } else {
        partial.append(contentsOf: chunk[start..<newline])
        let line = partial[...]
        // Keeps the capacity for the next carried line unless the consumer holds on to this one.
        partial.removeAll(keepingCapacity: true)
        try deliver(line, body)
      }
      lineNumber += 1
      start = newline + 1
    }
  }

  /// Reads the next chunk of the stream from any collection of bytes (copied once into an array).
  public mutating func feed(_ chunk: some Collection<UInt8>, _ body: (Line) throws -> Void) rethrows {
    try feed(Array(chunk), body)
  }

  /// Ends the stream: delivers its last line if it had no final `\n`, and makes the splitter ready
  /// for a new stream.
  public mutating func finish(_ body: (Line) throws -> Void) rethrows {
    if atStreamStart {
      // A stream shorter than a byte-order mark that began like one: those bytes are content.
      partial.append(contentsOf: Self.byteOrderMark[..<byteOrderMarkBytes])
    }
    let line = partial[...]
    let pending = !discarding && !line.isEmpty
    defer { self = JSONLinesSplitter(maxLineBytes: maxLineBytes) }
    if pending { try deliver(line, body) }
  }

  /// Consumes the byte-order mark's bytes at the start of the stream and returns where the content
  /// of `chunk` begins. Bytes that began like a mark but turn out not to be one become content.
  private mutating func skipByteOrderMark(_ chunk: [UInt8]) -> Int {
    var index = 0
    while index < chunk.count {
      if chunk[index] != Self.byteOrderMark[byteOrderMarkBytes] {
        partial.append(contentsOf: Self.byteOrderMark[..<byteOrderMarkBytes])
        atStreamStart = false
        return index
      }
      byteOrderMarkBytes += 1
      index += 1
      if byteOrderMarkBytes == Self.byteOrderMark.count {
        atStreamStart = false
        return index
      }
    }
    return index
  }

  /// Keeps the unfinished end of a chunk for the next one, or reports the line as too long once it
  /// cannot fit any more.
  private mutating func carry(_ tail: ArraySlice<UInt8>, _ body: (Line) throws -> Void) rethrows {
    guard !discarding else { return }
    // One byte of slack: a final `\r` does not count, and only the next chunk tells.
    if partial.count + tail.count - 1 > maxLineBytes {
      partial.removeAll(keepingCapacity: true)
      discarding = true
      try body(.tooLong(number: lineNumber, limit: maxLineBytes))
    } else {
      partial.append(contentsOf: tail)
    }
  }

  /// Hands a complete line (without its `\n`) to `body` unless it is blank.
  @inline(__always)
  private func deliver(_ bytes: ArraySlice<UInt8>, _ body: (Line) throws -> Void) rethrows {
    var content = bytes
    if content.last == Self.carriageReturn { content.removeLast() }
    if content.count > maxLineBytes {
      try body(.tooLong(number: lineNumber, limit: maxLineBytes))
    } else if !Self.isBlank(content) {
      try body(.line(number: lineNumber, bytes: content))
    }
  }

  @inline(__always)
  private static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
    for byte in bytes {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
      default: return false
      }
    }
    return true
  }

  /// The index of the first `\n` at or after `start`, found with the C library's vectorised `memchr`.
  @inline(__always)
  private static func newlineIndex(in chunk: [UInt8], from start: Int) -> Int? {
    chunk.withUnsafeBufferPointer { buffer -> Int? in
      guard let base = buffer.baseAddress,
        let found = memchr(base + start, Int32(newline), buffer.count - start)
      else { return nil }
      return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }
  }
}
