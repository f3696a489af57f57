/// The one way the engine writes a located problem: `file:line:column: path: message`, leaving
/// out whatever is not known.
enum LocatedMessage {
  static func render(file: String?, position: SourcePosition?, subject: String?, message: String) -> String {
    var text = ""
    if let file { text += file + ":" }
    if let position { text += "\(position.line):\(position.column):" }
    if !text.isEmpty { text += " " }
    if let subject, !subject.isEmpty { text += subject + ": " }
    return text + message
  }
}
