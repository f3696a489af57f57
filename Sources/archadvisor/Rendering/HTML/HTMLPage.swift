/// The frame of every HTML page: the document type, the head with its title and inline style
/// sheet, and the end. Nothing is fetched: no script, no style sheet, font or image from
/// anywhere, so the file reads the same offline, in a mail attachment and in ten years.
enum HTMLPage {
  /// Everything up to and including `<body>`; `title` is plain text (escaped here).
  static func begin(title: String, verdicts: Int) -> String {
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
      + HTMLText.empty("meta", ["charset": "utf-8"]) + "\n"
      + HTMLText.empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]) + "\n"
      + HTMLText.empty("meta", ["name": "color-scheme", "content": "light dark"]) + "\n"
      + HTMLText.empty("meta", ["name": "generator", "content": "archadvisor"]) + "\n"
      + HTMLText.text("title", [:], title) + "\n"
      + "<style>\n" + HTMLStyle.sheet(verdicts: verdicts) + "</style>\n</head>\n<body>\n"
  }

  /// The footer and the end of the document; `footer` is HTML.
  static func end(footer: String) -> String {
    HTMLText.element("footer", [:], footer) + "\n</body>\n</html>\n"
  }

  /// A `<section>` with its heading; `content` is HTML.
  static func section(_ heading: String, _ content: String, id: String) -> String {
    HTMLText.element(
      "section", ["id": id, "aria-labelledby": id + "-heading"],
      HTMLText.text("h2", ["id": id + "-heading"], heading) + "\n" + content) + "\n"
  }

  /// A list of items already in HTML.
  static func list(_ items: [String], class name: String? = nil) -> String {
    let content = items.map { HTMLText.element("li", [:], $0) }.joined()
    guard let name else { return HTMLText.element("ul", [:], content) }
    return HTMLText.element("ul", ["class": name], content)
  }
}
