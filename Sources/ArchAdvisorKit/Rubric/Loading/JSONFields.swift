/// A JSON object being read as one part of a rubric: checks its keys once (duplicates, unknown
/// keys with a suggestion) and reads members with their types checked, reporting every problem to
/// a ``ProblemCollector``.
struct JSONFields {
  let object: JSONObject
  /// Where the object starts: missing keys are reported here.
  let position: SourcePosition
  /// The object's path in the rubric.
  let path: String

  /// Opens `value` as an object, or reports that it is not one and returns `nil`.
  ///
  /// Reports keys written twice (with both positions) and keys not in `allowed`; `misplaced`
  /// gives a message of its own for keys that are valid elsewhere but not here (a choice
  /// factor's `options` on a number factor), instead of the generic unknown-key message.
  init?(
    _ value: JSONValue, path: String, allowed: [String], misplaced: [String: String] = [:],
    problems: inout ProblemCollector
  ) {
    guard case .object(let object) = value.kind else {
      problems.reportType(expected: "an object", got: value, path: path)
      return nil
    }
    self.object = object
    self.position = value.position
    self.path = path
    for duplicate in JSONFields.duplicateKeys(object) {
      problems.report(
        "key \(QuotedText.code(duplicate.key)) is written twice, at \(duplicate.first) and at \(duplicate.duplicate)",
        at: duplicate.duplicate, path: path)
    }
    for member in object.members where !allowed.contains(member.key) {
      if let message = misplaced[member.key] {
        problems.report(message, at: member.keyPosition, path: path)
      } else {
        problems.report(
          JSONFields.unknownKeyMessage(member.key, allowed: allowed), at: member.keyPosition, path: path)
      }
    }
  }

  /// The object's repeated keys. Rubric objects are small, so comparing pairs is quicker than
  /// hashing every key into a dictionary (which large rubrics would pay for on every object).
  static func duplicateKeys(_ object: JSONObject) -> [JSONObject.DuplicateKey] {
    let members = object.members
    guard members.count > 1 else { return [] }
    guard members.count <= 16 else { return object.duplicateKeys }
    var duplicates: [JSONObject.DuplicateKey] = []
    for index in 1..<members.count {
      let key = members[index].key
      if let first = members[..<index].first(where: { $0.key == key }) {
        duplicates.append(
          JSONObject.DuplicateKey(key: key, first: first.keyPosition, duplicate: members[index].keyPosition))
      }
    }
    return duplicates
  }

  /// "unknown key `wieght`; did you mean `weight`?" or the list of keys that are allowed.
  static func unknownKeyMessage(_ key: String, allowed: [String]) -> String {
    if let near = Suggestion.nearest(to: key, in: allowed) {
      return "unknown key \(QuotedText.code(key)); did you mean `\(near)`?"
    }
    return "unknown key \(QuotedText.code(key)); expected one of "
      + allowed.map { "`\($0)`" }.joined(separator: ", ")
  }

  /// The path of a member of this object.
  func path(_ key: String) -> String { RubricPath.member(path, key) }

  /// The member's value (the first, when written twice), or `nil` when the key is absent.
  func value(_ key: String) -> JSONValue? { object[key] }

  func has(_ key: String) -> Bool { object[key] != nil }

  /// Where the key is written, or the object's start when it is absent.
  func keyPosition(_ key: String) -> SourcePosition { object.member(key)?.keyPosition ?? position }

  /// The member's value; reports "missing key" at the object when it is absent.
  func required(_ key: String, problems: inout ProblemCollector) -> JSONValue? {
    if let value = object[key] { return value }
    problems.report("missing key `\(key)`", at: position, path: path)
    return nil
  }

  private func lookup(_ key: String, required: Bool, problems: inout ProblemCollector) -> JSONValue? {
    required ? self.required(key, problems: &problems) : object[key]
  }

  /// A non-blank string member.
  func string(_ key: String, required: Bool = true, problems: inout ProblemCollector) -> String? {
    guard let value = lookup(key, required: required, problems: &problems) else { return nil }
    return JSONFields.text(value, path: path(key), problems: &problems)
  }

  /// A number member.
  func number(_ key: String, required: Bool = true, problems: inout ProblemCollector) -> Double? {
    guard let value = lookup(key, required: required, problems: &problems) else { return nil }
    return JSONFields.number(value, path: path(key), problems: &problems)
  }

  /// A boolean member.
  func bool(_ key: String, required: Bool = true, problems: inout ProblemCollector) -> Bool? {
    guard let value = lookup(key, required: required, problems: &problems) else { return nil }
    guard case .bool(let flag) = value.kind else {
      problems.reportType(expected: "true or false", got: value, path: path(key))
      return nil
    }
    return flag
  }

  /// An array member.
  func array(_ key: String, required: Bool = true, problems: inout ProblemCollector) -> [JSONValue]? {
    guard let value = lookup(key, required: required, problems: &problems) else { return nil }
    guard case .array(let elements) = value.kind else {
      problems.reportType(expected: "an array", got: value, path: path(key))
      return nil
    }
    return elements
  }

  /// A string that says something: rubric texts (reasons, labels, questions) are shown to users,
  /// so a blank one is a mistake, not a choice.
  static func text(
    _ value: JSONValue, path: @autoclosure () -> String, problems: inout ProblemCollector
  ) -> String? {
    guard case .string(let string) = value.kind else {
      problems.reportType(expected: "a string", got: value, path: path())
      return nil
    }
    if string.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
      problems.report("must not be empty", at: value.position, path: path())
      return nil
    }
    return string
  }

  /// Any number (the parser has already refused non-finite ones).
  static func number(
    _ value: JSONValue, path: @autoclosure () -> String, problems: inout ProblemCollector
  ) -> Double? {
    guard let number = value.doubleValue else {
      problems.reportType(expected: "a number", got: value, path: path())
      return nil
    }
    return number
  }
}
