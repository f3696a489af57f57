import ArchAdvisorKit
import Testing

@testable import archadvisor

/// The questions of `ask` as a state machine, line by line.
@Suite struct InterviewTests {
  @Test func answersByNumberAndByIDInAnyCase() throws {
    var interview = Interview(rubric: try CLITestRubrics.standard())
    #expect(interview.respond(to: "3") == .answered(.answer(.number(3))))
    #expect(interview.respond(to: "1") == .answered(.answer(.choice("rarely"))))
    #expect(interview.respond(to: " Spiky ") == .answered(.answer(.choice("spiky"))))
    #expect(interview.index == 3)
    #expect(
      interview.answers == [
        "team_size": .number(3), "update_frequency": .choice("rarely"), "scaling": .choice("spiky"),
      ])
  }

  @Test func setsTakeNumbersAndIDsMixedOrNone() throws {
    var interview = Interview(rubric: try CLITestRubrics.standard())
    for line in ["3", "rarely", "steady", "low"] { _ = interview.respond(to: line) }
    #expect(interview.currentFactor.id == "skills")
    #expect(
      interview.respond(to: "5, containers,2")
        == .answered(.answer(.set(["containers", "orchestration", "tracing"]))))
    #expect(interview.respond(to: "none") == .answered(.answer(.set([]))))
  }

  @Test func invalidAnswersSayWhyAndStay() throws {
    var interview = Interview(rubric: try CLITestRubrics.standard())
    guard case .invalid(let number) = interview.respond(to: "banana") else {
      Issue.record("banana accepted")
      return
    }
    #expect(number.contains("not a whole number"))
    #expect(interview.index == 0)
    _ = interview.respond(to: "3")
    guard case .invalid(let range) = interview.respond(to: "7") else {
      Issue.record("7 accepted for a choice of 4")
      return
    }
    #expect(range == "\"7\" is not an option number; choose 1 to 4 or type an id")
    guard case .invalid(let id) = interview.respond(to: "dayly") else {
      Issue.record("dayly accepted")
      return
    }
    #expect(id.contains("did you mean \"daily\"?"))
    #expect(interview.index == 1)
    guard case .invalid(let zero) = interview.respond(to: "0") else {
      Issue.record("0 accepted")
      return
    }
    #expect(zero.contains("choose 1 to 4"))
  }

  @Test func backReturnsAndEnterKeepsTheEarlierAnswer() throws {
    var interview = Interview(rubric: try CLITestRubrics.standard())
    #expect(interview.respond(to: "back") == .atFirstQuestion)
    _ = interview.respond(to: "3")
    _ = interview.respond(to: "weekly")
    #expect(interview.respond(to: "BACK") == .wentBack)
    #expect(interview.currentFactor.id == "update_frequency")
    #expect(interview.emptyLineGives == .answer(.choice("weekly")))
    #expect(interview.respond(to: "") == .answered(.answer(.choice("weekly"))))
    #expect(interview.respond(to: "back") == .wentBack)
    #expect(interview.respond(to: "daily") == .answered(.answer(.choice("daily"))))
    #expect(interview.answers["update_frequency"] == .choice("daily"))
  }

  @Test func emptyIsTheDefaultOrUnknownAndSkipIsUnknown() throws {
    var interview = Interview(rubric: try CLITestRubrics.custom())
    #expect(interview.respond(to: "") == .answered(.unknown))
    #expect(interview.currentFactor.id == "hosting")
    #expect(interview.emptyLineGives == .answer(.choice("cloud")))
    #expect(interview.respond(to: "skip") == .answered(.unknown))
    #expect(interview.respond(to: "") == .answered(.unknown))
    #expect(interview.isComplete)
    #expect(interview.answers.isEmpty)

    var withDefault = Interview(rubric: try CLITestRubrics.custom())
    _ = withDefault.respond(to: "12")
    #expect(withDefault.respond(to: "") == .answered(.answer(.choice("cloud"))))
    #expect(withDefault.answers == ["users": .number(12), "hosting": .choice("cloud")])
  }

  @Test func anOptionNamedLikeACommandWins() throws {
    var interview = Interview(rubric: try CLITestRubrics.custom())
    _ = interview.respond(to: "12")
    #expect(interview.respond(to: "back") == .answered(.answer(.choice("back"))))
  }

  @Test func questionMarkAsksForHelpWithoutMoving() throws {
    var interview = Interview(rubric: try CLITestRubrics.standard())
    #expect(interview.respond(to: " ? ") == .help)
    #expect(interview.index == 0)
  }

  @Test func nonASCIIInputIsJustAnInvalidAnswer() throws {
    var interview = Interview(rubric: try CLITestRubrics.standard())
    _ = interview.respond(to: "3")
    guard case .invalid(let reason) = interview.respond(to: "täglich 🚀") else {
      Issue.record("accepted")
      return
    }
    #expect(reason.contains("täglich"))
  }
}

/// Going back, giving from a menu, re-asking from the review, starting from saved answers.
@Suite struct InterviewReviewTests {
  @Test func giveAndGoBackAreTheMenusWaysIn() throws {
    var interview = Interview(rubric: try CLITestRubrics.standard())
    #expect(interview.goBack() == .atFirstQuestion)
    #expect(interview.give(.answer(.number(4))) == .answered(.answer(.number(4))))
    #expect(interview.give(.unknown) == .answered(.unknown))
    #expect(interview.index == 2)
    #expect(interview.goBack() == .wentBack)
    #expect(interview.currentWasAnswered)
    #expect(interview.emptyLineGives == .unknown)
  }

  @Test func aRevisitedQuestionCompletesTheInterviewAgain() throws {
    var interview = Interview(rubric: try CLITestRubrics.standard())
    while !interview.isComplete { _ = interview.respond(to: "") }
    interview.revisit(2)
    #expect(!interview.isComplete)
    #expect(interview.currentFactor.id == "scaling")
    #expect(interview.isRevisiting)
    #expect(interview.respond(to: "spiky") == .answered(.answer(.choice("spiky"))))
    #expect(interview.isComplete, "the questions after it are not asked again")
    #expect(!interview.isRevisiting)
    #expect(interview.answers == ["scaling": .choice("spiky")])
  }

  @Test func aWrongAnswerAtARevisitedQuestionStaysThere() throws {
    var interview = Interview(rubric: try CLITestRubrics.standard())
    while !interview.isComplete { _ = interview.respond(to: "") }
    interview.revisit(0)
    guard case .invalid = interview.respond(to: "many") else {
      Issue.record("accepted")
      return
    }
    #expect(interview.index == 0)
    #expect(interview.respond(to: "") == .answered(.unknown), "Enter keeps what it was")
    #expect(interview.isComplete)
  }

  @Test func savedAnswersStartCompleteWithEveryQuestionGiven() throws {
    let rubric = try CLITestRubrics.standard()
    var interview = Interview(rubric: rubric, saved: ["team_size": .number(4), "scaling": .choice("steady")])
    #expect(interview.isComplete)
    #expect(interview.given.allSatisfy { $0 != nil })
    #expect(interview.given[1] == .unknown)
    #expect(interview.answers == ["team_size": .number(4), "scaling": .choice("steady")])
    interview.revisit(0)
    #expect(interview.emptyLineGives == .answer(.number(4)))
    #expect(interview.respond(to: "") == .answered(.answer(.number(4))))
    #expect(interview.isComplete)
  }
}
