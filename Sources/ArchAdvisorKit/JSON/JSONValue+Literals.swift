// Literal conformances so reports and answer sets can be built as readable trees:
// `let value: JSONValue = ["id": "monolith", "score": -42.5, "flags": [true, nil]]`.
// Values built this way sit at `SourcePosition.start`.

extension JSONValue: ExpressibleByNilLiteral {
  public init(nilLiteral: ()) { self.init(.null) }
}

extension JSONValue: ExpressibleByBooleanLiteral {
  public init(booleanLiteral value: Bool) { self.init(.bool(value)) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int64) { self.init(.integer(value)) }
}

extension JSONValue: ExpressibleByFloatLiteral {
  public init(floatLiteral value: Double) { self.init(.double(value)) }
}

extension JSONValue: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(.string(value)) }
}

extension JSONValue: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: JSONValue...) { self.init(.array(elements)) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
  /// An object with the members in the order written.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self.init(.object(JSONObject(elements.map { JSONObject.Member(key: $0.0, value: $0.1) })))
  }
}

extension JSONValue {
  /// A string value.
  public static func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }

  /// A number value: an integer when whole and within ±2^53, else a double.
  public static func number(_ value: Double) -> JSONValue {
    if value.isFinite, value == value.rounded(), abs(value) <= 9_007_199_254_740_992 {
      return JSONValue(.integer(Int64(value)))
    }
    return JSONValue(.double(value))
  }

  /// An integer value.
  public static func integer(_ value: Int) -> JSONValue { JSONValue(.integer(Int64(value))) }

  /// A boolean value.
  public static func bool(_ value: Bool) -> JSONValue { JSONValue(.bool(value)) }

  /// An array value.
  public static func array(_ elements: [JSONValue]) -> JSONValue { JSONValue(.array(elements)) }

  /// An object with these members, in order.
  public static func object(_ members: [(String, JSONValue)]) -> JSONValue {
    JSONValue(.object(JSONObject(members.map { JSONObject.Member(key: $0.0, value: $0.1) })))
  }

  /// The null value.
  public static var null: JSONValue { JSONValue(.null) }

  /// The same value with every position (its own and its children's) reset to `.start`, so two
  /// values parsed from different texts compare by content alone.
  public var withoutPositions: JSONValue {
    switch kind {
    case .array(let elements): return .array(elements.map(\.withoutPositions))
    case .object(let object):
      return JSONValue(
        .object(
          JSONObject(
            object.members.map { JSONObject.Member(key: $0.key, value: $0.value.withoutPositions) })))
    default: return JSONValue(kind)
    }
  }
}
