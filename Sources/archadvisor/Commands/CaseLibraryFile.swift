import ArchAdvisorKit

/// Where the case library a rubric names lives: beside the rubric's file (or, for the embedded
/// default rubric, embedded too).
enum CaseLibraryFile {
  /// The library for a report's precedents, or `nil` when the rubric names none. A library that
  /// cannot be read or has problems costs the report its precedents, not the report: a note
  /// says why, and `rubric check` says where.
  static func precedents(for rubric: Rubric, rubricPath: String?) -> PrecedentFinder? {
    library(for: rubric, rubricPath: rubricPath, without: "precedents").map {
      PrecedentFinder(rubric: rubric, library: $0.library)
    }
  }

  /// The case library the rubric names, with the name messages give it; `nil` when the rubric
  /// names none or was read from standard input (no folder to find it in). A library that cannot
  /// be read or has problems gives one note, "no `without`: …; see 'archadvisor rubric check'",
  /// and `nil`: it costs the command what it was for, not the command.
  static func library(for rubric: Rubric, rubricPath: String?, without: String) -> (
    library: CaseLibrary, name: String
  )? {
    guard let file = rubric.casesFile else { return nil }
    let bytes: [UInt8]
    let name: String
    if let rubricPath {
      guard rubricPath != "-" else { return nil }
      let path = path(of: file, besideRubric: rubricPath)
      name = TerminalSanitizer.clean(path)
      do {
        bytes = try InputFiles.read(path)
      } catch {
        Messages.note("no \(without): \(error.description); see 'archadvisor rubric check'")
        return nil
      }
    } else {
      name = DefaultCaseLibrary.fileName
      bytes = DefaultCaseLibrary.bytes
    }
    do {
      return (try CaseLibraryLoader(rubric: rubric).load(bytes, file: name), name)
    } catch {
      let count = error.problems.count
      Messages.note(
        "no \(without): the case library \(name) has \(count) problem\(count == 1 ? "" : "s"); "
          + "see 'archadvisor rubric check'")
      return nil
    }
  }

  /// The library `cases` and `cases show` browse, with the name messages give it; `nil` when
  /// the rubric names none. Unlike a report's precedents, a library that cannot be had stops the
  /// command: it is what was asked for (66 when it cannot be read, or the rubric came from
  /// standard input and has no folder to find it in; 65 when it has problems).
  static func browse(for loaded: LoadedRubric, rubricPath: String?) throws(CLIError) -> LoadedCaseLibrary? {
    guard let file = loaded.rubric.casesFile else { return nil }
    let bytes: [UInt8]
    let name: String
    // The name problems are located in: the file as found, or the embedded copy's own name.
    var problemsFile = file
    if let rubricPath {
      guard rubricPath != "-" else {
        throw CLIError.caseLibrary(
          .unreadable(
            file: file, rubric: loaded.name,
            reason: "a rubric read from standard input has no folder to find it in; give --rubric FILE"))
      }
      let path = path(of: file, besideRubric: rubricPath)
      name = InputFiles.displayName(path)
      problemsFile = name
      do {
        bytes = try InputFiles.read(path)
      } catch {
        guard case .cannotRead(_, let reason) = error else { throw error }
        throw CLIError.caseLibrary(
          .unreadable(
            file: path, rubric: loaded.name,
            reason: reason + "; it belongs beside the rubric (or remove \"cases\" from the rubric)"))
      }
    } else {
      name = DefaultCaseLibrary.fileName + " (embedded)"
      problemsFile = DefaultCaseLibrary.fileName
      bytes = DefaultCaseLibrary.bytes
    }
    do {
      return LoadedCaseLibrary(
        library: try CaseLibraryLoader(rubric: loaded.rubric).load(bytes, file: problemsFile), name: name)
    } catch {
      throw CLIError.caseLibrary(.invalid(error))
    }
  }

  /// `file` (a plain file name, as the loader requires) in the folder of the rubric at
  /// `rubricPath`.
  static func path(of file: String, besideRubric rubricPath: String) -> String {
    guard let slash = rubricPath.lastIndex(of: "/") else { return file }
    return String(rubricPath[...slash]) + file
  }

  /// Where the rubric's `cases` key stands in its file, to locate a problem with the library.
  static func casesPosition(_ bytes: [UInt8]) -> SourcePosition? {
    guard let value = try? JSONParser().parse(bytes), let object = value.objectValue else { return nil }
    return object["cases"]?.position
  }
}
