import ArchAdvisorKit

/// How the renderers write numbers, without Foundation's `String(format:)`.
enum NumberText {
  /// The value rounded half away from zero to `decimals` places, with `-0` turned into `0`.
  static func rounded(_ value: Double, decimals: Int = 2) -> Double {
    guard value.isFinite else { return value }
    var scale = 1.0
    for _ in 0..<max(0, decimals) { scale *= 10 }
    let result = (value * scale).rounded() / scale
    return result == 0 ? 0 : result
  }

  /// A signed score with one decimal for people: `+12.3`, `−8.0`, `0.0`.
  ///
  /// The sign is always written (except on zero) because the sign is the direction: minus
  /// toward the monolith end, plus toward the microservices end. The minus is U+2212, as in the
  /// engine's own sentences, so the numbers in a line match; formats a program reads (CSV,
  /// JSON) write plain numbers instead.
  static func signed(_ value: Double) -> String {
    // The engine's rule, so a number in a sentence and the same number in a table match.
    ScoreNumber.signed(value)
  }

  /// The value with exactly `decimals` places: `12.30`, `-8.0`.
  static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return String(value) }
    var scale: Int64 = 1
    for _ in 0..<max(0, decimals) { scale *= 10 }
    let units = Int64((abs(value) * Double(scale)).rounded())
    let whole = String(units / scale)
    let negative = value < 0 && units != 0
    guard decimals > 0 else { return (negative ? "-" : "") + whole }
    let fraction = String(units % scale)
    let padded = String(repeating: "0", count: decimals - fraction.count) + fraction
    return (negative ? "-" : "") + whole + "." + padded
  }

  /// A fraction 0 … 1 as a whole percentage, `87%`, never rounded up to `100%` nor down to
  /// `0%` when it is not all or nothing.
  static func percent(_ fraction: Double) -> String {
    var whole = (fraction * 100).rounded()
    if whole == 100, fraction < 1 { whole = 99 }
    if whole == 0, fraction > 0 { whole = 1 }
    return fixed(whole, decimals: 0) + "%"
  }

  /// The value to `digits` significant digits in the shortest form, for weights that span
  /// decades: `3.42`, `0.0123`, `41.7`, `250`.
  static func significant(_ value: Double, digits: Int = 3) -> String {
    guard value.isFinite, value != 0, abs(value) < 1e15 else { return compact(value) }
    var decimals = digits - 1
    var magnitude = abs(value)
    while magnitude >= 10, decimals > 0 {
      magnitude /= 10
      decimals -= 1
    }
    while magnitude < 1, decimals < 12 {
      magnitude *= 10
      decimals += 1
    }
    var text = fixed(value, decimals: decimals)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
  }

  /// The value rounded to two decimals in the shortest form: `12.3`, `-8`, `31.25`, `0`.
  ///
  /// Used where a program reads the number (CSV cells); whole numbers lose their `.0`.
  static func compact(_ value: Double) -> String {
    let value = rounded(value)
    guard value.isFinite, abs(value) < 1e15 else { return String(value) }
    if value.rounded() == value { return String(Int64(value)) }
    return String(value)
  }
}
