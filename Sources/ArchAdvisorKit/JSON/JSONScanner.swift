/// The byte-level work of ``JSONParser``: one pass, no recursion, positions tracked as it goes.
struct JSONScanner {
  private let bytes: UnsafeBufferPointer<UInt8>
  private let maxDepth: Int
  private var index = 0
  private var line = 1
  private var lineStart = 0
  /// UTF-8 continuation bytes seen on the current line, so a column counts scalars, not bytes.
  private var continuationBytesOnLine = 0

  init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
    self.bytes = bytes
    self.maxDepth = maxDepth
  }

  /// One open array or object while its contents are read. Its elements or members so far wait
  /// on the scanner's pending stacks, from `start` up.
  private struct Frame {
    var isObject: Bool
    var position: SourcePosition
    var start: Int
    var key = ""
    var keyPosition = SourcePosition.start
  }

  private var position: SourcePosition {
    SourcePosition(
      line: line, column: index - lineStart - continuationBytesOnLine + 1, offset: index)
  }

  private func fail(_ reason: JSONParseError.Reason) -> JSONParseError {
    JSONParseError(reason, at: position)
  }

  mutating func parseDocument() throws(JSONParseError) -> JSONValue {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      index = 3
      lineStart = 3
    }
    skipWhitespace()
    guard index < bytes.count else { throw fail(.emptyDocument) }
    // The first pending elements, members and open containers wait in space on the call stack
    // (up to 1 KiB each, which Swift always keeps there), so most documents allocate nothing but
    // their values; big ones move on to the heap.
    let value = try withUnsafeTemporaryAllocation(
      of: JSONValue.self, capacity: Self.stackCapacity(JSONValue.self)
    ) {
      (elementSpace) throws(JSONParseError) -> JSONValue in
      try withUnsafeTemporaryAllocation(
        of: JSONObject.Member.self, capacity: Self.stackCapacity(JSONObject.Member.self)
      ) {
        (memberSpace) throws(JSONParseError) -> JSONValue in
        try withUnsafeTemporaryAllocation(of: Frame.self, capacity: Self.stackCapacity(Frame.self)) {
          (frameSpace) throws(JSONParseError) -> JSONValue in
          var elements = PendingStack(space: elementSpace)
          var members = PendingStack(space: memberSpace)
          var parents = PendingStack(space: frameSpace)
          return try parseValues(&elements, &members, &parents)
        }
      }
    }
    skipWhitespace()
    guard index == bytes.count else {
      throw fail(isByteOrderMark ? .byteOrderMarkNotAtStart : .trailingContent)
    }
    return value
  }

  /// How many values of a type fit in 1 KiB.
  private static func stackCapacity<T>(_ type: T.Type) -> Int {
    max(1, 1024 / MemoryLayout<T>.stride)
  }

  /// Reads one value, arrays and objects included, keeping open containers on an explicit stack.
  private mutating func parseValues(
    _ elements: inout PendingStack<JSONValue>, _ members: inout PendingStack<JSONObject.Member>,
    _ parents: inout PendingStack<Frame>
  ) throws(JSONParseError) -> JSONValue {
    // The innermost open container lives in `frame` (when `isOpen`), the ones around it in
    // `parents`: most steps touch only the innermost one.
    var frame = Frame(isObject: false, position: .start, start: 0)
    var isOpen = false
    while true {
      skipWhitespace()
      var value: JSONValue
      let start = position
      guard index < bytes.count else { throw fail(.unexpectedEndOfInput) }
      switch bytes[index] {
      case UInt8(ascii: "{"):
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
          index += 1
          value = JSONValue(.object(JSONObject()), at: start)
        } else {
          try enterContainer(&frame, isOpen: &isOpen, parents: &parents, at: start)
          frame = Frame(isObject: true, position: start, start: members.count)
          (frame.key, frame.keyPosition) = try parseKeyAndColon()
          continue
        }
      case UInt8(ascii: "["):
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
          index += 1
          value = JSONValue(.array([]), at: start)
        } else {
          try enterContainer(&frame, isOpen: &isOpen, parents: &parents, at: start)
          frame = Frame(isObject: false, position: start, start: elements.count)
          continue
        }
      case UInt8(ascii: "\""):
        value = JSONValue(.string(try parseString()), at: start)
      case UInt8(ascii: "t"):
        try expectLiteral("true")
        value = JSONValue(.bool(true), at: start)
      case UInt8(ascii: "f"):
        try expectLiteral("false")
        value = JSONValue(.bool(false), at: start)
      case UInt8(ascii: "n"):
        try expectLiteral("null")
        value = JSONValue(.null, at: start)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        value = JSONValue(try parseNumber(), at: start)
      case UInt8(ascii: "]") where isOpen && !frame.isObject:
        throw fail(.trailingComma)
      default:
        throw fail(isByteOrderMark ? .byteOrderMarkNotAtStart : .expectedValue)
      }

      // Hand the value to the innermost open container; close containers as they end.
      while isOpen {
        skipWhitespace()
        if frame.isObject {
          members.push(JSONObject.Member(key: frame.key, keyPosition: frame.keyPosition, value: value))
          guard index < bytes.count else { throw fail(.unexpectedEndOfInput) }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { throw fail(.trailingComma) }
            (frame.key, frame.keyPosition) = try parseKeyAndColon()
            break
          }
          guard bytes[index] == UInt8(ascii: "}") else { throw fail(.expectedCommaOrCloseBrace) }
          index += 1
          value = JSONValue(.object(JSONObject(members.popAll(from: frame.start))), at: frame.position)
        } else {
          elements.push(value)
          guard index < bytes.count else { throw fail(.unexpectedEndOfInput) }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
            break
          }
          guard bytes[index] == UInt8(ascii: "]") else { throw fail(.expectedCommaOrCloseBracket) }
          index += 1
          value = JSONValue(.array(elements.popAll(from: frame.start)), at: frame.position)
        }
        if let parent = parents.popLast() {
          frame = parent
        } else {
          isOpen = false
        }
      }
      if !isOpen { return value }
    }
  }

  /// Makes room for a new innermost container starting at `start`, or refuses one nesting level
  /// too many.
  private func enterContainer(
    _ frame: inout Frame, isOpen: inout Bool, parents: inout PendingStack<Frame>, at start: SourcePosition
  ) throws(JSONParseError) {
    let depth = isOpen ? parents.count + 1 : 0
    guard depth < maxDepth else { throw JSONParseError(.tooDeep(limit: maxDepth), at: start) }
    if isOpen { parents.push(frame) }
    isOpen = true
  }

  private var isByteOrderMark: Bool {
    index + 2 < bytes.count && bytes[index] == 0xEF && bytes[index + 1] == 0xBB
      && bytes[index + 2] == 0xBF
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        index += 1
      case UInt8(ascii: "\n"):
        index += 1
        line += 1
        lineStart = index
        continuationBytesOnLine = 0
      default:
        return
      }
    }
  }

  private mutating func parseKeyAndColon() throws(JSONParseError) -> (String, SourcePosition) {
    let keyPosition = position
    guard index < bytes.count else { throw fail(.unexpectedEndOfInput) }
    guard bytes[index] == UInt8(ascii: "\"") else { throw fail(.expectedKey) }
    let key = try parseString()
    skipWhitespace()
    guard index < bytes.count else { throw fail(.unexpectedEndOfInput) }
    guard bytes[index] == UInt8(ascii: ":") else { throw fail(.expectedColon) }
    index += 1
    return (key, keyPosition)
  }

  private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
    let count = literal.utf8CodeUnitCount
    let text = literal.utf8Start
    for offset in 0..<count {
      guard index + offset < bytes.count, bytes[index + offset] == text[offset] else {
        index += offset
        throw fail(index >= bytes.count ? .unexpectedEndOfInput : .invalidLiteral)
      }
    }
    index += count
  }

  // MARK: Strings

  /// Reads a string starting at its opening quote. A string without escapes, the common case,
  /// is checked in place and made from the input in one step; only escapes need a buffer.
  private mutating func parseString() throws(JSONParseError) -> String {
    index += 1
    let start = index
    while true {
      skipPlainASCII()
      guard index < bytes.count else { throw fail(.unterminatedString) }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        // Already checked: this initializer skips validation for short ASCII strings, which
        // `String(decoding:as:)` does not.
        return String(unsafeUninitializedCapacity: text.count) { $0.initialize(fromContentsOf: text) }
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw fail(.controlCharacterInString) }
      let length = try validateUTF8Sequence()
      index += length
      continuationBytesOnLine += length - 1
    }
    var buffer: [UInt8] = []
    buffer.reserveCapacity(index - start + 16)
    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try parseEscape(into: &buffer)
      case 0..<0x20:
        throw fail(.controlCharacterInString)
      case 0x80...:
        let length = try validateUTF8Sequence()
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
        index += length
        continuationBytesOnLine += length - 1
      default:
        buffer.append(byte)
        index += 1
      }
    }
    throw fail(.unterminatedString)
  }

  /// Moves `index` past printable ASCII other than `"` and `\`, eight bytes at a time while it
  /// can: strings are most of a document's bytes.
  @inline(__always)
  private mutating func skipPlainASCII() {
    guard let base = bytes.baseAddress else { return }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    while index + 8 <= bytes.count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      // A byte's high bit is set in `special` when it is `"`, `\`, below 0x20 or above 0x7F.
      // Borrows can mark a byte above a marked one, never below, so the lowest mark is exact.
      let quote = word ^ (ones &* 0x22)
      let backslash = word ^ (ones &* 0x5C)
      let special =
        ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
        | word
      let marks = special & highBits
      if marks != 0 {
        index += marks.trailingZeroBitCount >> 3
        return
      }
      index += 8
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return }
      index += 1
    }
  }

  /// The length of the valid UTF-8 sequence at `index` (RFC 3629), or an error at its start.
  private func validateUTF8Sequence() throws(JSONParseError) -> Int {
    let lead = bytes[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: throw fail(.invalidUTF8)
    }
    guard index + length <= bytes.count else { throw fail(.invalidUTF8) }
    let second = bytes[index + 1]
    guard second >= low, second <= high else { throw fail(.invalidUTF8) }
    for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
      throw fail(.invalidUTF8)
    }
    return length
  }

  private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONParseError) {
    guard index + 1 < bytes.count else {
      index = bytes.count
      throw fail(.unterminatedString)
    }
    let escaped = bytes[index + 1]
    switch escaped {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escaped)
    case UInt8(ascii: "b"): buffer.append(0x08)
    case UInt8(ascii: "f"): buffer.append(0x0C)
    case UInt8(ascii: "n"): buffer.append(0x0A)
    case UInt8(ascii: "r"): buffer.append(0x0D)
    case UInt8(ascii: "t"): buffer.append(0x09)
    case UInt8(ascii: "u"):
      let escapeStart = position
      let unit = try readHex4(at: index + 2)
      index += 6
      var scalarValue = UInt32(unit)
      if (0xD800...0xDBFF).contains(unit) {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u")
        else { throw JSONParseError(.loneSurrogate, at: escapeStart) }
        let low = try readHex4(at: index + 2)
        guard (0xDC00...0xDFFF).contains(low) else { throw JSONParseError(.loneSurrogate, at: escapeStart) }
        index += 6
        scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(unit) {
        throw JSONParseError(.loneSurrogate, at: escapeStart)
      }
      appendUTF8(scalarValue, to: &buffer)
      return
    default:
      throw fail(.invalidEscape)
    }
    index += 2
  }

  /// Appends a scalar value (never a surrogate: those were paired or refused) as UTF-8.
  private func appendUTF8(_ value: UInt32, to buffer: inout [UInt8]) {
    switch value {
    case 0..<0x80:
      buffer.append(UInt8(value))
    case 0x80..<0x800:
      buffer.append(UInt8(0xC0 | value >> 6))
      buffer.append(UInt8(0x80 | value & 0x3F))
    case 0x800..<0x10000:
      buffer.append(UInt8(0xE0 | value >> 12))
      buffer.append(UInt8(0x80 | value >> 6 & 0x3F))
      buffer.append(UInt8(0x80 | value & 0x3F))
    default:
      buffer.append(UInt8(0xF0 | value >> 18))
      buffer.append(UInt8(0x80 | value >> 12 & 0x3F))
      buffer.append(UInt8(0x80 | value >> 6 & 0x3F))
      buffer.append(UInt8(0x80 | value & 0x3F))
    }
  }

  private func readHex4(at start: Int) throws(JSONParseError) -> UInt16 {
    var value: UInt16 = 0
    for offset in 0..<4 {
      let at = start + offset
      guard at < bytes.count else { throw fail(.invalidUnicodeEscape) }
      let byte = bytes[at]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw fail(.invalidUnicodeEscape)
      }
      value = value << 4 | UInt16(digit)
    }
    return value
  }

  // MARK: Numbers

  private static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  private mutating func parseNumber() throws(JSONParseError) -> JSONValue.Kind {
    let start = index
    let negative = bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else { throw fail(.invalidNumber) }

    // Integer part, accumulated negatively so Int64.min fits.
    var accumulator: Int64 = 0
    var overflowed = false
    var significantDigits = 0
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      significantDigits = 1
      if index < bytes.count, isDigit(bytes[index]) { throw fail(.invalidNumber) }
    } else {
      while index < bytes.count, isDigit(bytes[index]) {
        let digit = Int64(bytes[index] &- UInt8(ascii: "0"))
        if !overflowed {
          let (times10, o1) = accumulator.multipliedReportingOverflow(by: 10)
          let (next, o2) = times10.subtractingReportingOverflow(digit)
          if o1 || o2 { overflowed = true } else { accumulator = next }
        }
        significantDigits += 1
        index += 1
      }
    }

    var fractionDigits = 0
    var mantissa = UInt64(accumulator.magnitude)
    var mantissaExact = !overflowed && significantDigits <= 15
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw fail(.invalidNumber) }
      while index < bytes.count, isDigit(bytes[index]) {
        if mantissaExact {
          if significantDigits + fractionDigits < 15 {
            mantissa = mantissa * 10 + UInt64(bytes[index] &- UInt8(ascii: "0"))
            fractionDigits += 1
          } else {
            mantissaExact = false
          }
        }
        index += 1
      }
      if !mantissaExact { fractionDigits = 0 }
    }

    var exponent = 0
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      var exponentNegative = false
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        exponentNegative = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else { throw fail(.invalidNumber) }
      while index < bytes.count, isDigit(bytes[index]) {
        if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
        index += 1
      }
      if exponentNegative { exponent = -exponent }
    }

    let isInteger = index - start == significantDigits + (negative ? 1 : 0)
    // 9223372036854775808 fits only as a negative accumulator.
    if !negative && accumulator == .min { overflowed = true }
    if isInteger && !overflowed {
      return .integer(negative ? accumulator : -accumulator)
    }

    // Clinger's fast path: both the mantissa and the power of ten are exact doubles.
    let decimalExponent = exponent - fractionDigits
    if mantissaExact, abs(decimalExponent) <= 22 {
      var value = Double(mantissa)
      if decimalExponent >= 0 {
        value *= Self.exactPowersOfTen[decimalExponent]
      } else {
        value /= Self.exactPowersOfTen[-decimalExponent]
      }
      return .double(negative ? -value : value)
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    guard let value = Double(text) else { throw JSONParseError(.invalidNumber, at: position) }
    guard value.isFinite else {
      index = start
      throw fail(.numberOutOfRange)
    }
    return .double(value)
  }

  @inline(__always)
  private func isDigit(_ byte: UInt8) -> Bool {
    byte &- UInt8(ascii: "0") < 10
  }
}

/// A stack of values in memory of its own, for the elements of the containers being read: when a
/// container closes, its elements move into an array of exactly their number, with no regrowth
/// and no reference counting on the way. It starts in space it is lent (on the call stack) and
/// moves to the heap only when that is full. Whatever is left when it goes (after an error) is
/// freed.
private struct PendingStack<Element>: ~Copyable {
  private var base: UnsafeMutablePointer<Element>
  private var capacity: Int
  /// Whether `base` is heap memory of this stack's own rather than the space it was lent.
  private var ownsBase = false
  private(set) var count = 0

  init(space: UnsafeMutableBufferPointer<Element>) {
    if let start = space.baseAddress, space.count > 0 {
      base = start
      capacity = space.count
    } else {
      capacity = 16
      base = .allocate(capacity: capacity)
      ownsBase = true
    }
  }

  deinit {
    base.deinitialize(count: count)
    if ownsBase { base.deallocate() }
  }

  mutating func push(_ element: consuming Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count += 1
  }

  /// Removes and returns the top element.
  mutating func popLast() -> Element? {
    guard count > 0 else { return nil }
    count -= 1
    return (base + count).move()
  }

  /// Moves the elements from `start` to the top into a new array, top last.
  mutating func popAll(from start: Int) -> [Element] {
    let moved = count - start
    guard moved > 0 else { return [] }
    let source = base + start
    // Moved one by one into reserved room: no reference counting, and unlike
    // `Array(unsafeUninitializedCapacity:)` (not specialised, it looks up type metadata on every
    // call) every step is specialised.
    var array: [Element] = []
    array.reserveCapacity(moved)
    for offset in 0..<moved { array.append((source + offset).move()) }
    count = start
    return array
  }

  private mutating func grow() {
    let newCapacity = capacity * 2
    let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    newBase.moveInitialize(from: base, count: count)
    if ownsBase { base.deallocate() }
    base = newBase
    capacity = newCapacity
    ownsBase = true
  }
}
