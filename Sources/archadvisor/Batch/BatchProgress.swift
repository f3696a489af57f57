#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The `\r`-updated progress line of a long batch on standard error.
///
/// Shown only when standard error is a terminal, and only once the batch is long (over a second,
/// or over 10,000 records), so short runs and pipes never see it; cleared before the final count.
struct BatchProgress {
  /// Whether standard error is a terminal.
  let enabled: Bool
  private let start: Double
  private var lastShown = 0.0
  private var shown = false

  init(enabled: Bool) {
    self.enabled = enabled
    start = BatchProgress.now()
  }

  /// Updates the line with the records done so far.
  mutating func update(records: Int) {
    guard enabled else { return }
    let now = BatchProgress.now()
    guard now - start > 1 || records > 10_000, now - lastShown >= 0.1 else { return }
    lastShown = now
    shown = true
    Messages.write("\rbatch: \(BatchSummary.grouped(records)) answer sets…")
  }

  /// Clears the line, if it was shown.
  mutating func finish() {
    guard shown else { return }
    shown = false
    Messages.write("\r" + String(repeating: " ", count: 40) + "\r")
  }

  /// Seconds on the monotonic clock.
  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
