/// An array's elements, fixed at creation, in memory of its own: every answer set of a batch
/// reads the precedent finder's and the robustness analysis's tables from several threads at
/// once, and reading an array there retained and released its shared buffer each time (one
/// cache line bounced between the cores). Indices are the owner's own, so reads are unchecked
/// outside debug builds.
final class FixedTable<Element: BitwiseCopyable>: @unchecked Sendable {
  private let base: UnsafeMutablePointer<Element>
  let count: Int

  init(_ elements: [Element]) {
    count = elements.count
    base = UnsafeMutablePointer.allocate(capacity: max(elements.count, 1))
    for index in elements.indices { (base + index).initialize(to: elements[index]) }
  }

  deinit { base.deallocate() }

  /// The first element, for loops that run over many: valid while the table is alive (keep it
  /// so with `withExtendedLifetime`).
  var elements: UnsafePointer<Element> { UnsafePointer(base) }

  subscript(index: Int) -> Element {
    assert(index >= 0 && index < count, "index \(index) outside 0..<\(count)")
    return base[index]
  }
}
