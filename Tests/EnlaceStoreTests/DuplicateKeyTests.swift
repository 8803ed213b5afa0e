import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

/// A key given twice in one object means one thing to JSONDecoder (the first) and another to
/// jq or Python (the last): such a file is damage, named with its line, column and key.
@Suite("Duplicate keys are damage")
struct DuplicateKeyTests {
    @Test("a case file with marking twice is a problem at the second one, and is left as it is")
    func caseFile() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try store.save(Sample.newCase("MX-2026-0001"), expectedVersion: nil)
        let path = "cases/MX-2026-0001.json"
        let text = try #require(directory.text(path))
        let doubled = text.replacingOccurrences(
            of: #"  "marking" : "TLP:AMBER","#, with: "  \"marking\" : \"TLP:CLEAR\",\n  \"marking\" : \"TLP:RED\",")
        try #require(doubled != text)
        try directory.write(doubled, to: path)
        let line = try #require(doubled.split(separator: "\n", omittingEmptySubsequences: false)
            .lastIndex { $0.contains(#""marking""#) }) + 1

        let result = try store.load()
        #expect(result.data.cases.isEmpty)
        #expect(result.problems == [DataProblem(
            path: directory.data.path + "/" + path, line: line, column: 3, reason: .duplicateKey(key: "marking"))])
        #expect(throws: StoreError.self) {
            try store.appendNote(caseID: "MX-2026-0001", note: Note(at: Sample.clock(), author: "a", text: "x"))
        }
        #expect(directory.text(path) == doubled)
    }

    @Test("a key repeated inside a note, or in contacts.json, is found too")
    func nested() throws {
        let note = #"{"id":"MX-2026-0001","title":"t","status":"new","priority":"low","marking":"TLP:RED","leadAgency":"DEA","opened":"2026-03-02","version":1,"createdAt":"2026-03-02T00:00:00Z","createdBy":"x","notes":[{"at":"2026-03-02T00:00:00Z","author":"a","text":"x","releasableToMexico":false,"releasableToMexico":true}]}"#
        let read = RecordDecoding.caseFile(Data(note.utf8), path: "c.json", fileName: "MX-2026-0001.json")
        #expect(read.damage?.reason == .duplicateKey(key: "releasableToMexico"))
        let contacts = #"[{"id":"C-0001","name":"A","agency":"FGR","version":1,"agency":"DEA"}]"#
        #expect(RecordDecoding.contactsFile(Data(contacts.utf8), path: "contacts.json").damage?.reason
            == .duplicateKey(key: "agency"))
    }

    @Test("keys are compared once unescaped, as the decoder compares them")
    func escapes() {
        func duplicate(_ text: String) -> DamageReason? { JSONLocator(Array(text.utf8)).firstDuplicateKey()?.reason }
        #expect(duplicate(#"{"ab": 1, "a\u0062": 2}"#) == .duplicateKey(key: "ab"))
        #expect(duplicate(#"{"\ud83d\ude00": 1, "😀": 2}"#) == .duplicateKey(key: "😀"))
        #expect(duplicate(#"{"a\n": 1, "a\t": 2, "a/": 3, "a\/x": 4}"#) == nil)
        #expect(duplicate(#"[{"a": 1}, {"a": 2}, {"b": {"a": 1}, "a": 3}]"#) == nil)
    }
}
