import ArchAdvisorKit

/// Writes one CSV record straight into a byte buffer, by ``CSVWriter``'s rules.
///
/// A batch writes a row for every answer set; building it cell by cell with `String` appends,
/// joined sets and the general `Double` printer cost more than scoring the answers, and even one
/// `String` per row costs an allocation and a UTF-8 check of bytes that are valid by
/// construction. Here the caller gives an upper bound on the length and every byte is copied once,
/// into the buffer the batch writes out.
/// Text beyond the bound is dropped rather than written out of bounds (the bounds the renderer
/// computes are never reached).
struct CSVRowText {
  /// Where the bytes go.
  private var bytes: ByteBuilder

  /// Appends the at most `capacity` bytes `body` writes to `output`, straight into its spare
  /// room (made first, but not filled).
  static func append(to output: inout [UInt8], capacity: Int, _ body: (inout CSVRowText) -> Void) {
    ByteBuilder.append(to: &output, capacity: capacity) { builder in
      var row = CSVRowText(bytes: builder)
      body(&row)
      builder = row.bytes
    }
  }

  /// A string of at most `capacity` UTF-8 bytes written by `body`.
  static func build(capacity: Int, _ body: (inout CSVRowText) -> Void) -> String {
    ByteBuilder.string(capacity: capacity) { builder in
      var row = CSVRowText(bytes: builder)
      body(&row)
      builder = row.bytes
    }
  }

  /// The most bytes a number cell takes: `String(Double)` of any double is at most 24.
  static let maximumNumberLength = 32

  /// The most bytes ``appendText(_:)`` writes for `text`: every byte a doubled quote, plus the
  /// two quotes and the defusing `'`.
  static func textCapacity(_ text: String) -> Int { 2 * text.utf8.count + 3 }

  /// The most bytes ``appendSet(_:)`` writes for `ids`.
  static func setCapacity(_ ids: [String]) -> Int {
    var total = 4 + 3  // "none", or the quotes and the defusing `'`
    for id in ids { total += 2 * id.utf8.count + 1 }
    return total
  }

  mutating func append(byte: UInt8) { bytes.append(byte: byte) }

  private mutating func append(bytes: UnsafeBufferPointer<UInt8>) { self.bytes.append(bytes: bytes) }

  /// The text's bytes as they are: for what the program wrote itself.
  mutating func appendRaw(_ text: String) { bytes.append(text) }

  /// The bytes with every `"` doubled.
  private mutating func appendDoublingQuotes(_ bytes: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    for index in bytes.indices where bytes[index] == 0x22 {
      append(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<index + 1]))
      append(byte: 0x22)
      runStart = index + 1
    }
    append(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
  }

  private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in bytes where byte == 0x2C || byte == 0x22 || byte == 0x0D || byte == 0x0A { return true }
    return false
  }

  /// Whether a cell whose first byte is `first` would start a formula in a spreadsheet.
  static func needsDefusing(_ first: UInt8?) -> Bool {
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
    default: return false
    }
  }

  /// A cell by its kind: text defused and quoted as needed, a number of ours only quoted.
  mutating func append(_ cell: CSVWriter.Cell) {
    switch cell {
    case .text(let text): appendText(text)
    case .number(let text): appendField(text, defusing: false)
    }
  }

  /// A ``CSVWriter/Cell/text(_:)`` cell: defused, then quoted as needed.
  mutating func appendText(_ text: String) {
    appendField(text, defusing: true)
  }

  /// A field quoted (quotes doubled) when it holds a comma, a quote, CR or LF, with the
  /// defusing `'` (inside the quotes) when `defusing` and it would start a formula.
  private mutating func appendField(_ text: String, defusing: Bool) {
    var text = text
    text.withUTF8 { bytes in
      let defused = defusing && CSVRowText.needsDefusing(bytes.first)
      guard CSVRowText.needsQuotes(bytes) else {
        if defused { append(byte: UInt8(ascii: "'")) }
        append(bytes: bytes)
        return
      }
      append(byte: 0x22)
      if defused { append(byte: UInt8(ascii: "'")) }
      appendDoublingQuotes(bytes)
      append(byte: 0x22)
    }
  }

  /// A set answer as the text cell `a,b,c` (`none` when empty), without joining it first.
  mutating func appendSet(_ ids: [String]) {
    guard var first = ids.first else {
      append(bytes: "none")
      return
    }
    // The joined text's first byte: the first id's, or the comma after an empty first id.
    let firstByte = first.withUTF8 { $0.first } ?? (ids.count > 1 ? UInt8(ascii: ",") : nil)
    let defused = CSVRowText.needsDefusing(firstByte)
    let quoted = ids.count > 1 || first.withUTF8 { CSVRowText.needsQuotes($0) }
    if quoted { append(byte: 0x22) }
    if defused { append(byte: UInt8(ascii: "'")) }
    for (index, id) in ids.enumerated() {
      if index > 0 { append(byte: UInt8(ascii: ",")) }
      var id = id
      id.withUTF8 { appendDoublingQuotes($0) }
    }
    if quoted { append(byte: 0x22) }
  }

  private mutating func append(bytes literal: StaticString) { bytes.append(literal) }

  /// ``NumberText/compact(_:)``: rounded to two decimals, shortest form, whole numbers bare.
  ///
  /// Within ±10⁹ the rounded value is the double nearest `k ÷ 100` for a whole `k` of at most
  /// 11 digits, which the shortest round-tripping form prints as exactly those digits with
  /// trailing zeros dropped, so writing the digits of `k` gives the same text without the
  /// general printer. Anything else takes ``NumberText/compact(_:)`` itself.
  mutating func appendCompact(_ value: Double) {
    let scaled = (value * 100).rounded()
    guard scaled.isFinite, abs(scaled) < 1e11 else {
      appendRaw(NumberText.compact(value))
      return
    }
    let units = Int64(scaled)
    if units < 0 { append(byte: UInt8(ascii: "-")) }
    let magnitude = units.magnitude
    appendDigits(magnitude / 100)
    let cents = magnitude % 100
    guard cents != 0 else { return }
    append(byte: UInt8(ascii: "."))
    append(byte: UInt8(ascii: "0") + UInt8(cents / 10))
    if cents % 10 != 0 { append(byte: UInt8(ascii: "0") + UInt8(cents % 10)) }
  }

  /// `Band.format`: a whole number without `.0`, anything else as `String(Double)` writes it.
  mutating func appendAnswerNumber(_ value: Double) {
    guard value.rounded() == value, abs(value) < 1e15 else {
      appendRaw(Band.format(value))
      return
    }
    let whole = Int64(value)
    if whole < 0 { append(byte: UInt8(ascii: "-")) }
    appendDigits(whole.magnitude)
  }

  /// A whole number in decimal.
  mutating func append(_ value: Int) {
    if value < 0 { append(byte: UInt8(ascii: "-")) }
    appendDigits(UInt64(value.magnitude))
  }

  private mutating func appendDigits(_ value: UInt64) { bytes.appendDigits(value) }
}
