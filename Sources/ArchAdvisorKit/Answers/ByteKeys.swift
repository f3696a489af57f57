/// A short list of ids held as UTF-8 bytes in one buffer, so that a key read from JSON can be
/// looked up without first becoming a `String`.
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

  /// The position of the first id whose bytes are exactly `key`, trying `hint` first (the id
  /// expected next, when keys come in list order), or `nil`.
  func index(of key: UnsafeBufferPointer<UInt8>, hint: Int = 0) -> Int? {
    if hint < count, matches(hint, key) { return firstWithSameBytes[hint] }
    for index in 0..<count where matches(index, key) { return index }
    return nil
  }

  private func matches(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[index]
    guard starts[index + 1] - start == key.count else { return false }
    return pool.withUnsafeBytes { pool in
      let key = UnsafeRawBufferPointer(key)
      var offset = 0
      // Eight bytes at a time, then the rest one by one.
      while offset + 8 <= key.count {
        let expected = pool.loadUnaligned(fromByteOffset: start + offset, as: UInt64.self)
        if expected != key.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
        offset += 8
      }
      while offset < key.count {
        if pool[start + offset] != key[offset] { return false }
        offset += 1
      }
      return true
    }
  }
}
