import ArchAdvisorKit

/// A rubric a command runs with, and the name messages give it.
struct LoadedRubric: Sendable {
  var rubric: Rubric
  /// The file as the user named it, `<stdin>`, or `rubrics/genai-architecture.json (embedded)`.
  var name: String

  /// The rubric in `path`, or the embedded default rubric when `path` is `nil`.
  ///
  /// An unreadable file exits 66; a file that is not a valid rubric exits 65 with every problem.
  static func load(_ path: String?) throws(CLIError) -> LoadedRubric {
    guard let path else { return try embedded() }
    let name = InputFiles.displayName(path)
    let bytes = try InputFiles.read(path)
    do {
      return LoadedRubric(
        rubric: try RubricLoader(reservedFlagNames: CommandCatalog.standard.reservedFlagNames).load(
          bytes, file: name),
        name: name)
    } catch {
      throw CLIError.invalidRubric(error)
    }
  }

  /// The embedded default rubric. It is checked by the tests, so a problem here is a build
  /// mistake; it is still reported, never trapped on.
  static func embedded() throws(CLIError) -> LoadedRubric {
    do {
      let rubric = try RubricLoader(reservedFlagNames: CommandCatalog.standard.reservedFlagNames).load(
        DefaultRubric.bytes, file: DefaultRubric.fileName)
      return LoadedRubric(rubric: rubric, name: DefaultRubric.fileName + " (embedded)")
    } catch {
      throw CLIError.invalidRubric(error)
    }
  }
}
