/// A short list of ids held as UTF-8 bytes in one buffer, so that a key written in JSON can be
/// looked up where it stands, without first becoming a `String`.
///
/// Lookups compare bytes one id after another: meant for the few ids of a factor or a rubric
/// (``AnswerSetScanner`` takes it only for up to 64). Bytes that match are the same string; a
/// `String` equal to an id under Unicode canonical equivalence but spelled in other bytes does not
/// match, which is safe: the scanner then leaves the answer set to the general reader.
struct ByteKeys: Sendable {
  /// Every id's bytes, one after another.
  private let pool: [UInt8]
  /// Where each id starts in `pool`, with the end of the last one at the end.
  private let starts: [Int]
  /// For each id, the position of the first id with the same bytes (itself, unless repeated):
  /// the first of repeated ids wins, as in a dictionary built first-wins.
  private let firstWithSameBytes: [Int]

  init(_ ids: [String]) {
    var pool: [UInt8] = []
    var starts = [0]
    for id in ids {
      pool += id.utf8
      starts.append(pool.count)
    }
    self.pool = pool
    self.starts = starts
    var first: [Int] = []
    var seen: [[UInt8]: Int] = [:]
    for (index, id) in ids.enumerated() {
      let bytes = Array(id.utf8)
      if let earlier = seen[bytes] {
        first.append(earlier)
      } else {
        seen[bytes] = index
        first.append(index)
      }
    }
    firstWithSameBytes = first
  }

  var count: Int { starts.count - 1 }

  /// The position of the first id written at `position` in `text` as a JSON string without
  /// escapes, `"id"`, and the length of that string with its quotes; tries `hint` first (the
  /// id expected next, when keys come in list order). `nil` when none is.
  ///
  /// A match is exact only for ids without `"`, `\\` and controls, which a scanner must check.
  func quoted(in text: UnsafeBufferPointer<UInt8>, at position: Int, hint: Int = 0) -> (
    index: Int, length: Int
  )? {
    guard position < text.count, text[position] == UInt8(ascii: "\"") else { return nil }
    if hint < count, let length = quotedLength(hint, text, position) {
      return (firstWithSameBytes[hint], length)
    }
    for index in 0..<count {
      if let length = quotedLength(index, text, position) { return (index, length) }
    }
    return nil
  }

  /// The length of `"id"` when id `index` is written that way at `position` in `text`.
  private func quotedLength(_ index: Int, _ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Int? {
    let start = starts[index]
    let length = starts[index + 1] - start
    // The closing quote first: it rules out ids of another length in one comparison.
    let close = position + 1 + length
    guard close < text.count, text[close] == UInt8(ascii: "\"") else { return nil }
    let same = pool.withUnsafeBytes { pool in
      let key = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(text)[(position + 1)..<close])
      var offset = 0
      // Eight bytes at a time, then the rest one by one.
      while offset + 8 <= length {
        let expected = pool.loadUnaligned(fromByteOffset: start + offset, as: UInt64.self)
        if expected != key.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
        offset += 8
      }
      while offset < length {
        if pool[start + offset] != key[offset] { return false }
        offset += 1
      }
      return true
    }
    return same ? length + 2 : nil
  }
}
