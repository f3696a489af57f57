/// Writes the scorer's sentences straight into a new string's storage, numbers rounded to one
/// decimal, without Foundation and without the general `Double` printer.
///
/// A report's confidence explanation and unknown-factor reasons are built for every answer set
/// of a batch; one allocation and plain byte copies are several times cheaper than appending
/// piece by piece to a `String`. The caller gives an upper bound on the length; text beyond it
/// is dropped rather than written out of bounds.
struct ScoreText {
  private let start: UnsafeMutablePointer<UInt8>
  private let capacity: Int
  private var count = 0

  private init(start: UnsafeMutablePointer<UInt8>, capacity: Int) {
    self.start = start
    self.capacity = capacity
  }

  /// A string of at most `capacity` UTF-8 bytes written by `body`.
  static func build(capacity: Int, _ body: (inout ScoreText) -> Void) -> String {
    String(unsafeUninitializedCapacity: max(capacity, 1)) { buffer in
      guard let start = buffer.baseAddress else { return 0 }
      var text = ScoreText(start: start, capacity: buffer.count)
      body(&text)
      return text.count
    }
  }

  /// The most bytes ``appendNumber(_:)`` writes for any value (`Band.format` of a huge double).
  static let maximumNumberLength = 32

  private mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    let length = min(bytes.count, capacity - count)
    guard length > 0 else { return }
    (start + count).update(from: source, count: length)
    count += length
  }

  private mutating func append(byte: UInt8) {
    guard count < capacity else { return }
    start[count] = byte
    count += 1
  }

  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { append(bytes: $0) }
  }

  mutating func append(_ string: String) {
    if string.utf8.withContiguousStorageIfAvailable({ append(bytes: $0) }) == nil {
      for byte in string.utf8 { append(byte: byte) }
    }
  }

  /// A whole number in decimal.
  mutating func append(_ value: Int) {
    if value < 0 { append(byte: UInt8(ascii: "-")) }
    appendDigits(value.magnitude)
  }

  private mutating func appendDigits(_ value: UInt) {
    if value >= 10 { appendDigits(value / 10) }
    append(byte: UInt8(ascii: "0") + UInt8(value % 10))
  }

  /// `12.5`, `4`, `0.3`, `-7`: one decimal at most, no trailing `.0`, never `-0`.
  mutating func appendNumber(_ value: Double) {
    let tenths = (value * 10).rounded()
    guard tenths.isFinite, abs(tenths) < 1e15 else {
      append(Band.format(value))
      return
    }
    let whole = UInt(abs(tenths))
    if tenths < 0 { append(byte: UInt8(ascii: "-")) }
    appendDigits(whole / 10)
    if whole % 10 != 0 {
      append(byte: UInt8(ascii: "."))
      append(byte: UInt8(ascii: "0") + UInt8(whole % 10))
    }
  }

  /// `12.5`, `4.0`, `0.3`, `-7.0`: exactly one decimal, never `-0.0`, as scores are shown.
  mutating func appendTenths(_ value: Double) {
    let tenths = (value * 10).rounded()
    guard tenths.isFinite, abs(tenths) < 1e15 else {
      append(Band.format(value))
      return
    }
    let whole = UInt(abs(tenths))
    if tenths < 0 { append(byte: UInt8(ascii: "-")) }
    appendDigits(whole / 10)
    append(byte: UInt8(ascii: "."))
    append(byte: UInt8(ascii: "0") + UInt8(whole % 10))
  }

  /// `+8.3`, `−12.5` (with a real minus sign), `0.0`: a score or a move of one, signed because
  /// the sign is the direction.
  mutating func appendSigned(_ value: Double) {
    if (abs(value) * 10).rounded() != 0 { append(value < 0 ? "\u{2212}" : "+") }
    appendTenths(abs(value))
  }

  /// `4.0 points`, `1.0 point`, `4.5 points`.
  mutating func appendPoints(_ value: Double) {
    appendTenths(value)
    append((value * 10).rounded() == 10 ? " point" : " points")
  }

  /// A fraction of 1 as a percentage: `30%`, `33.3%`.
  mutating func appendPercent(_ fraction: Double) {
    appendNumber(fraction * 100)
    append("%")
  }

  /// One number as ``appendNumber(_:)`` writes it.
  static func number(_ value: Double) -> String {
    build(capacity: maximumNumberLength) { $0.appendNumber(value) }
  }
}
