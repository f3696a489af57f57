import Foundation
import Testing

@testable import ArchAdvisorKit

/// Every file of JSONTestSuite's `test_parsing` (kept next to the repository, in
/// `../shared/jsontestsuite/`): `y_` files parse, `n_` files are refused with a position, and each
/// `i_` file does what ``JSONParser``'s documentation says.
@Suite("JSONTestSuite")
struct JSONTestSuiteTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("../shared/jsontestsuite/test_parsing")
    .standardizedFileURL

  static let files: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

  static func files(_ prefix: String) -> [String] { files.filter { $0.hasPrefix(prefix) } }

  /// What each implementation-defined case does.
  enum Outcome: Sendable {
    case value(JSONValue)
    case error(JSONParseError.Reason)
  }

  static let implementationDefined: [String: Outcome] = [
    // Out of Double's range: an error, never infinity.
    "i_number_huge_exp.json": .error(.numberOutOfRange),
    "i_number_neg_int_huge_exp.json": .error(.numberOutOfRange),
    "i_number_pos_double_huge_exp.json": .error(.numberOutOfRange),
    "i_number_real_neg_overflow.json": .error(.numberOutOfRange),
    "i_number_real_pos_overflow.json": .error(.numberOutOfRange),
    // Underflow: zero.
    "i_number_double_huge_neg_exp.json": .value([0.0]),
    "i_number_real_underflow.json": .value([0.0]),
    // Integers beyond Int64: the nearest double.
    "i_number_too_big_neg_int.json": .value([-123_123_123_123_123_123_123_123_123_123.0]),
    "i_number_too_big_pos_int.json": .value([100_000_000_000_000_000_000.0]),
    "i_number_very_big_negative_int.json": .value(
      [-237_462_374_673_276_894_279_832_749_832_423_479_823_246_327_846.0]),
    // \u escapes that are not valid UTF-16.
    "i_object_key_lone_2nd_surrogate.json": .error(.loneSurrogate),
    "i_string_1st_surrogate_but_2nd_missing.json": .error(.loneSurrogate),
    "i_string_1st_valid_surrogate_2nd_invalid.json": .error(.loneSurrogate),
    "i_string_incomplete_surrogate_and_escape_valid.json": .error(.loneSurrogate),
    "i_string_incomplete_surrogate_pair.json": .error(.loneSurrogate),
    "i_string_incomplete_surrogates_escape_valid.json": .error(.loneSurrogate),
    "i_string_invalid_lonely_surrogate.json": .error(.loneSurrogate),
    "i_string_invalid_surrogate.json": .error(.loneSurrogate),
    "i_string_inverted_surrogates_U+1D11E.json": .error(.loneSurrogate),
    "i_string_lone_second_surrogate.json": .error(.loneSurrogate),
    // Bytes that are not UTF-8.
    "i_string_UTF-8_invalid_sequence.json": .error(.invalidUTF8),
    "i_string_UTF8_surrogate_U+D800.json": .error(.invalidUTF8),
    "i_string_invalid_utf-8.json": .error(.invalidUTF8),
    "i_string_iso_latin_1.json": .error(.invalidUTF8),
    "i_string_lone_utf8_continuation_byte.json": .error(.invalidUTF8),
    "i_string_not_in_unicode_range.json": .error(.invalidUTF8),
    "i_string_overlong_sequence_2_bytes.json": .error(.invalidUTF8),
    "i_string_overlong_sequence_6_bytes.json": .error(.invalidUTF8),
    "i_string_overlong_sequence_6_bytes_null.json": .error(.invalidUTF8),
    "i_string_truncated-utf-8.json": .error(.invalidUTF8),
    // UTF-16 text is not JSON for this reader: its first or second byte is no JSON character.
    "i_string_UTF-16LE_with_BOM.json": .error(.expectedValue),
    "i_string_utf16BE_no_BOM.json": .error(.expectedValue),
    "i_string_utf16LE_no_BOM.json": .error(.expectedValue),
    // Within the limits: 500 levels, and a byte-order mark at the very start.
    "i_structure_500_nested_arrays.json": .value(nestedArrays(500)),
    "i_structure_UTF-8_BOM_empty_object.json": .value([:]),
  ]

  static func nestedArrays(_ depth: Int) -> JSONValue {
    var value: JSONValue = []
    for _ in 1..<depth { value = [value] }
    return value
  }

  static func bytes(_ file: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
  }

  /// The whole suite is there, so the tests below cannot pass on an empty or missing folder.
  @Test func folderHoldsTheWholeSuite() {
    #expect(Self.files.count == 318, "\(Self.folder.path)")
    #expect(Self.files(("y_")).count == 95)
    #expect(Self.files("n_").count == 188)
    #expect(Set(Self.files("i_")) == Set(Self.implementationDefined.keys))
  }

  @Test(arguments: files("y_"))
  func acceptedFileParses(_ file: String) throws {
    let bytes = try Self.bytes(file)
    #expect(throws: Never.self, "\(file)") { try JSONParser().parse(bytes) }
  }

  @Test(arguments: files("n_"))
  func refusedFileGivesPositionedError(_ file: String) throws {
    let bytes = try Self.bytes(file)
    let error = #expect(throws: JSONParseError.self, "\(file)") { try JSONParser().parse(bytes) }
    guard let error else { return }
    #expect(error.position.line >= 1, "\(file): \(error)")
    #expect(error.position.column >= 1, "\(file): \(error)")
    #expect(error.position.offset <= bytes.count, "\(file): \(error)")
    #expect(error.description.hasPrefix("\(error.position.line):\(error.position.column): "))
  }

  @Test(arguments: files("i_"))
  func implementationDefinedFileDoesWhatTheDocumentationSays(_ file: String) throws {
    let bytes = try Self.bytes(file)
    let expected = try #require(Self.implementationDefined[file], "\(file) is not in the table")
    switch expected {
    case .value(let value):
      #expect(try JSONParser().parse(bytes).withoutPositions == value, "\(file)")
    case .error(let reason):
      let error = #expect(throws: JSONParseError.self, "\(file)") { try JSONParser().parse(bytes) }
      #expect(error?.reason == reason, "\(file): \(String(describing: error))")
      #expect((error?.position.line ?? 0) >= 1 && (error?.position.column ?? 0) >= 1, "\(file)")
    }
  }
}
