import EnlaceText

/// Why a key does nothing here (lazygit's `GetDisabledReason`).
public enum DisabledReason: Sendable, Hashable {
    /// Kiosk mode: nothing at this keyboard may change data or leave the display.
    case readOnly
    /// This user may not write the data directory (or `cases/`, or the audit log) at `path`.
    case notWritable(path: String)
}

extension DisabledReason {
    var phrase: UIPhrase {
        switch self {
        case .readOnly: .readOnly
        case .notWritable: .notWritable
        }
    }

    var arguments: [StatusMessage.Argument] {
        switch self {
        case .readOnly: []
        case .notWritable(let path): [.init("path", SafeText.line(path))]
        }
    }
}
