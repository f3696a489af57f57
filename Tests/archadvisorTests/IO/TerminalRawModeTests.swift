import Testing

@testable import archadvisor

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Raw mode on a pseudo-terminal, in-process: what it switches off, and that leaving it puts
/// every setting back.
@Suite(.serialized) struct TerminalRawModeTests {
  @Test func rawModeReadsKeysOneByOneWithoutEchoOrSignalsAndLeavingRestoresEverything() throws {
    let pair = try PseudoTerminal()
    let before = try pair.settings()
    #expect(TerminalRawMode.enter(pair.terminal))
    defer { TerminalRawMode.leave() }
    #expect(TerminalRawMode.isActive)
    let raw = try pair.settings()
    #expect(raw.c_lflag & tcflag_t(ICANON) == 0)
    #expect(raw.c_lflag & tcflag_t(ECHO) == 0)
    #expect(raw.c_lflag & tcflag_t(ISIG) == 0, "Ctrl-C arrives as a byte")
    #expect(raw.c_iflag & tcflag_t(ICRNL) == 0, "Enter arrives as CR")
    #expect(raw.c_iflag & tcflag_t(IXON) == 0)
    #expect(raw.c_oflag & tcflag_t(OPOST) != 0, "\\n still starts a line")
    var characters = raw.c_cc
    let minimum = withUnsafeBytes(of: &characters) { $0[Int(VMIN)] }
    #expect(minimum == 1)

    TerminalRawMode.leave()
    #expect(!TerminalRawMode.isActive)
    #expect(PseudoTerminal.same(before, try pair.settings()))
    // Leaving twice (a handler after the normal way out) changes nothing.
    TerminalRawMode.restoreFromHandler()
    #expect(PseudoTerminal.same(before, try pair.settings()))
  }

  @Test func notATerminalIsRefusedAndChangesNothing() throws {
    var ends: [Int32] = [-1, -1]
    #expect(pipe(&ends) == 0)
    defer { for end in ends { close(end) } }
    #expect(!TerminalRawMode.enter(ends[0]))
    #expect(!TerminalRawMode.isActive)
  }
}
