/// One single change the flip search tries, with what it does to the weighted mean's parts.
struct FlipCandidate {
  var factor: Int
  var value: ResolvedValue
  /// The change to Σ w·lean over the answered factors.
  var numeratorChange: Double
  /// The change to Σ w over the answered factors (the weight, when an unknown factor gets an answer).
  var denominatorChange: Double
}
