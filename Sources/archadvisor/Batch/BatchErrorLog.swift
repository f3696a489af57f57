#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The rejected records of a batch, kept in input order for the formats that list them at the
/// end (text, JSON, Markdown), in constant memory however many there are.
///
/// The first ``memoryLimit`` stay in memory; the rest go to a temporary file that is unlinked as
/// soon as it is made, so it takes disk space only while the batch runs and nothing is left
/// behind, whatever ends the process. Where no temporary file can be made, they stay in memory.
final class BatchErrorLog {
  /// Rejected records kept in memory before the rest go to the file.
  static let memoryLimit = 1_000

  private(set) var count = 0
  private var memory: [BatchRecordError] = []
  private var descriptor: Int32 = -1
  private var pending: [UInt8] = []
  private var spilled = false

  init() {}

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// Adds rejected records, after those already kept.
  func append(_ errors: [BatchRecordError]) throws(CLIError) {
    for error in errors {
      count += 1
      if !spilled, memory.count < BatchErrorLog.memoryLimit || !openFile() {
        memory.append(error)
        continue
      }
      spilled = true
      BatchErrorLog.encode(error, into: &pending)
      if pending.count >= 1 << 16 { try flush() }
    }
  }

  /// Calls `body` with every rejected record, in input order.
  func forEach(_ body: (BatchRecordError) throws(CLIError) -> Void) throws(CLIError) {
    for error in memory { try body(error) }
    guard spilled else { return }
    try flush()
    guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw failure(SystemError.last()) }
    var buffer: [UInt8] = []
    var start = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let read = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
      if read < 0 {
        if errno == EINTR { continue }
        throw failure(SystemError.last())
      }
      if read == 0 { break }
      buffer.removeSubrange(0..<start)
      start = 0
      buffer += chunk[0..<read]
      while let (error, next) = BatchErrorLog.decode(buffer, at: start) {
        try body(error)
        start = next
      }
    }
  }

  /// Makes the unlinked temporary file, once; false when it cannot be made.
  private func openFile() -> Bool {
    if descriptor >= 0 { return true }
    let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((folder + "/archadvisor-rejected.XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard made >= 0 else { return false }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    descriptor = made
    return true
  }

  private func flush() throws(CLIError) {
    guard !pending.isEmpty else { return }
    do throws(SystemError) {
      try OutputStream(fileDescriptor: descriptor).write(pending)
    } catch {
      throw failure(error)
    }
    pending.removeAll(keepingCapacity: true)
  }

  private func failure(_ error: SystemError) -> CLIError {
    CLIError.cannotWrite(what: "the list of rejected records", file: nil, reason: error.description)
  }

  // Each record as its number and line (8 bytes each, little-endian), then the file, the
  // message and the name (`0xFFFFFFFF` for none), each a 4-byte length and its UTF-8.

  private static func encode(_ error: BatchRecordError, into bytes: inout [UInt8]) {
    func integer(_ value: Int, _ width: Int) {
      for shift in 0..<width {
        bytes.append(UInt8(truncatingIfNeeded: UInt64(bitPattern: Int64(value)) >> (8 * shift)))
      }
    }
    func text(_ value: String?) {
      guard let value else {
        integer(0xFFFF_FFFF, 4)
        return
      }
      integer(value.utf8.count, 4)
      bytes += value.utf8
    }
    integer(error.record, 8)
    integer(error.line, 8)
    text(error.file)
    text(error.message)
    text(error.name)
  }

  /// The record encoded at `start`, and where the next begins; `nil` when `bytes` does not hold
  /// all of it yet.
  private static func decode(_ bytes: [UInt8], at start: Int) -> (BatchRecordError, Int)? {
    var position = start
    func integer(_ width: Int) -> UInt64? {
      guard position + width <= bytes.count else { return nil }
      var value: UInt64 = 0
      for shift in 0..<width { value |= UInt64(bytes[position + shift]) << UInt64(8 * shift) }
      position += width
      return value
    }
    func text() -> String?? {
      guard let length = integer(4) else { return nil }
      if length == 0xFFFF_FFFF { return .some(nil) }
      guard position + Int(length) <= bytes.count else { return nil }
      defer { position += Int(length) }
      return .some(String(decoding: bytes[position..<(position + Int(length))], as: UTF8.self))
    }
    guard let record = integer(8), let line = integer(8), let file = text(), let message = text(),
      let name = text()
    else { return nil }
    let error = BatchRecordError(
      record: Int(Int64(bitPattern: record)), line: Int(Int64(bitPattern: line)), file: file ?? "",
      message: message ?? "", name: name)
    return (error, position)
  }
}
