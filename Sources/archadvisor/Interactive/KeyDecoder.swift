/// Turns the bytes a terminal sends in raw mode into ``Key`` presses.
///
/// Understands what xterm, the Linux console, tmux and their kin send: the arrows as `ESC [ A`
/// or, in application-cursor mode, `ESC O A` (with or without a modifier, `ESC [ 1 ; 5 A`),
/// Home and End as `ESC [ H`/`F`, `ESC O H`/`F` or `ESC [ 1 ~`/`4 ~`/`7 ~`/`8 ~`, Delete as
/// `ESC [ 3 ~`; Enter as CR or LF (a CR LF pair is one Enter); Backspace as DEL or Ctrl-H; the
/// other control bytes as Ctrl keys; and UTF-8 text as characters. Any other escape sequence is
/// read whole and ignored, so a function key never turns into stray letters.
///
/// Bytes arrive in chunks that may end in the middle of a sequence or a character: what cannot
/// be decoded yet is kept for the next chunk. An escape byte on its own is ambiguous until more
/// comes, so the reader calls ``flush()`` when nothing has followed for a moment: a lone ESC is
/// then the Escape key.
struct KeyDecoder: Sendable {
  private var pending: [UInt8] = []
  /// Whether the last byte decoded was a CR, so that an LF right after it is not a second Enter.
  private var afterCarriageReturn = false

  /// Whether bytes are held back, waiting for the rest of a sequence.
  var hasPending: Bool { !pending.isEmpty }

  /// The keys `bytes` complete, in order.
  mutating func keys(from bytes: some Sequence<UInt8>) -> [Key] {
    pending.append(contentsOf: bytes)
    var keys: [Key] = []
    var start = 0
    while start < pending.count {
      guard let (key, length) = decodeOne(pending[start...]) else { break }
      if let key { keys.append(key) }
      start += length
    }
    pending.removeFirst(start)
    return keys
  }

  /// The keys held back, decoded as they stand: nothing more is coming for now.
  mutating func flush() -> [Key] {
    var keys: [Key] = []
    while !pending.isEmpty {
      if pending[0] == 0x1B {
        // A lone ESC is the Escape key; a cut-off sequence is nothing.
        keys.append(pending.count == 1 ? .escape : .unknown)
        pending.removeAll()
      } else {
        // An incomplete UTF-8 character.
        keys.append(.unknown)
        pending.removeFirst()
        keys += self.keys(from: [])
      }
    }
    return keys
  }

  /// The key at the start of `bytes` and how many bytes it took (the key is `nil` for an LF
  /// that ends a CR LF pair); `nil` when more bytes are needed to tell.
  private mutating func decodeOne(_ bytes: ArraySlice<UInt8>) -> (Key?, Int)? {
    let first = bytes[bytes.startIndex]
    let wasCarriageReturn = afterCarriageReturn
    afterCarriageReturn = false
    switch first {
    case 0x0D:
      afterCarriageReturn = true
      return (.enter, 1)
    case 0x0A: return (wasCarriageReturn ? nil : .enter, 1)
    case 0x1B: return KeyDecoder.escapeSequence(bytes)
    case 0x09: return (.tab, 1)
    case 0x7F, 0x08: return (.backspace, 1)
    case 0x03: return (.interrupt, 1)
    case 0x04: return (.endOfInput, 1)
    case 0x20: return (.space, 1)
    case 0x01...0x1A: return (.control(first), 1)
    case 0x00, 0x1C...0x1F: return (.unknown, 1)
    case 0x21...0x7E: return (.character(Character(Unicode.Scalar(first))), 1)
    default: return KeyDecoder.utf8Character(bytes)
    }
  }

  /// An escape sequence starting at `bytes` (which begins with ESC).
  private static func escapeSequence(_ bytes: ArraySlice<UInt8>) -> (Key?, Int)? {
    let start = bytes.startIndex
    guard bytes.count >= 2 else { return nil }
    let introducer = bytes[start + 1]
    switch introducer {
    case UInt8(ascii: "["):
      // CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E.
      var index = start + 2
      while index < bytes.endIndex, (0x20...0x3F).contains(bytes[index]) { index += 1 }
      guard index < bytes.endIndex else { return nil }
      let final = bytes[index]
      let length = index - start + 1
      guard (0x40...0x7E).contains(final) else { return (.unknown, length) }
      let parameters = bytes[(start + 2)..<index]
      return (csiKey(final: final, parameters: Array(parameters)), length)
    case UInt8(ascii: "O"):
      // SS3: one more byte.
      guard bytes.count >= 3 else { return nil }
      return (ss3Key(bytes[start + 2]), 3)
    case 0x1B:
      // ESC ESC: the first is Escape on its own.
      return (.escape, 1)
    default:
      // Alt plus a key, or Escape typed before another key: the Escape is kept, the key is read
      // on its own next.
      return (.escape, 1)
    }
  }

  /// The key a CSI sequence names.
  private static func csiKey(final: UInt8, parameters: [UInt8]) -> Key {
    // The first parameter, before any `;` modifier.
    let first = parameters.prefix { $0 != UInt8(ascii: ";") }
    if let key = cursorKey(final) { return key }
    switch final {
    case UInt8(ascii: "~"):
      switch String(decoding: first, as: UTF8.self) {
      case "1", "7": return .home
      case "4", "8": return .end
      case "3": return .delete
      default: return .unknown
      }
    default: return .unknown
    }
  }

  /// The arrows, Home and End, which CSI (`ESC [ A`) and SS3 (`ESC O A`) sequences end alike.
  private static func cursorKey(_ final: UInt8) -> Key? {
    switch final {
    case UInt8(ascii: "A"): return .up
    case UInt8(ascii: "B"): return .down
    case UInt8(ascii: "C"): return .right
    case UInt8(ascii: "D"): return .left
    case UInt8(ascii: "H"): return .home
    case UInt8(ascii: "F"): return .end
    default: return nil
    }
  }

  /// The key an SS3 sequence (`ESC O x`) names.
  private static func ss3Key(_ byte: UInt8) -> Key {
    if let key = cursorKey(byte) { return key }
    switch byte {
    case UInt8(ascii: "M"): return .enter  // Enter on the keypad
    default: return .unknown
    }
  }

  /// One UTF-8 character starting at `bytes` (whose first byte is 0x80 or more).
  private static func utf8Character(_ bytes: ArraySlice<UInt8>) -> (Key?, Int)? {
    let first = bytes[bytes.startIndex]
    let length: Int
    switch first {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return (.unknown, 1)  // a continuation byte or an invalid lead byte
    }
    guard bytes.count >= length else {
      // Wait for the rest, unless what is there already cannot be its start.
      let tail = bytes.dropFirst()
      return tail.allSatisfy({ $0 & 0xC0 == 0x80 }) ? nil : (.unknown, 1)
    }
    let sequence = bytes.prefix(length)
    guard let text = String(validating: sequence, as: UTF8.self), let character = text.first else {
      return (.unknown, 1)
    }
    return (.character(character), length)
  }
}
