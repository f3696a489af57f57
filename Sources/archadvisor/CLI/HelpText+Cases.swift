import ArchAdvisorKit

/// The help of `cases` and `cases show`.
extension HelpText {
  var cases: [String] {
    let verdicts = rubric.verdicts.map { TerminalSanitizer.clean($0.id) }.joined(separator: ", ")
    let last = rubric.verdicts.last.map { TerminalSanitizer.clean($0.id) } ?? "VERDICT"
    return [
      "Usage: archadvisor cases [--verdict VERDICT] [--genai] [--rubric FILE] [--format text|json]",
      "       archadvisor cases show ID [--rubric FILE] [--format text|json]",
      "",
    ]
      + wrap(
        "Lists the rubric's case library: documented real decisions to split a system or keep it "
          + "one deployable, each encoded as answers with a note quoting its source. One line per case: "
          + "its id, year, what it chose, whether it is a generative-AI (gen-AI) or model-serving "
          + "(serving) system, whether it was held aside while the rubric was tuned, and its name; "
          + "then a count. The library is the embedded one for the default rubric, else the file the "
          + "rubric's \"cases\" key names, beside the rubric. A rubric that names none lists nothing "
          + "and says so (exit 0).")
      + ["", "Options:"] + options(for: .cases)
      + ["", "VERDICT is one of the rubric's verdicts: \(verdicts)."]
      + [
        "",
        "Examples:",
        "  archadvisor cases",
        "  archadvisor cases --verdict \(last) --genai",
        "  archadvisor cases show segment-2018",
        "  archadvisor cases --rubric my-rubric.json --format json",
        "",
      ]
      + HelpText.exitStatus([
        (.success, "the cases were listed (none, for a rubric without a case library)"),
        (.usage, "bad command line: unknown flag, a verdict the rubric does not have"),
        (.dataError, "the rubric or its case library has problems ('archadvisor rubric check' locates them)"),
        (.noInput, "the rubric or its case library is missing or unreadable"),
        (.cannotWrite, "the list could not be written"),
      ])
  }

  var casesShow: [String] {
    ["Usage: archadvisor cases show ID [--rubric FILE] [--format text|json]", ""]
      + wrap(
        "Shows one case whole: who decided what about which system, what happened, every factor "
          + "with the answer the source gives and the note quoting it (a factor the source does not "
          + "state is shown as unknown), the source with its address on a line of its own, whether "
          + "the case was held aside, and how the rubric scores it now: its verdict, score, the rules "
          + "that fired, the nearest band edge, and whether it agrees with what was chosen.")
      + ["", "Options:"] + options(for: .casesShow)
      + [
        "",
        "Examples:",
        "  archadvisor cases show segment-2018",
        "  archadvisor cases show uber-2024 --format json",
        "",
      ]
      + HelpText.exitStatus([
        (.success, "the case was shown"),
        (.usage, "bad command line, or an id the library does not hold (with the nearest id)"),
        (.dataError, "the rubric or its case library has problems"),
        (.noInput, "the rubric or its case library is missing or unreadable"),
        (.cannotWrite, "the case could not be written"),
      ])
  }
}
