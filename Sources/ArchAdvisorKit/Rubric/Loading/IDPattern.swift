/// The shapes ids in a rubric must have, checked byte by byte (no regular expressions: rubrics
/// with thousands of factors still check quickly).
enum IDPattern {
  /// Factor, option and verdict ids, `[a-z][a-z0-9_]*`: they become command-line flags
  /// (`ci_cd` → `--ci-cd`) and values scripts read.
  static let snake = "[a-z][a-z0-9_]*"
  /// Rule ids, `[a-z][a-z0-9_-]*`: only shown in reports, so kebab-case is fine too.
  static let rule = "[a-z][a-z0-9_-]*"
  /// The rubric's own id, `[a-z0-9_-]+`.
  static let rubric = "[a-z0-9_-]+"

  static func isSnake(_ id: String) -> Bool {
    var bytes = id.utf8.makeIterator()
    guard let first = bytes.next(), isLowercase(first) else { return false }
    while let byte = bytes.next() {
      guard isLowercase(byte) || isDigit(byte) || byte == UInt8(ascii: "_") else { return false }
    }
    return true
  }

  static func isRule(_ id: String) -> Bool {
    var bytes = id.utf8.makeIterator()
    guard let first = bytes.next(), isLowercase(first) else { return false }
    while let byte = bytes.next() {
      guard isLowercase(byte) || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
      else { return false }
    }
    return true
  }

  static func isRubric(_ id: String) -> Bool {
    !id.isEmpty
      && id.utf8.allSatisfy {
        isLowercase($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
      }
  }

  private static func isLowercase(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
  }
  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
