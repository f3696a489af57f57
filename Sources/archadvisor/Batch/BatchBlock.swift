import Dispatch

/// One block of a batch's records, parsed, scored and rendered on other threads while the
/// caller goes on reading the next block and writing the one before.
///
/// The block is split into more parts than there are cores, so a core that finishes early takes
/// another; ``parts()`` waits for all of them and returns them in input order.
final class BatchBlock<Renderer: BatchRenderer>: @unchecked Sendable {
  // @unchecked: each slot is written by exactly one task before `group` is left, and read only
  // after `group.wait()`, which orders the write before the read.
  private let slots: UnsafeMutablePointer<BatchWorker<Renderer>.Part?>
  private let count: Int
  private let group = DispatchGroup()

  /// Starts processing `records` with `worker`.
  init(_ records: ArraySlice<BatchRecord>, worker: BatchWorker<Renderer>) {
    count = min(records.count, max(1, ProcessInfoCores.count * 4))
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil, count: count)
    let size = (records.count + count - 1) / count
    for index in 0..<count {
      let start = records.startIndex + index * size
      let end = min(records.endIndex, start + size)
      guard start < end else { continue }
      let part = records[start..<end]
      group.enter()
      DispatchQueue.global(qos: .userInitiated).async { [self] in
        slots[index] = worker.process(part)
        group.leave()
      }
    }
  }

  deinit {
    // Tasks hold the block until they finish, so none is still writing here.
    slots.deinitialize(count: count)
    slots.deallocate()
  }

  /// The parts, in input order, once every one is done.
  func parts() -> [BatchWorker<Renderer>.Part] {
    group.wait()
    return (0..<count).compactMap { slots[$0] }
  }
}
