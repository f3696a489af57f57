extension Scorer {
  /// The confidence level and its one-sentence explanation (the definition is on ``Scorer``); the
  /// explanation is empty unless `explains`.
  func confidence(
    values: [ResolvedValue], answeredWeight: Double, score: Double, scoreVerdict: Int, verdict: Int,
    range: ScoreRange, conflicted: Bool = false, robustness: Robustness? = nil, explains: Bool = true
  ) -> Confidence {
    var unknownCount = 0
    var unknownWeight = 0.0
    for index in tables.indices where !values[index].isKnown {
      unknownCount += 1
      unknownWeight += facts[index].weight
    }
    let verdictID = verdicts[verdict].id
    let holds = range.lowVerdict == verdictID && range.highVerdict == verdictID
    let underHalfAnswered = answeredWeight < totalWeight / 2
    let overQuarterUnknown = unknownWeight > totalWeight / 4
    let edge = nearestEdge(score: score, band: scoreVerdict)
    let nearEdge = edge.map { $0.distance <= 10 } ?? false

    let share = robustness?.holdShare ?? 1
    let reweightingsSplit = share < 0.5
    let reweightingsWaver = share < Robustness.steadyShare

    let level: Confidence.Level
    if !holds || underHalfAnswered || conflicted || reweightingsSplit {
      level = .low
    } else if nearEdge || overQuarterUnknown || reweightingsWaver {
      level = .medium
    } else {
      level = .high
    }
    guard explains else { return Confidence(level: level, explanation: "") }

    let factorCount = tables.count
    // The fixed words come to under 200 bytes; add two counts, two numbers and three verdict labels.
    let capacity = 256 + 2 * ScoreText.maximumNumberLength + 3 * longestVerdictLabel
    // Sentences name verdicts by their labels, as every renderer does.
    func label(_ id: String) -> String { verdicts.first { $0.id == id }?.label ?? id }
    let explanation = ScoreText.build(capacity: capacity) { sentence in
      /// " and the verdict holds across their range", or how it does not.
      func appendRange(_ their: StaticString) {
        if holds {
          sentence.append(" and the verdict holds across ")
          sentence.append(their)
          sentence.append(" range")
        } else if range.lowVerdict == range.highVerdict {
          sentence.append(" and the verdict at both ends of ")
          sentence.append(their)
          sentence.append(" range is ")
          sentence.append(label(range.lowVerdict))
          sentence.append(", not ")
          sentence.append(label(verdictID))
        } else {
          sentence.append(" and the verdict changes across ")
          sentence.append(their)
          sentence.append(" range (")
          sentence.append(label(range.lowVerdict))
          sentence.append(" at the low end, ")
          sentence.append(label(range.highVerdict))
          sentence.append(" at the high end)")
        }
      }
      if unknownCount == 0 {
        if factorCount == 1 {
          sentence.append("The one factor is answered")
        } else {
          sentence.append("All ")
          sentence.append(factorCount)
          sentence.append(" factors are answered")
        }
      } else if unknownCount == factorCount {
        // "12 of 12 (100% of the weight, more than half)" says less than "all".
        sentence.append(factorCount == 1 ? "The one factor is unknown" : "All ")
        if factorCount > 1 {
          sentence.append(factorCount)
          sentence.append(" factors are unknown")
        }
        let their: StaticString = factorCount == 1 ? "its" : "their"
        appendRange(their)
      } else {
        let plural = unknownCount != 1
        sentence.append(unknownCount)
        sentence.append(" of ")
        sentence.append(factorCount)
        sentence.append(factorCount == 1 ? " factor " : " factors ")
        sentence.append(plural ? "are unknown (" : "is unknown (")
        sentence.appendPercent(totalWeight > 0 ? unknownWeight / totalWeight : 1)
        sentence.append(" of the weight")
        if underHalfAnswered {
          sentence.append(", more than half")
        } else if overQuarterUnknown {
          sentence.append(", more than a quarter")
        }
        sentence.append(")")
        appendRange(plural ? "their" : "its")
      }
      if conflicted {
        sentence.append("; a rule moved the verdict more than one band from the score's")
      }
      if reweightingsWaver, let robustness {
        sentence.append("; the verdict holds in only ")
        sentence.append(robustness.holdCount)
        sentence.append(" of ")
        sentence.append(robustness.settings.samples)
        sentence.append(" re-weightings")
      }
      if let edge {
        sentence.append("; the score is ")
        sentence.appendPoints(edge.distance)
        sentence.append(" from the ")
        sentence.append(verdicts[edge.neighbour].label)
        sentence.append(" band")
      }
      sentence.append(".")
    }
    return Confidence(level: level, explanation: explanation)
  }

  /// The distance from the score to the nearer edge of its verdict band that borders another
  /// verdict, and that verdict's position; edges at −100 and +100 do not count.
  func nearestEdge(score: Double, band index: Int) -> (distance: Double, neighbour: Int)? {
    let band = verdictBands[index]
    var nearest: (distance: Double, neighbour: Int)?
    if let atLeast = band.atLeast, atLeast > -100, index > 0 {
      nearest = (score - atLeast, index - 1)
    }
    if let below = band.below, below < 100, index + 1 < verdictBands.count {
      let distance = below - score
      if distance < nearest?.distance ?? .infinity { nearest = (distance, index + 1) }
    }
    return nearest
  }
}
