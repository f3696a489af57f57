@testable import archadvisor

/// The error parsing `arguments` throws, or `nil` when they parse: what every parser test asks.
func parseFailure(_ arguments: [String], terminal: Bool = false) -> CLIError? {
  do {
    _ = try Command(arguments: arguments, inputIsTerminal: terminal)
    return nil
  } catch {
    return error
  }
}
