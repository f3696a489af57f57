/// One single change the flip search tries, with what it does to the two scores' numerators.
struct FlipCandidate {
  var factor: Int
  var value: ResolvedValue
  /// The change to Σ weight × lean over the need factors.
  var needChange: Double
  /// The change to the readiness sums (a readiness factor answered anew adds its weight).
  var readinessChange: ReadinessSum
}
