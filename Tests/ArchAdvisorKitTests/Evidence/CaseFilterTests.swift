import Testing

@testable import ArchAdvisorKit

/// `archadvisor cases`'s filters: the verdict chosen, generative-AI and model-serving systems.
@Suite struct CaseFilterTests {
  let library = CaseLibrary(rubricID: "test", holdoutRule: "", cases: EvidenceTestCases.cases)

  @Test func aFilterKeepsTheCasesThatMatchEveryCondition() {
    #expect(library.cases(matching: CaseFilter()).map(\.id) == ["one", "two", "three"])
    #expect(CaseFilter().keepsEverything)
    #expect(library.cases(matching: CaseFilter(chose: "microservices")).map(\.id) == ["one", "three"])
    #expect(library.cases(matching: CaseFilter(generativeAIOnly: true)).map(\.id) == ["two", "three"])
    #expect(
      library.cases(matching: CaseFilter(chose: "microservices", generativeAIOnly: true)).map(\.id) == [
        "three"
      ])
    #expect(library.cases(matching: CaseFilter(chose: "monolith")).isEmpty)
  }

  @Test func aCaseIsFoundByItsID() {
    #expect(library.decision("two")?.heldAside == true)
    #expect(library.decision("Two") == nil)
  }
}
