/// Reads answers for one factor, with everything that reading needs worked out once: the option
/// lookups and the "expected …" text of its messages.
///
/// A class, so that the batch command's hot path reaches it through one reference instead of
/// copying (and retaining) every field of a struct per answer. Errors it throws carry the factor
/// id and, for JSON, the value's position; the caller adds the file and path.
final class FactorAnswerReader: Sendable {
  /// How answers are read, without the rest of the factor.
  enum Mode {
    case number(integer: Bool, minimum: Double?, maximum: Double?)
    case choice
    case set
  }

  let factor: Factor
  let mode: Mode
  /// What the factor accepts, for messages: "a whole number of engineers ≥ 1", "one of steady,
  /// growing, spiky", "any of containers, tracing".
  let expectation: String
  /// Option ids in rubric order (empty for numbers).
  let optionIDs: [String]
  /// Option id → its index, for factors with many options (few are compared one by one).
  private let exact: [String: Int]
  /// Lower-cased id with `-` for `_` → its index, for text typed on a command line.
  private let loose: [String: Int]

  /// Up to this many options, ids are compared one by one: short ids compare in a few
  /// instructions, quicker than hashing.
  private static let scanLimit = 16

  init(_ factor: Factor) {
    self.factor = factor
    let ids = factor.optionIDs
    optionIDs = ids
    var exact: [String: Int] = [:]
    var loose: [String: Int] = [:]
    for (index, id) in ids.enumerated() {
      if ids.count > FactorAnswerReader.scanLimit, exact[id] == nil { exact[id] = index }
      let key = FactorAnswerReader.looseKey(id)
      if loose[key] == nil { loose[key] = index }
    }
    self.exact = exact
    self.loose = loose
    switch factor.kind {
    case .number(let spec):
      mode = .number(integer: spec.integer, minimum: spec.minimum, maximum: spec.maximum)
      expectation = spec.acceptedDescription
    case .choice:
      mode = .choice
      expectation = "one of " + ids.joined(separator: ", ")
    case .set:
      mode = .set
      expectation = "any of " + ids.joined(separator: ", ")
    }
  }

  /// The index of the option with exactly this id.
  @inline(__always)
  private func exactIndex(_ id: String) -> Int? {
    guard optionIDs.count <= FactorAnswerReader.scanLimit else { return exact[id] }
    for index in optionIDs.indices where optionIDs[index] == id { return index }
    return nil
  }

  /// How text is compared when case and `-`/`_` are not to matter.
  static func looseKey(_ text: some StringProtocol) -> String {
    var key = ""
    key.unicodeScalars.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "A"..."Z": key.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
      case "-": key.unicodeScalars.append("_")
      default: key.unicodeScalars.append(scalar)
      }
    }
    return key
  }

  private func failure(_ message: String, at position: SourcePosition? = nil) -> AnswerError {
    AnswerError(position: position, factor: factor.id, message: message)
  }

  /// `"huge" is not an option; expected one of …`, with a suggestion when one is near.
  private func notAnOption(_ text: some StringProtocol, at position: SourcePosition?, suffix: String = "")
    -> AnswerError
  {
    var message = QuotedText.quote(text) + " is not an option"
    if let near = Suggestion.nearest(to: String(text), in: optionIDs) {
      message += " (did you mean \"\(near)\"?)"
    }
    return failure(message + "; expected " + expectation + suffix, at: position)
  }

  // MARK: JSON

  /// The answer a JSON value gives; `null` is no answer (unknown).
  func read(json value: JSONValue) throws(AnswerError) -> Answer? {
    if case .null = value.kind { return nil }
    switch mode {
    case .number(let integer, let minimum, let maximum):
      return try readNumber(json: value, integer: integer, minimum: minimum, maximum: maximum)
    case .choice:
      guard case .string(let id) = value.kind else {
        throw failure("expected \(expectation), got \(value.typeDescription)", at: value.position)
      }
      // The exact id first; case and `-`/`_` only on a miss, as a flag's value is read.
      guard let index = optionIndex(Substring(id)) else { throw notAnOption(id, at: value.position) }
      return .choice(optionIDs[index])
    case .set:
      guard case .array(let elements) = value.kind else {
        throw failure(
          "expected an array of option ids (\(expectation)), got \(value.typeDescription)",
          at: value.position)
      }
      var held = HeldOptions(count: optionIDs.count)
      for element in elements {
        guard case .string(let id) = element.kind else {
          throw failure(
            "expected option ids (\(expectation)), got \(element.typeDescription)", at: element.position)
        }
        guard let index = optionIndex(Substring(id)) else { throw notAnOption(id, at: element.position) }
        held.insert(index)
      }
      return .set(held.ids(in: optionIDs))
    }
  }

  private func readNumber(json value: JSONValue, integer: Bool, minimum: Double?, maximum: Double?)
    throws(AnswerError) -> Answer
  {
    let number: Double
    switch value.kind {
    case .integer(let whole):
      guard whole.magnitude <= FactorAnswerReader.exactLimit else {
        throw failure(FactorAnswerReader.inexactMessage(String(whole), expectation), at: value.position)
      }
      number = Double(whole)
    case .double(let double):
      guard double.magnitude <= Double(FactorAnswerReader.exactLimit) else {
        throw failure(FactorAnswerReader.inexactMessage(Band.format(double), expectation), at: value.position)
      }
      if integer, double.rounded() != double {
        throw failure(
          "\(Band.format(double)) is not a whole number; expected \(expectation)", at: value.position)
      }
      number = double
    default:
      throw failure("expected \(expectation), got \(value.typeDescription)", at: value.position)
    }
    try checkRange(number, minimum: minimum, maximum: maximum, at: value.position)
    return .number(number)
  }

  private func checkRange(_ number: Double, minimum: Double?, maximum: Double?, at position: SourcePosition?)
    throws(AnswerError)
  {
    // Formatted only for an error: every number answer of a batch passes through here.
    if let minimum, number < minimum {
      throw failure(
        "\(Band.format(number)) is below the minimum \(Band.format(minimum)); expected \(expectation)",
        at: position)
    }
    if let maximum, number > maximum {
      throw failure(
        "\(Band.format(number)) is above the maximum \(Band.format(maximum)); expected \(expectation)",
        at: position)
    }
  }

  // MARK: Text

  /// The answer typed text gives (a flag's value, a line at a prompt).
  func read(text raw: String) throws(AnswerError) -> Answer {
    let text = FactorAnswerReader.trimmed(raw)
    switch mode {
    case .number(let integer, let minimum, let maximum):
      // Whole numbers are compared as written: 9007199254740993 reads as the double …992.
      let digits = text.hasPrefix("+") ? text.dropFirst() : text
      let inexact =
        Int64(digits).map { $0.magnitude > FactorAnswerReader.exactLimit }
        ?? FactorAnswerReader.parseNumber(text).map { $0.magnitude > Double(FactorAnswerReader.exactLimit) }
        ?? false
      if inexact { throw failure(FactorAnswerReader.inexactMessage(String(text), expectation)) }
      guard let number = FactorAnswerReader.parseNumber(text) else {
        let what = integer ? "a whole number" : "a number"
        throw failure("\(QuotedText.quote(text)) is not \(what); expected \(expectation)")
      }
      if integer, number.rounded() != number {
        throw failure("\(QuotedText.quote(text)) is not a whole number; expected \(expectation)")
      }
      try checkRange(number, minimum: minimum, maximum: maximum, at: nil)
      return .number(number)
    case .choice:
      guard let index = optionIndex(text) else { throw notAnOption(text, at: nil) }
      return .choice(optionIDs[index])
    case .set:
      return .set(try readSet(text: text))
    }
  }

  private func optionIndex(_ text: Substring) -> Int? {
    exactIndex(String(text)) ?? loose[FactorAnswerReader.looseKey(text)]
  }

  private func readSet(text: Substring) throws(AnswerError) -> [String] {
    let suffix = " (comma-separated, or none)"
    var held = HeldOptions(count: optionIDs.count)
    var sawNone = false
    var sawOption = false
    for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
      let item = FactorAnswerReader.trimmed(piece)
      if item.isEmpty { continue }
      if let index = optionIndex(item) {
        held.insert(index)
        sawOption = true
      } else if FactorAnswerReader.looseKey(item) == "none" {
        sawNone = true
      } else {
        throw notAnOption(item, at: nil, suffix: suffix)
      }
    }
    if sawNone && sawOption {
      throw failure("\"none\" cannot be combined with options; expected \(expectation)\(suffix)")
    }
    if !sawNone && !sawOption {
      throw failure("no options given; expected \(expectation)\(suffix)")
    }
    return held.ids(in: optionIDs)
  }

  /// The text without spaces, tabs or line ends around it.
  static func trimmed(_ text: some StringProtocol) -> Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    var slice = Substring(text)
    while let first = slice.first, isSpace(first) { slice.removeFirst() }
    while let last = slice.last, isSpace(last) { slice.removeLast() }
    return slice
  }

  /// 2^53: every whole number up to it is exact as a `Double`; beyond it, 2^53 + 1 would be read
  /// as 2^53 without a word, so a larger answer is refused instead.
  static let exactLimit: UInt64 = 1 << 53

  /// "9007199254740993 is beyond 9007199254740992, the largest number read exactly; expected …".
  static func inexactMessage(_ number: String, _ expectation: String) -> String {
    "\(number) is beyond \(exactLimit), the largest number read exactly; expected \(expectation)"
  }

  /// A decimal number as JSON writes it, optionally with a leading `+` (`8`, `-2.5`, `1e3`);
  /// hexadecimal, `inf` and `nan`, which `Double.init` would accept, are refused.
  static func parseNumber(_ text: Substring) -> Double? {
    var digitsBefore = 0
    var digitsAfter = 0
    var exponentDigits = 0
    var state = 0  // 0 sign/integer part, 1 fraction, 2 exponent sign, 3 exponent digits
    for (offset, byte) in text.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        switch state {
        case 0: digitsBefore += 1
        case 1: digitsAfter += 1
        default:
          state = 3
          exponentDigits += 1
        }
      case UInt8(ascii: "+"), UInt8(ascii: "-"):
        guard (state == 0 && offset == 0) || (state == 2 && exponentDigits == 0) else { return nil }
      case UInt8(ascii: "."):
        guard state == 0 else { return nil }
        state = 1
      case UInt8(ascii: "e"), UInt8(ascii: "E"):
        guard state <= 1, digitsBefore + digitsAfter > 0 else { return nil }
        state = 2
      default:
        return nil
      }
    }
    guard digitsBefore + digitsAfter > 0, state < 2 || exponentDigits > 0 else { return nil }
    guard let value = Double(String(text)), value.isFinite else { return nil }
    return value
  }
}

/// Which options of a set are held, by index: a bit mask for up to 64 options (all a validated
/// rubric may have), an array beyond that for rubrics built by hand.
struct HeldOptions {
  private var mask: UInt64 = 0
  private var flags: [Bool]?

  init(count: Int) {
    if count > 64 { flags = [Bool](repeating: false, count: count) }
  }

  mutating func insert(_ index: Int) {
    if flags != nil { flags![index] = true } else { mask |= 1 << UInt64(index) }
  }

  func contains(_ index: Int) -> Bool {
    if let flags { return flags[index] }
    return mask & (1 << UInt64(index)) != 0
  }

  /// The held ids, in rubric order, each once.
  func ids(in optionIDs: [String]) -> [String] {
    var result: [String] = []
    if flags == nil && mask == 0 { return result }
    result.reserveCapacity(flags == nil ? mask.nonzeroBitCount : optionIDs.count)
    for index in optionIDs.indices where contains(index) { result.append(optionIDs[index]) }
    return result
  }
}
