import ArchAdvisorKit

/// One output format of a single report: a pure function of the report and the context.
protocol ReportRenderer: Sendable {
  /// The whole output for one report, ending with a newline.
  func render(_ report: Report, context: RenderContext) -> String
}
