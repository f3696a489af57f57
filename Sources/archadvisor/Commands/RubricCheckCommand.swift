import ArchAdvisorKit

/// `archadvisor rubric check FILE…`: validates rubrics, runs their examples and scores their case
/// libraries.
///
/// A good rubric gets one line on standard output, then, when it names a case library, the
/// agreement with the documented decisions (a confusion table for all cases, the tuning cases
/// and the held-aside ones) and every miss; a bad one every problem and every
/// disagreeing example, one per line with its location, on standard error. Every file is
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
      rubric = try RubricLoader(reservedFlagNames: OptionSpec.reservedFlagNames).load(bytes, file: name)
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
    var summary =
      "\(name): ok — \(plural(rubric.factors.count, "factor")), \(plural(rubric.verdicts.count, "verdict")), "
      + "\(plural(rubric.rules.count, "rule")), \(plural(rubric.examples.count, "example")) "
      + (rubric.examples.count == 1 ? "agrees\n" : "agree\n")
    do {
      if let (library, libraryName) = try CaseLibraryFile.load(for: rubric, rubricPath: path) {
        summary += CaseAgreementText.render(
          Scorer(rubric: rubric).agreement(on: library), library: library, name: libraryName)
      }
    } catch {
      Messages.error(error)
      return error.exitCode
    }
    do {
      try OutputStream.standardOutput.write(summary)
    } catch {
      throw CLIError.cannotWrite(what: "the summary", file: nil, reason: error.description)
    }
    return .success
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
