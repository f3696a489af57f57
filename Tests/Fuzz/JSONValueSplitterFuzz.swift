// libFuzzer target for the batch's value splitter: any bytes, cut into chunks anywhere, must
// split into the same records as when fed whole, and every record must parse or fail with a
// position, never crash. Compiled together with Sources/ArchAdvisorKit by run.sh (one module,
// so no import); not part of the package.

/// libFuzzer's entry point: the first byte chooses the chunk size, the rest is the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func jsonValueSplitterFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let chunkSize = Int(data[0] % 17) + 1
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  func split(_ chunk: Int) -> [JSONValueSplitter.Piece] {
    var splitter = JSONValueSplitter(maxValueBytes: 4096)
    var pieces: [JSONValueSplitter.Piece] = []
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + chunk)
      splitter.feed(bytes[start..<end]) { pieces.append($0) }
      start = end
    }
    splitter.finish { pieces.append($0) }
    return pieces
  }
  let whole = split(max(1, bytes.count))
  if split(chunkSize) != whole { fatalError("chunks of \(chunkSize) split differently from the whole input") }
  for piece in whole {
    if case .value(_, _, let record) = piece {
      _ = try? JSONParser().parse(record)
    }
  }
  return 0
}
