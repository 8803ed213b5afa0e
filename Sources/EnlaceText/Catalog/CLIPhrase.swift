/// The command line's words: headers of plain output, confirmations and errors.
public enum CLIPhrase: String, CatalogSection {
    case headerID, headerPriority, headerStatus, headerMarking, headerLead, headerDue, headerTitle
    case headerName, headerAgency, headerRole, headerPost, headerCode, headerCountry, headerCounterparts
    case initialized, imported, noteAdded, checkPassed, checkFailed
    case unknownCase, noDataDirectory, importLineUnreadable, importLineInvalid, importDuplicate
    case importEmpty, importFileUnreadable, queryInvalid, emptyNote, casesUnreadable
    case fieldSummary, fieldAgencies, fieldContacts, fieldNextAction, fieldNotes, fieldLinks, fieldTags
    case fieldOpened, fieldDue, fieldRegionPost, releasableNote, notReleasableNote

    public var english: String {
        switch self {
        case .headerID: "ID"
        case .headerPriority: "PRIORITY"
        case .headerStatus: "STATUS"
        case .headerMarking: "MARKING"
        case .headerLead: "LEAD"
        case .headerDue: "DUE"
        case .headerTitle: "TITLE"
        case .headerName: "NAME"
        case .headerAgency: "AGENCY"
        case .headerRole: "ROLE"
        case .headerPost: "POST"
        case .headerCode: "CODE"
        case .headerCountry: "COUNTRY"
        case .headerCounterparts: "COUNTERPARTS"
        case .initialized: "created a data directory at {path} ({cases} cases, {contacts} contacts, {agencies} agencies)"
        case .imported: "imported {count} cases into {path}"
        case .noteAdded: "added a note to {id} (version {version})"
        case .checkPassed: "{path}: ok ({cases} cases, {contacts} contacts, {agencies} agencies)"
        case .checkFailed: "{path}: {count} problems; fix the files named above and run enlace check again"
        case .unknownCase: "no case {id} in {path}; enlace list cases shows the ids"
        case .noDataDirectory: "no data directory at {path}; create one with enlace init --sample, or pass --data DIR"
        case .importLineUnreadable: "{file}:{line}: not a case object: {reason}; nothing was imported"
        case .importLineInvalid: "{file}:{line}: {reason}; nothing was imported"
        case .importDuplicate: "{file}:{line}: case {id} is already on the board or earlier in the file; nothing was imported"
        case .importEmpty: "{file}: holds no cases (one JSON case object a line); nothing was imported"
        case .importFileUnreadable: "cannot read {file}: {reason}"
        case .queryInvalid: "--filter: {reason}"
        case .emptyNote: "the note is empty; give its text as the second argument"
        case .casesUnreadable: "{path}: case files left out because they could not be read: {count} (named above); run enlace check to see what is wrong with each"
        case .fieldSummary: "Summary"
        case .fieldAgencies: "Agencies"
        case .fieldContacts: "Contacts"
        case .fieldNextAction: "Next action"
        case .fieldNotes: "Notes"
        case .fieldLinks: "Linked cases"
        case .fieldTags: "Tags"
        case .fieldOpened: "Opened"
        case .fieldDue: "Due"
        case .fieldRegionPost: "Region / post"
        case .releasableNote: "releasable to Mexico"
        case .notReleasableNote: "not releasable to Mexico"
        }
    }

    public var spanish: String {
        switch self {
        case .headerID: "ID"
        case .headerPriority: "PRIORIDAD"
        case .headerStatus: "ESTADO"
        case .headerMarking: "MARCA"
        case .headerLead: "LÍDER"
        case .headerDue: "FECHA LÍMITE"
        case .headerTitle: "TÍTULO"
        case .headerName: "NOMBRE"
        case .headerAgency: "DEPENDENCIA"
        case .headerRole: "CARGO"
        case .headerPost: "SEDE"
        case .headerCode: "CLAVE"
        case .headerCountry: "PAÍS"
        case .headerCounterparts: "CONTRAPARTES"
        case .initialized: "se creó un directorio de datos en {path} ({cases} casos, {contacts} enlaces, {agencies} dependencias)"
        case .imported: "se importaron {count} casos a {path}"
        case .noteAdded: "se agregó una nota a {id} (versión {version})"
        case .checkPassed: "{path}: correcto ({cases} casos, {contacts} enlaces, {agencies} dependencias)"
        case .checkFailed: "{path}: {count} problemas; corrija los archivos indicados arriba y ejecute enlace check de nuevo"
        case .unknownCase: "no existe el caso {id} en {path}; enlace list cases muestra los identificadores"
        case .noDataDirectory: "no hay directorio de datos en {path}; cree uno con enlace init --sample, o indique --data DIR"
        case .importLineUnreadable: "{file}:{line}: no es un objeto de caso: {reason}; no se importó nada"
        case .importLineInvalid: "{file}:{line}: {reason}; no se importó nada"
        case .importDuplicate: "{file}:{line}: el caso {id} ya está en el tablero o antes en el archivo; no se importó nada"
        case .importEmpty: "{file}: no contiene casos (un objeto JSON de caso por línea); no se importó nada"
        case .importFileUnreadable: "no se puede leer {file}: {reason}"
        case .queryInvalid: "--filter: {reason}"
        case .emptyNote: "la nota está vacía; indique su texto como segundo argumento"
        case .casesUnreadable: "{path}: archivos de casos que no se pudieron leer y no aparecen: {count} (se indican arriba); ejecute enlace check para ver qué tiene cada uno"
        case .fieldSummary: "Resumen"
        case .fieldAgencies: "Dependencias"
        case .fieldContacts: "Enlaces"
        case .fieldNextAction: "Siguiente acción"
        case .fieldNotes: "Notas"
        case .fieldLinks: "Casos vinculados"
        case .fieldTags: "Etiquetas"
        case .fieldOpened: "Apertura"
        case .fieldDue: "Fecha límite"
        case .fieldRegionPost: "Región / sede"
        case .releasableNote: "divulgable a México"
        case .notReleasableNote: "no divulgable a México"
        }
    }
}
