/// The rules of a liaison log entry: the id's shape, a topic, at least one officer, officials
/// who are contacts of the board, agencies of the registry, case ids of the right shape, an end
/// after the start and a report filed after the contact.
public enum LogEntryValidator {
    /// Every rule `entry` breaks; empty when it is valid. `contactIDs` are the board's contacts.
    public static func validate(_ entry: LogEntry, registry: AgencyRegistry, contactIDs: Set<String>) -> [ValidationError] {
        var errors: [ValidationError] = []
        let reference = RecordReference.log(entry.id)
        if !IdentifierFormat.isLogID(entry.id) {
            errors.append(.malformedLogID(record: reference, field: "id", value: entry.id))
        }
        if entry.topic.trimmingSpaces.isEmpty {
            errors.append(.emptyField(record: reference, field: "topic"))
        }
        if entry.officers.allSatisfy(\.trimmingSpaces.isEmpty) {
            errors.append(.emptyField(record: reference, field: "officers"))
        }
        for official in entry.officials {
            if !IdentifierFormat.isContactID(official) {
                errors.append(.malformedContactID(record: reference, field: "officials", value: official))
            } else if !contactIDs.contains(official) {
                errors.append(.unknownOfficial(logID: entry.id, contactID: official))
            }
        }
        for code in entry.agencies {
            AgencyCodeCheck.check(code, field: "agencies", record: reference, registry: registry, into: &errors)
        }
        for caseID in entry.cases where !IdentifierFormat.isCaseID(caseID) {
            errors.append(.malformedCaseID(record: reference, field: "cases", value: caseID))
        }
        if let end = entry.end, end < entry.start {
            errors.append(.endBeforeStart(logID: entry.id, start: entry.start, end: end))
        }
        if let report = entry.report, report.filedOn < entry.start.day {
            errors.append(.reportBeforeContact(logID: entry.id, filedOn: report.filedOn, contactDay: entry.start.day))
        }
        if entry.version < 1 {
            errors.append(.invalidVersion(record: reference, version: entry.version))
        }
        return errors
    }
}
