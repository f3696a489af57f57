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
  public static func appendQuoted(_ text: String, to output: inout String) {
    output += "\""
    var runStart = text.utf8.startIndex
    var index = runStart
    let utf8 = text.utf8
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        output += text[runStart..<index]
        switch byte {
        case UInt8(ascii: "\""): output += "\\\""
        case UInt8(ascii: "\\"): output += "\\\\"
        case 0x0A: output += "\\n"
        case 0x0D: output += "\\r"
        case 0x09: output += "\\t"
        case 0x08: output += "\\b"
        case 0x0C: output += "\\f"
        default:
          let hex = Array("0123456789abcdef".utf8)
          output += "\\u00"
          output.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
          output.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0xF)]))
        }
        index = utf8.index(after: index)
        runStart = index
      } else {
        index = utf8.index(after: index)
      }
    }
    output += text[runStart..<utf8.endIndex]
    output += "\""
  }
}

extension JSONValue: CustomStringConvertible {
  /// The value as compact JSON text.
  public var description: String { JSONWriter().string(self) }
}
