import ArchAdvisorKit

/// `archadvisor batch [FILE…]`: many answer sets, each scored on its own, into one report.
///
/// Records stream through in blocks of ``blockSize``: each block is split into parts that are
/// parsed, read, scored and rendered on every core at once (``BatchBlock``) while the next block
/// is read, then written in input order with one write, and dropped. Only the summary (counts, rejected records, contribution sums) outlives a
/// block, so memory stays flat however long the input is.
///
/// Exit status: 65 when any record was rejected or there were none at all (this wins, since the
/// report is incomplete), else 1 when `--fail-on` names a verdict some answer set got, else 0.
/// Every input file is opened before anything is written, so a missing one exits 66 cleanly.
struct BatchCommand: Sendable {
  /// The records scored between two writes.
  static let blockSize = 4096

  var options: BatchOptions
  var terminal: Terminal

  func run() throws(CLIError) -> ExitCode {
    try OutputPaths.check(
      outputs: options.outputFile.map { [OutputPaths.Named("--output", $0)] } ?? [],
      inputs: (options.rubricFile.map { [OutputPaths.Named("the rubric", $0)] } ?? [])
        + (options.baselineFile.map { [OutputPaths.Named("the baseline", $0)] } ?? [])
        + options.files.map { OutputPaths.Named("the batch input", $0) })
    let loaded = try LoadedRubric.load(options.rubricFile)
    let rubric = loaded.rubric
    try FactorFlagResolver(rubric: rubric).checkVerdicts(options.failOn)
    let baseline = try options.baselineFile.map { (file) throws(CLIError) in try BatchBaseline.read(file) }
    if let baseline, let made = baseline.rubric, made != RubricVersion(rubric) {
      let clean = TerminalSanitizer.clean
      Messages.note(
        "the baseline \(clean(baseline.file)) was made with rubric \(clean(made.id)) \(clean(made.version)); this "
          + "batch uses \(clean(rubric.id)) \(clean(rubric.version)), so a verdict may have moved because the "
          + "method changed, not the answers")
    }
    let shows = baseline != nil
    let toStandardOutput = options.outputFile == nil || options.outputFile == "-"
    let precedents =
      options.precedents ? CaseLibraryFile.precedents(for: rubric, rubricPath: options.rubricFile) : nil
    switch options.format {
    case .json:
      return try run(
        BatchJSONRenderer(rubric: rubric, showsBaseline: shows), rubric: rubric, precedents: precedents,
        baseline: baseline)
    case .jsonl:
      return try run(
        BatchJSONLinesRenderer(rubric: rubric, showsBaseline: shows), rubric: rubric, precedents: precedents,
        baseline: baseline)
    case .csv:
      return try run(
        BatchCSVRenderer(rubric: rubric, showsBaseline: shows), rubric: rubric, precedents: precedents,
        baseline: baseline)
    case .markdown:
      return try run(
        BatchMarkdownRenderer(
          rubric: rubric, citesPrecedents: precedents != nil, showsRobustness: options.robustness,
          showsBaseline: shows),
        rubric: rubric, precedents: precedents, baseline: baseline)
    case .html:
      return try run(
        BatchHTMLRenderer(rubric: rubric, showsRobustness: options.robustness, showsBaseline: shows),
        rubric: rubric,
        precedents: precedents, baseline: baseline)
    case .text, .adr:
      let renderer = BatchTextRenderer(
        rubric: rubric,
        color: toStandardOutput ? terminal.useColor(options.color) : options.color == .always,
        width: toStandardOutput ? terminal.width() : 80,
        precedentIDs: precedents?.caseIDs ?? [], showsRobustness: options.robustness, showsBaseline: shows)
      return try run(renderer, rubric: rubric, precedents: precedents, baseline: baseline)
    }
  }

  private func run<Renderer: BatchRenderer>(
    _ renderer: Renderer, rubric: Rubric, precedents: PrecedentFinder?, baseline: BatchBaseline?
  ) throws(CLIError) -> ExitCode {
    let paths = options.files.isEmpty ? ["-"] : options.files
    var inputs: [BatchInput] = []
    defer { for input in inputs { input.close() } }
    for path in paths { inputs.append(try BatchInput.open(path)) }

    let output: StreamingOutputFile
    do {
      output = try StreamingOutputFile(path: options.outputFile)
    } catch {
      throw CLIError.cannotWrite(what: "the report", file: options.outputFile, reason: error.description)
    }
    var stream = BatchStream(
      worker: BatchWorker(
        rubric: rubric, renderer: renderer, precedents: precedents, robustness: options.robustness,
        baseline: baseline),
      output: output)
    stream.progress = BatchProgress(enabled: terminal.errorIsTerminal && !options.quiet)
    do throws(CLIError) {
      var next = 1
      var records: [BatchRecord] = []
      records.reserveCapacity(BatchCommand.blockSize * 2)
      for index in inputs.indices {
        var more = true
        while more {
          more = try inputs[index].read(into: &records, next: &next)
          // A JSON array arrives all at once: it is still scored and written a block at a time.
          while records.count >= BatchCommand.blockSize {
            // The block takes the array itself (scored while the next is read); only the records
            // beyond it are copied into the next one.
            var rest = Array(records[BatchCommand.blockSize...])
            rest.reserveCapacity(BatchCommand.blockSize * 2)
            records.removeSubrange(BatchCommand.blockSize...)
            try stream.write(records[...])
            records = rest
          }
        }
      }
      try stream.write(records[...])
      records = []
      try stream.drain()
      stream.progress.finish()
      guard stream.summary.recordCount > 0 else {
        output.abort()
        let place = paths.count == 1 ? InputFiles.displayName(paths[0]) : nil
        throw CLIError.invalidAnswers(AnswerError(file: place, message: "no answer sets found"))
      }
      try stream.finish()
    } catch {
      stream.progress.finish()
      output.abort()
      throw error
    }

    let summary = stream.summary
    Messages.count(summary.countLine + "\n")
    if let robustness = summary.robustnessSentence { Messages.count("batch: " + robustness + "\n") }
    if let moved = summary.baselineSentence(term: TerminalSanitizer.clean) {
      Messages.count("batch: " + moved + "\n")
    }
    if summary.errorCount > 0 { return .dataError }
    let gated = options.failOn.filter { summary.count(of: $0) > 0 }
    if !gated.isEmpty {
      let count = gated.reduce(0) { $0 + summary.count(of: $1) }
      let list = options.failOn.joined(separator: ",")
      Messages.note(
        "\(BatchSummary.grouped(count)) answer " + (count == 1 ? "set has" : "sets have")
          + " the verdict " + gated.joined(separator: " or ") + ", which --fail-on \(list) fails on")
      return .gateTripped
    }
    return .success
  }
}

/// The writing side of a batch: scores blocks on other threads, writes them in order, counts.
///
/// One block is in flight at a time: while it is scored, the caller reads the next, and the
/// block before it is written, so reading and writing overlap the scoring.
private struct BatchStream<Renderer: BatchRenderer> {
  let worker: BatchWorker<Renderer>
  let output: StreamingOutputFile
  var summary: BatchSummary
  /// The rejected records, for the formats that list them at the end.
  let errors = BatchErrorLog()
  var progress = BatchProgress(enabled: false)
  /// The block being scored, not yet written.
  private var pending: BatchBlock<Renderer>?
  /// Whether the beginning has been written (it waits for the first record, so an input
  /// without any writes nothing).
  private var begun = false
  /// Whether a report or inline error has been written, so the next needs a separator.
  private var wroteAny = false
  /// Per baseline report, whether a record was compared with it: what counts the ones gone.
  private var baselineMatched: [Bool]

  init(worker: BatchWorker<Renderer>, output: StreamingOutputFile) {
    self.worker = worker
    self.output = output
    summary = worker.emptySummary
    baselineMatched = Array(repeating: false, count: worker.baseline?.entries.count ?? 0)
  }

  /// Starts scoring one block of records, then writes the block before it.
  mutating func write(_ records: ArraySlice<BatchRecord>) throws(CLIError) {
    guard !records.isEmpty else { return }
    let previous = pending
    pending = BatchBlock(records, worker: worker)
    if let previous { try write(previous.parts()) }
  }

  /// Waits for the block in flight and writes it: after this, ``summary`` counts every record.
  mutating func drain() throws(CLIError) {
    guard let block = pending else { return }
    pending = nil
    try write(block.parts())
  }

  /// Writes one scored block's parts, in order.
  private mutating func write(_ parts: [BatchWorker<Renderer>.Part]) throws(CLIError) {
    var text: [UInt8] = []
    if !begun {
      text += worker.renderer.begin().utf8
      begun = true
    }
    let separator = worker.renderer.separator.utf8
    text.reserveCapacity(parts.reduce(text.count) { $0 + $1.output.count + separator.count })
    for part in parts {
      if part.wroteAny {
        if wroteAny { text += separator }
        text += part.output
        wroteAny = true
      }
      summary.merge(part.summary)
      if !summary.baselineMatched.isEmpty {
        for position in summary.baselineMatched { baselineMatched[position] = true }
        summary.baselineMatched.removeAll(keepingCapacity: true)
      }
      if worker.renderer.listsErrorsAtEnd { try errors.append(part.summary.errors) }
    }
    try write(text)
    progress.update(records: summary.recordCount)
  }

  /// Writes the end: rejected records and the summary, then commits the file.
  mutating func finish() throws(CLIError) {
    try drain()
    if let baseline = worker.baseline {
      summary.baselineGone = baseline.reportCount - baselineMatched.filter { $0 }.count
    }
    let renderer = worker.renderer
    try write(renderer.endBeforeErrors(summary))
    var index = 0
    var listed: [UInt8] = []
    try errors.forEach { (error) throws(CLIError) in
      listed += renderer.listedError(error, index: index).utf8
      index += 1
      if listed.count >= 1 << 16 {
        try write(listed)
        listed.removeAll(keepingCapacity: true)
      }
    }
    try write(listed)
    try write(renderer.endAfterErrors(summary))
    do {
      try output.commit()
    } catch {
      throw CLIError.cannotWrite(what: "the report", file: output.path, reason: error.description)
    }
  }

  private func write(_ text: String) throws(CLIError) {
    try write(Array(text.utf8))
  }

  private func write(_ text: [UInt8]) throws(CLIError) {
    do {
      try output.write(text)
    } catch {
      throw CLIError.cannotWrite(what: "the report", file: output.path, reason: error.description)
    }
  }
}
