/// What `archadvisor ask` was asked for.
struct AskOptions: Hashable, Sendable {
  var report = ReportOptions()
  /// `--save FILE`: where to keep the answers, replayable with `recommend --answers FILE`.
  var saveFile: String?
  /// `--answers FILE`: start from these saved answers (each question's answer on Enter).
  var answersFile: String?
  /// `--plain`: line prompts even at a terminal that could show menus.
  var plain = false
}
