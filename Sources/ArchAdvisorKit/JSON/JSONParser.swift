/// A strict RFC 8259 JSON reader over UTF-8 bytes that says where each problem is.
///
/// - Accepts exactly RFC 8259: no trailing commas, comments, `NaN`/`Infinity`, leading zeros,
///   unescaped control characters or single quotes; any value may stand at the top level.
/// - Input must be valid UTF-8 (no overlong forms, no encoded surrogates, nothing above U+10FFFF).
///   A UTF-8 byte-order mark is skipped at the very start of the document; outside a string
///   anywhere else it is an error. Inside a string U+FEFF is an ordinary character.
/// - `\u` escapes must form valid UTF-16: a lone surrogate escape (`"\uD800"`) is an error.
/// - Numbers: an integer written without fraction or exponent that fits in `Int64` is
///   `.integer`, exactly. `-0` is `.integer(0)` (an integer has no negative zero); `-0.0` and
///   `-0e0` are `.double(-0.0)`. An integer beyond `Int64` becomes the nearest `.double` (it may
///   lose digits beyond 2^53). A number whose magnitude overflows `Double` (`1e400`) is an
///   error, never infinity; one that underflows (`1e-400`) is `0.0`.
/// - Objects keep every member in order, duplicates included; see ``JSONObject/duplicateKeys``.
/// - Limits: nesting depth (512 by default) is enforced without recursion, so any depth of input
///   gives an error and never exhausts the stack; documents above ``Limits/maxDocumentBytes`` are
///   refused before reading.
public struct JSONParser: Sendable {
  /// Bounds no legitimate document reaches, each reported with its own message.
  public struct Limits: Hashable, Sendable {
    /// The deepest nesting of arrays and objects accepted.
    public var maxDepth: Int
    /// The largest document accepted, in bytes.
    public var maxDocumentBytes: Int

    public init(maxDepth: Int = 512, maxDocumentBytes: Int = 64 << 20) {
      self.maxDepth = maxDepth
      self.maxDocumentBytes = maxDocumentBytes
    }
  }

  public var limits: Limits

  public init(limits: Limits = Limits()) {
    self.limits = limits
  }

  /// Parses one JSON document.
  public func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
    let result: Result<JSONValue, JSONParseError>? = bytes.withContiguousStorageIfAvailable {
      parse(buffer: $0)
    }
    if let result { return try result.get() }
    return try Array(bytes).withUnsafeBufferPointer { parse(buffer: $0) }.get()
  }

  /// Parses one JSON document held in a string.
  public func parse(_ text: String) throws(JSONParseError) -> JSONValue {
    var text = text
    let result = text.withUTF8 { parse(buffer: $0) }
    return try result.get()
  }

  private func parse(buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONParseError> {
    guard buffer.count <= limits.maxDocumentBytes else {
      return .failure(JSONParseError(.documentTooLarge(limit: limits.maxDocumentBytes), at: .start))
    }
    var scanner = JSONScanner(bytes: buffer, maxDepth: limits.maxDepth)
    do {
      return .success(try scanner.parseDocument())
    } catch {
      return .failure(error)
    }
  }
}
