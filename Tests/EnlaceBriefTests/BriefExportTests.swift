import EnlaceBrief
import EnlaceModel
import EnlaceText
import Foundation
import Testing

/// What the board's `x` calls.
@Suite("Brief export")
struct BriefExportTests {
    @Test("the export creates the directory, names the file after the case, and never overwrites an earlier export")
    func exportsNumbered() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: base) }
        let exports = base.appendingPathComponent("exports")
        let data = try BriefFixture.sample()
        let records = try BriefFixture.records(["MX-2026-0001"], in: data)
        let options = BriefFixture.options(.es, releasable: true)
        let first = try BriefExport.write(cases: records, data: data, options: options, format: .markdown, directory: exports)
        let second = try BriefExport.write(cases: records, data: data, options: options, format: .markdown, directory: exports)
        #expect(first.lastPathComponent == "MX-2026-0001.releasable.es.md")
        #expect(second.lastPathComponent == "MX-2026-0001-2.releasable.es.md")
        let expected = try BriefDocument(cases: records, data: data, options: options).rendered(as: .markdown)
        #expect(try String(decoding: Data(contentsOf: first), as: UTF8.self) == expected)
        let mode = (try FileManager.default.attributesOfItem(atPath: exports.path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o700)
    }

    @Test("the export of a case that is not releasable, asked releasable, writes nothing")
    func refusesNotReleasable() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let data = try BriefFixture.sample()
        let records = try BriefFixture.records(["MX-2026-0002"], in: data)
        #expect(throws: BriefError.notReleasable(caseIDs: ["MX-2026-0002"])) {
            try BriefExport.write(cases: records, data: data, options: BriefFixture.options(.en, releasable: true),
                                  format: .html, directory: base)
        }
        #expect(!FileManager.default.fileExists(atPath: base.path))
    }

    @Test("an exports directory that is a link to a directory elsewhere is refused, and nothing is written there")
    func linkedExportsDirectory() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-export-\(UUID().uuidString)")
        let elsewhere = base.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let exports = base.appendingPathComponent("exports")
        try FileManager.default.createSymbolicLink(at: exports, withDestinationURL: elsewhere)
        let data = try BriefFixture.sample()
        let records = try BriefFixture.records(["MX-2026-0001"], in: data)
        #expect(throws: BriefError.write(.isSymlink(path: exports.path))) {
            try BriefExport.write(cases: records, data: data, options: BriefFixture.options(.en), format: .markdown, directory: exports)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }
}
