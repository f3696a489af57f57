import Foundation
import Testing

/// The checks every HTML page of archadvisor must pass, read as XML through ``XMLOutline``:
/// well-formed and starting as HTML, self-contained (nothing runs, nothing is fetched), every
/// drawing titled and described, every table header scoped. `name` says which page failed.
enum HTMLPageChecks {
  static func expectWellFormed(
    _ page: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let outline = XMLOutline(page)
    #expect(outline.error == nil, "\(name): \(outline.error ?? "")", sourceLocation: sourceLocation)
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"), "\(name)", sourceLocation: sourceLocation)
    #expect(outline.elements.first?.name == "html", "\(name)", sourceLocation: sourceLocation)
    #expect(
      outline.all("title").first.map { !$0.text.isEmpty } == true, "\(name)", sourceLocation: sourceLocation)
    #expect(outline.all("h1").count == 1, "\(name)", sourceLocation: sourceLocation)
  }

  static func expectSelfContained(
    _ page: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(!page.lowercased().contains("<script"), "\(name)", sourceLocation: sourceLocation)
    let outline = XMLOutline(page)
    for element in outline.elements {
      for (attribute, value) in element.attributes {
        let lower = value.lowercased()
        let remote = lower.contains("http:") || lower.contains("https:") || lower.hasPrefix("//")
        if attribute == "href" {
          // Links in text, to precedents' sources, are fine; they fetch nothing.
          #expect(element.name == "a", "\(name): href on <\(element.name)>", sourceLocation: sourceLocation)
        } else {
          #expect(
            !remote, "\(name): <\(element.name) \(attribute)=\"\(value)\">", sourceLocation: sourceLocation)
        }
        #expect(
          !attribute.hasPrefix("on"), "\(name): event handler \(attribute)", sourceLocation: sourceLocation)
      }
      #expect(
        !["script", "link", "img", "iframe", "object", "embed", "image", "use"].contains(element.name),
        "\(name)", sourceLocation: sourceLocation)
    }
    #expect(!page.contains("@import") && !page.contains("url("), "\(name)", sourceLocation: sourceLocation)
  }

  /// Checks every `<svg>` and returns how many there were.
  @discardableResult
  static func expectTitledDrawings(
    _ page: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Int {
    var drawings = 0
    let outline = XMLOutline(page)
    for (index, element) in outline.elements.enumerated() where element.name == "svg" {
      drawings += 1
      let children = outline.children(of: index)
      let title = try #require(
        children.first { $0.name == "title" }, "\(name): an svg without a title",
        sourceLocation: sourceLocation)
      let description = try #require(
        children.first { $0.name == "desc" }, "\(name): an svg without a desc", sourceLocation: sourceLocation
      )
      #expect(!title.text.isEmpty && !description.text.isEmpty, sourceLocation: sourceLocation)
      #expect(element.attributes["role"] == "img", sourceLocation: sourceLocation)
      let labels = (element.attributes["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
      #expect(
        labels == [title.attributes["id"] ?? "?", description.attributes["id"] ?? "?"],
        sourceLocation: sourceLocation)
    }
    return drawings
  }

  static func expectScopedHeaders(
    _ page: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let outline = XMLOutline(page)
    #expect(!outline.all("th").isEmpty, "\(name)", sourceLocation: sourceLocation)
    for header in outline.all("th") {
      #expect(
        ["col", "row"].contains(header.attributes["scope"] ?? ""), "\(name): <th> \(header.text)",
        sourceLocation: sourceLocation)
    }
  }
}
