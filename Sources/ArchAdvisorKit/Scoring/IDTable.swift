/// A fixed map from a list of ids to their positions, built once per rubric.
///
/// Scoring looks up every answer's factor id and every option id it names; with the standard
/// library's seeded SipHash that was a quarter of the time spent per answer set. Ids are short
/// and the tables small and fixed, so FNV-1a over the UTF-8 bytes with linear probing does the
/// same job several times faster; a hit is still confirmed by comparing the strings.
struct IDTable: Sendable {
  private let ids: [String]
  /// Open-addressing slots holding a position in `ids`, or −1 when empty; a power of two long.
  private let slots: [Int32]

  /// The first of repeated ids wins (a validated rubric has none).
  init(_ ids: [String]) {
    self.ids = ids
    var capacity = 4
    while capacity < ids.count * 2 { capacity *= 2 }
    var slots = [Int32](repeating: -1, count: capacity)
    let mask = capacity - 1
    for (position, id) in ids.enumerated() {
      var slot = IDTable.hash(id) & mask
      var duplicate = false
      while slots[slot] >= 0 {
        if ids[Int(slots[slot])] == id {
          duplicate = true
          break
        }
        slot = (slot + 1) & mask
      }
      if !duplicate { slots[slot] = Int32(position) }
    }
    self.slots = slots
  }

  /// The position of `id` in the list, or `nil` when it is not there.
  subscript(id: String) -> Int? {
    let mask = slots.count - 1
    var slot = IDTable.hash(id) & mask
    while true {
      let position = Int(slots[slot])
      if position < 0 { return nil }
      if ids[position] == id { return position }
      slot = (slot + 1) & mask
    }
  }

  private static func hash(_ id: String) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let hashed: Void? = id.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    if hashed == nil {
      for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    // Fold the high bits in: the table index takes only the low ones.
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}
