/// One band as read, with where its parts are written, for the checks that bands chain.
struct BandEntry {
  var band: Band
  /// The band object's path (`factors[0].bands[2]`).
  var path: String
  var position: SourcePosition
  var atLeastPosition: SourcePosition
  var belowPosition: SourcePosition
}

/// What a list of bands must cover, and how to talk about what it misses.
struct BandCoverage {
  /// The lowest value that must be covered; `nil` for no lowest value (the first band must then
  /// leave out `atLeast`).
  var low: Double?
  /// The highest value that must be covered (inclusive); `nil` for none.
  var high: Double?
  /// What is being covered, plural: "answers", "scores".
  var noun: String
  /// The predicate for values no band covers: "fall in no band", "have no verdict".
  var uncovered: String
  /// How to fix the low end.
  var lowFix: String
  /// How to fix the high end.
  var highFix: String
}

extension RubricLoader {
  static let leanBandKeys = ["atLeast", "below", "lean", "reason"]
  /// A number factor's bands may also move their lean across the band (v2).
  static let numberBandKeys = leanBandKeys + ["leanTo"]

  /// Reads a band's `atLeast` and `below`; `nil` when either is not a number or the band is
  /// empty (each reported), so that the chain checks only see bands that make sense.
  func readBandEnds(_ fields: JSONFields, problems: inout ProblemCollector) -> BandEntry? {
    let before = problems.count
    let atLeast = fields.number("atLeast", required: false, problems: &problems)
    let below = fields.number("below", required: false, problems: &problems)
    guard problems.count == before else { return nil }
    if let atLeast, let below, atLeast >= below {
      problems.report(
        "`atLeast` \(Band.format(atLeast)) must be less than `below` \(Band.format(below))",
        at: fields.position, path: fields.path)
      return nil
    }
    return BandEntry(
      band: Band(atLeast: atLeast, below: below), path: fields.path, position: fields.position,
      atLeastPosition: fields.value("atLeast")?.position ?? fields.position,
      belowPosition: fields.value("below")?.position ?? fields.position)
  }

  /// A lean in −1…1.
  func readLean(_ fields: JSONFields, key: String = "lean", problems: inout ProblemCollector) -> Double? {
    guard let lean = fields.number(key, problems: &problems) else { return nil }
    guard lean >= -1, lean <= 1 else {
      problems.report(
        "\(Band.format(lean)) is outside -1…1", at: fields.value(key)?.position ?? fields.position,
        path: fields.path(key))
      return nil
    }
    return lean
  }

  /// Reads a list of `{"atLeast", "below", "lean", "reason"}` bands (a number factor's `bands`, a
  /// set factor's `counts`) and checks that they chain and, given a coverage, cover it.
  func readLeanBands(
    _ fields: JSONFields, key: String, coverage: BandCoverage?, allowsLeanTo: Bool = false,
    problems: inout ProblemCollector
  ) -> [LeanBand]? {
    let before = problems.count
    guard let elements = readList(fields, key, minimum: 1, what: "band", problems: &problems) else {
      return nil
    }
    var entries: [BandEntry] = []
    var bands: [LeanBand] = []
    var chainable = true
    for (index, element) in elements.enumerated() {
      let path = RubricPath.element(fields.path(key), index)
      guard
        let band = JSONFields(
          element, path: path,
          allowed: allowsLeanTo ? RubricLoader.numberBandKeys : RubricLoader.leanBandKeys,
          problems: &problems)
      else {
        chainable = false
        continue
      }
      let entry = readBandEnds(band, problems: &problems)
      let lean = readLean(band, problems: &problems)
      let reason = band.string("reason", problems: &problems)
      requireVersion2(band, keys: ["leanTo"], problems: &problems)
      var leanTo: Double?
      if band.has("leanTo") {
        leanTo = readLean(band, key: "leanTo", problems: &problems)
        if let entry, entry.band.atLeast == nil || entry.band.below == nil {
          problems.report(
            "`leanTo` needs a band with both `atLeast` and `below`: the lean moves from one to the other",
            at: band.keyPosition("leanTo"), path: band.path("leanTo"))
        }
      }
      if let entry { entries.append(entry) } else { chainable = false }
      if let entry, let lean, let reason {
        bands.append(LeanBand(band: entry.band, lean: lean, reason: reason, leanTo: leanTo))
      }
    }
    if chainable { checkChain(entries, coverage: coverage, problems: &problems) }
    return problems.count == before ? bands : nil
  }

  /// Checks that bands chain exactly, low to high (each `below` is the next `atLeast`; only the
  /// first may leave out `atLeast` and only the last `below`), and that they cover `coverage`.
  func checkChain(_ entries: [BandEntry], coverage: BandCoverage?, problems: inout ProblemCollector) {
    guard let first = entries.first, let last = entries.last else { return }
    for (index, entry) in entries.enumerated() {
      if index > 0, entry.band.atLeast == nil {
        problems.report("only the first band may leave out `atLeast`", at: entry.position, path: entry.path)
      }
      if index < entries.count - 1, entry.band.below == nil {
        problems.report("only the last band may leave out `below`", at: entry.position, path: entry.path)
      }
    }
    var ordered = true
    for index in entries.indices.dropFirst() {
      ordered = checkJoin(entries[index - 1], entries[index], problems: &problems) && ordered
    }
    // What bands listed out of order miss is better seen once they are in order.
    guard ordered, let coverage else { return }
    if let start = first.band.atLeast {
      let missed: String? =
        if let low = coverage.low {
          start > low ? "from \(Band.format(low)) to under \(Band.format(start))" : nil
        } else {
          "under \(Band.format(start))"
        }
      if let missed {
        problems.report(
          "\(coverage.noun) \(missed) \(coverage.uncovered); \(coverage.lowFix)", at: first.atLeastPosition,
          path: RubricPath.member(first.path, "atLeast"))
      }
    }
    if let end = last.band.below {
      let missed: String? =
        if let high = coverage.high {
          end > high
            ? nil
            : end == high
              ? "of exactly \(Band.format(high))" : "from \(Band.format(end)) to \(Band.format(high))"
        } else {
          "of \(Band.format(end)) and above"
        }
      if let missed {
        problems.report(
          "\(coverage.noun) \(missed) \(coverage.uncovered); \(coverage.highFix)", at: last.belowPosition,
          path: RubricPath.member(last.path, "below"))
      }
    }
  }

  /// Checks where one band ends and the next begins: a gap, an overlap, or bands out of order;
  /// `false` means out of order.
  private func checkJoin(_ previous: BandEntry, _ next: BandEntry, problems: inout ProblemCollector) -> Bool {
    guard let end = previous.band.below, let start = next.band.atLeast, start != end else { return true }
    let path = RubricPath.member(next.path, "atLeast")
    if start > end {
      problems.report(
        "leaves a gap: nothing covers \(Band(atLeast: end, below: start)) (the band before ends below "
          + "\(Band.format(end)))", at: next.atLeastPosition, path: path)
    } else if let previousStart = previous.band.atLeast, start < previousStart {
      problems.report(
        "out of order: this band starts at \(Band.format(start)), before the band before it "
          + "(\(previous.band)); list bands from low to high", at: next.atLeastPosition, path: path)
      return false
    } else {
      let shared = Band(atLeast: start, below: min(end, next.band.below ?? end))
      problems.report(
        "overlaps the band before it: \(shared) falls in both", at: next.atLeastPosition, path: path)
    }
    return true
  }
}
