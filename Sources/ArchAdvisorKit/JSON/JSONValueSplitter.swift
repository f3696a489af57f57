/// Splits a stream of JSON text into records, fed chunk by chunk, in constant memory: each
/// element of a top-level array is a record, and so is each other top-level value (a
/// pretty-printed object, a second array's elements after the first's, a stray scalar).
///
/// It finds where values start and end, not whether they are valid: it tracks strings (with
/// their escapes) and the nesting of brackets, and leaves each record's bytes to ``JSONParser``,
/// so a broken element is one bad record and the elements after it are read as usual. It holds
/// one chunk and one unfinished record at most; a record longer than `maxValueBytes` is reported
/// as too long and skipped without being kept. An array still open at the end is reported once.
public struct JSONValueSplitter: Sendable {
  /// What the splitter finds.
  public enum Piece: Hashable, Sendable {
    /// A record's bytes (no surrounding blanks), with the line and column (in Unicode scalars)
    /// where it starts in the whole input.
    case value(line: Int, column: Int, bytes: [UInt8])
    /// A record longer than the limit, starting at this line and column.
    case tooLong(line: Int, column: Int, limit: Int)
    /// The input ended inside the top-level array that starts at this line and column.
    case unclosedArray(line: Int, column: Int)
  }

  public let maxValueBytes: Int

  // Where the scan is.
  private var line = 1
  private var column = 1
  private var inString = false
  private var escaped = false
  /// Brackets open inside the current record (the top-level array's own bracket not counted).
  private var depth = 0
  /// Whether the scan is inside a top-level array, and where it opened.
  private var inArray = false
  private var arrayStart = (line: 1, column: 1)
  // The record being read.
  private var recording = false
  private var record: [UInt8] = []
  private var recordStart = (line: 1, column: 1)
  private var recordTooLong = false
  /// The record is a scalar at the top level or in the array: it ends at a blank or delimiter.
  private var recordIsScalar = false
  /// Whether a byte-order mark may still come (only as the very first bytes).
  private var atStart = true

  public init(maxValueBytes: Int = 16 << 20) {
    self.maxValueBytes = maxValueBytes
  }

  /// Scans `chunk`, calling `emit` for every record it completes.
  public mutating func feed(_ chunk: some Collection<UInt8>, _ emit: (Piece) -> Void) {
    var bytes = chunk[...]
    if atStart {
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
      if !bytes.isEmpty { atStart = false }
    }
    for byte in bytes { scan(byte, emit) }
  }

  /// Ends the input: the record in progress (however incomplete, so that the parser says what
  /// is missing) and, when an array was left open, that.
  public mutating func finish(_ emit: (Piece) -> Void) {
    if recording { endRecord(emit) }
    if inArray {
      emit(.unclosedArray(line: arrayStart.line, column: arrayStart.column))
      inArray = false
    }
  }

  private mutating func scan(_ byte: UInt8, _ emit: (Piece) -> Void) {
    defer { advancePosition(over: byte) }
    if inString {
      keep(byte)
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: "\"") {
        inString = false
        if depth == 0 && recordIsScalar { endRecord(emit) }
      }
      return
    }
    let isBlank = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    if isBlank {
      // Blanks inside a record are kept as they are, so positions within it are the input's; a
      // scalar ends at one.
      if recording {
        if recordIsScalar && depth == 0 { endRecord(emit) } else { keep(byte) }
      }
      return
    }
    switch byte {
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      if !recording {
        if byte == UInt8(ascii: "[") && !inArray && depth == 0 {
          // A top-level array: its elements are the records.
          inArray = true
          arrayStart = (line, column)
          return
        }
        startRecord(scalar: false)
      } else if recordIsScalar && depth == 0 {
        endRecord(emit)
        startRecord(scalar: false)
      }
      keep(byte)
      depth += 1
    case UInt8(ascii: "]"), UInt8(ascii: "}"):
      if recording && !recordIsScalar && depth > 0 {
        keep(byte)
        depth -= 1
        if depth == 0 && !inArray { endRecord(emit) }
        return
      }
      if recording { endRecord(emit) }
      if byte == UInt8(ascii: "]") && inArray {
        inArray = false
      } else {
        // A closing bracket with nothing open: a record of its own, which the parser refuses.
        startRecord(scalar: true)
        keep(byte)
        endRecord(emit)
      }
    case UInt8(ascii: ","):
      if recording && depth > 0 {
        keep(byte)
      } else if recording {
        endRecord(emit)
      } else if !inArray {
        // A comma between top-level values: its own bad record.
        startRecord(scalar: true)
        keep(byte)
        endRecord(emit)
      }
    default:
      if !recording {
        startRecord(scalar: true)
      }
      keep(byte)
      if byte == UInt8(ascii: "\"") { inString = true }
    }
  }

  private mutating func startRecord(scalar: Bool) {
    recording = true
    record.removeAll(keepingCapacity: true)
    recordStart = (line, column)
    recordTooLong = false
    recordIsScalar = scalar
    depth = 0
  }

  /// Adds a byte to the record (or, past the limit, only notes that it is too long).
  private mutating func keep(_ byte: UInt8) {
    guard !recordTooLong else { return }
    if record.count >= maxValueBytes {
      recordTooLong = true
      record.removeAll()
      return
    }
    record.append(byte)
  }

  private mutating func endRecord(_ emit: (Piece) -> Void) {
    recording = false
    inString = false
    escaped = false
    depth = 0
    if recordTooLong {
      emit(.tooLong(line: recordStart.line, column: recordStart.column, limit: maxValueBytes))
    } else {
      emit(.value(line: recordStart.line, column: recordStart.column, bytes: record))
    }
    record.removeAll(keepingCapacity: record.capacity <= 1 << 16)
  }

  /// Lines and columns as ``JSONParser`` counts them: columns in Unicode scalars, so UTF-8
  /// continuation bytes take none.
  private mutating func advancePosition(over byte: UInt8) {
    if byte == 0x0A {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }
}
