import ArchAdvisorKit

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// One input of a batch, read in chunks: JSON Lines streamed line by line, or a JSON array read
/// whole and split into its elements.
///
/// The kind is told from the first byte that is not blank (after a UTF-8 byte-order mark): `[`
/// is an array, anything else JSON Lines. A JSON Lines input never holds more than one chunk and
/// one unfinished line; an array (at most ``InputFiles/maximumSize``) is held whole while parsed.
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
    case array([UInt8])
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
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 { throw CLIError.cannotRead(file: name, reason: SystemError.last().description) }
    var info = stat()
    if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      Glibc.close(descriptor)
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
    if ownsDescriptor { Glibc.close(descriptor) }
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
      if let first = BatchInput.firstContentByte(pending) {
        if first == UInt8(ascii: "[") {
          state = .array(pending)
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
    case .array(var bytes):
      state = .done
      bytes += chunk
      if bytes.count > InputFiles.maximumSize {
        throw CLIError.fileTooLarge(file: name, limit: InputFiles.maximumSize)
      }
      state = .array(bytes)
    case .done:
      return false
    }
    guard ended else { return true }
    switch state {
    case .lines(var splitter):
      splitter.finish { line in append(line, into: &records, next: &next) }
    case .array(let bytes):
      appendElements(of: bytes, into: &records, next: &next)
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

  /// Parses a whole JSON array and appends each element as a record located at its first line;
  /// an array that is not valid JSON is one unreadable record where the parser stopped.
  private func appendElements(of bytes: [UInt8], into records: inout [BatchRecord], next: inout Int) {
    // The parser reads JSON text, which has no byte-order mark: skip it.
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
    do {
      let value = try JSONParser().parse(body)
      for element in value.arrayValue ?? [] {
        records.append(
          BatchRecord(number: next, line: element.position.line, file: name, content: .value(element)))
        next += 1
      }
    } catch {
      let message = "\(error.position): not a valid JSON array of answer sets: \(error.reasonText)"
      records.append(
        BatchRecord(number: next, line: error.position.line, file: name, content: .unreadable(message)))
      next += 1
    }
  }

  /// The first byte that is not blank, after a byte-order mark.
  private static func firstContentByte(_ bytes: [UInt8]) -> UInt8? {
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    for byte in bytes[start...] {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): continue
      default: return byte
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
        let result = Glibc.read(descriptor, buffer.baseAddress! + count, BatchInput.chunkSize - count)
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
