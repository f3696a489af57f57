/// A parsed JSON value together with the position where it starts in its document.
///
/// Numbers keep the distinction the text made: a number written without a fraction or exponent
/// that fits in `Int64` is `.integer`; every other number is `.double`. See ``JSONParser`` for
/// how `-0`, large integers and out-of-range numbers are read.
public struct JSONValue: Hashable, Sendable {
  /// What the value is.
  public var kind: Kind
  /// Where the value's first character is.
  public var position: SourcePosition

  public init(_ kind: Kind, at position: SourcePosition = .start) {
    self.kind = kind
    self.position = position
  }

  /// The shapes a JSON value can take.
  public enum Kind: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
  }

  /// A short name of the value's type for messages: "a string", "an array", "a number" …
  public var typeDescription: String {
    switch kind {
    case .null: return "null"
    case .bool: return "a boolean"
    case .integer, .double: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  public var isNull: Bool { if case .null = kind { return true } else { return false } }

  /// The string, when the value is one.
  public var stringValue: String? { if case .string(let s) = kind { return s } else { return nil } }

  /// The boolean, when the value is one.
  public var boolValue: Bool? { if case .bool(let b) = kind { return b } else { return nil } }

  /// The number as a `Double`, when the value is a number (integers convert, possibly rounding
  /// beyond 2^53).
  public var doubleValue: Double? {
    switch kind {
    case .integer(let i): return Double(i)
    case .double(let d): return d
    default: return nil
    }
  }

  /// The number as an `Int64` when it is an integer, or a double with no fractional part that
  /// fits exactly.
  public var integerValue: Int64? {
    switch kind {
    case .integer(let i): return i
    case .double(let d):
      guard d.isFinite, d.rounded() == d, d >= -9.223372036854775808e18, d < 9.223372036854775808e18
      else { return nil }
      return Int64(d)
    default: return nil
    }
  }

  /// The elements, when the value is an array.
  public var arrayValue: [JSONValue]? { if case .array(let a) = kind { return a } else { return nil } }

  /// The members, when the value is an object.
  public var objectValue: JSONObject? { if case .object(let o) = kind { return o } else { return nil } }
}

/// A JSON object: its members in document order, with the positions of their keys.
///
/// Duplicate keys are kept (every member is here, in order) and listed in ``duplicateKeys``; the
/// lookup subscript returns the *first* member with a key. Callers decide whether a duplicate is
/// an error; the rubric and answers readers treat it as one.
public struct JSONObject: Hashable, Sendable {
  /// One `"key": value` member.
  public struct Member: Hashable, Sendable {
    public var key: String
    public var keyPosition: SourcePosition
    public var value: JSONValue

    public init(key: String, keyPosition: SourcePosition = .start, value: JSONValue) {
      self.key = key
      self.keyPosition = keyPosition
      self.value = value
    }
  }

  /// A key written more than once in the same object.
  public struct DuplicateKey: Hashable, Sendable {
    public var key: String
    /// Where the key was first written.
    public var first: SourcePosition
    /// Where it was written again.
    public var duplicate: SourcePosition
  }

  /// Every member, in the order written.
  public var members: [Member]

  public init(_ members: [Member] = []) {
    self.members = members
  }

  /// The value of the first member with this key.
  public subscript(key: String) -> JSONValue? {
    for member in members where member.key == key { return member.value }
    return nil
  }

  /// The first member with this key.
  public func member(_ key: String) -> Member? {
    members.first { $0.key == key }
  }

  public var keys: [String] { members.map(\.key) }

  public var isEmpty: Bool { members.isEmpty }

  public var count: Int { members.count }

  /// Every key written more than once, each repeat with the position of the first.
  public var duplicateKeys: [DuplicateKey] {
    guard members.count > 1 else { return [] }
    var seen: [String: SourcePosition] = [:]
    var duplicates: [DuplicateKey] = []
    for member in members {
      if let first = seen[member.key] {
        duplicates.append(DuplicateKey(key: member.key, first: first, duplicate: member.keyPosition))
      } else {
        seen[member.key] = member.keyPosition
      }
    }
    return duplicates
  }
}
