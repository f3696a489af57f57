/// A request for help: which command, and for `recommend` the rubric whose factor flags to list.
struct HelpRequest: Hashable, Sendable {
  /// The commands help is written for.
  enum Topic: String, CaseIterable, Hashable, Sendable {
    case main = ""
    case ask
    case recommend
    case batch
    case rubric
    case rubricCheck = "rubric check"
    case rubricShow = "rubric show"
    case rubricDiff = "rubric diff"
    case diff
    case help
    // The case library.
    case cases
    case casesShow = "cases show"
    // Shell integration.
    case completions
    case man
  }

  var topic: Topic
  /// `--rubric FILE` given with `--help`; `nil` is the embedded default.
  var rubricFile: String?

  init(_ topic: Topic, rubricFile: String? = nil) {
    self.topic = topic
    self.rubricFile = rubricFile
  }
}
