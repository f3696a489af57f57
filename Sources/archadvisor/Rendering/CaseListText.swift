import ArchAdvisorKit

/// `archadvisor cases` as text: a header, one line per case (id, year, what it chose, the gen-AI
/// and held-aside markers, the name), a count, and what the markers mean.
///
/// On a terminal a line is cut to its width (`…`); on a pipe lines are whole, for `grep`.
/// Every string from the library is made safe for a terminal.
struct CaseListText: Sendable {
  var style: Style
  /// The width to cut lines to; `nil` keeps them whole.
  var width: Int?

  /// The `AI` column: `gen-AI` for a generative-AI system, `serving` for model serving.
  static func aiMarker(_ kind: DecisionCase.Kind) -> String {
    switch kind {
    case .generativeAI: return "gen-AI"
    case .modelServing: return "serving"
    case .general: return ""
    }
  }

  func render(_ found: LoadedCaseLibrary?, filter: CaseFilter, rubric: Rubric) -> String {
    let clean = TerminalSanitizer.clean
    guard let found else {
      return "rubric \(clean(rubric.id)) \(clean(rubric.version)) has no case library: it names no \"cases\" "
        + "file (the README's \"The case library\" says how to add one)\n"
    }
    let all = found.library.cases
    let shown = found.library.cases(matching: filter)
    var lines: [String] = []
    if !shown.isEmpty {
      let header = ["ID", "YEAR", "CHOSE", "AI", "HELD", "NAME"]
      let rows = shown.map { decision in
        [
          clean(decision.id), String(decision.year), clean(decision.chose),
          CaseListText.aiMarker(decision.kind),
          decision.heldAside ? "held" : "", clean(decision.name),
        ]
      }
      let widths = (0..<header.count - 1).map { column in
        ([header] + rows).map { TerminalCells.width($0[column]) }.max() ?? 0
      }
      func line(_ cells: [String]) -> String {
        var text = ""
        for (column, cell) in cells.dropLast().enumerated() {
          text += TerminalCells.padded(cell, to: widths[column]) + "  "
        }
        text += cells.last ?? ""
        guard let width, width > 0 else { return text }
        return TerminalCells.truncated(text, to: width)
      }
      lines.append(style.bold(line(header)))
      lines += rows.map(line)
      lines.append("")
    }
    var count =
      filter.keepsEverything
      ? "\(all.count) case\(all.count == 1 ? "" : "s")" : "\(shown.count) of \(all.count) cases"
    var conditions: [String] = []
    if let verdict = filter.chose { conditions.append("chose " + clean(verdict)) }
    if filter.generativeAIOnly { conditions.append("are generative-AI or model-serving systems") }
    if !conditions.isEmpty { count += " " + conditions.joined(separator: " and ") }
    let ai = shown.filter(\.isAI).count
    let held = shown.filter(\.heldAside).count
    var details: [String] = []
    if !filter.generativeAIOnly {
      details.append("\(ai) generative-AI or model-serving system\(ai == 1 ? "" : "s")")
    }
    details.append("\(held) held aside")
    count += " (" + details.joined(separator: ", ") + "), in " + clean(found.name)
    let wrapper = TextWrapper(width: width ?? 80)
    lines += wrapper.lines(count + ".")
    if !shown.isEmpty {
      lines += wrapper.lines(
        "gen-AI: a generative-AI system; serving: model serving; held: kept aside while the rubric was "
          + "tuned. 'archadvisor cases show ID' shows a case whole, with its source.")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
