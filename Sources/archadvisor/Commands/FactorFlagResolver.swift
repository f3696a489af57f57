import ArchAdvisorKit

/// Checks what `recommend` parsed against the rubric it runs with: factor flags become answers,
/// `--weight` overrides become a changed rubric, `--fail-on` must name a verdict.
///
/// Everything here is a usage error (64): the command line, not a file, is wrong.
struct FactorFlagResolver: Sendable {
  let rubric: Rubric
  let reader: AnswersReader

  init(rubric: Rubric) {
    self.rubric = rubric
    reader = AnswersReader(rubric: rubric)
  }

  /// The answers the factor flags give, by factor id.
  ///
  /// A flag that is no factor's is an unknown option, with the nearest of recommend's own flags
  /// and the factor flags as a suggestion; a factor given twice (`--team-size` and
  /// `--team_size`) is an error rather than a silent choice.
  func answers(_ flags: [FactorFlag]) throws(CLIError) -> [String: Answer] {
    var values: [String: Answer] = [:]
    for flag in flags {
      let factor = try self.factor(for: flag.option)
      guard let value = flag.value else {
        throw CLIError.missingValue(option: factor.flag, placeholder: FactorSummary(factor).placeholder)
      }
      guard values[factor.id] == nil else { throw CLIError.repeatedOption(factor.flag) }
      do {
        values[factor.id] = try reader.answer(for: factor, text: value)
      } catch {
        throw CLIError.invalidFlagAnswer(option: factor.flag, error)
      }
    }
    return values
  }

  /// The factor whose flag `option` is (`--team-size`, also `--team_size`).
  func factor(for option: String) throws(CLIError) -> Factor {
    let name = String(option.dropFirst(2))
    if !name.isEmpty, let factor = try? reader.factor(name) { return factor }
    if let owner = CommandCatalog.standard.command(taking: option, besides: "recommend") {
      throw CLIError.optionOfAnotherCommand(option: option, command: "recommend", owner: owner)
    }
    let candidates =
      (CommandCatalog.standard["recommend"]?.options ?? []).map(\.name) + rubric.factors.map(\.flag)
    throw CLIError.unknownOption(option, suggestion: CommandLineParser.nearestOption(option, in: candidates))
  }

  /// The rubric with each `--weight` applied, for a what-if.
  func applying(_ weights: [WeightOverride]) throws(CLIError) -> Rubric {
    var changed = rubric
    var seen = Set<String>()
    for weight in weights {
      let factor: Factor
      do {
        factor = try reader.factor(weight.factor)
      } catch {
        throw CLIError.unknownWeightFactor(error)
      }
      guard seen.insert(factor.id).inserted else { throw CLIError.repeatedOption("--weight " + factor.id) }
      if let index = changed.factorIndex(factor.id) { changed.factors[index].weight = weight.weight }
    }
    return changed
  }

  /// Checks that `--fail-on` names one of the rubric's verdicts.
  func checkVerdicts(_ gate: [String]) throws(CLIError) {
    let ids = rubric.verdicts.map(\.id)
    for id in gate where rubric.verdict(id) == nil {
      throw CLIError.invalidValue(
        option: "--fail-on", value: id, expected: "one of " + ids.joined(separator: ", "),
        suggestion: Suggestion.nearest(to: id, in: ids))
    }
  }
}
