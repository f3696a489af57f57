/// When to style output with ANSI bold and color, as `--color` takes it.
enum ColorMode: String, CaseIterable, Hashable, Sendable {
  /// Only on a terminal, with `TERM` not `dumb` and `NO_COLOR` unset (the default).
  case auto
  /// Always, even into a pipe or a file.
  case always
  /// Never.
  case never
}
