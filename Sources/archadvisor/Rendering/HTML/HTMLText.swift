/// Escaping and building for the HTML report: every page is well-formed XML as well as HTML
/// (lower-case tags, every element closed, every attribute quoted), so a test can parse it
/// without a browser.
///
/// Text from input first goes through ``TerminalSanitizer`` (control characters, which XML 1.0
/// cannot hold even as references, and bidi overrides become visible escapes; line breaks become
/// spaces), then `&`, `<`, `>`, `"` and `'` become entities: the same text is safe in content and
/// in a quoted attribute.
enum HTMLText {
  /// The text escaped for element content and attribute values.
  static func escape(_ text: String) -> String {
    let clean = TerminalSanitizer.clean(text)
    guard clean.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
    else { return clean }
    var result = ""
    result.reserveCapacity(clean.utf8.count + 16)
    for character in clean {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// `<name a="v">content</name>`: `content` is HTML already (escaped text or elements); the
  /// attribute values are escaped here. An element without content is still closed, so that
  /// the page parses as XML.
  static func element(
    _ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ content: String = ""
  )
    -> String
  {
    "<" + name + attributeText(attributes) + ">" + content + "</" + name + ">"
  }

  /// `<name a="v"/>`: an element that never has content (`meta`, and SVG shapes).
  static func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) -> String {
    "<" + name + attributeText(attributes) + "/>"
  }

  /// An SVG drawing `width` × `height` that a screen reader announces as one image, by its
  /// `title` (text, escaped here) and `description` (HTML, escaped already); `body` is the drawing.
  static func svg(
    id: String, width: Double, height: Double, title: String, description: String, body: String
  ) -> String {
    let titleID = id + "-title"
    let descID = id + "-desc"
    return element(
      "svg",
      [
        "class": "chart", "viewBox": "0 0 " + number(width) + " " + number(height), "width": number(width),
        "height": number(height), "role": "img", "aria-labelledby": titleID + " " + descID,
      ],
      text("title", ["id": titleID], title) + element("desc", ["id": descID], description) + body)
  }

  /// An element holding `text` from input, escaped.
  static func text(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ text: String)
    -> String
  {
    element(name, attributes, escape(text))
  }

  private static func attributeText(_ attributes: KeyValuePairs<String, String>) -> String {
    var text = ""
    for (name, value) in attributes { text += " " + name + "=\"" + escape(value) + "\"" }
    return text
  }

  /// A coordinate or length in an SVG drawing, to a tenth: fixed, so the same report gives the
  /// same bytes.
  static func number(_ value: Double) -> String {
    NumberText.fixed(value.isFinite ? value : 0, decimals: 1)
  }

  /// A link to `url` titled `title` when the address is plain `http:` or `https:` (nothing that
  /// could be a script or another scheme), else the title and the address as text.
  static func link(_ title: String, _ url: String) -> String {
    let plain =
      (url.hasPrefix("https://") || url.hasPrefix("http://"))
      && url.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "'" }
    guard plain else { return escape(title) + (url.isEmpty ? "" : " (" + escape(url) + ")") }
    return element("a", ["href": url], escape(title))
  }

  /// Text cut to at most `limit` characters, ending with `…` when cut (before escaping), for
  /// labels inside a drawing where nothing wraps.
  static func shortened(_ text: String, to limit: Int) -> String {
    text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
  }
}
