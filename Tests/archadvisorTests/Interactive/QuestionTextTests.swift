import ArchAdvisorKit
import Testing

@testable import archadvisor

/// What a question looks like at the prompt.
@Suite struct QuestionTextTests {
  let plain = QuestionText(style: Style(enabled: false), width: 80)

  @Test func aChoiceShowsItsNumberOfTheTotalAndNumberedIDs() throws {
    var interview = Interview(rubric: try CLITestRubrics.standard())
    _ = interview.respond(to: "3")
    let text = plain.question(interview)
    #expect(text.contains("Question 2 of 12: How often do models and features change in production?"))
    #expect(text.contains("1. rarely"))
    #expect(text.contains("4. daily"))
    #expect(text.contains("Rarely (a few times a year)"))
    #expect(text.contains("Enter leaves it unknown"))
    #expect(text.contains("back goes back"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test func theFirstQuestionOffersNoBackAndNumbersSayWhatTheyAccept() throws {
    let text = plain.question(Interview(rubric: try CLITestRubrics.standard()))
    #expect(text.contains("Question 1 of 12"))
    #expect(text.contains("a whole number of engineers ≥ 1"))
    #expect(!text.contains("back goes back"))
  }

  @Test func theDefaultIsShown() throws {
    var interview = Interview(rubric: try CLITestRubrics.custom())
    _ = interview.respond(to: "5")
    #expect(plain.question(interview).contains("Enter takes the default cloud"))
  }

  @Test func helpExplainsTheFactor() throws {
    let text = plain.help(Interview(rubric: try CLITestRubrics.standard()))
    #expect(text.contains("Count the people who build and run it"))
  }

  @Test func styleOnlyWhenAsked() throws {
    let styled = QuestionText(style: Style(enabled: true), width: 80)
    #expect(styled.question(Interview(rubric: try CLITestRubrics.standard())).contains("\u{1B}[1m"))
  }

  @Test func rubricTextCannotReachTheTerminalRaw() throws {
    var rubric = try CLITestRubrics.custom()
    rubric.factors[0].question = "How many \u{1B}[2Jusers?"
    let text = plain.question(Interview(rubric: rubric))
    #expect(!text.contains("\u{1B}"))
  }

  @Test func aNarrowTerminalStillShowsEverything() throws {
    var interview = Interview(rubric: try CLITestRubrics.standard())
    _ = interview.respond(to: "3")
    let text = QuestionText(style: Style(enabled: false), width: 30).question(interview)
    for id in ["rarely", "monthly", "weekly", "daily"] { #expect(text.contains(id)) }
  }
}
