/// Finds the nearest known word to a misspelt one, for "did you mean …?" hints on unknown keys,
/// factor ids, option ids and command-line flags.
public enum Suggestion {
  /// The candidate nearest to `word` by edit distance, else the one candidate `word` begins
  /// (`self` → `self_hosted`), or `nil` when none is near enough.
  ///
  /// The distance is the optimal-string-alignment variant of Damerau–Levenshtein, compared without
  /// regard to ASCII case: inserting, deleting or replacing a character, or swapping two adjacent
  /// ones, each cost one edit (so `wieght` is one edit from `weight`). A candidate is near enough
  /// within `maxDistance` edits and, so that two-letter words do not suggest unrelated ones, within
  /// half the word's length (at least one edit). Ties go to the candidate listed first. When no
  /// candidate is that near, a word of two or more characters that begins exactly one candidate
  /// (without regard to ASCII case) suggests it: someone who typed the start of an id meant it.
  public static func nearest(to word: String, in candidates: [String], maxDistance: Int = 2) -> String? {
    nearestByEdits(to: word, in: candidates, maxDistance: maxDistance)
      ?? onlyExtension(of: word, in: candidates)
  }

  /// The one candidate that begins with `word` (two or more characters), ignoring ASCII case.
  static func onlyExtension(of word: String, in candidates: [String]) -> String? {
    let start = word.lowercased()
    guard start.unicodeScalars.count >= 2 else { return nil }
    let matches = candidates.filter { candidate in
      let scalars = candidate.lowercased().unicodeScalars
      return scalars.count > start.unicodeScalars.count && scalars.starts(with: start.unicodeScalars)
    }
    return matches.count == 1 ? matches[0] : nil
  }

  private static func nearestByEdits(to word: String, in candidates: [String], maxDistance: Int) -> String? {
    let target = Array(word.lowercased().unicodeScalars)
    let limit = min(maxDistance, max(1, target.count / 2))
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let other = Array(candidate.lowercased().unicodeScalars)
      // The distance is at least the difference in length; skip what cannot win.
      let floor = abs(other.count - target.count)
      if floor > limit || floor >= (best?.distance ?? Int.max) { continue }
      let distance = editDistance(target, other)
      if distance <= limit, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// Optimal-string-alignment distance between two scalar sequences.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rolling rows: the one two back is needed for transpositions.
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
      }
      swap(&previousPrevious, &previous)
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
