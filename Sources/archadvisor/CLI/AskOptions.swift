/// What `archadvisor ask` was asked for.
struct AskOptions: Hashable, Sendable {
  var report = ReportOptions()
  /// `--save FILE`: where to keep the answers, replayable with `recommend --answers FILE`.
  var saveFile: String?
}
