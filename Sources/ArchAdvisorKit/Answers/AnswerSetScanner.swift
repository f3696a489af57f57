/// Reads the usual shape of a JSON answer set straight from its bytes into an ``AnswerSheet``,
/// without building a ``JSONValue`` tree or a `String` per key: the batch command's fast path.
///
/// It knows only what a well-formed answer set looks like: an object with `"name"` (a string or
/// `null`) and `"answers"` (an object of factor id → `null`, a whole number within the factor's
/// limits, an option id, or an array of option ids), with strings in plain ASCII without escapes.
/// Anything else, valid or not, gives `nil`, and the caller reads the bytes with ``JSONParser``
/// and ``AnswersReader`` instead; so an answer set it does read, the general path reads the same
/// way, and every error message comes from the general path. A differential test and the answers
/// fuzz target hold it to that.
struct AnswerSetScanner: Sendable {
  /// One factor as the scanner reads it: a class, so that taking one per answer costs a single
  /// retain rather than one per field.
  final class Entry: Sendable {
    let mode: FactorAnswerReader.Mode
    /// The option ids as bytes (empty for numbers).
    let options: ByteKeys
    /// The option ids, the same strings the rubric holds, to put in answers.
    let optionIDs: [String]
    /// For a set of up to ``subsetLimit`` options, the held ids of every mask, made once so that
    /// an answer shares an array instead of building its own; empty otherwise.
    private let subsets: [[String]]

    /// 2¹⁰ arrays at most, a few kilobytes per factor.
    static let subsetLimit = 10

    init(mode: FactorAnswerReader.Mode, optionIDs: [String]) {
      self.mode = mode
      options = ByteKeys(optionIDs)
      self.optionIDs = optionIDs
      if case .set = mode, optionIDs.count <= Entry.subsetLimit {
        subsets = (0..<(1 << optionIDs.count)).map { Entry.ids(in: UInt64($0), of: optionIDs) }
      } else {
        subsets = []
      }
    }

    /// The ids of the options in `mask`, in rubric order.
    func held(_ mask: UInt64) -> [String] {
      mask < subsets.count ? subsets[Int(mask)] : Entry.ids(in: mask, of: optionIDs)
    }

    private static func ids(in mask: UInt64, of optionIDs: [String]) -> [String] {
      var ids: [String] = []
      ids.reserveCapacity(mask.nonzeroBitCount)
      for index in optionIDs.indices where mask & (UInt64(1) << UInt64(index)) != 0 {
        ids.append(optionIDs[index])
      }
      return ids
    }
  }

  /// Beyond this many factors or options, the general reader's hashing beats comparing one by one
  /// (and a set's options must fit a 64-bit mask).
  static let maximumCount = 64

  let factorIDs: [String]
  /// The factors read for, whose options the resolved values index into.
  let factors: [Factor]
  private let factorKeys: ByteKeys
  private let entries: [Entry]

  /// The answer set's own keys.
  private static let topKeys = ByteKeys(["name", "answers"])

  /// Prepares to scan answer sets for these factors; `nil` when there are too many factors or
  /// options, an id is not printable ASCII without `"` and `\\` (where comparing bytes could
  /// differ from comparing strings, or from the JSON string the bytes spell), or two factors
  /// share an id (which the general reader tells apart by the order of the keys).
  init?(_ factors: [Factor], _ readers: [FactorAnswerReader]) {
    guard readers.count <= AnswerSetScanner.maximumCount, Set(factors.map(\.id)).count == factors.count else {
      return nil
    }
    func plain(_ id: String) -> Bool {
      id.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }
    var entries: [Entry] = []
    for reader in readers {
      guard reader.optionIDs.count <= AnswerSetScanner.maximumCount, plain(reader.factor.id),
        reader.optionIDs.allSatisfy(plain)
      else { return nil }
      entries.append(Entry(mode: reader.mode, optionIDs: reader.optionIDs))
    }
    factorIDs = readers.map(\.factor.id)
    self.factors = factors
    factorKeys = ByteKeys(factorIDs)
    self.entries = entries
  }

  /// The answer set in `bytes`, or `nil` when it is not in the shape this scanner reads.
  func read(_ bytes: UnsafeBufferPointer<UInt8>) -> AnswerSheet? {
    var cursor = Cursor(bytes: bytes)
    var sheet = AnswerSheet(factorIDs: factorIDs, resolvedAgainst: factors)
    var sawName = false
    var sawAnswers = false
    guard cursor.skip(UInt8(ascii: "{")) else { return nil }
    repeat {
      guard let key = cursor.key(in: AnswerSetScanner.topKeys), cursor.skip(UInt8(ascii: ":")) else {
        return nil
      }
      if key == 0 {
        guard !sawName else { return nil }
        sawName = true
        if cursor.skipNull() { continue }
        guard let name = cursor.string() else { return nil }
        sheet.name = String(decoding: name, as: UTF8.self)
      } else {
        guard !sawAnswers else { return nil }
        sawAnswers = true
        let read = sheet.answers.withUnsafeMutableBufferPointer { answers in
          sheet.resolved.withUnsafeMutableBufferPointer { resolved in
            readAnswers(&cursor, answers, resolved)
          }
        }
        guard read else { return nil }
      }
    } while cursor.skip(UInt8(ascii: ","))
    guard sawAnswers, cursor.skip(UInt8(ascii: "}")), cursor.atEnd else { return nil }
    return sheet
  }

  /// Reads the `answers` object into a sheet's answers and resolved values (both unknown on
  /// entry); `false` when it is not in the scanner's shape.
  private func readAnswers(
    _ cursor: inout Cursor, _ answers: UnsafeMutableBufferPointer<Answer?>,
    _ resolved: UnsafeMutableBufferPointer<ResolvedValue>
  ) -> Bool {
    guard cursor.skip(UInt8(ascii: "{")) else { return false }
    if cursor.skip(UInt8(ascii: "}")) { return true }
    var seen: UInt64 = 0
    var next = 0
    repeat {
      // A key that is not a factor id as written is an error or has escapes: either way, for the
      // general reader.
      guard let index = cursor.key(in: factorKeys, hint: next), cursor.skip(UInt8(ascii: ":")) else {
        return false
      }
      let bit = UInt64(1) << UInt64(index)
      guard seen & bit == 0 else { return false }
      seen |= bit
      next = index + 1
      if cursor.skipNull() { continue }
      let entry = entries[index]
      switch entry.mode {
      case .number(_, let minimum, let maximum):
        // Whole numbers only: any fraction or exponent is left to the general reader.
        guard let whole = cursor.wholeNumber() else { return false }
        let number = Double(whole)
        if let minimum, number < minimum { return false }
        if let maximum, number > maximum { return false }
        answers[index] = .number(number)
        resolved[index] = .number(number)
      case .choice:
        guard let option = cursor.key(in: entry.options) else { return false }
        answers[index] = .choice(entry.optionIDs[option])
        resolved[index] = .choice(option)
      case .set:
        guard let mask = readSet(&cursor, entry) else { return false }
        answers[index] = .set(entry.held(mask))
        resolved[index] = .set(mask)
      }
    } while cursor.skip(UInt8(ascii: ","))
    return cursor.skip(UInt8(ascii: "}"))
  }

  /// An array of option ids as the bit mask of the options held (repeats collapse).
  private func readSet(_ cursor: inout Cursor, _ entry: Entry) -> UInt64? {
    guard cursor.skip(UInt8(ascii: "[")) else { return nil }
    var mask: UInt64 = 0
    if cursor.skip(UInt8(ascii: "]")) { return mask }
    repeat {
      guard let index = cursor.key(in: entry.options) else { return nil }
      mask |= UInt64(1) << UInt64(index)
    } while cursor.skip(UInt8(ascii: ","))
    guard cursor.skip(UInt8(ascii: "]")) else { return nil }
    return mask
  }
}

/// A position in a JSON text and the few tokens ``AnswerSetScanner`` reads; every read skips the
/// JSON whitespace before it, and fails (changing nothing that matters) on anything unexpected.
private struct Cursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  /// Whether only whitespace is left.
  var atEnd: Bool {
    mutating get {
      skipWhitespace()
      return index == bytes.count
    }
  }

  /// Consumes `byte` if it comes next.
  mutating func skip(_ byte: UInt8) -> Bool {
    skipWhitespace()
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// Consumes `null` if it comes next.
  mutating func skipNull() -> Bool {
    skipWhitespace()
    guard bytes.count - index >= 4, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
      bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
    else { return false }
    index += 4
    return true
  }

  /// The position of the id in `keys` written next as a JSON string without escapes.
  mutating func key(in keys: ByteKeys, hint: Int = 0) -> Int? {
    skipWhitespace()
    guard let (found, length) = keys.quoted(in: bytes, at: index, hint: hint) else { return nil }
    index += length
    return found
  }

  /// The bytes of a string of printable ASCII without escapes, between its quotes.
  mutating func string() -> UnsafeBufferPointer<UInt8>? {
    skipWhitespace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
    let start = index + 1
    var end = start
    // Eight bytes at a time while none is a quote, a backslash, a control or beyond ASCII.
    let raw = UnsafeRawBufferPointer(bytes)
    while end + 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highBits: UInt64 = 0x8080_8080_8080_8080
      func hasByteBelow(_ word: UInt64, _ limit: UInt64) -> Bool {
        (word &- ones &* limit) & ~word & highBits != 0
      }
      if word & highBits != 0 || hasByteBelow(word, 0x20) || hasByteBelow(word ^ (ones &* 0x22), 1)
        || hasByteBelow(word ^ (ones &* 0x5C), 1)
      {
        break
      }
      end += 8
    }
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "\"") {
        index = end + 1
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
      }
      // Controls must be escaped in JSON, escapes need decoding and other bytes validating: all
      // for the general reader.
      guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { return nil }
      end += 1
    }
    return nil
  }

  /// A JSON integer of up to 15 digits (so exact as a `Double`): `-?(0|[1-9][0-9]*)`. What
  /// follows is checked by the next read, so `1.5` or `1e3` fail there.
  mutating func wholeNumber() -> Int? {
    skipWhitespace()
    var position = index
    let negative = position < bytes.count && bytes[position] == UInt8(ascii: "-")
    if negative { position += 1 }
    let first = position
    var value = 0
    while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
      value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
      position += 1
      guard position - first <= 15 else { return nil }
    }
    let digits = position - first
    // No digits, or a leading zero before more digits (not JSON).
    guard digits > 0, digits == 1 || bytes[first] != UInt8(ascii: "0") else { return nil }
    index = position
    // `-0` is the integer 0, as ``JSONParser`` reads it.
    return negative ? -value : value
  }
}
