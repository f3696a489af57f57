import Testing

@testable import ArchAdvisorKit

/// Random values written by ``JSONWriter`` (compact and pretty) read back by ``JSONParser`` as the
/// same values. Seeded, so a failure names the seed and case that reproduce it.
@Suite("JSON round trip")
struct JSONRoundTripTests {
  static let seeds: [UInt64] = [1, 2, 3, 0xDEAD_BEEF, 0x5EED_0001, 0x5EED_0002, 0x5EED_0003, 0x5EED_0004]
  static let valuesPerSeed = 60

  @Test(arguments: seeds)
  func writtenValuesReadBackEqual(seed: UInt64) throws {
    var random = RandomJSON(seed: seed)
    for index in 0..<Self.valuesPerSeed {
      let value = random.value()
      let expected = Self.readBack(value)
      for writer in [JSONWriter(), JSONWriter(pretty: true)] {
        let text = writer.string(value)
        let context = "seed \(seed), case \(index), pretty \(writer.pretty): \(text)"
        let parsed: JSONValue
        do {
          parsed = try JSONParser().parse(text)
        } catch {
          Issue.record("\(error) — \(context)")
          return
        }
        #expect(parsed.withoutPositions == expected, "\(context)")
        if parsed.withoutPositions != expected { return }
        // What was read writes as the same text again, but for `-0.0`, which reads back as `0`.
        let again = writer.string(parsed)
        #expect(again == text || Self.holdsNegativeZero(value), "\(context)")
        #expect(writer.string(try JSONParser().parse(again)) == again, "\(context)")
      }
    }
  }

  /// The generator covers what it should: the round trip above is not run on easy values only.
  @Test func generatorReachesTheHardCases() {
    var scalars = Set<Unicode.Scalar>()
    var integers = Set<Int64>()
    var doubles: [Double] = []
    var maxDepth = 0
    func visit(_ value: JSONValue, depth: Int) {
      maxDepth = max(maxDepth, depth)
      switch value.kind {
      case .string(let s): scalars.formUnion(s.unicodeScalars)
      case .integer(let i): integers.insert(i)
      case .double(let d): doubles.append(d)
      case .array(let elements): elements.forEach { visit($0, depth: depth + 1) }
      case .object(let object):
        for member in object.members {
          scalars.formUnion(member.key.unicodeScalars)
          visit(member.value, depth: depth + 1)
        }
      default: break
      }
    }
    for seed in Self.seeds {
      var random = RandomJSON(seed: seed)
      for _ in 0..<Self.valuesPerSeed { visit(random.value(), depth: 0) }
    }
    #expect(scalars.contains("\u{0}") && scalars.contains("\u{1F}") && scalars.contains("\""))
    #expect(scalars.contains("\\") && scalars.contains("😀") && scalars.contains("\u{10FFFF}"))
    #expect(integers.contains(.min) && integers.contains(.max))
    #expect(doubles.contains { $0 == 0 && $0.sign == .minus })
    #expect(doubles.contains(.leastNonzeroMagnitude) && doubles.contains(.greatestFiniteMagnitude))
    #expect(maxDepth >= 4)
  }

  static func holdsNegativeZero(_ value: JSONValue) -> Bool {
    switch value.kind {
    case .double(let d): return d == 0 && d.sign == .minus
    case .array(let elements): return elements.contains(where: holdsNegativeZero)
    case .object(let object): return object.members.contains { holdsNegativeZero($0.value) }
    default: return false
    }
  }

  /// What a value reads back as. The writer prints a whole double below 1e15 without a fraction
  /// (`12.0` as `12`, `-0.0` as `-0`), and such a number reads back as an integer.
  static func readBack(_ value: JSONValue) -> JSONValue {
    switch value.kind {
    case .double(let d) where d == d.rounded() && abs(d) < 1e15: return JSONValue(.integer(Int64(d)))
    case .array(let elements): return .array(elements.map(readBack))
    case .object(let object):
      return JSONValue(
        .object(JSONObject(object.members.map { JSONObject.Member(key: $0.key, value: readBack($0.value)) })))
    default: return value.withoutPositions
    }
  }
}

/// Random JSON values: nested arrays and objects, strings with control characters, quotes,
/// backslashes and astral characters, extreme integers and doubles.
struct RandomJSON {
  var generator: SplitMix64

  init(seed: UInt64) { generator = SplitMix64(seed: seed) }

  static let specialIntegers: [Int64] = [.min, .max, 0, -1, 1, 1 << 53, -(1 << 53), (1 << 53) + 1]
  static let specialDoubles: [Double] = [
    -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude,
    -.greatestFiniteMagnitude, .leastNormalMagnitude.nextDown, 0.1, 1e-7, 1e15, 1e21, 1e22, 1e23,
    123_456_789.125, 9_007_199_254_740_992.0.nextUp, 0.30000000000000004,
  ]
  static let scalarPools: [[Unicode.Scalar]] = [
    Array("abcdefghijklmnopqrstuvwxyz ABC0123456789-_.:/".unicodeScalars),
    (0..<0x20).map { Unicode.Scalar(UInt8($0)) } + ["\u{7F}"],
    ["\"", "\\", "/", "\u{8}", "\u{C}"],
    ["é", "ß", "ñ", "日", "本", "語", "\u{2028}", "\u{FEFF}", "\u{FFFD}", "\u{301}"],
    ["😀", "𝄞", "\u{10000}", "\u{10FFFF}", "\u{1F1E9}"],
  ]

  mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &generator) }

  mutating func value(depth: Int = 0) -> JSONValue {
    switch int(0..<(depth >= 5 ? 5 : 8)) {
    case 0: return nil
    case 1: return .bool(Bool.random(using: &generator))
    case 2: return JSONValue(.integer(integer()))
    case 3: return JSONValue(.double(double()))
    case 4: return .string(string())
    case 5: return .array((0..<int(0..<6)).map { _ in value(depth: depth + 1) })
    default:
      let members = (0..<int(0..<6)).map { _ in
        JSONObject.Member(key: string(), value: value(depth: depth + 1))
      }
      return JSONValue(.object(JSONObject(members)))
    }
  }

  mutating func integer() -> Int64 {
    switch int(0..<3) {
    case 0: return Self.specialIntegers[int(0..<Self.specialIntegers.count)]
    case 1: return Int64.random(in: -1000...1000, using: &generator)
    default: return Int64(bitPattern: generator.next())
    }
  }

  mutating func double() -> Double {
    switch int(0..<4) {
    case 0: return Self.specialDoubles[int(0..<Self.specialDoubles.count)]
    case 1: return Double(int(-100_000..<100_000)) / 64
    case 2: return Double.random(in: -1...1, using: &generator) * pow10(int(-30..<30))
    default:
      // Any finite bit pattern: every exponent, subnormals included.
      while true {
        let d = Double(bitPattern: generator.next())
        if d.isFinite { return d }
      }
    }
  }

  func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<abs(exponent) { result *= 10 }
    return exponent < 0 ? 1 / result : result
  }

  mutating func string() -> String {
    var scalars = String.UnicodeScalarView()
    for _ in 0..<int(0..<12) {
      let pool = Self.scalarPools[int(0..<Self.scalarPools.count)]
      scalars.append(pool[int(0..<pool.count)])
    }
    return String(scalars)
  }
}
