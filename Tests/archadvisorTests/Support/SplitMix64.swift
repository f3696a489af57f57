/// A seeded random number generator (SplitMix64) for property tests: a failing case is reproduced
/// from the seed the test prints. The engine's tests have the same generator; test targets cannot
/// share code without a target of their own, which ten lines do not warrant.
struct SplitMix64: RandomNumberGenerator {
  private(set) var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
