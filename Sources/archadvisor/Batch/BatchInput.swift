import ArchAdvisorKit

#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// One input of a batch, read in chunks and streamed record by record in constant memory: JSON
/// Lines line by line, or JSON values (arrays of answer sets, pretty-printed answer sets, several
/// of them one after the other) value by value.
///
/// The kind is told from the start (after a UTF-8 byte-order mark): a `[`, or a `{` alone on its
/// line (an answer set as `ask --save` writes it), is JSON values, split by
/// ``JSONValueSplitter``; anything else is JSON Lines. Either way the input never holds more than
/// one chunk and one unfinished record, and a record is limited to ``maxLineBytes``.
struct BatchInput {
  /// The bytes read at a time.
  static let chunkSize = 256 * 1024
  /// The longest line taken as an answer set (the splitter's default): far beyond any real one,
  /// and a bound on memory.
  static let maxLineBytes = 16 << 20

  /// The name in messages.
  let name: String
  private let descriptor: Int32
  private let ownsDescriptor: Bool

  private enum State {
    /// Nothing but blanks (and maybe a byte-order mark) read so far.
    case detecting([UInt8])
    case lines(JSONLinesSplitter)
    case values(JSONValueSplitter)
    case done
  }
  private var state = State.detecting([])
  /// Whether `read(2)` has reported the end of the input. A terminal reports it once per Ctrl-D
  /// and then reads on, so the end is remembered rather than asked again.
  private var sawEnd = false

  /// Opens `path` (`-` is standard input). A missing or unreadable file exits 66.
  static func open(_ path: String) throws(CLIError) -> BatchInput {
    let name = InputFiles.displayName(path)
    if path == "-" { return BatchInput(name: name, descriptor: STDIN_FILENO, ownsDescriptor: false) }
    let descriptor = systemOpen(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 { throw CLIError.cannotRead(file: name, reason: SystemError.last().description) }
    var info = stat()
    if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      systemClose(descriptor)
      throw CLIError.cannotRead(file: name, reason: SystemError(code: EISDIR).description)
    }
    return BatchInput(name: name, descriptor: descriptor, ownsDescriptor: true)
  }

  private init(name: String, descriptor: Int32, ownsDescriptor: Bool) {
    self.name = name
    self.descriptor = descriptor
    self.ownsDescriptor = ownsDescriptor
  }

  /// Closes the file (standard input stays open).
  func close() {
    if ownsDescriptor { systemClose(descriptor) }
  }

  /// Reads the next chunk and appends the records it completes to `records`, numbering them
  /// from `next`. Returns `false` once the input has ended (and its last records are appended).
  mutating func read(into records: inout [BatchRecord], next: inout Int) throws(CLIError) -> Bool {
    if case .done = state { return false }
    let chunk = try readChunk()
    let ended = chunk.isEmpty
    switch state {
    case .detecting(var pending):
      pending += chunk
      if let kind = BatchInput.kind(of: pending, ended: ended) {
        if kind == .values {
          var splitter = JSONValueSplitter(maxValueBytes: BatchInput.maxLineBytes)
          splitter.feed(pending) { piece in append(piece, into: &records, next: &next) }
          state = .values(splitter)
        } else {
          var splitter = JSONLinesSplitter(maxLineBytes: BatchInput.maxLineBytes)
          feed(&splitter, pending, into: &records, next: &next)
          state = .lines(splitter)
        }
      } else if pending.count > BatchInput.maxLineBytes {
        // A long run of blanks: hand it to the splitter, which counts its lines without keeping them.
        var splitter = JSONLinesSplitter(maxLineBytes: BatchInput.maxLineBytes)
        feed(&splitter, pending, into: &records, next: &next)
        state = .lines(splitter)
      } else {
        state = .detecting(pending)
      }
    case .lines(var splitter):
      state = .done
      feed(&splitter, chunk, into: &records, next: &next)
      state = .lines(splitter)
    case .values(var splitter):
      state = .done
      splitter.feed(chunk) { piece in append(piece, into: &records, next: &next) }
      state = .values(splitter)
    case .done:
      return false
    }
    guard ended else { return true }
    switch state {
    case .lines(var splitter):
      splitter.finish { line in append(line, into: &records, next: &next) }
    case .values(var splitter):
      splitter.finish { piece in append(piece, into: &records, next: &next) }
    default:
      break
    }
    state = .done
    return false
  }

  private func feed(
    _ splitter: inout JSONLinesSplitter, _ chunk: [UInt8], into records: inout [BatchRecord], next: inout Int
  ) {
    splitter.feed(chunk) { line in append(line, into: &records, next: &next) }
  }

  private func append(_ line: JSONLinesSplitter.Line, into records: inout [BatchRecord], next: inout Int) {
    let content: BatchRecord.Content
    switch line {
    case .line(_, let bytes): content = .line(bytes)
    case .tooLong(_, let limit):
      content = .unreadable("the line is longer than \(limit / (1 << 20)) MiB, far more than any answer set")
    }
    records.append(BatchRecord(number: next, line: line.number, file: name, content: content))
    next += 1
  }

  private func append(_ piece: JSONValueSplitter.Piece, into records: inout [BatchRecord], next: inout Int) {
    let record: BatchRecord
    switch piece {
    case .value(let line, let column, let bytes):
      record = BatchRecord(number: next, line: line, column: column, file: name, content: .line(bytes[...]))
    case .tooLong(let line, _, let limit):
      record = BatchRecord(
        number: next, line: line, file: name,
        content: .unreadable(
          "the answer set is longer than \(limit / (1 << 20)) MiB, far more than any answer set"))
    case .unclosedArray(let line, let column):
      record = BatchRecord(
        number: next, line: line, file: name,
        content: .unreadable(
          "\(line):\(column): the JSON array that starts here is not closed: a `]` is missing"))
    }
    records.append(record)
    next += 1
  }

  /// How an input is read.
  private enum Kind { case lines, values }

  /// The kind, once the start of the input shows it: a `[`, or a `{` with nothing else on its
  /// line, is JSON values; anything else JSON Lines. `nil` while only blanks (or a `{` whose line
  /// has not ended) have been read.
  private static func kind(of bytes: [UInt8], ended: Bool) -> Kind? {
    guard let first = firstContentIndex(bytes) else { return ended ? .lines : nil }
    if bytes[first] == UInt8(ascii: "[") { return .values }
    guard bytes[first] == UInt8(ascii: "{") else { return .lines }
    for byte in bytes[(first + 1)...] {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
      case UInt8(ascii: "\n"): return .values
      default: return .lines
      }
    }
    return ended || bytes.count > BatchInput.maxLineBytes ? .lines : nil
  }

  /// Where the first byte that is not blank is, after a byte-order mark.
  private static func firstContentIndex(_ bytes: [UInt8]) -> Int? {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    for index in start..<bytes.count {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): continue
      default: return index
      }
    }
    return nil
  }

  /// Up to ``chunkSize`` bytes; empty at the end of the input.
  ///
  /// Reads again until the chunk is at least half full (or the input ends): a pipe hands over
  /// 64 KiB at a time, and records keep their chunk alive until their block is written, so
  /// mostly empty chunks would hold several times the memory the records need.
  private mutating func readChunk() throws(CLIError) -> [UInt8] {
    if sawEnd { return [] }
    var failure: Int32 = 0
    var ended = false
    let chunk = [UInt8](unsafeUninitializedCapacity: BatchInput.chunkSize) { buffer, count in
      count = 0
      while count < BatchInput.chunkSize / 2 {
        let result = systemRead(descriptor, buffer.baseAddress! + count, BatchInput.chunkSize - count)
        if result > 0 {
          count += result
        } else if result == 0 {
          ended = true
          return
        } else if errno != EINTR {
          failure = errno
          return
        }
      }
    }
    if failure != 0 {
      throw CLIError.cannotRead(file: name, reason: SystemError(code: failure).description)
    }
    sawEnd = ended
    return chunk
  }
}
