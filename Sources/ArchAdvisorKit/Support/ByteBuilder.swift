/// Writes UTF-8 text straight into storage made for it, bounded by a length the caller gives:
/// the one byte builder under the engine's sentences (``ScoreText``) and the batch's CSV rows.
///
/// A batch builds a sentence or a row for every answer set; one allocation and plain byte copies
/// are several times cheaper than appending piece by piece to a `String`. Text beyond the bound
/// is dropped rather than written out of bounds (callers compute bounds that are never reached).
public struct ByteBuilder {
  @usableFromInline let start: UnsafeMutablePointer<UInt8>
  @usableFromInline let capacity: Int
  /// The bytes written so far (``count`` to the outside).
  @usableFromInline var written = 0
  /// How many bytes are written.
  public var count: Int { written }

  @inlinable init(start: UnsafeMutablePointer<UInt8>, capacity: Int) {
    self.start = start
    self.capacity = capacity
  }

  /// A string of at most `capacity` UTF-8 bytes written by `body`.
  @inlinable public static func string(capacity: Int, _ body: (inout ByteBuilder) -> Void) -> String {
    String(unsafeUninitializedCapacity: max(capacity, 1)) { buffer in
      guard let start = buffer.baseAddress else { return 0 }
      var builder = ByteBuilder(start: start, capacity: buffer.count)
      body(&builder)
      return builder.count
    }
  }

  /// Appends the at most `capacity` bytes `body` writes to `output`, straight into its spare
  /// room (made first, but not filled).
  @inlinable public static func append(
    to output: inout [UInt8], capacity: Int, _ body: (inout ByteBuilder) -> Void
  ) {
    output.append(addingCapacity: max(capacity, 0)) { span in
      span.withUnsafeMutableBufferPointer { buffer, initialized in
        guard let start = buffer.baseAddress else { return }
        var builder = ByteBuilder(start: start, capacity: buffer.count)
        body(&builder)
        initialized = builder.count
      }
    }
  }

  /// One byte.
  @inlinable public mutating func append(byte: UInt8) {
    guard written < capacity else { return }
    start[written] = byte
    written += 1
  }

  /// Bytes as they are.
  @inlinable public mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    let length = min(bytes.count, capacity - written)
    guard length > 0 else { return }
    (start + written).update(from: source, count: length)
    written += length
  }

  /// A literal's bytes.
  @inlinable public mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { append(bytes: $0) }
  }

  /// A string's bytes (without a copy when it is stored contiguously, as native strings are).
  @inlinable public mutating func append(_ string: String) {
    if string.utf8.withContiguousStorageIfAvailable({ append(bytes: $0) }) == nil {
      for byte in string.utf8 { append(byte: byte) }
    }
  }

  /// A whole number's decimal digits.
  @inlinable public mutating func appendDigits(_ value: UInt64) {
    var length = 1
    var rest = value / 10
    while rest > 0 {
      length += 1
      rest /= 10
    }
    guard written + length <= capacity else { return }
    var remaining = value
    var position = written + length
    repeat {
      position -= 1
      start[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
      remaining /= 10
    } while remaining > 0
    written += length
  }
}
