import ArchAdvisorKit

/// Walks a parsed JSON value by keys and indices, for checking reports field by field.
extension JSONValue {
  /// The value at `path`: strings are object keys, integers array indices; `nil` when any
  /// step does not exist.
  func at(_ path: any JSONPathStep...) -> JSONValue? {
    var current: JSONValue? = self
    for step in path {
      switch step {
      case let key as String: current = current?.objectValue?[key]
      case let index as Int:
        guard let array = current?.arrayValue, array.indices.contains(index) else { return nil }
        current = array[index]
      default: return nil
      }
    }
    return current
  }
}

/// A key or an index in ``JSONValue/at(_:)``.
protocol JSONPathStep {}
extension String: JSONPathStep {}
extension Int: JSONPathStep {}
