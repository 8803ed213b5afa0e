import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

@Suite("What the quick-change menus show, compared with golden files")
struct QuickChangeSnapshotTests {
    static let menus: [(key: Character, name: String)] = [("S", "status"), ("p", "priority"), ("m", "marking")]

    @Test("each menu at 80×24 lists its letters and marks the case's value now", arguments: [Language.en, .es])
    func menus(language: Language) {
        for menu in Self.menus {
            var state = TestBoard.state(width: 80, height: 24, language: language)
            _ = apply([.startFilter, .filterInsert("MX-2026-0002"), .filterAccept], to: &state)
            _ = press([.character(menu.key)], &state)
            let suffix = language == .en ? "" : "-es"
            Snapshot.expect(BoardView.render(state), named: "quick-\(menu.name)\(suffix)-80x24")
        }
    }
}
