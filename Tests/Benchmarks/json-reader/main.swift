// The JSON reader against Foundation's JSONSerialization on the same JSON Lines, in one run.
// Built and run by run.sh (not part of the package, not run in CI):
//   main.swift --data FILE [--megabytes 50] [--rounds 3] [--parsers both|ours|foundation]
// The data file is generated (deterministically) when missing. Lines are split in memory before
// timing, so only parsing (and freeing what was built) is timed; each parser gets the best of
// `rounds` passes over every line.

import ArchAdvisorKitJSON
import Foundation

/// SplitMix64, so the generated data is the same on every run.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

struct Options {
  var data = "Tests/Benchmarks/out/answers.jsonl"
  var megabytes = 50
  var rounds = 3
  /// `both`, or `ours` / `foundation` alone (for a profiler).
  var parsers = "both"

  init(_ arguments: [String]) throws {
    var rest = arguments[...]
    while let flag = rest.popFirst() {
      guard let value = rest.popFirst() else { throw BenchmarkError("missing value after \(flag)") }
      switch flag {
      case "--data": data = value
      case "--megabytes": megabytes = try Self.positive(value, flag)
      case "--rounds": rounds = try Self.positive(value, flag)
      case "--parsers":
        guard ["both", "ours", "foundation"].contains(value) else {
          throw BenchmarkError("--parsers takes both, ours or foundation")
        }
        parsers = value
      default: throw BenchmarkError("unknown option \(flag)")
      }
    }
  }

  static func positive(_ text: String, _ flag: String) throws -> Int {
    guard let value = Int(text), value > 0 else { throw BenchmarkError("\(flag) needs a positive number") }
    return value
  }
}

struct BenchmarkError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// Realistic answer sets in the default rubric's vocabulary: every factor, some left out or null,
/// some names non-ASCII or with escapes.
func generate(megabytes: Int) -> [UInt8] {
  var random = SplitMix64(state: 0xA5C1_1DEA)
  let choices: [(String, [String])] = [
    ("update_frequency", ["rarely", "monthly", "weekly", "daily"]),
    ("scaling", ["steady", "growing", "spiky"]),
    ("resilience", ["low", "medium", "high", "critical"]),
    ("ci_cd", ["manual", "automated", "continuous"]),
    ("budget", ["tight", "moderate", "ample"]),
    ("stage", ["prototype", "pilot", "production"]),
    ("complexity", ["simple", "moderate", "complex"]),
    ("latency", ["relaxed", "sensitive", "critical"]),
    ("inference", ["hosted_api", "in_process", "self_hosted"]),
  ]
  let sets: [(String, [String])] = [
    ("skills", ["containers", "orchestration", "networking", "security", "tracing", "fault_tolerance"]),
    ("infrastructure", ["orchestration", "secure_networking", "monitoring", "tracing"]),
  ]
  let names = [
    "project-", "Übersetzungsdienst ", "café-search ", "推論サービス ", "rag \\\"pilot\\\" ",
    "team\\u00e9 ", "😀 chat ", "ops\\\\batch ", "résumé-parser ",
  ]
  let target = megabytes << 20
  var output: [UInt8] = []
  output.reserveCapacity(target + 1024)
  var record = 0
  while output.count < target {
    record += 1
    var line =
      "{\"name\": \"\(names[Int.random(in: 0..<names.count, using: &random)])\(record)\", \"answers\": {"
    var fields: [String] = []
    if Int.random(in: 0..<10, using: &random) > 0 {
      fields.append("\"team_size\": \(Int.random(in: 1...120, using: &random))")
    }
    for (id, options) in choices {
      switch Int.random(in: 0..<12, using: &random) {
      case 0: continue
      case 1: fields.append("\"\(id)\": null")
      default: fields.append("\"\(id)\": \"\(options[Int.random(in: 0..<options.count, using: &random)])\"")
      }
    }
    for (id, options) in sets {
      let chosen = options.filter { _ in Bool.random(using: &random) }
      fields.append("\"\(id)\": [\(chosen.map { "\"\($0)\"" }.joined(separator: ", "))]")
    }
    line += fields.joined(separator: ", ") + "}}\n"
    output.append(contentsOf: line.utf8)
  }
  return output
}

/// The fastest of several timed passes (by the wall clock, and by the CPU time of this thread,
/// which other processes on a busy machine disturb less), and what the last pass returned.
struct Timing {
  var seconds = Double.infinity
  var cpuSeconds = Double.infinity
  var checksum = 0

  mutating func measure(_ pass: () throws -> Int) rethrows {
    let cpuStart = Self.threadCPUTime()
    let wallStart = ContinuousClock.now
    checksum = try pass()
    let wall = ContinuousClock.now - wallStart
    cpuSeconds = min(cpuSeconds, Self.threadCPUTime() - cpuStart)
    seconds = min(seconds, Double(wall.components.seconds) + Double(wall.components.attoseconds) * 1e-18)
  }

  static func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }
}

@main
struct Benchmark {
  static func main() {
    do {
      try run(Options(Array(CommandLine.arguments.dropFirst())))
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      exit(1)
    }
  }

  static func run(_ options: Options) throws {
    let url = URL(fileURLWithPath: options.data)
    if !FileManager.default.fileExists(atPath: url.path) {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(generate(megabytes: options.megabytes)).write(to: url)
    }
    let bytes = [UInt8](try Data(contentsOf: url))

    // Split once, in memory, with the splitter under test; both parsers get the same lines.
    var lines: [ArraySlice<UInt8>] = []
    var splitter = JSONLinesSplitter()
    let split = ContinuousClock().measure {
      splitter.feed(bytes) { line in
        if case .line(_, let text) = line { lines.append(text) }
      }
      splitter.finish { line in
        if case .line(_, let text) = line { lines.append(text) }
      }
    }
    let datas = lines.map { Data($0) }
    let megabytes = Double(bytes.count) / 1_048_576

    let parser = JSONParser()
    // The checksum (answers given, over all lines) makes both parsers read every line to the end
    // and shows they agree. Rounds alternate between the parsers, so a change in the machine's load
    // during the run touches both alike.
    var ours = Timing()
    var foundation = Timing()
    func timeOurs() throws {
      try ours.measure {
        var answers = 0
        for line in lines {
          answers &+= try parser.parse(line).objectValue?["answers"]?.objectValue?.count ?? -1
        }
        return answers
      }
    }
    func timeFoundation() throws {
      try foundation.measure {
        var answers = 0
        for data in datas {
          // On Linux it returns Swift dictionaries: cast to those, not to NSDictionary (a copy).
          let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
          answers &+= (object?["answers"] as? [String: Any])?.count ?? -1
        }
        return answers
      }
    }
    for round in 0..<options.rounds {
      // Each parser goes first in every other round, so neither always finds the heap as the
      // other left it.
      let order = round % 2 == 0 ? [true, false] : [false, true]
      for isOurs in order {
        if isOurs, options.parsers != "foundation" { try timeOurs() }
        if !isOurs, options.parsers != "ours" { try timeFoundation() }
      }
    }

    print("data:               \(options.data): \(format(megabytes)) MB, \(lines.count) lines")
    let splitSeconds = Double(split.components.seconds) + Double(split.components.attoseconds) * 1e-18
    print("JSONLinesSplitter:  \(format(megabytes / splitSeconds)) MB/s  (one chunk, once)")
    if options.parsers != "foundation" { report("JSONParser", ours, megabytes, options.rounds) }
    if options.parsers != "ours" { report("JSONSerialization", foundation, megabytes, options.rounds) }
    if options.parsers == "both" {
      guard ours.checksum == foundation.checksum else {
        throw BenchmarkError("the parsers disagree: \(ours.checksum) vs \(foundation.checksum) answers")
      }
      print(
        "ratio:              \(format(foundation.seconds / ours.seconds))× by the wall clock, "
          + "\(format(foundation.cpuSeconds / ours.cpuSeconds))× by CPU time (JSONParser's MB/s over JSONSerialization's)"
      )
    }
  }

  static func report(_ name: String, _ timing: Timing, _ megabytes: Double, _ rounds: Int) {
    let label = (name + ":").padding(toLength: 20, withPad: " ", startingAt: 0)
    print(
      "\(label)\(format(megabytes / timing.seconds)) MB/s (best of \(rounds): \(format(timing.seconds)) s); "
        + "\(format(megabytes / timing.cpuSeconds)) MB/s of CPU time (\(format(timing.cpuSeconds)) s)")
  }

  static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
