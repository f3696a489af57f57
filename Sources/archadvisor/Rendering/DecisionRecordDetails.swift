/// The people and the state of an Architecture Decision Record, as MADR 4.0's front matter has
/// them: `status`, `decision-makers`, `consulted`, `informed` (the date is the context's).
struct DecisionRecordDetails: Hashable, Sendable {
  /// The statuses MADR 4.0 names.
  static let statuses = ["proposed", "accepted", "rejected", "deprecated", "superseded"]

  /// `--status`; `proposed` by default: archadvisor drafts, people decide.
  var status = "proposed"
  /// `--decision-makers`, `--consulted`, `--informed`: names as given, comma-separated.
  var decisionMakers: [String] = []
  var consulted: [String] = []
  var informed: [String] = []
}
