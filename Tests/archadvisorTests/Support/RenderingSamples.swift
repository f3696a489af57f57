import ArchAdvisorKit

/// A rubric and reports built by hand for the renderer tests, with every section of a report
/// filled: answered and unknown factors of each kind, a rule that changed the verdict, caveats,
/// prerequisites and flips of one and two changes.
enum RenderingSamples {
  static let monolith = Verdict(
    id: "monolith", label: "Monolith", summary: "Build one deployable application.",
    band: Band(atLeast: -100, below: -20))
  static let modular = Verdict(
    id: "modular_monolith", label: "Modular monolith",
    summary: "Build one deployable with clear module boundaries, ready to split later.",
    band: Band(atLeast: -20, below: 20))
  static let microservices = Verdict(
    id: "microservices", label: "Microservices",
    summary: "Split the system into independently deployed services.",
    band: Band(atLeast: 20))

  static let rubric = Rubric(
    id: "sample", version: "1.2.0", title: "Monolith or microservices for a generative-AI system",
    description: "Weighs flexibility, scalability and operational complexity.",
    factors: [
      Factor(
        id: "team_size", question: "How many engineers?", help: "Count them.",
        kind: .number(
          NumberSpec(
            unit: "engineers", integer: true, minimum: 1,
            bands: [
              LeanBand(
                band: Band(atLeast: 1, below: 6), lean: -0.8,
                reason: "A small team ships faster with one codebase."),
              LeanBand(
                band: Band(atLeast: 6, below: 20), lean: 0, reason: "A mid-sized team can go either way."),
              LeanBand(
                band: Band(atLeast: 20), lean: 0.8, reason: "Large teams step on each other in one codebase."),
            ])), weight: 3),
      Factor(
        id: "update_frequency", question: "How often do you release?", help: "Models and features.",
        kind: .choice([
          ChoiceOption(
            id: "rarely", label: "Rarely", lean: -0.8,
            reason: "Rare releases make redeploying everything cheap."),
          ChoiceOption(
            id: "monthly", label: "Monthly", lean: -0.2, reason: "Monthly releases rarely collide."),
          ChoiceOption(
            id: "weekly", label: "Weekly", lean: 0.4,
            reason: "Weekly releases benefit from independent deploys."),
          ChoiceOption(
            id: "daily", label: "Daily", lean: 1, reason: "Daily releases need independent deploys."),
        ]), weight: 4),
      Factor(
        id: "skills", question: "Which skills?", help: "Tick them.",
        kind: .set(
          SetSpec(
            options: [
              SetOption(
                id: "containers", label: "Containers", prerequisite: "Learn to build and run containers."),
              SetOption(id: "tracing", label: "Tracing", prerequisite: "Set up distributed tracing."),
            ],
            counts: [
              LeanBand(
                band: Band(atLeast: 0, below: 2), lean: -0.5,
                reason: "Missing skills argue against splitting now."),
              LeanBand(band: Band(atLeast: 2), lean: 0, reason: "The team has the skills."),
            ])), weight: 2),
      Factor(
        id: "latency", question: "How latency-sensitive?", help: "Per request.",
        kind: .choice([
          ChoiceOption(id: "relaxed", label: "Relaxed", lean: 0.2, reason: "Extra hops do not matter."),
          ChoiceOption(id: "critical", label: "Critical", lean: -0.6, reason: "Every network hop costs."),
        ]), weight: 1),
    ],
    verdicts: [monolith, modular, microservices])

  /// A report with every section filled, for `name`.
  static func report(name: String? = "payments") -> Report {
    Report(
      name: name, rubricID: "sample", rubricVersion: "1.2.0", verdict: modular, scoreVerdict: microservices,
      score: 24.456,
      range: ScoreRange(
        low: 18.5, high: 31.25, lowVerdict: "modular_monolith", highVerdict: "modular_monolith"),
      confidence: Confidence(
        level: .medium, explanation: "One factor is unknown and a rule capped the verdict."),
      factors: [
        FactorResult(
          id: "team_size", question: "How many engineers?", answer: .number(25), weight: 3, lean: 0.8,
          contribution: 26.666, reason: "Large teams step on each other in one codebase."),
        FactorResult(
          id: "update_frequency", question: "How often do you release?", answer: .choice("weekly"), weight: 4,
          lean: 0.4, contribution: 17.777, reason: "Weekly releases benefit from independent deploys."),
        FactorResult(
          id: "skills", question: "Which skills?", answer: .set(["containers"]), weight: 2, lean: -0.5,
          contribution: -11.111, reason: "Missing skills argue against splitting now."),
        FactorResult(
          id: "latency", question: "How latency-sensitive?", answer: nil, weight: 1, lean: 0, contribution: 0,
          reason: "Not answered; the range assumes anything from relaxed to critical."),
      ],
      firedRules: [
        FiredRule(
          id: "skills_gate", reason: "A team without tracing cannot run microservices yet.",
          verdictBefore: "microservices", verdictAfter: "modular_monolith"),
        FiredRule(
          id: "latency_note", reason: "Latency was not given.", verdictBefore: "modular_monolith",
          verdictAfter: "modular_monolith"),
      ],
      caveats: ["Latency was not answered; every network hop may matter."],
      prerequisites: ["Set up distributed tracing.", "Automate deployments."],
      flips: [
        Flip(
          changes: [
            Flip.Change(factor: "skills", from: .set(["containers"]), to: .set(["containers", "tracing"]))
          ],
          verdict: "microservices", score: 33.3),
        Flip(
          changes: [Flip.Change(factor: "latency", from: nil, to: .choice("critical"))], verdict: "monolith",
          score: -21),
        Flip(
          changes: [
            Flip.Change(factor: "team_size", from: .number(25), to: .number(4)),
            Flip.Change(factor: "update_frequency", from: .choice("weekly"), to: .choice("rarely")),
          ], verdict: "monolith", score: -40.5),
      ])
  }

  /// A report whose input strings (name, answers, reasons, caveats, labels) all hold `hostile`.
  static func hostileReport(_ hostile: String) -> Report {
    var report = report(name: hostile)
    report.verdict.label = "Modular " + hostile
    report.verdict.summary = "Summary " + hostile
    report.factors[1].answer = .choice(hostile)
    report.factors[0].reason = hostile + " reason"
    report.factors[3].reason = "Unknown " + hostile
    report.caveats = [hostile]
    report.prerequisites = [hostile]
    report.firedRules[0].reason = hostile
    report.confidence.explanation = hostile
    report.flips[1].changes[0].to = .choice(hostile)
    return report
  }

  /// Names that try to break out of a format: escape sequences, line breaks, cell separators,
  /// formulas, bidi overrides, markup.
  static let hostileNames = [
    "\u{1B}[31mred\u{1B}[0m", "a|b", "line\nbreak", "cr\r\nlf", "=1+2", "-3", "+x", "@SUM(A1)", "\tTab",
    "\rCR", "=\u{301}x", "quote\"d, and comma", "back\\|slash", "\u{202E}evil\u{202C}", "\u{9B}31m",
    "**bold** <script>x</script> [l](javascript:x) `code`", "# heading", "1. list", "  padded  ", "",
    "emoji 🚀 and é", "../../etc/passwd",
  ]
}
