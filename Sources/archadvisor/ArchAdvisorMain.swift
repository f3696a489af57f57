#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The `archadvisor` executable: everything happens in ``Application``.
@main
struct ArchAdvisorMain {
  static func main() {
    // A report piped into `head` must end quietly when `head` stops reading: with SIGPIPE at its
    // default the write ends the process. Set it explicitly, since a parent that ignores the
    // signal passes that on, and writes would then fail with "Broken pipe" instead.
    signal(SIGPIPE, SIG_DFL)
    // Before any file is written: a signal removes what is half written, and ends quietly.
    SignalCleanup.install()
    let application = Application(terminal: Terminal.current())
    exit(application.run(Array(CommandLine.arguments.dropFirst())).rawValue)
  }
}
