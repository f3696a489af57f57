/// Reads answers against a rubric: answer sets from JSON (files, stdin, batch records), and single
/// answers from JSON values or typed text (flags, prompts).
///
/// Everything a read needs is worked out in `init` (factor id → factor, option id → option, the
/// "expected …" texts), so reading one answer set is a dictionary lookup per answer: the batch
/// command reads hundreds of thousands of them.
///
/// JSON answers must use the ids exactly as the rubric writes them (a near miss gets a "did you
/// mean" hint); typed text is forgiving: case does not matter and `-` may stand for `_`
/// (`fault-tolerance`, `Hosted-API`).
///
/// Every method throws ``AnswerError`` (typed throws); reading an answer set stops at its first
/// problem, the first in the file.
public struct AnswersReader: Sendable {
  /// The factors answers are read for, in rubric order.
  public let factors: [Factor]
  let readers: [FactorAnswerReader]
  /// Factor id → index into `factors`.
  let factorIndex: [String: Int]
  /// Factor id with `-` for `_` → index, for ids typed the way flags spell them.
  private let flagIndex: [String: Int]
  let factorIDs: [String]
  /// The fast path for the usual shape of a JSON answer set; `nil` for rubrics it cannot take.
  let scanner: AnswerSetScanner?

  /// Prepares to read answers for `rubric`'s factors.
  public init(rubric: Rubric) {
    self.init(factors: rubric.factors)
  }

  /// Prepares to read answers for these factors (the rubric loader checks examples and defaults
  /// before the whole rubric exists).
  init(factors: [Factor]) {
    self.factors = factors
    readers = factors.map(FactorAnswerReader.init)
    var index: [String: Int] = [:]
    var flagIndex: [String: Int] = [:]
    index.reserveCapacity(factors.count)
    for (position, factor) in factors.enumerated() {
      if index[factor.id] == nil { index[factor.id] = position }
      let flag = Factor.flagName(for: factor.id)
      if flagIndex[flag] == nil { flagIndex[flag] = position }
    }
    factorIndex = index
    self.flagIndex = flagIndex
    factorIDs = factors.map(\.id)
    scanner = AnswerSetScanner(factors, readers)
  }

  /// The factor with this id, also accepting the flag spelling (`team-size`).
  ///
  /// Throws `unknown factor "team_sise" (did you mean "team_size"?)` otherwise.
  public func factor(_ id: String) throws(AnswerError) -> Factor {
    if let index = factorIndex[id] ?? flagIndex[id] { return factors[index] }
    throw AnswerError(message: unknownFactorMessage(id))
  }

  /// The answer a JSON value gives for `factor`; `null` gives `nil` (unknown).
  ///
  /// Numbers must be JSON numbers (whole for integer factors, within the minimum and maximum);
  /// a choice is an option id; a set is an array of option ids, repeats collapsed, returned in
  /// rubric order.
  public func answer(for factor: Factor, json: JSONValue) throws(AnswerError) -> Answer? {
    try reader(for: factor).read(json: json)
  }

  /// The answer typed text gives for `factor`, as on a command line or at a prompt.
  ///
  /// Numbers are decimal (`8`, `2.5`; whole numbers only for integer factors); a choice is an
  /// option id, in any case and with `-` for `_`; a set is option ids separated by commas (spaces
  /// around them are fine, repeats collapse, the result is in rubric order), or `none`.
  public func answer(for factor: Factor, text: String) throws(AnswerError) -> Answer {
    try reader(for: factor).read(text: text)
  }

  /// The prepared reader for `factor`: the one made in `init` when it is the same factor, else
  /// a new one (a factor from elsewhere with a reused id).
  private func reader(for factor: Factor) -> FactorAnswerReader {
    if let index = factorIndex[factor.id], readers[index].factor.kind == factor.kind {
      return readers[index]
    }
    return FactorAnswerReader(factor)
  }

  /// "unknown factor "team_sise" (did you mean "team_size"?)".
  func unknownFactorMessage(_ id: String) -> String {
    let quoted = QuotedText.quote(id)
    if let near = Suggestion.nearest(to: id, in: factorIDs) {
      return "unknown factor \(quoted) (did you mean \"\(near)\"?)"
    }
    if factorIDs.isEmpty { return "unknown factor \(quoted); this rubric has no factors" }
    return "unknown factor \(quoted); expected one of " + factorIDs.joined(separator: ", ")
  }

  // MARK: Answer sets

  /// Reads one answer set, `{"name": "…", "answers": {"team_size": 8, "skills": ["tracing"], …}}`.
  ///
  /// `name` is optional and must be a string (or `null`); `rubric` is optional, `{"id": …,
  /// "version": …}` (both strings), the rubric the answers were saved against; `answers` is
  /// required and holds answers by factor id, where `null` or leaving a factor out means
  /// unknown. Unknown keys, unknown factors and keys written twice are errors. `file` is put on
  /// errors as given.
  public func answers(from value: JSONValue, file: String?) throws(AnswerError) -> Answers {
    guard case .object(let object) = value.kind else {
      throw AnswerError(
        file: file, position: value.position, path: "",
        message: "expected an answer set (an object with \"answers\"), got \(value.typeDescription)")
    }
    var name: String?
    var answersMember: JSONObject.Member?
    var nameMember: JSONObject.Member?
    var rubricMember: JSONObject.Member?
    var savedWith: RubricVersion?
    for member in object.members {
      switch member.key {
      case "name":
        if let first = nameMember { throw duplicate(member, first: first, path: "", file: file) }
        nameMember = member
        switch member.value.kind {
        case .string(let string): name = string
        case .null: break
        default:
          throw AnswerError(
            file: file, position: member.value.position, path: "name",
            message: "expected a string, got \(member.value.typeDescription)")
        }
      case "rubric":
        if let first = rubricMember { throw duplicate(member, first: first, path: "", file: file) }
        rubricMember = member
        savedWith = try rubricVersion(member.value, file: file)
      case "answers":
        if let first = answersMember { throw duplicate(member, first: first, path: "", file: file) }
        answersMember = member
      default:
        let hint = Suggestion.nearest(to: member.key, in: ["name", "rubric", "answers"]).map {
          " (did you mean \"\($0)\"?)"
        }
        throw AnswerError(
          file: file, position: member.keyPosition, path: "",
          message: "unknown key \(QuotedText.quote(member.key))\(hint ?? ""); an answer set has "
            + "\"name\", \"rubric\" and \"answers\"")
      }
    }
    guard let answersMember else {
      throw AnswerError(file: file, position: value.position, path: "", message: "missing key \"answers\"")
    }
    guard case .object(let answersObject) = answersMember.value.kind else {
      throw AnswerError(
        file: file, position: answersMember.value.position, path: "answers",
        message: "expected an object of answers by factor id, got \(answersMember.value.typeDescription)")
    }
    var errors: [AnswerError] = []
    let values = readValues(answersObject, path: "answers", file: file, errors: &errors, stopAtFirst: true)
    if let first = errors.first { throw first }
    return Answers(name: name, values: values, savedWith: savedWith)
  }

  /// `{"id": "…", "version": "…"}`, or `null` for none.
  private func rubricVersion(_ value: JSONValue, file: String?) throws(AnswerError) -> RubricVersion? {
    if case .null = value.kind { return nil }
    let expected = "expected the rubric the answers were saved against, {\"id\": …, \"version\": …}"
    guard case .object(let object) = value.kind else {
      throw AnswerError(
        file: file, position: value.position, path: "rubric",
        message: "\(expected), got \(value.typeDescription)")
    }
    var fields: [String: String] = [:]
    var seen: [String: JSONObject.Member] = [:]
    for member in object.members {
      guard member.key == "id" || member.key == "version" else {
        throw AnswerError(
          file: file, position: member.keyPosition, path: "rubric",
          message: "unknown key \(QuotedText.quote(member.key)); \(expected)")
      }
      if let first = seen[member.key] { throw duplicate(member, first: first, path: "rubric", file: file) }
      seen[member.key] = member
      guard case .string(let text) = member.value.kind else {
        throw AnswerError(
          file: file, position: member.value.position, path: "rubric." + member.key,
          message: "expected a string, got \(member.value.typeDescription)")
      }
      fields[member.key] = text
    }
    guard let id = fields["id"], let version = fields["version"] else {
      throw AnswerError(
        file: file, position: value.position, path: "rubric",
        message: "missing key \(QuotedText.quote(fields["id"] == nil ? "id" : "version")); \(expected)")
    }
    return RubricVersion(id: id, version: version)
  }

  /// Reads one answer set from JSON text (a JSON Lines line, a file), laid out by the rubric's
  /// factors for ``Scorer``.
  ///
  /// Accepts and rejects exactly what ``JSONParser`` followed by ``answers(from:file:)`` does,
  /// with the same messages: the usual shape of an answer set is read straight from the bytes
  /// (no tree of values, no string per key), anything else takes that general path.
  public func answerSheet(fromJSON bytes: some Collection<UInt8>) throws(AnswerSetError) -> AnswerSheet {
    // The parser's size limit first, so a document too large for it is refused either way.
    if let scanner, bytes.count <= JSONParser.Limits().maxDocumentBytes,
      let sheet = bytes.withContiguousStorageIfAvailable({ scanner.read($0) }) ?? nil
    {
      return sheet
    }
    let value: JSONValue
    do {
      value = try JSONParser().parse(bytes)
    } catch {
      throw .notJSON(error)
    }
    do {
      return AnswerSheet(try answers(from: value, file: nil), factorIDs: factorIDs, index: factorIndex)
    } catch {
      throw .invalid(error, name: value.objectValue?["name"]?.stringValue)
    }
  }

  private func duplicate(_ member: JSONObject.Member, first: JSONObject.Member, path: String, file: String?)
    -> AnswerError
  {
    AnswerError(
      file: file, position: member.keyPosition, path: path,
      message: "key \(QuotedText.quote(member.key)) is written twice, at \(first.keyPosition) and at "
        + "\(member.keyPosition)")
  }

  /// Reads answers by factor id from an object, appending each problem to `errors` (or only the
  /// first, with `stopAtFirst`).
  ///
  /// - Parameters:
  ///   - skipping: factor ids to pass over in silence: the rubric loader's factors that have
  ///     problems of their own, so an example is not blamed for them.
  ///   - reportsUnknown: `false` passes over unknown factor ids in silence too (the loader, when
  ///     it could not read every factor's id).
  func readValues(
    _ object: JSONObject, path: String, file: String?, skipping: Set<String> = [],
    reportsUnknown: Bool = true,
    errors: inout [AnswerError], stopAtFirst: Bool
  ) -> [String: Answer] {
    var values: [String: Answer] = [:]
    values.reserveCapacity(object.count)
    // Factors answered `null`, by index: rare, so usually never allocated; needed to catch a
    // key written twice when one of the two is null.
    var nulls: [Int] = []
    // Paths are only built for errors: this loop is the batch command's hot path.
    func memberPath(_ member: JSONObject.Member) -> String { RubricPath.member(path, member.key) }
    // Answers are usually written in rubric order, so the factor after the last one found is
    // tried first, before hashing the key.
    var next = 0
    for member in object.members {
      let index: Int
      if next < factorIDs.count, factorIDs[next] == member.key {
        index = next
      } else if let found = factorIndex[member.key] {
        index = found
      } else {
        if !reportsUnknown || skipping.contains(member.key) { continue }
        errors.append(
          AnswerError(
            file: file, position: member.keyPosition, path: memberPath(member),
            message: unknownFactorMessage(member.key)))
        if stopAtFirst { return values }
        continue
      }
      next = index + 1
      let answer: Answer?
      do {
        answer = try readers[index].read(json: member.value)
      } catch {
        var located = error
        located.file = file
        located.path = memberPath(member)
        errors.append(located)
        if stopAtFirst { return values }
        continue
      }
      let id = factorIDs[index]
      let repeated: Bool
      if let answer {
        repeated = values.updateValue(answer, forKey: id) != nil || nulls.contains(index)
      } else {
        repeated = values[id] != nil || nulls.contains(index)
        nulls.append(index)
      }
      if repeated {
        let first = object.member(member.key)?.keyPosition ?? member.keyPosition
        errors.append(
          AnswerError(
            file: file, position: member.keyPosition, path: memberPath(member), factor: id,
            message:
              "\(QuotedText.quote(member.key)) is answered twice, at \(first) and at \(member.keyPosition)"))
        if stopAtFirst { return values }
      }
    }
    return values
  }
}
