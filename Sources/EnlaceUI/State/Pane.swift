/// The four panes of the board, in tab order (`1` `2` `3` `4`).
public enum Pane: Int, CaseIterable, Sendable, Hashable {
    case cases, agencies, contacts, log

    /// The pane `Tab` goes to; wraps around.
    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .cases }

    /// The pane `Shift-Tab` goes to; wraps around.
    public var previous: Pane {
        Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .cases
    }
}

/// One value for each pane: selection, filter and list are kept per pane, so filtering cases
/// does not empty the agencies pane.
public struct PerPane<Value: Sendable & Equatable>: Sendable, Equatable {
    public var cases: Value
    public var agencies: Value
    public var contacts: Value
    public var log: Value

    public init(cases: Value, agencies: Value, contacts: Value, log: Value) {
        self.cases = cases
        self.agencies = agencies
        self.contacts = contacts
        self.log = log
    }

    public init(repeating value: Value) {
        self.init(cases: value, agencies: value, contacts: value, log: value)
    }

    public subscript(pane: Pane) -> Value {
        get {
            switch pane {
            case .cases: cases
            case .agencies: agencies
            case .contacts: contacts
            case .log: log
            }
        }
        set {
            switch pane {
            case .cases: cases = newValue
            case .agencies: agencies = newValue
            case .contacts: contacts = newValue
            case .log: log = newValue
            }
        }
    }
}
