/// The command line's words: headers of plain output, confirmations and errors.
public enum CLIPhrase: String, CatalogSection {
    case headerID, headerPriority, headerStatus, headerMarking, headerLead, headerDue, headerTitle
    case headerName, headerAgency, headerRole, headerPost, headerCode, headerCountry, headerCounterparts
    case initialized, imported, noteAdded, checkPassed, checkFailed
    case unknownCase, noDataDirectory, importLineUnreadable, importLineInvalid, importDuplicate
    case importEmpty, importFileUnreadable, queryInvalid, emptyNote, casesUnreadable
    case checkFailedOne, unknownCommand, unknownCommandNoSuggestion, emptyDataOption, noteInputUnreadable
    case briefExtensionUnknown, briefExtensionMismatch, filterTermNotForKind
    case boardCreatePrompt, boardCreateDeclined, boardCreateNotInteractive
    case fieldSummary, fieldAgencies, fieldContacts, fieldNextAction, fieldNotes, fieldLinks, fieldTags
    case fieldOpened, fieldDue, fieldRegionPost, fieldOwner, releasableNote, notReleasableNote
    case unknownFieldKept, unknownContactFieldKept
    case outputFailed, outputFailedAfterSave, savedNote, savedImport, savedInit, savedGenerated, savedLines

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
        case .checkFailedOne: "{path}: 1 problem; fix the file named above and run enlace check again"
        case .unknownCommand: "unknown command '{name}' — did you mean '{suggestion}'?"
        case .unknownCommandNoSuggestion: "unknown command '{name}'; enlace --help lists the commands"
        case .emptyDataOption:
            "--data: the directory is empty text; give a directory, or leave --data out to use the default"
        case .noteInputUnreadable: "note: cannot read the note's text from standard input ({reason}); nothing was saved"
        case .briefExtensionUnknown:
            "-o {file}: .{ext} is not a brief format; name the file .md, .txt, .html or .json, or write - for standard output"
        case .briefExtensionMismatch:
            "-o {file}: a .{ext} file does not hold a --format {format} brief; name it .{format}, or change --format"
        case .filterTermNotForKind:
            "--filter: {term} does not apply to {kind}; filter {kind} by {fields} or by words"
        case .boardCreatePrompt: "{path} does not exist. Make a FICTIONAL sample board there? [y/N] "
        case .boardCreateDeclined:
            "no board was made at {path}; check --data, or make an empty board with enlace init --data {path}"
        case .boardCreateNotInteractive:
            "{path} does not exist and standard input is not a terminal to ask about making a sample board there; "
                + "check --data, or run enlace init --sample --data {path} first"
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
        case .fieldOwner: "Owner"
        case .releasableNote: "releasable to Mexico"
        case .notReleasableNote: "not releasable to Mexico"
        case .outputFailed: "could not write to standard output ({reason})"
        case .unknownFieldKept: "note: {file}: unknown field \"{field}\" kept (this version does not use it; saves write it back)"
        case .unknownContactFieldKept: "note: {file}: contact {id}: unknown field \"{field}\" kept (this version does not use it; saves write it back)"
        case .outputFailedAfterSave: "could not write to standard output ({reason}); {saved} (do not run the command again)"
        case .savedNote: "the note was saved in {id} as version {version}"
        case .savedImport: "the {count} cases were imported into {path}"
        case .savedInit: "the data directory was created at {path}"
        case .savedGenerated: "the board was generated at {path}"
        case .savedLines: "{file} was written"
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
        case .checkFailedOne: "{path}: 1 problema; corrija el archivo indicado arriba y ejecute enlace check de nuevo"
        case .unknownCommand: "orden desconocida '{name}' — ¿quiso decir '{suggestion}'?"
        case .unknownCommandNoSuggestion: "orden desconocida '{name}'; enlace --help muestra las órdenes"
        case .emptyDataOption:
            "--data: el directorio es un texto vacío; indique un directorio, u omita --data para usar el predeterminado"
        case .noteInputUnreadable:
            "note: no se pudo leer el texto de la nota de la entrada estándar ({reason}); no se guardó nada"
        case .briefExtensionUnknown:
            "-o {file}: .{ext} no es un formato de informe; nombre el archivo .md, .txt, .html o .json, o escriba - para la salida estándar"
        case .briefExtensionMismatch:
            "-o {file}: un archivo .{ext} no contiene un informe --format {format}; nómbrelo .{format}, o cambie --format"
        case .filterTermNotForKind:
            "--filter: {term} no se aplica a {kind}; filtre {kind} por {fields} o por palabras"
        case .boardCreatePrompt: "{path} no existe. ¿Crear ahí un tablero de ejemplo FICTICIO? [s/N] "
        case .boardCreateDeclined:
            "no se creó ningún tablero en {path}; revise --data, o cree un tablero vacío con enlace init --data {path}"
        case .boardCreateNotInteractive:
            "{path} no existe y la entrada estándar no es una terminal para preguntar si se crea ahí un tablero de ejemplo; "
                + "revise --data, o ejecute antes enlace init --sample --data {path}"
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
        case .fieldOwner: "Responsable"
        case .releasableNote: "divulgable a México"
        case .notReleasableNote: "no divulgable a México"
        case .outputFailed: "no se pudo escribir en la salida estándar ({reason})"
        case .unknownFieldKept: "aviso: {file}: campo desconocido \"{field}\" conservado (esta versión no lo usa; al guardar se vuelve a escribir)"
        case .unknownContactFieldKept: "aviso: {file}: enlace {id}: campo desconocido \"{field}\" conservado (esta versión no lo usa; al guardar se vuelve a escribir)"
        case .outputFailedAfterSave: "no se pudo escribir en la salida estándar ({reason}); {saved} (no ejecute el comando de nuevo)"
        case .savedNote: "la nota se guardó en {id} como versión {version}"
        case .savedImport: "los {count} casos se importaron a {path}"
        case .savedInit: "el directorio de datos se creó en {path}"
        case .savedGenerated: "el tablero se generó en {path}"
        case .savedLines: "se escribió {file}"
        }
    }
}
