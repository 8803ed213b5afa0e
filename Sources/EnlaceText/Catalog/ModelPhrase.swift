/// Words for what the model reports: validation errors in data files and mistakes in a query.
/// Field names, codes, ids and query syntax stay as files and users write them, in both
/// languages; `EnlaceUI`'s `ModelErrorWording` fills the placeholders.
public enum ModelPhrase: String, CatalogSection {
    // Which record, and where in it.
    case recordCase, recordContact, recordAgency, recordLog
    case located
    case listSeparator

    // Validation rules.
    case malformedCaseID, malformedContactID, emptyField, unknownValue, invalidDate
    case unknownAgency, formerAgencyCode, dueBeforeOpened, linkToItself, unknownContact
    case malformedLogID, unknownOfficial, endBeforeStart, reportBeforeContact
    case invalidEmail, invalidPhone, invalidVersion, duplicateID, unknownCounterpart, asymmetricCounterpart, missingSources, formerCodeInUse

    // Query mistakes.
    case queryUnknownField, queryEmptyValue, queryEmptyTextValue, queryUnknownValue, queryInvalidDate
    case queryComparisonNotAllowed, queryUnknownAgency, queryUnterminatedQuote, queryEmptyTerm, queryTooLong

    public var english: String {
        switch self {
        case .recordCase: "case {id}"
        case .recordContact: "contact {id}"
        case .recordAgency: "agency {id}"
        case .recordLog: "log entry {id}"
        case .located: "{record}, field {field}: {problem}"
        case .listSeparator: ", "
        case .malformedCaseID: "\"{value}\" is not a case id; write {format}, as in MX-2026-0042"
        case .malformedContactID: "\"{value}\" is not a contact id; write {format}, as in C-0042"
        case .emptyField: "must not be empty"
        case .unknownValue: "\"{value}\" is not allowed; use one of {allowed}"
        case .invalidDate: "\"{value}\" is not an ISO 8601 date; write YYYY-MM-DD"
        case .unknownAgency: "no agency in the registry has the code \"{code}\"; the codes are {known}"
        case .formerAgencyCode: "{code} is a former code; write its current one, {successor}"
        case .dueBeforeOpened: "the due day {due} is before the day the case was opened, {opened}"
        case .linkToItself: "a case cannot link to itself"
        case .invalidEmail: "\"{value}\" is not an email address; write name@domain, as in ana.ruiz@fgr.gob.mx"
        case .invalidPhone: "\"{value}\" is not a phone number; write 7 to 15 digits, as in +52 55 5346 0000 or +52 55 5346 0000 ext. 12"
        case .unknownContact: "no contact has the id {contact}; add it to contacts.json or remove it from the case"
        case .malformedLogID: "\"{value}\" is not a log entry id; write {format}, as in LOG-2026-0001"
        case .unknownOfficial: "no contact has the id {contact}; add the official as a contact first, or remove the id"
        case .endBeforeStart: "the end {end} is before the start {start}"
        case .reportBeforeContact: "the report is filed on {filed}, before the contact on {contact}"
        case .invalidVersion: "version {version} is not valid; versions start at 1"
        case .duplicateID: "another record of the same kind already uses this id"
        case .unknownCounterpart: "the counterpart {counterpart} is not in the registry"
        case .asymmetricCounterpart: "lists {counterpart} as a counterpart, but {counterpart} does not list {agency}"
        case .missingSources: "names no source for its facts"
        case .formerCodeInUse: "the former code {code} also belongs to {holder}, so a search for it would be ambiguous"
        case .queryUnknownField: "there is no field \"{field}:\"; the fields are {fields}"
        case .queryEmptyValue: "\"{field}:\" needs a value: one of {values}"
        case .queryEmptyTextValue: "\"{field}:\" needs a value after the colon"
        case .queryUnknownValue: "\"{value}\" is not a {field}; use one of {values}"
        case .queryInvalidDate: "\"{value}\" is not a day for \"{field}:\"; write {forms}"
        case .queryComparisonNotAllowed: "\"{field}:{value}\": only {fields} take <, >, <= and >="
        case .queryUnknownAgency: "no agency has the code \"{code}\" (in \"{field}:\"); the codes are {codes}"
        case .queryUnterminatedQuote: "the quote in {term} is not closed; add a closing \""
        case .queryEmptyTerm: "\"{term}\" has nothing to look for"
        case .queryTooLong: "the query has {characters} characters; at most {limit} are read"
        }
    }

    public var spanish: String {
        switch self {
        case .recordCase: "caso {id}"
        case .recordContact: "contacto {id}"
        case .recordAgency: "dependencia {id}"
        case .recordLog: "registro {id}"
        case .located: "{record}, campo {field}: {problem}"
        case .listSeparator: ", "
        case .malformedCaseID: "\"{value}\" no es un número de caso; escriba {format}, como MX-2026-0042"
        case .malformedContactID: "\"{value}\" no es un número de contacto; escriba {format}, como C-0042"
        case .emptyField: "no puede quedar vacío"
        case .unknownValue: "\"{value}\" no es un valor permitido; use uno de estos: {allowed}"
        case .invalidDate: "\"{value}\" no es una fecha ISO 8601; escriba AAAA-MM-DD"
        case .unknownAgency: "ninguna dependencia del registro tiene la clave \"{code}\"; las claves son {known}"
        case .formerAgencyCode: "{code} es una clave anterior; escriba la actual, {successor}"
        case .dueBeforeOpened: "la fecha límite {due} es anterior a la apertura del caso, {opened}"
        case .linkToItself: "un caso no puede vincularse consigo mismo"
        case .invalidEmail: "\"{value}\" no es una dirección de correo; escriba nombre@dominio, como ana.ruiz@fgr.gob.mx"
        case .invalidPhone: "\"{value}\" no es un número de teléfono; escriba de 7 a 15 dígitos, como +52 55 5346 0000 o +52 55 5346 0000 ext. 12"
        case .unknownContact: "ningún contacto tiene el número {contact}; agréguelo a contacts.json o quítelo del caso"
        case .malformedLogID: "\"{value}\" no es un número de registro; escriba {format}, como LOG-2026-0001"
        case .unknownOfficial: "ningún contacto tiene el número {contact}; agregue primero al funcionario como contacto o quite el número"
        case .endBeforeStart: "el fin {end} es anterior al inicio {start}"
        case .reportBeforeContact: "el informe se presentó el {filed}, antes del contacto del {contact}"
        case .invalidVersion: "la versión {version} no es válida; las versiones empiezan en 1"
        case .duplicateID: "otro registro del mismo tipo ya usa este identificador"
        case .unknownCounterpart: "la contraparte {counterpart} no está en el registro"
        case .asymmetricCounterpart: "registra a {counterpart} como contraparte, pero {counterpart} no registra a {agency}"
        case .missingSources: "no indica ninguna fuente para sus datos"
        case .formerCodeInUse: "la clave anterior {code} también pertenece a {holder}; una búsqueda con ella sería ambigua"
        case .queryUnknownField: "no existe el campo \"{field}:\"; los campos son {fields}"
        case .queryEmptyValue: "\"{field}:\" necesita un valor: uno de estos, {values}"
        case .queryEmptyTextValue: "\"{field}:\" necesita un valor después de los dos puntos"
        case .queryUnknownValue: "\"{value}\" no es un valor de {field}; use uno de estos: {values}"
        case .queryInvalidDate: "\"{value}\" no es un día válido para \"{field}:\"; escriba {forms}"
        case .queryComparisonNotAllowed: "\"{field}:{value}\": solo {fields} admiten <, >, <= y >="
        case .queryUnknownAgency: "ninguna dependencia tiene la clave \"{code}\" (en \"{field}:\"); las claves son {codes}"
        case .queryUnterminatedQuote: "las comillas de {term} no se cierran; agregue \" al final"
        case .queryEmptyTerm: "\"{term}\" no tiene nada que buscar"
        case .queryTooLong: "la consulta tiene {characters} caracteres; se leen como máximo {limit}"
        }
    }
}
