import ArchAdvisorKit

/// Where the case library a rubric names lives: beside the rubric's file.
enum CaseLibraryFile {
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
