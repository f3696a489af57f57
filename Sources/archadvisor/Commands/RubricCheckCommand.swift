import ArchAdvisorKit

/// `archadvisor rubric check FILE…`: validates rubrics, runs their examples and scores their case
/// libraries.
///
/// A good rubric gets one line on standard output, then, when it names a case library, the
/// agreement with the documented decisions (overall, on the tuning cases and on the held-aside
/// ones, with a confusion table over all of them), every miss and the cases closest to a band edge,
/// and last the rule coverage (on how many examples and cases each rule fires, and which never
/// do); a bad one every problem and every disagreeing example, one per line with its location,
/// on standard error. Every file is
/// checked even when an earlier one fails; the exit status is the worst: 66 for a file that
/// cannot be read, else 65 for a problem, else 0.
struct RubricCheckCommand: Sendable {
  var options: RubricCheckOptions

  func run() throws(CLIError) -> ExitCode {
    var worst = ExitCode.success
    for file in options.files {
      let code = try check(file)
      if code == .noInput || (code == .dataError && worst == .success) { worst = code }
    }
    return worst
  }

  /// Checks one file and reports on it.
  private func check(_ path: String) throws(CLIError) -> ExitCode {
    let name = InputFiles.displayName(path)
    let bytes: [UInt8]
    do {
      bytes = try InputFiles.read(path)
    } catch {
      Messages.error(error)
      return error.exitCode
    }
    let rubric: Rubric
    do {
      rubric = try RubricLoader(reservedFlagNames: CommandCatalog.standard.reservedFlagNames).load(
        bytes, file: name)
    } catch {
      let count = error.problems.count
      Messages.write(error.problems.map { $0.description + "\n" }.joined())
      Messages.write("\(name): \(count) problem\(count == 1 ? "" : "s")\n")
      return .dataError
    }
    let mismatches = Scorer(rubric: rubric).checkExamples()
    if !mismatches.isEmpty {
      let positions = RubricCheckCommand.examplePositions(bytes)
      var lines = ""
      for mismatch in mismatches {
        let index = rubric.examples.firstIndex { $0.name == mismatch.example }
        var location = name + ":"
        if let index, index < positions.count { location += "\(positions[index]):" }
        let path = index.map { " examples[\($0)]:" } ?? ""
        lines +=
          "\(location)\(path) example \(Quoted.text(mismatch.example)) expects \(mismatch.expected) "
          + "but scores \(mismatch.actual) (score \(NumberText.compact(mismatch.score)))\n"
      }
      Messages.write(lines)
      let count = mismatches.count
      Messages.write(
        "\(name): \(count) of \(rubric.examples.count) example\(rubric.examples.count == 1 ? "" : "s") "
          + "disagree\(count == 1 ? "s" : "")\n")
      return .dataError
    }
    let summary =
      "\(name): ok — \(plural(rubric.factors.count, "factor")), \(plural(rubric.verdicts.count, "verdict")), "
      + "\(plural(rubric.rules.count, "rule")), \(plural(rubric.examples.count, "example")) "
      + (rubric.examples.count == 1 ? "agrees\n" : "agree\n")
    try writeSummary(summary)
    // Agreement and coverage need the verdicts and the rules that fired, not flips or robustness.
    let scorer = Scorer(rubric: rubric, options: .init(includeFlips: false, robustness: nil))
    var cases: [DecisionCase] = []
    if let casesFile = rubric.casesFile {
      let (code, library) = try checkCases(
        casesFile, scorer: scorer, rubricPath: path, rubricBytes: bytes)
      guard code == .success else { return code }
      cases = library?.cases ?? []
    }
    try writeSummary(RuleCoverageText.render(scorer.ruleCoverage(cases: cases), name: name))
    return .success
  }

  /// Scores the case library the rubric names and prints the agreement; a library that is
  /// missing or has problems is reported like a rubric's problems, located.
  private func checkCases(_ file: String, scorer: Scorer, rubricPath: String, rubricBytes: [UInt8])
    throws(CLIError) -> (ExitCode, CaseLibrary?)
  {
    let rubric = scorer.rubric
    let rubricName = InputFiles.displayName(rubricPath)
    guard rubricPath != "-" else {
      Messages.note(
        "the rubric names the case library \(TerminalSanitizer.clean(file)), but read from standard input it "
          + "has no folder to find it in; check the rubric's file to score its cases")
      return (.success, nil)
    }
    let path = CaseLibraryFile.path(of: file, besideRubric: rubricPath)
    let name = TerminalSanitizer.clean(InputFiles.displayName(path))
    let bytes: [UInt8]
    do {
      bytes = try InputFiles.read(path)
    } catch {
      let reason: String
      if case .cannotRead(_, let why) = error { reason = why } else { reason = error.description }
      let location = CaseLibraryFile.casesPosition(rubricBytes).map { ":\($0)" } ?? ""
      Messages.write(
        "\(TerminalSanitizer.clean(rubricName))\(location): cases: the case library \(TerminalSanitizer.clean(file)) "
          + "is not beside the rubric (\(name): \(reason)); copy it there, or remove \"cases\" from the rubric\n"
      )
      return (error.exitCode, nil)
    }
    let library: CaseLibrary
    do {
      library = try CaseLibraryLoader(rubric: rubric).load(bytes, file: name)
    } catch {
      let count = error.problems.count
      Messages.write(error.problems.map { $0.description + "\n" }.joined())
      Messages.write("\(name): \(count) problem\(count == 1 ? "" : "s")\n")
      return (.dataError, nil)
    }
    try writeSummary(CaseAgreementText.render(scorer.agreement(on: library), library: library, name: name))
    return (.success, library)
  }

  private func writeSummary(_ summary: String) throws(CLIError) {
    do {
      try OutputStream.standardOutput.write(summary)
    } catch {
      throw CLIError.cannotWrite(what: "the summary", file: nil, reason: error.description)
    }
  }

  private func plural(_ count: Int, _ word: String) -> String {
    "\(count) \(word)\(count == 1 ? "" : "s")"
  }

  /// Where each element of the rubric's `examples` array starts, to locate a disagreeing
  /// example (the loader has already parsed the file once, so this cannot fail in practice).
  static func examplePositions(_ bytes: [UInt8]) -> [SourcePosition] {
    guard let value = try? JSONParser().parse(bytes),
      let examples = value.objectValue?["examples"]?.arrayValue
    else { return [] }
    return examples.map(\.position)
  }
}
