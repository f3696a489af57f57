/// The help of `completions` and `man`.
extension HelpText {
  var completions: [String] {
    ["Usage: archadvisor completions bash|zsh|fish", ""]
      + wrap(
        "Prints a completion script for the shell: it completes commands, options, format names, "
          + "verdict ids for --fail-on, the rubric's factor flags and each factor's option ids (asking "
          + "archadvisor itself, with the --rubric of the line being completed), and file paths "
          + "where a file is expected.")
      + ["", "Options:"] + options(for: .completions)
      + [
        "",
        "Install (one of):",
        "  archadvisor completions bash > ~/.local/share/bash-completion/completions/archadvisor",
        "  archadvisor completions zsh > \"${fpath[1]}/_archadvisor\"",
        "  archadvisor completions fish > ~/.config/fish/completions/archadvisor.fish",
        "",
      ]
      + HelpText.exitStatus([
        (.success, "the script was written"), (.usage, nil),
        (.cannotWrite, "the script could not be written"),
      ])
  }

  var manual: [String] {
    ["Usage: archadvisor man", ""]
      + wrap(
        "Prints this tool's manual page in roff: the synopsis, every command and option, the "
          + "embedded rubric's factor flags, exit status, environment, files and examples.")
      + ["", "Options:"] + options(for: .man)
      + [
        "",
        "Read or install it:",
        "  archadvisor man | man -l -",
        "  archadvisor man > ~/.local/share/man/man1/archadvisor.1",
        "",
      ]
      + HelpText.exitStatus([
        (.success, "the page was written"), (.usage, nil), (.cannotWrite, "the page could not be written"),
      ])
  }
}
