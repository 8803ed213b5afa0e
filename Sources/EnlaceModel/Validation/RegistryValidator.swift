/// The rules of the agency registry: one agency per code, names in both languages,
/// counterparts that exist and list each other back, a source for every agency, and former
/// codes that lead to one agency only.
public enum RegistryValidator {
    /// Every rule the registry's agencies break; empty when it is valid.
    public static func validate(_ registry: AgencyRegistry) -> [ValidationError] {
        validate(registry.agencies)
    }

    /// Every rule `agencies` break, as read from `agencies.json` (duplicates included).
    public static func validate(_ agencies: [Agency]) -> [ValidationError] {
        var errors: [ValidationError] = []
        var counterpartsByCode: [String: Set<String>] = [:]
        var holderByCode: [String: String] = [:]
        for agency in agencies {
            let code = agency.code.uppercased()
            if counterpartsByCode[code] != nil {
                errors.append(.duplicateID(record: .agency(agency.code)))
            }
            counterpartsByCode[code, default: []].formUnion(agency.counterparts.map { $0.uppercased() })
            holderByCode[code] = holderByCode[code] ?? agency.code
        }
        for agency in agencies {
            let reference = RecordReference.agency(agency.code)
            if agency.code.trimmingSpaces.isEmpty { errors.append(.emptyField(record: reference, field: "code")) }
            if agency.name.en.trimmingSpaces.isEmpty { errors.append(.emptyField(record: reference, field: "name.en")) }
            if agency.name.es.trimmingSpaces.isEmpty { errors.append(.emptyField(record: reference, field: "name.es")) }
            for counterpart in agency.counterparts {
                guard let theirs = counterpartsByCode[counterpart.uppercased()] else {
                    errors.append(.unknownCounterpart(agency: agency.code, counterpart: counterpart))
                    continue
                }
                if !theirs.contains(agency.code.uppercased()) {
                    errors.append(.asymmetricCounterpart(agency: agency.code, counterpart: counterpart))
                }
            }
            if agency.sources.allSatisfy({ $0.trimmingSpaces.isEmpty }) {
                errors.append(.missingSources(agency: agency.code))
            }
            for former in agency.formerly {
                let code = former.code.uppercased()
                if let holder = holderByCode[code], holder.uppercased() != agency.code.uppercased() {
                    errors.append(.formerCodeInUse(agency: agency.code, code: former.code, holder: holder))
                } else {
                    holderByCode[code] = agency.code
                }
            }
            if agency.version < 1 {
                errors.append(.invalidVersion(record: reference, version: agency.version))
            }
        }
        return errors
    }
}
