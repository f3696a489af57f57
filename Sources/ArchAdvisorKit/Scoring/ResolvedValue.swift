/// A factor's answer as the scorer reads it: an index or a bit mask into the factor's tables
/// instead of strings, so that scoring, rules and flips compare integers, not text.
enum ResolvedValue: Hashable, Sendable {
  /// Not answered, or answered with something the factor does not accept.
  case unknown
  case number(Double)
  /// The index of the option in the factor's options.
  case choice(Int)
  /// Bit `i` set when the option at index `i` is held (a set factor has at most 64 options).
  case set(UInt64)

  var isKnown: Bool {
    if case .unknown = self { return false }
    return true
  }
}
