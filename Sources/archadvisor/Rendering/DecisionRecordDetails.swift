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
  /// `--supersedes N`: the number of the record this one replaces, in the same folder.
  var supersedes: Int?
  /// That record's file name (`0003-use-a-monolith.md`), found when the record is written, for
  /// the link "Supersedes ADR-0003".
  var supersededFile: String?
}
