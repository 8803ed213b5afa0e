import EnlaceModel
import Foundation
import Testing
@testable import EnlaceStore

/// The direct writer of case files must give exactly the bytes `JSONEncoder` gives: a case file
/// saved by this version and one saved before it must not differ by a byte, or every save
/// would show as a change under git. `JSONEncoder` is the reference here and only here.
@Suite("Canonical case JSON")
struct CanonicalCaseJSONTests {
    @Test("every case of the sample and hostile fixtures is written byte for byte as JSONEncoder writes it")
    func fixtures() throws {
        let paths = try CaseFixtures.paths(under: "sample/cases") + CaseFixtures.paths(under: "hostile/cases")
        #expect(paths.count > 40)
        for path in paths {
            let record = try JSONDecoder().decode(Case.self, from: CaseFixtures.data(path))
            expectSameBytes(record, path)
        }
    }

    @Test("thousands of random cases with hostile texts are written byte for byte as JSONEncoder writes them")
    func randomCases() {
        var random = TestRandom(seed: 0x5EED_CA5E)
        for index in 0..<3_000 {
            expectSameBytes(random.hostileCase(), "random case \(index)")
        }
    }

    @Test("every control character, quote, backslash, slash, DEL, line and paragraph separator, BOM, emoji and combining mark alone in a text")
    func everySpecialCharacter() {
        var scalars: [Unicode.Scalar] = (0...0xA0).compactMap(Unicode.Scalar.init)
        scalars += [0x2028, 0x2029, 0xFEFF, 0x200B, 0x200D, 0x202E, 0x2066, 0x0301, 0x1F600, 0x1F469, 0xFFFD, 0x10FFFF]
            .compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            let text = String(Character(scalar))
            var record = TestRandom.plainCase()
            record.title = text
            record.summary = "a" + text + "b" + text
            record.titleEs = text
            record.tags = [text, "", text + text]
            record.notes = [Note(at: record.createdAt, author: text, text: "\\" + text + "\"")]
            expectSameBytes(record, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("empty and absent fields: nil optionals left out, empty texts and lists written as JSONEncoder writes them")
    func emptyAndAbsent() {
        var record = TestRandom.plainCase()
        record.titleEs = nil
        record.summaryEs = nil
        record.due = nil
        expectSameBytes(record, "nils")
        record.titleEs = ""
        record.summaryEs = ""
        record.due = record.opened
        record.summary = ""
        record.notes = [Note(at: record.createdAt, author: "", text: "")]
        record.tags = [""]
        expectSameBytes(record, "empties")
    }

    @Test("versions and dates at their extremes are written as JSONEncoder writes them")
    func extremes() throws {
        var record = TestRandom.plainCase()
        for version in [Int.min, -1, 0, 1, 9, 10, 99, 100, 1_000_000, Int.max] {
            record.version = version
            expectSameBytes(record, "version \(version)")
        }
        let days = try [
            #require(Day(year: 1, month: 1, day: 1)), #require(Day(year: 9999, month: 12, day: 31)),
            Day(daysSinceEpoch: -800_000), Day(daysSinceEpoch: 3_000_000), Day(daysSinceEpoch: 0),
        ]
        for day in days {
            record.opened = day
            record.due = day
            expectSameBytes(record, "day \(day.iso)")
        }
        for seconds: Int64 in [0, -1, 59, 86_399, 86_400, -86_401, -62_135_596_800, 253_402_300_799, 253_402_300_800, 1_000_000_000_000, -1_000_000_000_000] {
            record.createdAt = Timestamp(secondsSinceEpoch: seconds)
            record.updatedAt = Timestamp(secondsSinceEpoch: seconds + 1)
            record.notes = [Note(at: Timestamp(secondsSinceEpoch: seconds - 1), author: "x", text: "y")]
            expectSameBytes(record, "timestamp \(seconds)")
        }
    }

    @Test("the store writes case files the direct way: a saved case is byte for byte what JSONEncoder writes")
    func savedFileMatches() throws {
        let directory = try TestDirectory()
        let store = try Store.create(at: directory.data, sample: false, user: "tester")
        var record = TestRandom.plainCase()
        record.title = "Línea\u{2028}con \"comillas\" y \\ / \u{1F600}\u{0007}"
        let saved = try store.save(record, expectedVersion: nil)
        let bytes = try #require(directory.bytes("cases/\(saved.id).json"))
        #expect(bytes == (try CanonicalJSON.encode(saved)))
        let noted = try store.appendNote(caseID: saved.id, note: Note(at: saved.createdAt, author: "tester", text: "\u{0}\t\n"))
        #expect(directory.bytes("cases/\(saved.id).json") == (try CanonicalJSON.encode(noted)))
    }

    private func expectSameBytes(_ record: Case, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let reference = try? CanonicalJSON.encode(record)
        let direct = CanonicalCaseJSON.encode(record)
        #expect(direct == reference, "\(label):\n\(String(decoding: direct, as: UTF8.self))\n---\n\(String(decoding: reference ?? Data(), as: UTF8.self))",
                sourceLocation: sourceLocation)
    }
}

/// Reads case files of `Fixtures/` in the source tree.
enum CaseFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // EnlaceStoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package
        .appendingPathComponent("Fixtures")

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    /// The `.json` files of `folder`, relative to `Fixtures/`, sorted.
    static func paths(under folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
            .map { folder + "/" + $0 }
    }
}
