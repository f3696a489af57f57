import Foundation
import Testing

@testable import archadvisor

/// Writing reports to files: all or nothing, with errors that say why.
@Suite struct OutputFileTests {
  func failure(_ body: () throws(CLIError) -> Void) -> CLIError? {
    do {
      try body()
      return nil
    } catch {
      return error
    }
  }

  @Test func writesANewFileAndReplacesAnExistingOneLeavingNoTemporaryFiles() throws {
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("report.md").path
    try OutputFile.write("first\n", to: path, what: "the report")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    try OutputFile.write("second\n", to: path, what: "the report")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])
  }

  @Test func writesThroughASymbolicLink() throws {
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("target.txt").path
    let link = folder.appendingPathComponent("link.txt").path
    try "old".write(toFile: target, atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    try OutputFile.write("new", to: link, what: "the report")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
  }

  @Test func aFullDeviceIsAnError() {
    let error = failure { () throws(CLIError) in
      try OutputFile.write("x", to: "/dev/full", what: "the report")
    }
    #expect(error == .cannotWrite(what: "the report", file: "/dev/full", reason: "No space left on device"))
    #expect(error?.exitCode == .cannotWrite)
  }

  @Test func aMissingFolderOrAFolderIsAnErrorAndTheOldFileStays() throws {
    let folder = try CLIFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = folder.appendingPathComponent("no/such/report.md").path
    let error = failure { () throws(CLIError) in try OutputFile.write("x", to: missing, what: "the report") }
    #expect(error == .cannotWrite(what: "the report", file: missing, reason: "No such file or directory"))
    let directory = failure { () throws(CLIError) in
      try OutputFile.write("x", to: folder.path, what: "the report")
    }
    #expect(directory?.exitCode == .cannotWrite)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func missingInputIsExit66WithTheReason() {
    let error = failure { () throws(CLIError) in _ = try InputFiles.read("/nonexistent/answers.json") }
    #expect(error == .cannotRead(file: "/nonexistent/answers.json", reason: "No such file or directory"))
    #expect(error?.exitCode == .noInput)
    let directory = failure { () throws(CLIError) in _ = try InputFiles.read("/tmp") }
    #expect(directory == .cannotRead(file: "/tmp", reason: "Is a directory"))
  }
}
