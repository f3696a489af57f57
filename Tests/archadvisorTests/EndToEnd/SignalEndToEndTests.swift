import Foundation
import Testing

/// A signal in the middle of a batch written to a file leaves the folder exactly as it was (the
/// old file untouched, no temporary file) and ends with the signal's conventional status; a
/// file-size limit is a write error; SIGQUIT prints no crash report.
@Suite struct SignalEndToEndTests {
  /// A batch big enough to be still writing when the signal comes: 20,000 answer sets scored
  /// with flips for the JSON report.
  static func folderWithABigBatch() throws -> URL {
    let folder = try CLIFixtures.scratchFolder()
    var lines = ""
    let sizes = [1, 3, 8, 15, 40, 120]
    let scaling = ["steady", "growing", "spiky"]
    for index in 0..<20_000 {
      lines +=
        #"{"name": "p\#(index)", "answers": {"team_size": \#(sizes[index % sizes.count]), "#
        + #""scaling": "\#(scaling[index % 3])", "update_frequency": "weekly", "skills": ["containers"]}}"#
        + "\n"
    }
    try lines.write(to: folder.appendingPathComponent("big.jsonl"), atomically: true, encoding: .utf8)
    try "old report\n".write(to: folder.appendingPathComponent("out.json"), atomically: true, encoding: .utf8)
    return folder
  }

  /// Starts the batch, waits until its temporary file exists (so the signal lands mid-write),
  /// sends the signal, and prints the status and what the folder holds.
  static let script = #"""
    "$ARCHADVISOR" batch big.jsonl --format json --output out.json 2>err.txt &
    pid=$!
    i=0
    while [ -z "$(ls -A | grep '^\.out\.json\.')" ] && [ $i -lt 2000 ]; do sleep 0.01; i=$((i + 1)); done
    [ -n "$(ls -A | grep '^\.out\.json\.')" ] && echo "writing"
    kill -"$SIGNAL" $pid
    wait $pid
    echo "status $?"
    ls -A | tr '\n' ' '
    echo
    """#

  @Test(arguments: [("TERM", 143), ("INT", 130), ("HUP", 129), ("QUIT", 131)])
  func aSignalMidBatchLeavesTheFolderAsItWas(signal: String, status: Int) throws {
    let folder = try Self.folderWithABigBatch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try BinaryRunner.shell(Self.script, environment: ["SIGNAL": signal], directory: folder)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "writing", "the signal came while the report was being written: \(result)")
    #expect(lines.contains("status \(status)"), "\(result)")
    #expect(lines.last == "big.jsonl err.txt out.json ", "no temporary file is left: \(result)")
    let old = try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8)
    #expect(old == "old report\n", "the old report is as it was")
    let errors = try String(contentsOf: folder.appendingPathComponent("err.txt"), encoding: .utf8)
    for crash in ["Program crashed", "Backtrace", "backtrace", "Press space", "Fatal error"] {
      #expect(!errors.contains(crash), "\(signal): \(errors)")
    }
  }

  @Test func aFileSizeLimitIsAWriteErrorAndLeavesNothing() throws {
    let folder = try Self.folderWithABigBatch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try BinaryRunner.shell(
      #"ulimit -f 20; "$ARCHADVISOR" batch big.jsonl --format csv --output out.json; echo "status $?"; ls -A | tr '\n' ' '"#,
      directory: folder)
    #expect(result.stdout.hasPrefix("status 74\n"), "\(result)")
    #expect(result.stdout.hasSuffix("big.jsonl out.json "), "\(result)")
    #expect(
      result.stderr.contains("error: could not write the report to out.json: File too large"), "\(result)")
    let old = try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8)
    #expect(old == "old report\n")
  }
}
