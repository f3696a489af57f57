import Testing

@testable import ArchAdvisorKit

@Suite("Suggestion")
struct SuggestionTests {
  let keys = ["id", "question", "help", "kind", "weight", "default", "options"]

  @Test(
    "typos find the word meant",
    arguments: [
      ("wieght", "weight"), ("weigth", "weight"), ("weght", "weight"), ("Weight", "weight"),
      ("qestion", "question"), ("optoins", "options"), ("defualt", "default"),
    ])
  func typos(_ typo: String, _ meant: String) {
    #expect(Suggestion.nearest(to: typo, in: keys) == meant)
  }

  @Test("nothing is suggested for words that are not near")
  func farWords() {
    #expect(Suggestion.nearest(to: "colour", in: keys) == nil)
    #expect(Suggestion.nearest(to: "x", in: keys) == nil)
    #expect(Suggestion.nearest(to: "kubernetes", in: ["containers", "orchestration", "tracing"]) == nil)
    #expect(Suggestion.nearest(to: "anything", in: []) == nil)
  }

  @Test("short words allow one edit at most")
  func shortWords() {
    #expect(Suggestion.nearest(to: "is", in: ["id"]) == "id")
    #expect(Suggestion.nearest(to: "ab", in: ["id"]) == nil)
    #expect(Suggestion.nearest(to: "hepl", in: keys) == "help")
  }

  @Test("the nearest wins; ties go to the first listed")
  func nearestAndTies() {
    #expect(Suggestion.nearest(to: "team_sise", in: ["team_name", "team_size"]) == "team_size")
    #expect(Suggestion.nearest(to: "cat", in: ["bat", "hat"], maxDistance: 1) == "bat")
    #expect(Suggestion.nearest(to: "monolit", in: ["monolith", "modular_monolith"]) == "monolith")
  }

  @Test("the start of exactly one id suggests it, in any case; an edit or an ambiguous start does not")
  func prefixes() {
    let inference = ["hosted_api", "in_process", "self_hosted"]
    #expect(Suggestion.nearest(to: "self", in: inference) == "self_hosted")
    #expect(Suggestion.nearest(to: "SELF", in: inference) == "self_hosted")
    #expect(Suggestion.nearest(to: "s", in: inference) == nil, "one letter is too little to go on")
    #expect(Suggestion.nearest(to: "mo", in: ["monthly", "moderate"]) == nil, "two ids start so")
    #expect(Suggestion.nearest(to: "moderat", in: ["monthly", "moderate"]) == "moderate")
    // Near by edits wins over a longer id the word begins.
    #expect(Suggestion.nearest(to: "tracin", in: ["tracing", "tracing_backend"]) == "tracing")
  }

  @Test("maxDistance bounds the edits")
  func maxDistance() {
    #expect(Suggestion.nearest(to: "wiehgt", in: ["weight"], maxDistance: 1) == nil)
    #expect(Suggestion.nearest(to: "wiehgt", in: ["weight"], maxDistance: 2) == "weight")
  }

  @Test("the edit distance counts a swap of neighbours as one edit")
  func editDistance() {
    func distance(_ a: String, _ b: String) -> Int {
      Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }
    #expect(distance("", "abc") == 3)
    #expect(distance("abc", "") == 3)
    #expect(distance("kitten", "sitting") == 3)
    #expect(distance("wieght", "weight") == 1)
    #expect(distance("ca", "abc") == 3)
    #expect(distance("same", "same") == 0)
  }
}
