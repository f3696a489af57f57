import ArchAdvisorKit

/// What every renderer needs beyond the report itself, decided once by the caller.
///
/// Renderers never look at the terminal, the environment or the clock: color, width and the date
/// arrive here, so the same report renders the same way in a test as on a terminal.
struct RenderContext: Sendable {
  /// The rubric the report was scored against: verdict labels, the factor order of CSV
  /// columns, the options an unknown factor could take.
  var rubric: Rubric
  /// Whether to emit ANSI bold and color (only ever true for a terminal without `NO_COLOR`).
  var color: Bool
  /// The widest a line of text output may be, in Unicode scalars; 0 or less means no wrapping.
  var width: Int
  /// Whether text pictures (bars, the gauge) may use block and box-drawing characters: only when
  /// the locale's character set is UTF-8 (``Terminal/utf8``); ASCII otherwise.
  var unicode: Bool
  /// The decision's date as `YYYY-MM-DD`, written into an ADR.
  var date: String
  /// Who decides, who was consulted and informed, and the record's status, for an ADR.
  var decision: DecisionRecordDetails

  init(
    rubric: Rubric, color: Bool = false, width: Int = 80, date: String = "",
    decision: DecisionRecordDetails = DecisionRecordDetails(), unicode: Bool = false
  ) {
    self.rubric = rubric
    self.color = color
    self.width = width
    self.unicode = unicode
    self.date = date
    self.decision = decision
  }
}
