import EnlaceBrief
import EnlaceModel
import Testing

/// What `enlace brief` briefs: the ids given, or what a filter matches, never both.
@Suite("Brief selection")
struct BriefSelectionTests {
    @Test("ids are looked up in the order given, whatever their case")
    func ids() throws {
        let data = try BriefFixture.sample()
        let chosen = try BriefSelection.cases(ids: ["mx-2026-0010", "MX-2026-0001"], matches: nil, in: data)
        #expect(chosen.map(\.id) == ["MX-2026-0010", "MX-2026-0001"])
    }

    @Test("an unknown id is named")
    func unknown() throws {
        let data = try BriefFixture.sample()
        #expect(throws: BriefError.unknownCase(id: "MX-2026-9999")) {
            try BriefSelection.cases(ids: ["MX-2026-0001", "MX-2026-9999"], matches: nil, in: data)
        }
    }

    @Test("a filter briefs every case it matches, in id order; one that matches nothing is an error")
    func filter() throws {
        let data = try BriefFixture.sample()
        let dea = try BriefSelection.cases(ids: [], matches: { $0.leadAgency == "DEA" && $0.status == .active }, in: data)
        #expect(dea.map(\.id) == data.cases.filter { $0.leadAgency == "DEA" && $0.status == .active }.map(\.id).sorted())
        #expect(!dea.isEmpty)
        #expect(throws: BriefError.noCases) { try BriefSelection.cases(ids: [], matches: { _ in false }, in: data) }
    }

    @Test("ids and a filter together, or neither, are refused")
    func usage() throws {
        let data = try BriefFixture.sample()
        #expect(throws: BriefError.idsAndFilter) { try BriefSelection.cases(ids: ["MX-2026-0001"], matches: { _ in true }, in: data) }
        #expect(throws: BriefError.noIDsNorFilter) { try BriefSelection.cases(ids: [], matches: nil, in: data) }
    }

    @Test("the format comes from --format, else from the output file's name, else Markdown")
    func format() {
        #expect(BriefFormat.resolve(explicit: .json, outputPath: "a.html") == .json)
        #expect(BriefFormat.resolve(explicit: nil, outputPath: "brief.HTML") == .html)
        #expect(BriefFormat.resolve(explicit: nil, outputPath: "brief.txt") == .text)
        #expect(BriefFormat.resolve(explicit: nil, outputPath: "brief") == .markdown)
        #expect(BriefFormat.resolve(explicit: nil, outputPath: nil) == .markdown)
    }
}
