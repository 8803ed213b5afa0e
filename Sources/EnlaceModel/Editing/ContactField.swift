/// The fields of a contact an officer edits; what the contact merge compares.
public enum ContactField: String, CaseIterable, Sendable, Hashable {
    case name, agency, role, post, phones, email, languages, notes, lastContact

    public func isSame(_ a: Contact, _ b: Contact) -> Bool {
        var probe = a
        copy(from: b, into: &probe)
        return probe == a
    }

    public func copy(from source: Contact, into target: inout Contact) {
        switch self {
        case .name: target.name = source.name
        case .agency: target.agency = source.agency
        case .role: target.role = source.role
        case .post: target.post = source.post
        case .phones: target.phones = source.phones
        case .email: target.email = source.email
        case .languages: target.languages = source.languages
        case .notes: target.notes = source.notes
        case .lastContact: target.lastContact = source.lastContact
        }
    }
}

extension FieldMerge {
    /// The contact's merge, by the same rules as a case's; the later `lastContact` wins
    /// without a conflict, since both sides reached the contact.
    public static func merge(base: Contact, mine: Contact, theirs: Contact) -> (merged: Contact, conflicts: [ContactField]) {
        var merged = theirs
        var conflicts: [ContactField] = []
        for field in ContactField.allCases where !field.isSame(base, mine) {
            if field.isSame(base, theirs) {
                field.copy(from: mine, into: &merged)
            } else if field == .lastContact {
                switch (mine.lastContact, theirs.lastContact) {
                case let (mineAt?, theirAt?): merged.lastContact = max(mineAt, theirAt)
                case let (mineAt, theirAt): merged.lastContact = mineAt ?? theirAt
                }
            } else if !field.isSame(mine, theirs) {
                conflicts.append(field)
            }
        }
        return (merged, conflicts)
    }
}
