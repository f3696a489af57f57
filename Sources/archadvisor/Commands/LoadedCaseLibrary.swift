import ArchAdvisorKit

/// A case library a command browses, and the name messages give it: the file as found beside
/// the rubric, or `rubrics/genai-architecture.cases.json (embedded)`.
struct LoadedCaseLibrary: Sendable {
  var library: CaseLibrary
  var name: String
}
