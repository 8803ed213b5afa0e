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
        // A board names a few dozen agency codes across 100,000 cases: each is resolved once.
        var currentCodes: [String: String] = [:]
        func current(_ code: String) -> String {
            if let known = currentCodes[code] { return known }
            let resolved = registry.currentCode(for: code) ?? code.uppercased()
            currentCodes[code] = resolved
            return resolved
        }

        caseByID.reserveCapacity(data.cases.count)
        var codesOfCase: [String] = []
        // Fields are read in place: a copy of each 2 KB case would retain and release its strings.
        let cases = data.cases
        for index in cases.indices {
            caseByID[cases[index].id] = index
            if cases[index].status != .closed {
                // A handful of codes a case: a short array beats a set per case.
                codesOfCase.removeAll(keepingCapacity: true)
                for code in CollectionOfOne(cases[index].leadAgency) + cases[index].agencies {
                    let code = current(code)
                    if !codesOfCase.contains(code) { codesOfCase.append(code) }
                }
                for code in codesOfCase { openCasesByAgency[code, default: []].append(index) }
            }
            let contacts = cases[index].contacts
            for (position, contactID) in contacts.enumerated() where !contacts[..<position].contains(contactID) {
                casesByContact[contactID, default: []].append(index)
            }
        }
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
