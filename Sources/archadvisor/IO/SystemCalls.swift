#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

// The C library's calls under names of their own, for types with methods called `read`,
// `write`, `open` or `close` (which hide the free functions): `Glibc.read` would not compile on
// macOS, where the module is Darwin.

/// `open(2)`.
func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }

/// `close(2)`.
@discardableResult func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }

/// `read(2)`.
func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}

/// `write(2)`.
func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

/// A `sigaction` that calls `handler` (or is `SIG_IGN`), its mask empty and no flags: the handler
/// field is a union each C library names its own way.
func signalAction(_ handler: (@convention(c) (Int32) -> Void)?) -> sigaction {
  var action = sigaction()
  #if canImport(Darwin)
    action.__sigaction_u.__sa_handler = handler
  #else
    action.__sigaction_handler.sa_handler = handler
  #endif
  sigemptyset(&action.sa_mask)
  action.sa_flags = 0
  return action
}
