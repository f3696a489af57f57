/// What a completion script needs to know of the commands, in the shapes the three shells use,
/// read from the ``CommandCatalog`` so every option a command declares is completed.
struct CompletionWords: Sendable {
  var catalog: CommandCatalog

  /// The first words (`ask`, `rubric`, …) with what each does (`rubric` and `cases` lead to more).
  var topLevel: [(word: String, abstract: String)] {
    catalog.words.map { word in
      (
        word,
        catalog[word]?.abstract ?? "Commands: " + catalog.subcommands(of: word).joined(separator: ", ") + "."
      )
    }
  }

  /// The words that may follow `word` to make another command (`check show diff` after `rubric`).
  var subcommands: [(word: String, next: [String])] {
    catalog.words.compactMap { word in
      let next = catalog.subcommands(of: word)
      return next.isEmpty ? nil : (word, next)
    }
  }

  /// The lines of a bash or zsh function that find the command the line names so far (`rubric
  /// show`) and the `--rubric` it gives, looping over the words before the cursor: from `first`
  /// while below `end`, each word read as `word(index)` (`${COMP_WORDS[i]}`, `${words[i]}`).
  func commandScan(first: Int, end: String, word: (String) -> String) -> [String] {
    var lines = [
      "  for (( i = \(first); i < \(end); i++ )); do",
      "    word=\"\(word("i"))\"",
      "    case \"$word\" in",
      // `--rubric FILE`, `--rubric=FILE`, and bash's `--rubric`, `=`, `FILE` (it splits at `=`).
      "      --rubric) rubric=\"\(word("i+1"))\"; [[ $rubric == = ]] && rubric=\"\(word("i+2"))\" ;;",
      "      --rubric=*) rubric=\"${word#--rubric=}\" ;;",
      "      -*) ;;",
      "      *)",
      "        if [[ -z $command ]]; then",
      "          command=\"$word\"",
      "        else",
      "          case \"$command $word\" in",
    ]
    for (word, next) in subcommands {
      lines.append(
        "            " + next.map { "\"\(word) \($0)\"" }.joined(separator: "|")
          + ") command=\"$command $word\" ;;")
    }
    return lines + ["          esac", "        fi ;;", "    esac", "  done"]
  }

  /// The words a shell offers for a value of kind `value` that it knows without asking the rubric;
  /// `nil` when it must ask or offer files.
  static func fixedWords(_ value: OptionValue) -> [String]? {
    if case .choice(let words) = value { return words }
    return nil
  }

  /// The `__complete` kind that lists the values of `value`, when the rubric holds them.
  static func query(_ value: OptionValue) -> String? {
    switch value {
    case .verdicts, .verdict: return "verdicts"
    case .factorWeight: return "factor-weights"
    case .caseID: return "case-ids"
    default: return nil
    }
  }

  /// Whether a value of kind `value` is a path.
  static func isFile(_ value: OptionValue) -> Bool { value == .inputFile || value == .outputFile }

  /// A word made safe inside single quotes in every shell: `'` closes, escapes, reopens.
  static func quoted(_ text: String) -> String {
    "'" + text.replacing("'", with: "'\\''") + "'"
  }
}
