import ArchAdvisorKit

/// Renders a report in the chosen format and writes it where it was asked to go, then applies
/// the `--fail-on` gate: the last step of `recommend` and `ask`.
struct ReportOutput: Sendable {
  var options: ReportOptions
  var terminal: Terminal

  /// Writes `report`; returns ``ExitCode/gateTripped`` when its verdict is the one `--fail-on`
  /// names. The report is written either way: a CI gate still wants to show why.
  func write(_ report: Report, rubric: Rubric) throws(CLIError) -> ExitCode {
    let text = render(report, rubric: rubric)
    if let folder = options.outputFile, options.format == .adr, DecisionRecordFolder.isFolder(folder) {
      // The next record of the folder, numbered as adr-tools numbers them.
      let number = try DecisionRecordFolder.nextNumber(in: folder)
      let path = DecisionRecordFolder.nextPath(
        in: folder, fileName: ADRRenderer.fileName(number: number, report: report))
      try OutputFile.write(text, to: path, what: "the decision record")
      Messages.note("wrote " + path)
    } else if let file = options.outputFile {
      try OutputFile.write(text, to: file, what: "the report")
    } else {
      do {
        try OutputStream.standardOutput.write(text)
      } catch {
        throw CLIError.cannotWrite(what: "the report", file: nil, reason: error.description)
      }
    }
    if options.failOn.contains(report.verdict.id) {
      Messages.note(
        "the verdict is \(report.verdict.id), which --fail-on \(options.failOn.joined(separator: ",")) fails on"
      )
      return .gateTripped
    }
    return .success
  }

  /// The report in the chosen format. Color and the terminal's width only for standard output
  /// (a file gets plain text at 80 columns, unless `--color always`).
  func render(_ report: Report, rubric: Rubric) -> String {
    let toStandardOutput = options.outputFile == nil || options.outputFile == "-"
    let context = RenderContext(
      rubric: rubric,
      color: toStandardOutput ? terminal.useColor(options.color) : options.color == .always,
      width: toStandardOutput ? terminal.width() : 80,
      // An HTML page carries a date only when one was given: the same input gives the same bytes.
      date: options.date ?? (options.format == .html ? "" : Clock.today()), decision: options.decision,
      unicode: terminal.utf8)
    switch options.format {
    case .text: return TextReportRenderer().render(report, context: context)
    case .json: return JSONReportRenderer().render(report, context: context)
    case .jsonl: return JSONReportRenderer(pretty: false).render(report, context: context)
    case .markdown: return MarkdownReportRenderer().render(report, context: context)
    case .csv: return CSVReportRenderer().render(report, context: context)
    case .adr: return ADRRenderer().render(report, context: context)
    case .html: return HTMLReportRenderer().render(report, context: context)
    }
  }
}
