#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Reads key presses from standard input while it is in raw mode (``TerminalRawMode``).
///
/// Bytes are read as they come and decoded by ``KeyDecoder``. An Escape byte may be the Escape
/// key or the start of an arrow's sequence: when nothing has followed it within
/// ``escapeWait`` milliseconds it is taken as the key. The end of the input (the terminal hung
/// up) or a read error reads as Ctrl-D.
struct KeyReader {
  /// How long to wait for the rest of an escape sequence: terminals send a sequence in one
  /// write, so a pause this long means the Escape key (vim waits about as long).
  static let escapeWait: Int32 = 50

  let fileDescriptor: Int32
  private var decoder = KeyDecoder()
  private var queue: [Key] = []

  init(fileDescriptor: Int32 = STDIN_FILENO) {
    self.fileDescriptor = fileDescriptor
  }

  /// The next key press; waits for one.
  mutating func next() -> Key {
    while queue.isEmpty {
      if decoder.hasPending, !waitForInput(milliseconds: KeyReader.escapeWait) {
        queue += decoder.flush()
        continue
      }
      var buffer = [UInt8](repeating: 0, count: 256)
      let count = buffer.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return .endOfInput }
      queue += decoder.keys(from: buffer[..<count])
    }
    return queue.removeFirst()
  }

  /// Whether input arrives within `milliseconds`.
  private func waitForInput(milliseconds: Int32) -> Bool {
    var request = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
    while true {
      let ready = poll(&request, 1, milliseconds)
      if ready < 0, errno == EINTR { continue }
      return ready > 0
    }
  }
}
