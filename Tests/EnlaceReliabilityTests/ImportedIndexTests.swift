import EnlaceStore
import Foundation
import Testing

extension Reliability {
    /// The list index is derived data that `enlace import` and `enlace generate` leave fresh: the
    /// first board opened afterwards reads its rows, not the case files.
    @Suite("The list index an import leaves")
    struct ImportedIndexTests {
        /// How many case files the next list load decodes.
        private func decodedOnOpen(_ data: String) throws -> Int {
            try Store(directory: URL(fileURLWithPath: data), mode: .readOnly).loadListIndex(searchText: false).decodedFiles
        }

        @Test("after enlace generate and after enlace import, opening the board decodes no case file")
        func freshAfterImportAndGenerate() throws {
            let scratch = try ScratchDirectory()
            let generated = scratch.path + "/generated", lines = scratch.path + "/cases.jsonl"
            let made = try Enlace.run(["generate", "--cases", "400", "--data", generated, "--jsonl", lines])
            #expect(made.succeeded, "\(made)")
            #expect(try decodedOnOpen(generated) == 0)

            let empty = scratch.path + "/imported"
            #expect(try Enlace.run(["generate", "--cases", "0", "--data", empty]).succeeded)
            let imported = try Enlace.run(["import", lines, "--data", empty])
            #expect(imported.succeeded, "\(imported)")
            #expect(try decodedOnOpen(empty) == 0)
            let listed = try Enlace.run(["list", "cases", "--filter", "fiscalia", "--data", empty])
            let expected = try Enlace.run(["list", "cases", "--filter", "fiscalia", "--data", generated])
            #expect(listed.succeeded && listed.standardOutput == expected.standardOutput)
            #expect(!listed.standardOutput.isEmpty)
        }
    }
}
