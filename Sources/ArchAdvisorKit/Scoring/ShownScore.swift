/// The one rounding of the engine's scores: to a tenth, half away from zero, as every format
/// shows them. The verdict of a score is decided on this value, so that a score shown as +20.0
/// is in the band that starts at 20 in the text, the JSON and the table alike.
public enum ShownScore {
  /// The value rounded to a tenth, with `-0` turned into `0`. Rounding keeps order (a ≤ b gives
  /// rounded(a) ≤ rounded(b)), so a score inside its range stays inside once all are rounded.
  public static func rounded(_ value: Double) -> Double {
    guard value.isFinite else { return value }
    let result = (value * 10).rounded() / 10
    return result == 0 ? 0 : result
  }
}
