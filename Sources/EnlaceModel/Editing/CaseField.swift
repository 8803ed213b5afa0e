/// The fields of a case an officer edits, one by one: what the three-way merge compares, what
/// undo takes back and what a conflict names. Bookkeeping (`id`, `version`, `created…`,
/// `updated…`) is the store's and is not among them.
public enum CaseField: String, CaseIterable, Sendable, Hashable {
    case title, titleEs, summary, summaryEs, status, priority, marking, releasableToMexico, leadAgency,
         agencies, contacts, tags, region, post, owner, opened, due, nextAction, links, notes, outdatedTexts

    /// Whether `a` and `b` hold the same value in this field.
    public func isSame(_ a: Case, _ b: Case) -> Bool {
        var probe = a
        copy(from: b, into: &probe)
        return probe == a
    }

    /// Sets this field of `target` to its value in `source`.
    public func copy(from source: Case, into target: inout Case) {
        switch self {
        case .title: target.title = source.title
        case .titleEs: target.titleEs = source.titleEs
        case .summary: target.summary = source.summary
        case .summaryEs: target.summaryEs = source.summaryEs
        case .status: target.status = source.status
        case .priority: target.priority = source.priority
        case .marking: target.marking = source.marking
        case .releasableToMexico: target.releasableToMexico = source.releasableToMexico
        case .leadAgency: target.leadAgency = source.leadAgency
        case .agencies: target.agencies = source.agencies
        case .contacts: target.contacts = source.contacts
        case .tags: target.tags = source.tags
        case .region: target.region = source.region
        case .post: target.post = source.post
        case .owner: target.assignedOwner = source.assignedOwner
        case .outdatedTexts: target.outdatedTexts = source.outdatedTexts
        case .opened: target.opened = source.opened
        case .due: target.due = source.due
        case .nextAction: target.nextAction = source.nextAction
        case .links: target.links = source.links
        case .notes: target.notes = source.notes
        }
    }

    /// The fields in which `a` and `b` differ, in table order.
    public static func changed(from a: Case, to b: Case) -> [CaseField] {
        allCases.filter { !$0.isSame(a, b) }
    }
}
