/// One option of a command, declared once: what it is (``spec``, which help, completions and the
/// man page render) and how its value applies to the command's options (``apply``, which the
/// parser runs).
///
/// Options several commands share are declared once in ``SharedOptions`` and given the field
/// each command keeps them in; `recommend` and `ask` share all of ``ReportOptions``'s, lifted into
/// their own options with ``lifted(_:)``.
struct OptionDeclaration<Options>: Sendable {
  /// What the option is.
  var spec: OptionSpec
  /// Applies the option to `options`; the value is `nil` for a switch, and checked here.
  var apply: @Sendable (inout Options, String?) throws(CLIError) -> Void

  /// A switch: the option takes no value, and `set` records that it was given.
  static func flag(_ name: String, summary: String, set: @escaping @Sendable (inout Options) -> Void)
    -> OptionDeclaration
  {
    OptionDeclaration(spec: OptionSpec(name: name, value: .none, summary: summary)) { options, _ in
      set(&options)
    }
  }

  /// An option with a value: `apply` reads it into `options`, throwing when it does not fit.
  static func value(
    _ name: String, _ placeholder: String, _ value: OptionValue, summary: String, repeats: Bool = false,
    apply: @escaping @Sendable (inout Options, String) throws(CLIError) -> Void
  ) -> OptionDeclaration {
    let spec = OptionSpec(
      name: name, placeholder: placeholder, value: value, summary: summary, repeats: repeats)
    return OptionDeclaration(spec: spec) { (options, text) throws(CLIError) in
      // The scanner only calls a valued option with its value; a missing one is its error.
      guard let text else { throw CLIError.missingValue(option: name, placeholder: placeholder) }
      try apply(&options, text)
    }
  }

  /// The same option, kept in the field `path` of a command's larger options.
  func lifted<Outer>(_ path: WritableKeyPath<Outer, Options> & Sendable) -> OptionDeclaration<Outer> {
    let apply = self.apply
    return OptionDeclaration<Outer>(spec: spec) { (outer, text) throws(CLIError) in
      try apply(&outer[keyPath: path], text)
    }
  }

}

extension Array {
  /// Every declaration, kept in the field `path` of a command's larger options.
  func lifted<Options, Outer>(_ path: WritableKeyPath<Outer, Options> & Sendable) -> [OptionDeclaration<
    Outer
  >]
  where Element == OptionDeclaration<Options> {
    map { $0.lifted(path) }
  }
}
