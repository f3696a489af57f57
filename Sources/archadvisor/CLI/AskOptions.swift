/// What `archadvisor ask` was asked for.
struct AskOptions: Hashable, Sendable {
  var report = ReportOptions()
  /// `--save FILE`: where to keep the answers, replayable with `recommend --answers FILE`.
  var saveFile: String?
}

extension AskOptions {
  /// `ask`'s options, declared once: parsing, help, completions and the man page read these.
  static let declarations: [OptionDeclaration<AskOptions>] =
    [
      .value(
        "--save", "FILE", .outputFile,
        summary: "Also save the answers as JSON, to replay with 'recommend --answers FILE'."
      ) { $0.saveFile = $1 }
    ] + ReportOptions.declarations.lifted(\.report)
}
