import Foundation
import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

@Suite("The key table: dispatch, help and kiosk come from one table")
struct KeymapTests {
    @Test("every binding of the keymap appears in the help overlay with its keys and words",
          arguments: [Language.en, .es])
    func everyBindingInHelp(language: Language) {
        var state = TestBoard.state(language: language)
        _ = update(&state, .toggleHelp)
        let lines = HelpOverlay.lines(state)
        for binding in state.keymap.bindings {
            let keys = KeyLabel.text(binding.keys, language)
            let found = lines.contains { $0.hasPrefix("  " + keys + " ") && $0.hasSuffix(binding.help(language)) }
            #expect(found, "\(binding.intent) (\(keys)) is missing from the help overlay")
        }
    }

    @Test("every key the help overlay lists dispatches to the action it describes", arguments: [Language.en, .es])
    func everyKeyInHelpDispatches(language: Language) {
        let keymap = Keymap.board
        var state = TestBoard.state(language: language)
        _ = update(&state, .toggleHelp)
        // Labels back to keys, from every key the table knows.
        var keyByLabel: [String: Key] = [:]
        for binding in keymap.bindings {
            for key in binding.keys { keyByLabel[KeyLabel.text(key, language)] = key }
        }
        var checked = 0
        for line in HelpOverlay.lines(state) where line.hasPrefix("  ") {
            let binding = keymap.bindings.first { line.hasSuffix($0.help(language)) && line.hasPrefix("  " + KeyLabel.text($0.keys, language) + " ") }
            guard let binding else {
                Issue.record("help line \"\(line)\" describes no binding")
                continue
            }
            let labels = KeyLabel.text(binding.keys, language).split(separator: " ").map(String.init)
            for label in labels {
                let key = keyByLabel[label]
                #expect(key != nil, "\(label) is not a key")
                if let key {
                    #expect(keymap.intent(for: key, in: binding.mode) == binding.intent, "\(label) does not do \(binding.intent)")
                    checked += 1
                }
            }
        }
        #expect(checked >= keymap.bindings.count)
    }

    @Test("no key is bound twice in one mode")
    func noConflicts() {
        var seen: [String: Intent] = [:]
        for binding in Keymap.board.bindings {
            for key in binding.keys {
                let slot = "\(binding.mode) \(key)"
                #expect(seen[slot] == nil, "\(key) is bound to \(seen[slot].map { "\($0)" } ?? "") and \(binding.intent)")
                seen[slot] = binding.intent
            }
        }
    }

    @Test("printable keys are filter text in filter mode, commands on the board")
    func modeAwareDispatch() {
        #expect(Keymap.board.intent(for: .character("q"), in: .board) == .quit)
        #expect(Keymap.board.intent(for: .character("q"), in: .filter) == .filterInsert("q"))
        #expect(Keymap.board.intent(for: .character("ñ"), in: .filter) == .filterInsert("ñ"))
        #expect(Keymap.board.intent(for: .escape, in: .filter) == .filterCancel)
        #expect(Keymap.board.intent(for: .escape, in: .board) == .back)
        #expect(Keymap.board.intent(for: .function(5), in: .board) == nil)
    }

    @Test("the wall screen's keymap keeps no binding that changes data and no way to quit")
    func kioskDropsChanges() {
        let kiosk = Keymap.board.wallScreen()
        #expect(!kiosk.bindings.contains { $0.changesData })
        #expect(!kiosk.bindings.contains { $0.intent == .quit })
        #expect(kiosk.intent(for: .character("q"), in: .board) == .refused(.readOnly))
        #expect(kiosk.intent(for: .control("c"), in: .board) == .refused(.readOnly))
        #expect(kiosk.intent(for: .character("j"), in: .board) == .moveDown)
        #expect(Keymap.board.wallScreen(exitKey: .function(10)).intent(for: .function(10), in: .board) == .quit)
    }

    @Test("only keys that change data are marked so: h reads and x writes a brief, not the board")
    func changesDataMarksOnlyChanges() {
        let marked = Keymap.board.bindings.filter(\.changesData).map(\.intent)
        let quickChoices: [Intent] = Status.allCases.map { .quickChoose(.status($0)) }
            + Priority.allCases.map { .quickChoose(.priority($0)) } + Marking.allCases.map { .quickChoose(.marking($0)) }
        #expect(marked == [.addNote, .editRecord, .newRecord, .changeStatus, .changePriority, .changeMarking,
                           .setNextAction, .undo, .contactReached] + quickChoices + [.confirmUndo])
    }

    @Test("a key that changes data answers read-only on the wall screen and changes nothing")
    func kioskRefusesChangingKey() {
        // A view key marked as changing data stands in for the editing keys, whose refusal
        // would otherwise be hidden by the editor's own checks.
        let editing = Keymap(Keymap.board.bindings + [
            Binding([.character("n")], .cycleSort, help: .helpCycleSort, group: .view, changesData: true),
        ])
        let kiosk = editing.wallScreen()
        #expect(!kiosk.bindings.contains { $0.changesData })
        var state = TestBoard.state(keymap: kiosk)
        let before = state
        let action = kiosk.intent(for: .character("n"), in: state)
        #expect(action == .refused(.readOnly))
        #expect(update(&state, action!) == [])
        #expect(state.statusMessage == StatusMessage(.readOnly, isError: true))
        #expect(state.caseSort == before.caseSort)
        #expect(BoardView.render(state).text.contains(UIPhrase.readOnly(.en)))
    }

    @Test("the status bar hints name keys that do what the hint says")
    func hintsDispatch() {
        for mode in [InputMode.board, .filter] {
            for binding in Keymap.board.hints(for: mode) {
                #expect(Keymap.board.intent(for: binding.keys[0], in: mode) == binding.intent)
            }
        }
    }
}

@Suite("README's key table")
struct KeyTableTests {
    @Test("the Markdown key table has a row for every binding, with its keys")
    func everyBindingHasARow() {
        let table = KeyTable.markdown()
        let rows = table.split(separator: "\n").dropFirst(2)
        #expect(rows.count == Keymap.board.bindings.count)
        for binding in Keymap.board.bindings {
            let keys = binding.keys.map { "`" + KeyLabel.text($0, .en) + "`" }.joined(separator: " ")
            #expect(rows.contains { $0.contains("| \(keys) | \(binding.help(.en)) |") }, "\(binding.intent)")
        }
    }

    @Test("README.md carries the key table as the keymap makes it (ENLACE_RECORD=1 rewrites it)")
    func readmeIsCurrent() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let begin = "<!-- keys:begin -->\n", end = "<!-- keys:end -->"
        let start = try #require(text.range(of: begin)), stop = try #require(text.range(of: end))
        let current = String(text[start.upperBound..<stop.lowerBound])
        if ProcessInfo.processInfo.environment["ENLACE_RECORD"] == "1", current != KeyTable.markdown() {
            try (String(text[..<start.upperBound]) + KeyTable.markdown() + String(text[stop.lowerBound...]))
                .write(to: readme, atomically: false, encoding: .utf8)
            return
        }
        #expect(current == KeyTable.markdown(), "README's key table is stale: run ENLACE_RECORD=1 swift test")
    }

    @Test("the quick-change menus keep their letters in both languages: one letter, one value")
    func quickChangeLetters() {
        let keymap = Keymap.board
        #expect(keymap.intent(for: .character("w"), in: .quickStatus) == .quickChoose(.status(.waiting)))
        #expect(keymap.intent(for: .character("c"), in: .quickStatus) == .quickChoose(.status(.closed)))
        #expect(keymap.intent(for: .character("c"), in: .quickPriority) == .quickChoose(.priority(.critical)))
        #expect(keymap.intent(for: .character("c"), in: .quickMarking) == .quickChoose(.marking(.clear)))
        #expect(keymap.intent(for: .character("s"), in: .quickMarking) == .quickChoose(.marking(.amberStrict)))
        #expect(keymap.intent(for: .escape, in: .quickMarking) == .quickChangeCancel)
        #expect(keymap.intent(for: .character("z"), in: .quickStatus) == nil)
    }
}
