/// Writes the scorer's sentences straight into a new string's storage, numbers rounded to one
/// decimal, without Foundation and without the general `Double` printer.
///
/// A report's confidence explanation and unknown-factor reasons are built for every answer set
/// of a batch; one allocation and plain byte copies are several times cheaper than appending
/// piece by piece to a `String`. The caller gives an upper bound on the length; text beyond it
/// is dropped rather than written out of bounds.
struct ScoreText {
  /// Where the bytes go.
  private var bytes: ByteBuilder

  /// A string of at most `capacity` UTF-8 bytes written by `body`.
  static func build(capacity: Int, _ body: (inout ScoreText) -> Void) -> String {
    ByteBuilder.string(capacity: capacity) { builder in
      var text = ScoreText(bytes: builder)
      body(&text)
      builder = text.bytes
    }
  }

  /// The most bytes ``appendNumber(_:)`` writes for any value (`Band.format` of a huge double).
  static let maximumNumberLength = 32

  private mutating func append(byte: UInt8) { bytes.append(byte: byte) }

  mutating func append(_ literal: StaticString) { bytes.append(literal) }

  mutating func append(_ string: String) { bytes.append(string) }

  /// A whole number in decimal.
  mutating func append(_ value: Int) {
    if value < 0 { append(byte: UInt8(ascii: "-")) }
    appendDigits(value.magnitude)
  }

  private mutating func appendDigits(_ value: UInt) { bytes.appendDigits(UInt64(value)) }

  /// `12.5`, `4`, `0.3`, `-7`: one decimal at most, no trailing `.0`, never `-0`.
  mutating func appendNumber(_ value: Double) { appendRounded(value, keepsZeroTenth: false) }

  /// `12.5`, `4.0`, `0.3`, `-7.0`: exactly one decimal, never `-0.0`, as scores are shown.
  mutating func appendTenths(_ value: Double) { appendRounded(value, keepsZeroTenth: true) }

  /// The value rounded to tenths; a `.0` is written only when `keepsZeroTenth`.
  private mutating func appendRounded(_ value: Double, keepsZeroTenth: Bool) {
    let tenths = (value * 10).rounded()
    guard tenths.isFinite, abs(tenths) < 1e15 else {
      append(Band.format(value))
      return
    }
    let whole = UInt(abs(tenths))
    if tenths < 0 { append(byte: UInt8(ascii: "-")) }
    appendDigits(whole / 10)
    if keepsZeroTenth || whole % 10 != 0 {
      append(byte: UInt8(ascii: "."))
      append(byte: UInt8(ascii: "0") + UInt8(whole % 10))
    }
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
