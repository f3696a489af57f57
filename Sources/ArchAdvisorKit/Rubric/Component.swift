/// A part of the system that can run as its own service before the whole is split: the source
/// argument's data input, model inference, post-processing and storage, or a model gateway.
public struct Component: Hashable, Sendable {
  /// The id rules and reports use (`model_inference`).
  public var id: String
  /// The name people read (`Model inference`).
  public var label: String

  public init(id: String, label: String) {
    self.id = id
    self.label = label
  }
}
