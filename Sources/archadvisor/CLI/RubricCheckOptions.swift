/// What `archadvisor rubric check` was asked for.
struct RubricCheckOptions: Hashable, Sendable {
  /// The rubric files to check, in order (`-` is standard input); at least one.
  var files: [String] = []
}

extension RubricCheckOptions {
  /// `rubric check` takes rubric files and `--help` only.
  static let declarations: [OptionDeclaration<RubricCheckOptions>] = []
}
