/// What `archadvisor completions SHELL` was asked for.
struct CompletionsOptions: Hashable, Sendable {
  /// The shells a completion script is written for.
  enum Shell: String, CaseIterable, Hashable, Sendable {
    case bash
    case zsh
    case fish
  }

  var shell: Shell
}
