import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An HTML page read as XML, the way a test can check it without a browser: whether it parses,
/// and every element with its attributes, its parent and the text directly inside it.
final class XMLOutline: NSObject, XMLParserDelegate {
  struct Element {
    var name: String
    var attributes: [String: String]
    /// The position of the parent element, `nil` for the root.
    var parent: Int?
    var text = ""
  }

  private(set) var elements: [Element] = []
  private var open: [Int] = []
  /// The parser's error, `nil` when the page is well-formed.
  private(set) var error: String?

  init(_ text: String) {
    super.init()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = self
    if !parser.parse() {
      error =
        parser.parserError.map { "\($0) at line \(parser.lineNumber), column \(parser.columnNumber)" }
        ?? "failed"
    }
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elements.append(Element(name: elementName, attributes: attributes, parent: open.last))
    open.append(elements.count - 1)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
  ) {
    open.removeLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if let current = open.last { elements[current].text += string }
  }

  /// The elements named `name`.
  func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

  /// The children of the element at `index`.
  func children(of index: Int) -> [Element] { elements.filter { $0.parent == index } }
}
