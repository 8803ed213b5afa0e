import EnlaceText

/// How keys are written in the help overlay and the hints.
enum KeyLabel {
    static func text(_ key: Key, _ language: Language) -> String {
        switch key {
        case .character(" "): UIPhrase.keySpace(language)
        case .character(let character): String(character)
        case .control(let character): UIPhrase.keyControl(language, ["key": String(character).uppercased()])
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: UIPhrase.keyPageUp(language)
        case .pageDown: UIPhrase.keyPageDown(language)
        case .home: UIPhrase.keyHome(language)
        case .end: UIPhrase.keyEnd(language)
        case .enter: UIPhrase.keyEnter(language)
        case .escape: UIPhrase.keyEscape(language)
        case .backspace: UIPhrase.keyBackspace(language)
        case .delete: UIPhrase.keyDelete(language)
        case .insert: UIPhrase.keyInsert(language)
        case .tab: UIPhrase.keyTab(language)
        case .backTab: UIPhrase.keyBackTab(language)
        case .function(let number): "F\(number)"
        }
    }

    /// All keys of a binding: "↓ j".
    static func text(_ keys: [Key], _ language: Language) -> String {
        keys.map { text($0, language) }.joined(separator: " ")
    }
}
