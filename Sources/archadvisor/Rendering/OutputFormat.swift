/// The report formats the commands can write, by the name `--format` takes.
enum OutputFormat: String, CaseIterable, Sendable {
  /// For a person at a terminal: the verdict first, then why.
  case text
  /// For scripts: the contract's fields under a `schema` tag.
  case json
  /// For streams: one JSON object per line (a batch writes each report as it goes).
  case jsonl
  /// For a wiki page or a pull request.
  case markdown
  /// For a spreadsheet: one header row, one row per answer set.
  case csv
  /// An Architecture Decision Record in the MADR layout.
  case adr
  /// A self-contained web page with charts, for people who will not read a terminal.
  case html

  /// The renderer that writes one report in this format, with its defaults.
  var renderer: any ReportRenderer {
    switch self {
    case .text: return TextReportRenderer()
    case .json: return JSONReportRenderer()
    case .jsonl: return JSONReportRenderer(pretty: false)
    case .markdown: return MarkdownReportRenderer()
    case .csv: return CSVReportRenderer()
    case .adr: return ADRRenderer()
    case .html: return HTMLReportRenderer()
    }
  }
}
