import EnlaceModel

// The model's typed errors in words. EnlaceModel cannot import EnlaceText, so the words are
// chosen here, at the edge; the texts live in the catalog (`ModelPhrase`). Every message is
// one safe line: values come from files or from what someone typed.

extension ValidationError {
    /// One line naming the record, the field and the rule: "case MX-2026-0042, field due: …".
    public func message(_ language: Language) -> String {
        SafeText.line(ModelPhrase.located(language, [
            "record": record.phrase(language), "field": field, "problem": problem(language),
        ]))
    }

    /// The rule alone, for a form that already marks the field: "must not be empty".
    public func problem(_ language: Language) -> String {
        let problem: String
        switch self {
        case .malformedCaseID(_, _, let value):
            problem = ModelPhrase.malformedCaseID(language, ["value": value, "format": IdentifierFormat.caseID])
        case .malformedContactID(_, _, let value):
            problem = ModelPhrase.malformedContactID(language, ["value": value, "format": IdentifierFormat.contactID])
        case .emptyField:
            problem = ModelPhrase.emptyField(language)
        case .unknownValue(_, _, let value, let allowed):
            problem = ModelPhrase.unknownValue(language, ["value": value, "allowed": list(allowed, language)])
        case .invalidDate(_, _, let value):
            problem = ModelPhrase.invalidDate(language, ["value": value])
        case .unknownAgency(_, _, let code, let known):
            problem = ModelPhrase.unknownAgency(language, ["code": code, "known": list(known, language)])
        case .formerAgencyCode(_, _, let code, let successor):
            problem = ModelPhrase.formerAgencyCode(language, ["code": code, "successor": successor])
        case .dueBeforeOpened(_, let due, let opened):
            problem = ModelPhrase.dueBeforeOpened(language, ["due": due.iso, "opened": opened.iso])
        case .invalidEmail(_, _, let value):
            problem = ModelPhrase.invalidEmail(language, ["value": value])
        case .invalidPhone(_, _, let value):
            problem = ModelPhrase.invalidPhone(language, ["value": value])
        case .linkToItself:
            problem = ModelPhrase.linkToItself(language)
        case .unknownContact(_, let contactID):
            problem = ModelPhrase.unknownContact(language, ["contact": contactID])
        case .invalidVersion(_, let version):
            problem = ModelPhrase.invalidVersion(language, ["version": String(version)])
        case .duplicateID:
            problem = ModelPhrase.duplicateID(language)
        case .unknownCounterpart(_, let counterpart):
            problem = ModelPhrase.unknownCounterpart(language, ["counterpart": counterpart])
        case .asymmetricCounterpart(let agency, let counterpart):
            problem = ModelPhrase.asymmetricCounterpart(language, ["agency": agency, "counterpart": counterpart])
        case .missingSources:
            problem = ModelPhrase.missingSources(language)
        case .formerCodeInUse(_, let code, let holder):
            problem = ModelPhrase.formerCodeInUse(language, ["code": code, "holder": holder])
        case .malformedLogID(_, _, let value):
            problem = ModelPhrase.malformedLogID(language, ["value": value, "format": IdentifierFormat.logID])
        case .unknownOfficial(_, let contactID):
            problem = ModelPhrase.unknownOfficial(language, ["contact": contactID])
        case .endBeforeStart(_, let start, let end):
            problem = ModelPhrase.endBeforeStart(language, ["start": start.iso, "end": end.iso])
        case .reportBeforeContact(_, let filedOn, let contactDay):
            problem = ModelPhrase.reportBeforeContact(language, ["filed": filedOn.iso, "contact": contactDay.iso])
        }
        return SafeText.line(problem)
    }
}

extension RecordReference {
    /// "case MX-2026-0042", "contacto C-0007", "dependencia FGR".
    public func phrase(_ language: Language) -> String {
        switch kind {
        case .case: ModelPhrase.recordCase(language, ["id": id])
        case .contact: ModelPhrase.recordContact(language, ["id": id])
        case .agency: ModelPhrase.recordAgency(language, ["id": id])
        case .log: ModelPhrase.recordLog(language, ["id": id])
        }
    }
}

extension QueryError {
    /// One line saying what is wrong with the query and what would be right.
    public func message(_ language: Language) -> String {
        let text: String
        switch self {
        case .unknownField(let field, let validFields):
            text = ModelPhrase.queryUnknownField(language, ["field": field, "fields": list(validFields, language)])
        case .emptyValue(let field, let validValues) where validValues.isEmpty:
            text = ModelPhrase.queryEmptyTextValue(language, ["field": field])
        case .emptyValue(let field, let validValues):
            text = ModelPhrase.queryEmptyValue(language, ["field": field, "values": list(validValues, language)])
        case .unknownValue(let field, let value, let validValues):
            text = ModelPhrase.queryUnknownValue(language, ["field": field, "value": value, "values": list(validValues, language)])
        case .invalidDate(let field, let value):
            text = ModelPhrase.queryInvalidDate(language, ["field": field, "value": value, "forms": list(QueryError.dateForms, language)])
        case .comparisonNotAllowed(let field, let value, let comparableFields):
            text = ModelPhrase.queryComparisonNotAllowed(language, ["field": field, "value": value, "fields": list(comparableFields, language)])
        case .unknownAgency(let field, let code, let validCodes):
            text = ModelPhrase.queryUnknownAgency(language, ["field": field, "code": code, "codes": list(validCodes, language)])
        case .unterminatedQuote(let term):
            text = ModelPhrase.queryUnterminatedQuote(language, ["term": term])
        case .emptyTerm(let term):
            text = ModelPhrase.queryEmptyTerm(language, ["term": term])
        case .tooLong(let characters, let limit):
            text = ModelPhrase.queryTooLong(language, ["characters": String(characters), "limit": String(limit)])
        }
        return SafeText.line(text)
    }
}

private func list(_ values: [String], _ language: Language) -> String {
    values.joined(separator: ModelPhrase.listSeparator(language))
}
