import ArchAdvisorKit

/// Renders a report in the chosen format and writes it where it was asked to go, then applies
/// the `--fail-on` gate: the last step of `recommend` and `ask`.
struct ReportOutput: Sendable {
  var options: ReportOptions
  var terminal: Terminal

  /// Writes `report`; returns ``ExitCode/gateTripped`` when its verdict is the one `--fail-on`
  /// names. The report is written either way: a CI gate still wants to show why.
  func write(_ report: Report, rubric: Rubric) throws(CLIError) -> ExitCode {
    if let folder = options.outputFile, options.format == .adr, DecisionRecordFolder.isFolder(folder) {
      try writeRecord(report, rubric: rubric, in: folder)
    } else if let file = options.outputFile {
      let text = render(report, rubric: rubric)
      try OutputFile.write(text, to: file, what: "the report")
    } else {
      let text = render(report, rubric: rubric)
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

  /// Writes the next record of `folder`, numbered as adr-tools numbers them; with
  /// `--supersedes N`, marks record N superseded by it. Record N is read and its new text made
  /// before anything is written, so a record that is missing or has no status leaves both files
  /// as they were.
  private func writeRecord(_ report: Report, rubric: Rubric, in folder: String) throws(CLIError) {
    let number = try DecisionRecordFolder.nextNumber(in: folder)
    let path = DecisionRecordFolder.nextPath(
      in: folder, fileName: ADRRenderer.fileName(number: number, report: report))
    var options = self.options
    var superseded: (path: String, text: String)?
    if let old = options.decision.supersedes {
      guard let name = try DecisionRecordFolder.record(old, in: folder) else {
        throw CLIError.cannotRead(
          file: DecisionRecordFolder.nextPath(in: folder, fileName: ADRRenderer.paddedNumber(old) + "-….md"),
          reason: "there is no record \(ADRRenderer.recordName(old)) in the folder to supersede")
      }
      let oldPath = DecisionRecordFolder.nextPath(in: folder, fileName: name)
      let bytes = try InputFiles.read(oldPath)
      let successor = ADRRenderer.recordName(number)
      guard
        let text = SupersededStatus.marking(String(decoding: bytes, as: UTF8.self), supersededBy: successor)
      else {
        throw CLIError.invalidValue(
          option: "--supersedes", value: String(old),
          expected:
            "a record with a status to change (a 'status:' line in its front matter, or a '## Status' section); \(oldPath) has neither",
          suggestion: nil)
      }
      superseded = (oldPath, text)
      options.decision.supersededFile = name
    }
    let text = ReportOutput(options: options, terminal: terminal).render(report, rubric: rubric)
    try OutputFile.write(text, to: path, what: "the decision record")
    Messages.note("wrote " + path)
    if let superseded {
      try OutputFile.write(superseded.text, to: superseded.path, what: "the superseded decision record")
      Messages.note("marked " + superseded.path + " superseded by " + ADRRenderer.recordName(number))
    }
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
