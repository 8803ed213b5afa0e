import EnlaceModel
import Foundation
import Testing
@testable import EnlaceStore

/// The quick reader of case files and import lines must never give a case `JSONDecoder` would
/// not give the same: each case it reads is compared, byte for byte in the canonical form, with the
/// decoder's; every line it declines goes to the decoder, whose messages are the reference.
@Suite("The direct reader of case files and import lines")
struct DirectCaseReaderTests {
    @Test("thousands of random hostile cases, keys sorted or not, compact or spaced, are read as JSONDecoder reads them")
    func randomCases() throws {
        var random = TestRandom(seed: 0xDEC0DE)
        let sorted = JSONEncoder()
        sorted.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let plain = JSONEncoder()
        let pretty = JSONEncoder()
        pretty.outputFormatting = [.prettyPrinted]
        var read = 0
        for index in 0..<3_000 {
            let record = random.hostileCase(readable: true)
            let encoder = [sorted, plain, pretty][index % 3]
            let line = try encoder.encode(record)
            let expected = try JSONDecoder().decode(Case.self, from: line)
            let direct = try #require(Self.read(line), "\(String(decoding: line, as: UTF8.self))")
            #expect(CanonicalCaseJSON.encode(direct) == CanonicalCaseJSON.encode(expected))
            read += 1
        }
        #expect(read == 3_000)
    }

    @Test("case files as the store writes them are read directly, as JSONDecoder reads them")
    func canonicalFiles() throws {
        var random = TestRandom(seed: 0xF11E)
        for _ in 0..<1_000 {
            let record = random.hostileCase(readable: true)
            let file = CanonicalCaseJSON.encode(record)
            let expected = try JSONDecoder().decode(Case.self, from: file)
            let direct = try #require(Self.read(file), "declined: \(String(decoding: file, as: UTF8.self))")
            #expect(CanonicalCaseJSON.encode(direct) == CanonicalCaseJSON.encode(expected))
        }
    }

    @Test("mutated lines are either declined or read exactly as JSONDecoder reads them")
    func mutatedLines() throws {
        var random = TestRandom(seed: 0xF022)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var agreed = 0, declined = 0
        for _ in 0..<6_000 {
            var bytes = Array(try encoder.encode(random.ordinaryCase()))
            for _ in 0..<(random.chance(4) ? 2 : 1) { Self.mutate(&bytes, &random) }
            let line = Data(bytes)
            let expected = try? JSONDecoder().decode(Case.self, from: line)
            guard let direct = Self.read(line) else {
                declined += 1
                continue
            }
            let reference = try #require(expected, "read a line JSONDecoder refuses: \(String(decoding: line, as: UTF8.self))")
            #expect(CanonicalCaseJSON.encode(direct) == CanonicalCaseJSON.encode(reference),
                    "\(String(decoding: line, as: UTF8.self))")
            agreed += 1
        }
        // Both branches must be exercised for the comparison to mean something.
        #expect(agreed > 300 && declined > 300, "agreed \(agreed), declined \(declined)")
    }

    @Test("escapes, numbers and literals at their edges are read as JSONDecoder reads them, or declined")
    func edges() {
        let head = #"{"id":"MX-2025-0001","title":"#
        let tail = #","status":"active","priority":"high","marking":"TLP:GREEN","leadAgency":"DEA","opened":"2025-03-01","createdAt":"2025-03-01T10:00:00-06:00","createdBy":"importer","#
        let titles = [
            #""plain""#, #""\u00e9\u00E9\/\b\f\n\r\t\"\\""#, #""\u0000\u001f\u007f""#, #""\ud83d\ude00""#, #""\ud83d""#,
            #""\ude00x""#, #""\u12""#, #""\x""#, "\"raw\ttab\"", "\"\u{7F}\u{2028}\"", #""é""#, "\"\u{FEFF}\"", #"null"#,
            #"1"#, #"[]"#, #""a"  "#, #""\u0041""#,
        ]
        let versions = ["1", "0", "-0", "01", "1.0", "1e2", "-1", "9223372036854775807", "9223372036854775808",
                        "-9223372036854775808", "-9223372036854775809", "true", "\"1\"", "1 ", " 1", "- 1", "+1"]
        var lines: [String] = []
        for title in titles { lines.append(head + title + tail + #""version":1}"#) }
        for version in versions { lines.append(head + #""t""# + tail + #""version":"# + version + "}") }
        lines += [
            head + #""t""# + tail + #""version":1,"version":2}"#,
            head + #""t""# + tail + #""version":1,"unknown":2}"#,
            head + #""t""# + tail + #""version":1,"titleEs":null}"#,
            head + #""t""# + tail + #""version":1,"notes":[{"at":"2025-03-01T10:00:00.5Z","author":"a","text":"b","releasableToMexico":true}]}"#,
            head + #""t""# + tail + #""version":1,"notes":[{"at":"2025-03-01T10:00:00Z","author":"a","text":"b"}]}"#,
            head + #""t""# + tail + #""version":1,"tags":[],"links":[ ],"agencies":["FGR" , "SEMAR"]}"#,
            head + #""t""# + tail + #""version":1,"releasableToMexico":true }"# + "\r",
            head + #""t""# + tail + #""version":1}x"#,
            head + #""t""# + tail + #""version":1,}"#,
            " \t" + head + #""t""# + tail + #""ver\u0073ion":1}"#,
            "\u{FEFF}" + head + #""t""# + tail + #""version":1}"#,
            head + #""t""# + tail + #""version":1,"due":"2025-02-30"}"#,
            head + #""t""# + tail + #""version":1,"status":"Active"}"#,
            "{}", "[]", "", "{", #"{"id":"x"}"#,
        ]
        var read = 0
        for line in lines {
            let data = Data(line.utf8)
            let expected = try? JSONDecoder().decode(Case.self, from: data)
            guard let direct = Self.read(data) else { continue }
            read += 1
            #expect(expected.map(CanonicalCaseJSON.encode) == CanonicalCaseJSON.encode(direct), "\(line)")
        }
        #expect(read >= 15)
        let invalidUTF8 = Data(#"{"id":"MX-2025-0001","title":""#.utf8) + Data([0xC3, 0x28]) + Data(("\"" + tail + #""version":1}"#).utf8)
        #expect(Self.read(invalidUTF8) == nil)
    }

    private static func read(_ line: Data) -> Case? {
        line.withUnsafeBytes { DirectCaseReader.read($0) }
    }

    /// One random edit where a hand-made line would go wrong: a byte dropped, doubled or
    /// changed, a value swapped for another kind, a key misspelled, an escape put in.
    private static func mutate(_ bytes: inout [UInt8], _ random: inout TestRandom) {
        guard !bytes.isEmpty else { return }
        let at = random.below(bytes.count)
        let insertions = [
            "null", "true", "1.0", "-0", "01", "1e3", "9223372036854775808", "\\u00e9", "\\ud83d", "\\ud83d\\ude00",
            "\\/", "\\n", "\\x", "\"", ",", ":", "{", "}", "[", "]", " ", "\t", "\r", "\n", "\"notes\":[]",
            "\"extra\":1,", "\"version\":2,", "\"titleEs\":\"t\",", "\"due\":\"2026-01-01\",", "\u{7}", "é",
        ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80]]
        switch random.below(5) {
        case 0: bytes.remove(at: at)
        case 1: bytes.insert(contentsOf: insertions[random.below(insertions.count)], at: at)
        case 2: bytes[at] = UInt8(truncatingIfNeeded: random.below(256))
        case 3:
            // Swap one value for a value of another kind: find a colon and replace what follows up to the next comma.
            guard let colon = bytes[at...].firstIndex(of: UInt8(ascii: ":")),
                  let comma = bytes[colon...].firstIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "}") }) else { return }
            bytes.replaceSubrange((colon + 1)..<comma, with: insertions[random.below(insertions.count)])
        default:
            let end = min(bytes.count, at + random.below(12))
            bytes.insert(contentsOf: bytes[at..<end], at: at)
        }
    }
}
