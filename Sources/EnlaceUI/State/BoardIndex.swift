import EnlaceModel

/// Lookups derived from the board's data alone, built once when the data arrive or change:
/// records by id, the cases of an agency or a contact, search text folded once.
public struct BoardIndex: Sendable, Equatable {
    public private(set) var caseByID: [String: Int] = [:]
    public private(set) var contactByID: [String: Int] = [:]
    /// Open (not closed) cases an agency leads or takes part in, by current agency code.
    public private(set) var openCasesByAgency: [String: [Int]] = [:]
    /// Cases a contact is on, by contact id.
    public private(set) var casesByContact: [String: [Int]] = [:]
    /// Contacts of an agency, by current agency code, ordered by name.
    public private(set) var contactsByAgency: [String: [Int]] = [:]
    /// Agencies in display order: U.S. first, then Mexican, each in registry order.
    public private(set) var agencyOrder: [Int] = []
    /// Contacts ordered by name, then id.
    public private(set) var contactOrder: [Int] = []

    public init() {}

    public init(_ data: BoardData) {
        let registry = data.registry
        func current(_ code: String) -> String { registry.currentCode(for: code) ?? code.uppercased() }

        for (index, record) in data.cases.enumerated() {
            caseByID[record.id] = index
            if record.status != .closed {
                var seen: Set<String> = []
                for code in record.allAgencies where seen.insert(current(code)).inserted {
                    openCasesByAgency[current(code), default: []].append(index)
                }
            }
            for contactID in Set(record.contacts) { casesByContact[contactID, default: []].append(index) }
        }
        for list in casesByContact.keys { casesByContact[list]?.sort() }

        contactOrder = data.contacts.indices.sorted { left, right in
            let a = data.contacts[left], b = data.contacts[right]
            return (a.name, a.id) < (b.name, b.id)
        }
        for index in contactOrder {
            let contact = data.contacts[index]
            contactByID[contact.id] = index
            contactsByAgency[current(contact.agency), default: []].append(index)
        }

        let agencies = registry.agencies
        agencyOrder = agencies.indices.filter { agencies[$0].country == .us }
            + agencies.indices.filter { agencies[$0].country == .mx }
    }
}
