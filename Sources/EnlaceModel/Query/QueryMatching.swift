/// Evaluating a parsed query against one record. For many cases at once, `CaseSearchIndex`
/// gives the same answers without folding the cases again.
extension Query {
    /// Whether `record` satisfies every term.
    public func matches(_ record: Case, _ context: QueryContext) -> Bool {
        var searchable: [UInt8]?
        for term in terms {
            let holds: Bool
            switch term.predicate {
            case .word(let needle):
                let haystack = searchable ?? SearchableText.of(record)
                searchable = haystack
                holds = ByteSearch.contains(needle.bytes, in: haystack)
            case .status(let statuses): holds = statuses.contains(record.status)
            case .priority(let test): holds = test.matches(record.priority)
            case .marking(let test): holds = test.matches(record.marking)
            case .agency(let codes):
                let wanted = context.currentCodes(codes)
                holds = record.allAgencies.contains { wanted.contains(context.currentCode($0)) }
            case .lead(let codes): holds = context.currentCodes(codes).contains(context.currentCode(record.leadAgency))
            case .tag(let tags):
                holds = record.tags.contains { tag in tags.contains(FoldedText(folding: tag)) }
            case .region(let needles): holds = Self.contains(any: needles, in: record.region)
            case .post(let needles): holds = Self.contains(any: needles, in: record.post)
            case .owner(let wanted): holds = context.owners(wanted).contains(FoldedText(folding: record.owner).text)
            case .due(let test): holds = record.due.map { test.matches($0, today: context.today) } ?? false
            case .opened(let test): holds = test.matches(record.opened, today: context.today)
            case .overdue: holds = record.isOverdue(on: context.today)
            case .country, .kind, .report, .official: holds = false
            }
            if holds == term.negated { return false }
        }
        return true
    }

    /// Whether `contact` satisfies every term: free words over id, name, role, post, email and
    /// agency; `agency:` (former codes too) and `post:`. Other fields do not match a contact.
    public func matches(_ contact: Contact, _ context: QueryContext) -> Bool {
        var searchable: [UInt8]?
        for term in terms {
            let holds: Bool
            switch term.predicate {
            case .word(let needle):
                let haystack = searchable ?? SearchableText.of(contact)
                searchable = haystack
                holds = ByteSearch.contains(needle.bytes, in: haystack)
            case .agency(let codes): holds = context.currentCodes(codes).contains(context.currentCode(contact.agency))
            case .post(let needles): holds = Self.contains(any: needles, in: contact.post)
            default: holds = false
            }
            if holds == term.negated { return false }
        }
        return true
    }

    /// Whether `entry` satisfies every term: free words over id, kind, topics, summaries, post,
    /// place, officers, officials, agencies, cases and follow-ups; `agency:`, `post:`,
    /// `marking:`, `kind:`, `report:`, `official:` (`with:`), and `overdue` for an entry whose
    /// three-day report is overdue. Other fields do not match a log entry.
    public func matches(_ entry: LogEntry, _ context: QueryContext) -> Bool {
        var searchable: [UInt8]?
        for term in terms {
            let holds: Bool
            switch term.predicate {
            case .word(let needle):
                let haystack = searchable ?? SearchableText.of(entry)
                searchable = haystack
                holds = ByteSearch.contains(needle.bytes, in: haystack)
            case .agency(let codes):
                let wanted = context.currentCodes(codes)
                holds = entry.agencies.contains { wanted.contains(context.currentCode($0)) }
            case .post(let needles): holds = Self.contains(any: needles, in: entry.post)
            case .marking(let test): holds = test.matches(entry.marking)
            case .overdue:
                if case .overdue = entry.reportState(today: context.today) { holds = true } else { holds = false }
            case .kind(let kinds): holds = kinds.contains(entry.kind)
            case .report(let states): holds = states.contains(entry.reportState(today: context.today).keyword)
            case .official(let ids): holds = entry.officials.contains { ids.contains($0.uppercased()) }
            default: holds = false
            }
            if holds == term.negated { return false }
        }
        return true
    }

    /// Whether `agency` satisfies every term: free words over code, names, parent, focus and
    /// former codes and names; `agency:` (its code or a former one) and `country:`. Other
    /// fields do not match an agency.
    public func matches(_ agency: Agency, _ context: QueryContext) -> Bool {
        var searchable: [UInt8]?
        for term in terms {
            let holds: Bool
            switch term.predicate {
            case .word(let needle):
                let haystack = searchable ?? SearchableText.of(agency)
                searchable = haystack
                holds = ByteSearch.contains(needle.bytes, in: haystack)
            case .agency(let codes):
                let wanted = context.currentCodes(codes)
                holds = wanted.contains(context.currentCode(agency.code))
                    || agency.formerly.contains { former in codes.contains(former.code.uppercased()) }
            case .country(let countries): holds = countries.contains(agency.country)
            default: holds = false
            }
            if holds == term.negated { return false }
        }
        return true
    }

    static func contains(any needles: [FoldedText], in text: String) -> Bool {
        let haystack = TextFolding.foldedBytes(text)
        return needles.contains { ByteSearch.contains($0.bytes, in: haystack) }
    }
}
