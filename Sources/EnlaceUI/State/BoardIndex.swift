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
    /// Log entries by id, and those that name a case or an official, newest first.
    public private(set) var logByID: [String: Int] = [:]
    public private(set) var logByCase: [String: [Int]] = [:]
    public private(set) var logByContact: [String: [Int]] = [:]

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
        var openCases = OpenCasesByAgency()
        // Fields are read in place: a copy of each case would retain and release its texts and lists.
        let cases = data.cases
        for index in cases.indices {
            caseByID[cases[index].id] = index
            if cases[index].status != .closed {
                openCases.append(index, lead: cases[index].leadAgency, agencies: cases[index].agencies, current: current)
            }
            let contacts = cases[index].contacts
            for (position, contactID) in contacts.enumerated() where !contacts[..<position].contains(contactID) {
                casesByContact[contactID, default: []].append(index)
            }
        }
        openCasesByAgency = openCases.byCode
        let nameKeys = data.contacts.map { ReadingOrderKey($0.name, id: $0.id) }
        contactOrder = data.contacts.indices.sorted { nameKeys[$0] < nameKeys[$1] }
        for index in contactOrder {
            let contact = data.contacts[index]
            contactByID[contact.id] = index
            contactsByAgency[current(contact.agency), default: []].append(index)
        }

        let agencies = registry.agencies
        agencyOrder = agencies.indices.filter { agencies[$0].country == .us }
            + agencies.indices.filter { agencies[$0].country == .mx }

        for (index, entry) in data.log.enumerated() {
            logByID[entry.id] = index
            for caseID in Set(entry.cases) { logByCase[caseID, default: []].append(index) }
            for contactID in Set(entry.officials) { logByContact[contactID, default: []].append(index) }
        }
    }

    /// The current codes of a case's agencies without repeats, lead first; none when the case
    /// is closed. It takes the case's fields, not the case, which would be a copy. A handful of
    /// codes a case: a short array beats a set per case.
    private static func openAgencyCodes(
        status: Status, lead: String, agencies: [String], into codes: inout [String], current: (String) -> String
    ) {
        codes.removeAll(keepingCapacity: true)
        guard status != .closed else { return }
        for code in CollectionOfOne(lead) + agencies {
            let code = current(code)
            if !codes.contains(code) { codes.append(code) }
        }
    }

    /// The lookups after the case at `position` became `new` (this officer's save): the same
    /// as `BoardIndex` of the changed data, for the cost of one case. `old` is the case of the
    /// same id that was there, or nil when `new` was appended at `position`, the end.
    mutating func put(_ new: Case, at position: Int, replacing old: Case?, registry: AgencyRegistry) {
        func current(_ code: String) -> String { registry.currentCode(for: code) ?? code.uppercased() }
        var oldCodes: [String] = [], newCodes: [String] = []
        if let old { Self.openAgencyCodes(status: old.status, lead: old.leadAgency, agencies: old.agencies, into: &oldCodes, current: current) }
        Self.openAgencyCodes(status: new.status, lead: new.leadAgency, agencies: new.agencies, into: &newCodes, current: current)
        for code in oldCodes where !newCodes.contains(code) { Self.remove(position, from: &openCasesByAgency, at: code) }
        for code in newCodes where !oldCodes.contains(code) { Self.insert(position, into: &openCasesByAgency, at: code) }
        let oldContacts = old?.contacts ?? []
        for contactID in Set(oldContacts).subtracting(new.contacts) { Self.remove(position, from: &casesByContact, at: contactID) }
        for contactID in Set(new.contacts).subtracting(oldContacts) { Self.insert(position, into: &casesByContact, at: contactID) }
        caseByID[new.id] = position
    }

    /// Lists of case positions stay in increasing order, as the full build makes them; a list
    /// left empty goes, as the full build never makes one.
    private static func remove(_ position: Int, from lists: inout [String: [Int]], at key: String) {
        guard var list = lists.removeValue(forKey: key) else { return }
        if let found = list.binarySearch(position), list[found] == position { list.remove(at: found) }
        if !list.isEmpty { lists[key] = list }
    }

    private static func insert(_ position: Int, into lists: inout [String: [Int]], at key: String) {
        var list = lists.removeValue(forKey: key) ?? []
        let place = list.binarySearch(position) ?? list.count
        if place == list.count || list[place] != position { list.insert(position, at: place) }
        lists[key] = list
    }
}

/// `BoardIndex.openCasesByAgency` as it is built: the cases of each agency in a list of their
/// own, found once for each combination of a lead and a list of agencies. A board's few hundred
/// distinct agency lists are shared between its cases (`SharedCaseValues`), so a list is known
/// by its buffer; a case then costs one lookup, where it cost one for each of its agencies.
private struct OpenCasesByAgency {
    private struct Combination: Hashable {
        let lead: String
        /// The agencies list's buffer: the same buffer is the same list while the cases live.
        let agencies: UInt
    }

    private var codes: [String] = []
    private var lists: [[Int]] = []
    private var listOfCode: [String: Int] = [:]
    private var listsOfCombination: [Combination: [Int]] = [:]

    /// Files `index` under the current code of each agency of a case, each once, lead first.
    mutating func append(_ index: Int, lead: String, agencies: [String], current: (String) -> String) {
        let combination = Combination(lead: lead, agencies: agencies.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) })
        let found = listsOfCombination[combination] ?? listsOf(lead: lead, agencies: agencies, current: current, combination)
        for list in found { lists[list].append(index) }
    }

    private mutating func listsOf(lead: String, agencies: [String], current: (String) -> String, _ combination: Combination) -> [Int] {
        var found: [Int] = []
        for code in CollectionOfOne(lead) + agencies {
            let code = current(code)
            let list = listOfCode[code] ?? {
                codes.append(code)
                lists.append([])
                listOfCode[code] = lists.count - 1
                return lists.count - 1
            }()
            if !found.contains(list) { found.append(list) }
        }
        listsOfCombination[combination] = found
        return found
    }

    var byCode: [String: [Int]] {
        Dictionary(uniqueKeysWithValues: zip(codes, lists))
    }
}

private extension Array where Element == Int {
    /// The first index whose element is not less than `value`, or nil when every one is.
    func binarySearch(_ value: Int) -> Int? {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count ? low : nil
    }
}
