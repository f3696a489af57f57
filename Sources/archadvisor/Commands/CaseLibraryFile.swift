import ArchAdvisorKit

/// The case library a rubric names, read from beside the rubric's file (or the embedded one for
/// the embedded default rubric).
enum CaseLibraryFile {
  /// The library for a rubric loaded from `rubricPath` (`nil` for the embedded rubric); `nil`
  /// when the rubric names none. A named file that is missing or invalid is an error: the
  /// rubric promises evidence it does not have.
  static func load(for rubric: Rubric, rubricPath: String?) throws(CLIError) -> (CaseLibrary, String)? {
    guard let file = rubric.casesFile else { return nil }
    let bytes: [UInt8]
    let name: String
    if let rubricPath {
      let path = path(of: file, besideRubric: rubricPath)
      name = InputFiles.displayName(path)
      bytes = try InputFiles.read(path)
    } else {
      guard file == "genai-architecture.cases.json" else { return nil }
      name = DefaultCaseLibrary.fileName + " (embedded)"
      bytes = DefaultCaseLibrary.bytes
    }
    do {
      return (try CaseLibraryLoader(rubric: rubric).load(bytes, file: name), name)
    } catch {
      throw CLIError.invalidRubric(error)
    }
  }

  /// `file` relative to the folder of the rubric at `rubricPath`.
  static func path(of file: String, besideRubric rubricPath: String) -> String {
    if file.hasPrefix("/") { return file }
    guard let slash = rubricPath.lastIndex(of: "/") else { return file }
    return String(rubricPath[...slash]) + file
  }
}
