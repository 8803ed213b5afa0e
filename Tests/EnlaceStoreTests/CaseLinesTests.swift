import EnlaceModel
import Foundation
import Testing
@testable import EnlaceStore

/// How `enlace import` cuts its file into lines: line numbers in its messages must be the
/// lines an editor shows, blank lines and carriage returns included.
@Suite("Import lines")
struct CaseLinesTests {
    @Test("lines are cut exactly where splitting on newlines cuts them, empty pieces included")
    func linesMatchSplit() {
        var random = TestRandom(seed: 0x11E5)
        var inputs: [Data] = ["", "\n", "\n\n", "a", "a\n", "\na", "a\nb", "a\r\nb\r\n", "\r\n\r\n", " \n\t\n"].map { Data($0.utf8) }
        for _ in 0..<500 {
            inputs.append(Data((0..<random.below(64)).map { _ in [0x0A, 0x0D, 0x20, 0x61, 0x00][random.below(5)] }))
        }
        for input in inputs {
            let expected = input.split(separator: 0x0A, omittingEmptySubsequences: false).map {
                ($0.startIndex - input.startIndex)..<($0.endIndex - input.startIndex)
            }
            #expect(CaseLines.lineRanges(of: input) == expected, "\(Array(input))")
        }
        // A slice that does not start at zero: offsets are from its first byte.
        let whole = Data("x\nab\n\nc".utf8)
        #expect(CaseLines.lineRanges(of: whole[2...]) == [0..<2, 3..<3, 4..<5])
    }

    @Test("the first bad line is named by its number after blank lines, CRLF endings and a missing last newline")
    func badLineNumbers() throws {
        let registry = try Store.embeddedRegistry()
        func line(_ number: Int) -> String {
            #"{"id":"MX-2025-\#(String(9000 + number))","title":"Importado","status":"active","priority":"high","marking":"TLP:GREEN","leadAgency":"DEA","opened":"2025-03-01","version":1,"createdAt":"2025-03-01T10:00:00Z","createdBy":"importer"}"#
        }
        let cases: [(text: String, line: Int)] = [
            (line(1) + "\n\n" + line(3) + "\n{", 4),
            (line(1) + "\r\n\r\n \t\r\n" + line(4) + "\r\nnot json\r\n", 5),
            ("\n\n\n\n" + "{\"id\":1}", 5),
            (line(1) + "\n" + line(2) + "\n" + line(3) + "\n" + line(3), 4),
        ]
        for (text, expected) in cases {
            let result = CaseLines.decode(Data(text.utf8), registry: registry, contactIDs: [], existingIDs: [])
            switch result {
            case .failure(.unreadable(let number, _, _)), .failure(.duplicate(let number, _)), .failure(.invalid(let number, _)):
                #expect(number == expected, "\(text.debugDescription): \(result)")
            default:
                Issue.record("\(text.debugDescription): \(result)")
            }
        }
        let good = CaseLines.decode(Data((line(1) + "\r\n\n" + line(3)).utf8), registry: registry, contactIDs: [], existingIDs: [])
        #expect((try? good.get().map(\.id)) == ["MX-2025-9001", "MX-2025-9003"])
        #expect(CaseLines.decode(Data("\n \n\r\n".utf8), registry: registry, contactIDs: [], existingIDs: []) == .failure(.empty))
    }
}
