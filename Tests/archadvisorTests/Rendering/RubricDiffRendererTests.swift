import ArchAdvisorKit
import Testing

@testable import archadvisor

/// The rubric diff renderers in-process, on a tiny pair of rubrics whose strings are hostile:
/// nothing from input reaches a terminal as a control character or breaks Markdown, and color
/// appears only when asked for.
@Suite struct RubricDiffRendererTests {
  static let verdicts = [
    Verdict(id: "monolith", label: "Monolith", summary: "One.", band: Band(atLeast: -100, below: 0)),
    Verdict(id: "microservices", label: "Microservices", summary: "Many.", band: Band(atLeast: 0)),
  ]

  /// One choice factor `a` (low −1, high +1) whose weight and label change, and an example whose
  /// name holds an escape sequence and a `|`, moving from monolith to microservices.
  static func comparison() -> RubricComparison {
    func rubric(version: String, highLean: Double, label: String) -> Rubric {
      let factor = Factor(
        id: "a", question: "A?", help: "Help.",
        kind: .choice([
          ChoiceOption(id: "low", label: "Low", lean: -1, reason: "Low."),
          ChoiceOption(id: "high", label: label, lean: highLean, reason: "High."),
        ]), weight: 1)
      let example = RubricExample(
        name: "evil \u{1B}[31m|name", answers: Answers(values: ["a": .choice("high")]),
        expect: "microservices")
      return Rubric(
        id: "t", version: version, title: "T", factors: [factor], verdicts: verdicts, examples: [example])
    }
    let old = rubric(version: "1", highLean: -0.5, label: "High")
    let new = rubric(version: "2", highLean: 0.5, label: "Hi\u{202E}gh")
    return RubricComparison(
      diff: RubricDiff(old: old, new: new), old: LoadedRubric(rubric: old, name: "old\u{7}.json"),
      new: LoadedRubric(rubric: new, name: "new.json"), libraries: [])
  }

  @Test func textNamesEachChangeAndMoveWithInputMadeSafe() {
    let text = RubricDiffTextRenderer().render(Self.comparison(), color: false, width: 80)
    #expect(
      text == """
        Rubric diff: t 1 → 2
          old    old\\u{7}.json
          new    new.json

        What changed in the rubric: 3 changes
          Rubric
            ~ version 1 → 2
          Factors
            ~ a option high: lean -0.50 → +0.50; label “High” → “Hi\\u{202E}gh”

        Verdicts that move
          Examples: 1 of 1 example changes verdict
            “evil \\u{1B}[31m|name”: monolith (−50.0) → microservices (+50.0); expects
              microservices (now agrees)
          Cases: neither rubric names a case library.

        """)
  }

  @Test func colorOnlyWhenAskedFor() {
    let styled = RubricDiffTextRenderer().render(Self.comparison(), color: true, width: 80)
    #expect(styled.contains("\u{1B}[1mVerdicts that move\u{1B}[22m"))
    // The new verdict is colored by the way it moved: toward microservices.
    #expect(styled.contains("\u{1B}[35mmicroservices (+50.0)\u{1B}[39m"))
    // The example's own escape is still shown, not run.
    #expect(styled.contains("evil \\u{1B}[31m"))
  }

  @Test func markdownEscapesInput() {
    let markdown = RubricDiffMarkdownRenderer().render(Self.comparison())
    // Made visible by the terminal sanitizer, then its backslash escaped: it renders as `\u{202E}`.
    #expect(
      markdown.contains(
        "Compared old\\\\u{7}.json with new.json: 3 changes. Verdicts that move: 1 of 1 example."))
    #expect(markdown.contains("- `a` option `high`: lean -0.50 → +0.50; label “High” → “Hi\\\\u{202E}gh”"))
    #expect(
      markdown.contains("| evil \\\\u{1B}\\[31m\\|name | `monolith` (−50.0) | `microservices` (+50.0) |"))
    #expect(!markdown.contains("\u{1B}"))
  }

  @Test func jsonKeepsTheValuesAsTheyAre() throws {
    let text = RubricDiffJSONRenderer().render(Self.comparison())
    let json = try JSONParser().parse(Array(text.utf8))
    let changes = try #require(json.at("changes")?.arrayValue)
    #expect(changes.count == 3)
    #expect(changes[1].at("subject")?.stringValue == "a")
    #expect(changes[1].at("option")?.stringValue == "high")
    #expect(changes[1].at("change")?.stringValue == "lean")
    #expect(changes[1].at("old")?.doubleValue == -0.5)
    #expect(changes[2].at("new")?.stringValue == "Hi\u{202E}gh")
    #expect(json.at("examples", 0, "name")?.stringValue == "evil \u{1B}[31m|name")
    #expect(json.at("agreement")?.isNull == true)
    #expect(!text.contains("\u{1B}"))
  }
}
