/// A set factor compiled for scoring: option id → bit, and for every possible count of options
/// held the index of the `counts` band it falls in.
struct SetTable: Sendable {
  /// The option ids in rubric order; only the first 64 can be held (the format allows no more).
  let ids: [String]
  let prerequisites: [String]
  let bitByID: IDTable
  let counts: [LeanBand]
  /// For each count 0 … ids.count, the index of its band in `counts`, or −1 when none holds it.
  let bandForCount: [Int]
  /// For each band, the smallest count in it (its representative), if any count is.
  let representativeCount: [Int?]

  init(_ spec: SetSpec) {
    let usable = spec.options.prefix(64)
    ids = usable.map(\.id)
    prerequisites = usable.map(\.prerequisite)
    bitByID = IDTable(ids)
    counts = spec.counts
    let bandForCount = (0...usable.count).map { count in
      spec.counts.firstIndex { $0.band.contains(Double(count)) } ?? -1
    }
    self.bandForCount = bandForCount
    representativeCount = spec.counts.indices.map { band in bandForCount.firstIndex(of: band) }
  }

  /// The band index for the options in `mask`, or `nil` when no band holds their count.
  func band(for mask: UInt64) -> Int? {
    let count = mask.nonzeroBitCount
    guard count < bandForCount.count, bandForCount[count] >= 0 else { return nil }
    return bandForCount[count]
  }

  /// The first `count` options in rubric order.
  static func firstOptions(_ count: Int) -> UInt64 {
    count >= 64 ? UInt64.max : (UInt64(1) << UInt64(count)) - 1
  }

  /// The option ids in `mask`, in rubric order.
  func optionIDs(in mask: UInt64) -> [String] {
    ids.indices.filter { mask & (UInt64(1) << UInt64($0)) != 0 }.map { ids[$0] }
  }
}
