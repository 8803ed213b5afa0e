import EnlaceText

/// The key table as Markdown, for README.md: generated from the keymap like the help overlay,
/// so a test can hold README to what the keys really do.
public enum KeyTable {
    public static func markdown(_ keymap: Keymap = .board, _ language: Language = .en) -> String {
        var lines = ["| " + UIPhrase.helpTitle(language) + " | | |", "|---|---|---|"]
        for group in BindingGroup.allCases {
            for binding in keymap.bindings(in: group) {
                let keys = binding.keys.map { "`" + KeyLabel.text($0, language) + "`" }.joined(separator: " ")
                lines.append("| \(group.title(language)) | \(keys) | \(binding.help(language)) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
