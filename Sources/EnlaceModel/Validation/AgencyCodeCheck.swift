/// The rule every agency reference follows: the code is in the registry, under its current
/// name. Case does not matter (`dea` is DEA), as it does not in the registry's lookups.
enum AgencyCodeCheck {
    static func check(
        _ code: String, field: String, record: RecordReference, registry: AgencyRegistry,
        into errors: inout [ValidationError]
    ) {
        guard !code.trimmingSpaces.isEmpty else {
            errors.append(.emptyField(record: record, field: field))
            return
        }
        guard let current = registry.currentCode(for: code) else {
            errors.append(.unknownAgency(record: record, field: field, code: code, known: registry.agencies.map(\.code)))
            return
        }
        if current.uppercased() != code.uppercased() {
            errors.append(.formerAgencyCode(record: record, field: field, code: code, successor: current))
        }
    }
}
