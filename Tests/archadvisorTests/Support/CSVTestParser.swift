/// A small RFC 4180 reader for the tests: quoted fields with commas, doubled quotes and line
/// breaks; records ending with CRLF or LF. It throws on what RFC 4180 forbids (a quote inside an
/// unquoted field, text after a closing quote, an unterminated quote), so a writer bug shows.
enum CSVTestParser {
  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }

  /// The records of the text, each a list of fields.
  static func parse(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = String.UnicodeScalarView()
    var quoted = false
    var afterQuote = false
    var fieldStarted = false
    var scalars = Array(text.unicodeScalars)[...]

    func endField() {
      record.append(String(field))
      field = String.UnicodeScalarView()
      afterQuote = false
      fieldStarted = false
    }

    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.append("\"")
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case ",":
        endField()
        fieldStarted = true
      case "\r":
        guard scalars.first == "\n" else { throw Malformed(description: "bare CR outside quotes") }
      case "\n":
        endField()
        records.append(record)
        record = []
      case "\"":
        guard field.isEmpty, !afterQuote else {
          throw Malformed(description: "quote inside an unquoted field")
        }
        quoted = true
        fieldStarted = true
      default:
        guard !afterQuote else { throw Malformed(description: "text after a closing quote") }
        field.append(scalar)
        fieldStarted = true
      }
    }
    guard !quoted else { throw Malformed(description: "unterminated quoted field") }
    if fieldStarted || !field.isEmpty || !record.isEmpty {
      endField()
      records.append(record)
    }
    return records
  }
}
