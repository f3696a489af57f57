/// Word wrapping by terminal cells, with a hanging indent.
///
/// Widths are ``TerminalCells``: a wide CJK character or an emoji takes two cells, a combining
/// mark none, and the ANSI escape sequences that ``Style`` adds none, so text may be styled before
/// it is wrapped. Words break at spaces; a word longer than a whole line is cut between grapheme
/// clusters, never inside one and never inside an escape sequence.
struct TextWrapper: Sendable {
  /// The widest a line may be, in terminal cells; 0 or less means no wrapping at all.
  var width: Int

  /// The fewest columns a continuation line keeps for text, however deep the indent: on a very
  /// narrow terminal a line overflows rather than being cut into one-letter pieces.
  static let minimumTextWidth = 12

  init(width: Int) {
    self.width = width
  }

  /// `text` wrapped into lines joined by `\n` (none at the end): the first line starts with
  /// `prefix`, every later one with `indent` spaces.
  ///
  /// Runs of spaces in `text` collapse to one; `prefix` is kept as it is.
  func wrap(_ text: String, prefix: String = "", indent: Int = 0) -> String {
    lines(text, prefix: prefix, indent: indent).joined(separator: "\n")
  }

  /// The lines of ``wrap(_:prefix:indent:)``.
  func lines(_ text: String, prefix: String = "", indent: Int = 0) -> [String] {
    let words = TextWrapper.words(text)
    let indentText = String(repeating: " ", count: max(0, indent))
    guard width > 0 else { return [prefix + words.joined(separator: " ")] }
    // The right edge of a line: the width, unless what starts the line (the prefix on the first,
    // the indent on the others) leaves too little room for text.
    let prefixWidth = TextWrapper.visibleWidth(prefix)
    let restLimit = max(width, indentText.count + TextWrapper.minimumTextWidth)

    var lines: [String] = []
    var line = prefix
    var lineWidth = prefixWidth
    var lineLimit = max(width, prefixWidth + TextWrapper.minimumTextWidth)
    var lineHasWord = false
    for word in words {
      let wordWidth = TextWrapper.visibleWidth(word)
      if lineHasWord {
        if lineWidth + 1 + wordWidth <= lineLimit {
          line += " " + word
          lineWidth += 1 + wordWidth
          continue
        }
        lines.append(line)
        line = indentText
        lineWidth = indentText.count
        lineLimit = restLimit
      }
      if lineWidth + wordWidth <= lineLimit {
        line += word
        lineWidth += wordWidth
      } else {
        // Longer than the room on an empty line: cut it to fill line after line.
        var pieces = TextWrapper.cut(word, first: lineLimit - lineWidth, rest: restLimit - indentText.count)
        line += pieces.removeFirst()
        for piece in pieces {
          lines.append(line)
          line = indentText + piece
        }
        lineWidth = TextWrapper.visibleWidth(line)
        lineLimit = lines.isEmpty ? lineLimit : restLimit
      }
      lineHasWord = true
    }
    lines.append(line)
    return lines
  }

  /// The cells the text takes (``TerminalCells``), ANSI escape sequences excepted.
  static func visibleWidth(_ text: String) -> Int { TerminalCells.width(text) }

  /// The words of `text`: maximal runs of scalars other than space, tab and line breaks.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case " ", "\t", "\n", "\r":
        if !current.isEmpty {
          words.append(String(current))
          current = String.UnicodeScalarView()
        }
      default:
        current.append(scalar)
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }

  /// The word in pieces: the first at most `first` columns wide, the others at most `rest`
  /// (each at least one grapheme cluster, so a cluster wider than the room still moves on).
  private static func cut(_ word: String, first: Int, rest: Int) -> [String] {
    var pieces: [String] = []
    var piece = ""
    var pieceWidth = 0
    var room = first
    var escape = TerminalCells.EscapeScan()
    for character in word {
      let characterWidth = escape.skips(character) ? 0 : TerminalCells.width(of: character)
      if pieceWidth > 0 && pieceWidth + characterWidth > room {
        pieces.append(piece)
        piece = ""
        pieceWidth = 0
        room = max(1, rest)
      }
      piece.append(character)
      pieceWidth += characterWidth
    }
    pieces.append(piece)
    return pieces
  }
}
