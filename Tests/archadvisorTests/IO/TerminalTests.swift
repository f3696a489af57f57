import Testing

@testable import archadvisor

/// Where color and width come from.
@Suite struct TerminalTests {
  let tty = Terminal(outputIsTerminal: true, errorIsTerminal: true, term: "xterm-256color")

  @Test func colorOnlyOnATerminalThatIsNotDumbWithoutNoColor() {
    #expect(tty.useColor(.auto))
    #expect(tty.useColor(.auto, toError: true))
    var pipe = tty
    pipe.outputIsTerminal = false
    #expect(!pipe.useColor(.auto))
    #expect(pipe.useColor(.auto, toError: true))
    var dumb = tty
    dumb.term = "dumb"
    #expect(!dumb.useColor(.auto))
    var unset = tty
    unset.term = nil
    #expect(!unset.useColor(.auto))
    var noColor = tty
    noColor.noColor = true
    #expect(!noColor.useColor(.auto))
  }

  @Test func theFlagDecidesWhenGiven() {
    var noColor = tty
    noColor.noColor = true
    noColor.outputIsTerminal = false
    #expect(noColor.useColor(.always))
    #expect(!tty.useColor(.never))
  }

  @Test func menusNeedTheKeysAndThePromptsOnATerminalThatIsNotDumb() {
    let menus = Terminal(inputIsTerminal: true, errorIsTerminal: true, term: "xterm-256color")
    #expect(menus.canShowMenus)
    var redirected = menus
    redirected.outputIsTerminal = false
    #expect(redirected.canShowMenus, "the report may go to a file: the prompts are on standard error")
    var piped = menus
    piped.inputIsTerminal = false
    #expect(!piped.canShowMenus)
    var errorToFile = menus
    errorToFile.errorIsTerminal = false
    #expect(!errorToFile.canShowMenus)
    var dumb = menus
    dumb.term = "dumb"
    #expect(!dumb.canShowMenus)
    var unset = menus
    unset.term = nil
    #expect(!unset.canShowMenus)
    var noColor = menus
    noColor.noColor = true
    #expect(noColor.canShowMenus, "NO_COLOR is about color, not menus")
  }

  @Test func heightFromTheTerminalThen24() {
    #expect(Terminal().height == 24)
    #expect(Terminal(errorWindowHeight: 50).height == 50)
  }

  @Test func widthFromColumnsThenTheTerminalThen80() {
    #expect(Terminal().width() == 80)
    #expect(Terminal(outputWindowWidth: 120).width() == 120)
    #expect(Terminal(columns: 50, outputWindowWidth: 120).width() == 50)
    #expect(Terminal(errorWindowWidth: 33).width(toError: true) == 33)
  }

  @Test func theLocaleDecidesUTF8AsPOSIXOrdersTheVariables() {
    #expect(Terminal.locale(all: "C", ctype: "en_US.UTF-8", lang: "de_DE.UTF-8") == "C")
    #expect(Terminal.locale(all: "", ctype: "en_US.UTF-8", lang: "C") == "en_US.UTF-8")
    #expect(Terminal.locale(all: nil, ctype: nil, lang: "de_DE.utf8") == "de_DE.utf8")
    #expect(Terminal.locale(all: nil, ctype: "", lang: nil) == nil)
    for name in ["en_US.UTF-8", "C.utf8", "de_DE.UTF8@euro", "sr_RS.utf-8@latin"] {
      #expect(Terminal.isUTF8(locale: name), "\(name)")
    }
    for name in ["C", "POSIX", "en_US", "en_US.ISO-8859-1", "UTF-8", "ja_JP.eucJP"] {
      #expect(!Terminal.isUTF8(locale: name), "\(name)")
    }
    #expect(!Terminal.isUTF8(locale: nil))
  }
}
