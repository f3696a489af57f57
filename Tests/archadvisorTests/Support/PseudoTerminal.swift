import Foundation

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// A pseudo-terminal pair: the test types into and reads from the controlling side, a child (or
/// the test itself) uses the terminal side as its terminal.
///
/// Both descriptors are close-on-exec, so no child spawned meanwhile inherits them; a child that
/// should use the terminal opens it by ``path``. The test keeps the terminal side open too, so
/// that its settings can be read before and after a child ran (``settings()``), and so that
/// reading the controlling side after the child exits waits instead of failing.
final class PseudoTerminal: @unchecked Sendable {
  /// The side the test writes keys to and reads the screen from.
  let controller: Int32
  /// The terminal side, as the child sees it.
  let terminal: Int32
  /// The terminal side's path (`/dev/pts/N`).
  let path: String

  struct Failure: Error, CustomStringConvertible {
    var step: String
    var code: Int32
    var description: String { "\(step) failed: \(String(cString: strerror(code)))" }
  }

  /// A libc function the Glibc module does not import (it is behind feature macros), by name.
  private static func libc<Function>(_ name: String, as type: Function.Type) -> Function? {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
    return unsafeBitCast(symbol, to: type)
  }

  private static let openController = libc("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
  private static let grant = libc("grantpt", as: (@convention(c) (Int32) -> Int32).self)
  private static let unlock = libc("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
  private static let name = libc(
    "ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32).self)

  /// A new pair; with `columns` and `rows`, the terminal reports that size.
  init(columns: UInt16? = nil, rows: UInt16? = nil) throws {
    guard let openController = Self.openController, let grant = Self.grant, let unlock = Self.unlock,
      let name = Self.name
    else { throw Failure(step: "posix_openpt", code: ENOSYS) }
    let controller = openController(O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard controller >= 0 else { throw Failure(step: "posix_openpt", code: errno) }
    var buffer = [CChar](repeating: 0, count: 128)
    guard grant(controller) == 0, unlock(controller) == 0, name(controller, &buffer, buffer.count) == 0 else {
      let code = errno
      close(controller)
      throw Failure(step: "grantpt/unlockpt/ptsname_r", code: code)
    }
    let path = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let terminal = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard terminal >= 0 else {
      let code = errno
      close(controller)
      throw Failure(step: "open \(path)", code: code)
    }
    if let columns, let rows {
      var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
      _ = ioctl(controller, UInt(TIOCSWINSZ), &size)
    }
    self.controller = controller
    self.terminal = terminal
    self.path = path
  }

  deinit {
    close(controller)
    close(terminal)
  }

  /// The terminal side's settings now.
  func settings() throws -> termios {
    var settings = termios()
    guard tcgetattr(terminal, &settings) == 0 else { throw Failure(step: "tcgetattr", code: errno) }
    return settings
  }

  /// Whether two settings are the same in every field (flags, line discipline, every control
  /// character, speeds), compared byte for byte.
  static func same(_ first: termios, _ second: termios) -> Bool {
    var first = first
    var second = second
    return memcmp(&first, &second, MemoryLayout<termios>.size) == 0
  }
}
