import EnlaceModel
@testable import EnlaceStore
import Testing

/// A load shares equal vocabulary values between cases (`SharedCaseValues`); what a case holds
/// must not change, only where its bytes live.
@Suite("Values shared between loaded cases")
struct SharedCaseValuesTests {
    static func record(_ id: String, tags: [String], region: String, notes: [Note] = []) -> Case {
        // Strings made at run time, each in its own buffer, as a decoder makes them.
        func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
        var record = Sample.newCase(id)
        record.tags = tags.map(fresh)
        record.agencies = ["FGR", "SEMAR"].map(fresh)
        record.region = fresh(region)
        record.notes = notes
        return record
    }

    @Test("equal lists and long strings of two cases share one buffer; each case is unchanged")
    func sharesEqualValues() {
        var shared = SharedCaseValues()
        let first = Self.record("MX-2026-0001", tags: ["lavado de dinero", "fentanilo"], region: "Ciudad de México, Valle")
        let second = Self.record("MX-2026-0002", tags: ["lavado de dinero", "fentanilo"], region: "Ciudad de México, Valle")
        #expect(Self.buffer(of: first.region) != Self.buffer(of: second.region))
        let a = shared.share(first), b = shared.share(second)
        #expect(a == first && b == second)
        #expect(Self.buffer(of: a.tags) == Self.buffer(of: b.tags))
        #expect(Self.buffer(of: a.agencies) == Self.buffer(of: b.agencies))
        #expect(Self.buffer(of: a.region) == Self.buffer(of: b.region))
    }

    @Test("a tag or region written with a decomposed accent keeps its bytes beside a composed one")
    func keepsBytes() {
        var shared = SharedCaseValues()
        let composed = Self.record("MX-2026-0001", tags: ["extradición"], region: "Ciudad de México, Valle")
        let decomposed = Self.record("MX-2026-0002", tags: ["extradicio\u{301}n"], region: "Ciudad de Me\u{301}xico, Valle")
        #expect(composed.tags == decomposed.tags)  // equal as strings compare
        _ = shared.share(composed)
        let kept = shared.share(decomposed)
        #expect(Array(kept.tags[0].utf8) == Array("extradicio\u{301}n".utf8))
        #expect(Array(kept.region.utf8) == Array("Ciudad de Me\u{301}xico, Valle".utf8))
    }

    @Test("values looked up by the bytes they are stored in are made once and shared; other bytes are other values")
    func sharesByEncoding() {
        var shared = SharedCaseValues()
        var made = 0
        func list(_ values: [String]) -> [String]? {
            var encoded: [UInt8] = []
            for value in values { encoded += [UInt8(value.utf8.count)] + Array(value.utf8) }
            return encoded.withUnsafeBytes { bytes in
                shared.shareList(encoded: bytes) {
                    made += 1
                    return values.map { String(decoding: Array($0.utf8), as: UTF8.self) }
                }
            }
        }
        let first = list(["lavado de dinero", "fentanilo"]), second = list(["lavado de dinero", "fentanilo"])
        #expect(first == ["lavado de dinero", "fentanilo"] && made == 1)
        #expect(Self.buffer(of: first!) == Self.buffer(of: second!))
        let decomposed = list(["extradicio\u{301}n"]), composed = list(["extradición"])
        #expect(made == 3)
        #expect(Array(decomposed![0].utf8) == Array("extradicio\u{301}n".utf8))
        #expect(Array(composed![0].utf8) == Array("extradición".utf8))
        // Many distinct values: the table grows and still finds each of them.
        let many = (0..<2_000).map { ["tag-\($0)"] }
        for values in many { _ = list(values) }
        let before = made
        for values in many { #expect(list(values) == values) }
        #expect(made == before)
        var failed = false
        #expect(Array("x".utf8).withUnsafeBytes { shared.shareString(encoded: $0) { failed = true; return nil } } == nil)
        #expect(failed)
    }

    @Test("a load gives the cases of an unchanged directory as they are written, shared or not")
    func loadIsUnchanged() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory, sample: true)
        let loaded = try store.load().data.cases
        let decodedOneByOne = try loaded.map { try #require(try store.readCase(id: $0.id)) }
        #expect(loaded.elementsEqual(decodedOneByOne))
    }

    static func buffer(of list: [String]) -> UnsafeRawPointer? {
        list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    static func buffer(of string: String) -> UnsafeRawPointer? {
        string.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }
}
