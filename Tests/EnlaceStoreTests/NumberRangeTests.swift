@testable import EnlaceStore
import Foundation
import Testing

/// JSONDecoder on Linux calls a number an `Int` cannot hold "not valid JSON", with no field:
/// the message names the field, the number and the range instead.
@Suite("Numbers out of range name their field")
struct NumberRangeTests {
    private static let caseText = #"{"id":"MX-2026-0001","title":"t","status":"new","priority":"low","marking":"TLP:RED","leadAgency":"DEA","opened":"2026-03-02","version":VERSION,"createdAt":"2026-03-02T00:00:00Z","createdBy":"x","notes":[{"at":"2026-03-02T00:00:00Z","author":"a","text":"x","releasableToMexico":false}]}"#

    private func reason(version: String) -> DamageReason? {
        let text = Self.caseText.replacingOccurrences(of: "VERSION", with: version)
        return RecordDecoding.caseFile(Data(text.utf8), path: "c.json", fileName: "MX-2026-0001.json").damage?.reason
    }

    @Test("a version of 2^63, or below -2^63, is a number out of range at \"version\"",
          arguments: ["9223372036854775808", "-9223372036854775809", "100000000000000000000000"])
    func tooLarge(version: String) {
        #expect(reason(version: version) == .notAWholeNumber(field: "version", number: version))
    }

    @Test("a version with a fraction or an exponent is named the same way", arguments: ["1.5", "2.5e-1"])
    func fraction(version: String) {
        #expect(reason(version: version) == .notAWholeNumber(field: "version", number: version))
    }

    @Test("2^63 - 1 is a version like any other")
    func largest() {
        #expect(reason(version: "9223372036854775807") == nil)
    }

    @Test("the problem points at the number, inside a list too")
    func position() {
        let text = "[\n  {\"id\": \"C-0001\", \"version\": 18446744073709551616}\n]"
        let locator = JSONLocator(Array(text.utf8))
        let found = locator.firstNumberNotWhole()
        #expect(found?.path == [.index(0), .key("version")])
        #expect(found.map { locator.lineAndColumn(at: $0.offset) }.map { [$0.line, $0.column] } == [2, 31])
    }
}
