extension Scorer {
  /// The verdict regions of need × readiness under this rubric (see ``VerdictMap``).
  public var verdictMap: VerdictMap {
    var scores: [Double] = []
    var readinesses: [Double] = []
    for band in verdictBands {
      scores += [band.atLeast, band.below].compactMap { $0 }
    }
    // Only the steps that read no factor: the map is the same for every answer set.
    let steps = verdictSteps.filter { step in
      var reads = [Bool](repeating: false, count: tables.count)
      _ = program.collectReads(step.condition, into: &reads)
      return !reads.contains(true)
    }
    for step in steps {
      program.collectThresholds(step.condition, score: &scores, readiness: &readinesses)
    }
    let scoreEdges = Scorer.edges(scores, from: -100, to: 100)
    let readinessEdges = Scorer.edges(readinesses, from: 0, to: 100)
    let unknown = AnswerView([ResolvedValue](repeating: .unknown, count: tables.count))
    var cells: [String] = []
    for row in 0..<(readinessEdges.count - 1) {
      for column in 0..<(scoreEdges.count - 1) {
        // A cell holds its lower edges (every test holds from its low end and stops at its high).
        let score = scoreEdges[column]
        let readiness = readinessEdges[row]
        var verdict = verdictIndex(forScore: score)
        for step in steps
        where program.holds(step.condition, unknown, score: score, readiness: readiness, verdict: verdict) {
          verdict = step.apply(to: verdict)
        }
        cells.append(verdicts[verdict].id)
      }
    }
    return VerdictMap(scoreEdges: scoreEdges, readinessEdges: readinessEdges, cells: cells)
  }

  /// The thresholds strictly inside `low … high`, sorted and without repeats, between the two ends.
  private static func edges(_ thresholds: [Double], from low: Double, to high: Double) -> [Double] {
    var inside: [Double] = []
    for value in thresholds.sorted() where value > low && value < high && inside.last != value {
      inside.append(value)
    }
    return [low] + inside + [high]
  }
}
