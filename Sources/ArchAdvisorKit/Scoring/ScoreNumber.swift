/// How scores are written for people, the one rule the engine's sentences and every renderer
/// share: one decimal always (`+20.0` beside `−1.3`), a real minus sign, no sign on zero.
public enum ScoreNumber {
  /// `+8.3`, `−12.5`, `0.0`.
  public static func signed(_ value: Double) -> String {
    ScoreText.build(capacity: ScoreText.maximumNumberLength + 3) { $0.appendSigned(value) }
  }

  /// `8.3`, `-12.5`, `0.0`: one decimal with an ASCII minus, for readiness and other unsigned
  /// measures.
  public static func tenths(_ value: Double) -> String {
    ScoreText.build(capacity: ScoreText.maximumNumberLength + 2) { $0.appendTenths(value) }
  }
}
