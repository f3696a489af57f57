/// Writes ``JSONValue``s as JSON text: compact (one line, for JSON Lines) or pretty (two-space
/// indent), members in the order they hold.
///
/// Strings escape `"`, `\` and every control character (as `\n`, `\t` … or `\u00XX`) and keep
/// other characters as UTF-8. Doubles print in their shortest round-trip form (`0.1`, `1e-07`);
/// a whole double prints without a fraction (`12.0` as `12`). A non-finite double, which no
/// parsed value holds, is written as `null` so the output is always valid JSON.
public struct JSONWriter: Sendable {
  /// Whether to break lines and indent.
  public var pretty: Bool

  public init(pretty: Bool = false) {
    self.pretty = pretty
  }

  /// The value as JSON text (no trailing newline).
  public func string(_ value: JSONValue) -> String {
    var output = ""
    write(value, into: &output)
    return output
  }

  /// Appends the value's JSON text to `output`.
  public func write(_ value: JSONValue, into output: inout String, indent: Int = 0) {
    switch value.kind {
    case .null: output += "null"
    case .bool(let b): output += b ? "true" : "false"
    case .integer(let i): output += String(i)
    case .double(let d): output += JSONWriter.numberText(d)
    case .string(let s): JSONWriter.appendQuoted(s, to: &output)
    case .array(let elements):
      guard !elements.isEmpty else {
        output += "[]"
        return
      }
      output += "["
      for (i, element) in elements.enumerated() {
        if i > 0 { output += "," }
        newline(&output, indent + 1)
        write(element, into: &output, indent: indent + 1)
      }
      newline(&output, indent)
      output += "]"
    case .object(let object):
      guard !object.isEmpty else {
        output += "{}"
        return
      }
      output += "{"
      for (i, member) in object.members.enumerated() {
        if i > 0 { output += "," }
        newline(&output, indent + 1)
        JSONWriter.appendQuoted(member.key, to: &output)
        output += pretty ? ": " : ":"
        write(member.value, into: &output, indent: indent + 1)
      }
      newline(&output, indent)
      output += "}"
    }
  }

  private func newline(_ output: inout String, _ indent: Int) {
    guard pretty else { return }
    output += "\n"
    output += String(repeating: "  ", count: indent)
  }

  /// A double as JSON: shortest round-trip digits, whole values without `.0`, `null` when not
  /// finite.
  public static func numberText(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 {
      return value == 0 && value.sign == .minus ? "-0" : String(Int64(value))
    }
    return String(value)
  }

  /// Appends `text` as a quoted JSON string.
  ///
  /// Besides what JSON requires (`"`, `\\` and C0 controls), characters that are invisible or
  /// dangerous when the JSON is shown in a terminal or pasted into JavaScript are written as
  /// `\uXXXX`: DEL (U+007F), the C1 controls (U+0080–U+009F, which include the one-byte CSI),
  /// the line and paragraph separators U+2028 and U+2029, and the bidirectional controls
  /// U+202A–U+202E and U+2066–U+2069. The escapes are lossless: parsing the output gives `text`.
  public static func appendQuoted(_ text: String, to output: inout String) {
    output += "\""
    let utf8 = text.utf8
    var runStart = utf8.startIndex
    var index = runStart
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F {
        output += text[runStart..<index]
        switch byte {
        case UInt8(ascii: "\""): output += "\\\""
        case UInt8(ascii: "\\"): output += "\\\\"
        case 0x0A: output += "\\n"
        case 0x0D: output += "\\r"
        case 0x09: output += "\\t"
        case 0x08: output += "\\b"
        case 0x0C: output += "\\f"
        default: appendEscape(UInt16(byte), to: &output)
        }
        index = utf8.index(after: index)
        runStart = index
      } else if byte == 0xC2 || byte == 0xE2, let (scalar, end) = escapedScalar(utf8, at: index) {
        // Only these two lead bytes start the non-ASCII scalars escaped; the check stays off the
        // path of every other byte.
        output += text[runStart..<index]
        appendEscape(scalar, to: &output)
        index = end
        runStart = index
      } else {
        index = utf8.index(after: index)
      }
    }
    output += text[runStart..<utf8.endIndex]
    output += "\""
  }

  /// The scalar starting at `index` and the index after it, when it is one written as `\uXXXX`
  /// beyond ASCII: a C1 control, U+2028, U+2029 or a bidirectional control.
  private static func escapedScalar(_ utf8: String.UTF8View, at index: String.Index)
    -> (UInt16, String.Index)?
  {
    var next = utf8.index(after: index)
    guard next != utf8.endIndex else { return nil }
    let second = utf8[next]
    next = utf8.index(after: next)
    if utf8[index] == 0xC2 {
      // U+0080–U+009F: C2 80 … C2 9F.
      return (0x80...0x9F).contains(second) ? (UInt16(second), next) : nil
    }
    guard next != utf8.endIndex, second == 0x80 || second == 0x81 else { return nil }
    let third = utf8[next]
    let scalar = 0x2000 | UInt16(second & 0x0F) << 6 | UInt16(third & 0x3F)
    switch scalar {
    case 0x2028...0x202E, 0x2066...0x2069: return (scalar, utf8.index(after: next))
    default: return nil
    }
  }

  /// Appends `\uXXXX` for a UTF-16 code unit, in lowercase hexadecimal.
  private static func appendEscape(_ unit: UInt16, to output: inout String) {
    let hex = Array("0123456789abcdef".utf8)
    output += "\\u"
    for shift in stride(from: 12, through: 0, by: -4) {
      output.unicodeScalars.append(Unicode.Scalar(hex[Int(unit >> UInt16(shift) & 0xF)]))
    }
  }
}

extension JSONValue: CustomStringConvertible {
  /// The value as compact JSON text.
  public var description: String { JSONWriter().string(self) }
}
