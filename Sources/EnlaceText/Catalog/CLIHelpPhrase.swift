/// The command line's `--help`: what each command does, what each option and argument is
/// for, and the names of their values (`--data <dir>`).
///
/// Keys ending in `Value` are value names: one lowercase word, the placeholder users see in
/// `USAGE:` and in usage errors.
public enum CLIHelpPhrase: String, CatalogSection {
    case enlaceAbstract, enlaceDiscussion, seeHelp
    case dataHelp, langHelp, lockTimeoutHelp, invalidLockTimeout
    case boardAbstract, boardExportDirHelp
    case kioskAbstract, kioskRotateHelp, kioskMaxMarkingHelp, kioskReleasableHelp, kioskExitKeyHelp
    case initAbstract, initSampleHelp
    case listAbstract, listKindHelp, listFilterHelp, listJSONHelp
    case caseIDHelp, showAbstract, showJSONHelp
    case briefAbstract, briefDiscussion, briefCaseIDsHelp, briefFilterHelp, briefFormatHelp
    case briefReleasableHelp, briefOutputHelp, briefForceHelp
    case importAbstract, importFileHelp
    case noteAbstract, noteTextHelp, noteReleasableHelp
    case checkAbstract, versionAbstract
    case generateAbstract, generateDiscussion, generateCasesHelp, generateSeedHelp, generateContactsHelp
    case generateJSONLHelp
    case directoryValue, languageValue, secondsValue, markingValue, keyValue, kindValue, queryValue
    case caseIDValue, formatValue, fileValue, textValue, countValue, seedValue

    public var english: String {
        switch self {
        case .enlaceAbstract: "A terminal case-coordination board for liaison officers."
        case .enlaceDiscussion:
            "Exit codes: 0 done; 1 bad usage or unknown id; 2 damaged or invalid data; 3 conflict or lock timeout; "
                + "4 the data directory may not be written; 5 a new board was asked for in a directory that is not empty."
        case .seeHelp: "{message} (see {command} --help)"
        case .dataHelp: "The data directory (else $ENLACE_DATA, else $XDG_DATA_HOME/enlace)."
        case .langHelp: "Language: en or es (else the board's default, else LC_ALL, LC_MESSAGES or LANG)."
        case .lockTimeoutHelp: "Seconds a save waits for another officer's save before giving up with exit code 3."
        case .invalidLockTimeout: "--lock-timeout: the value must be positive; give a number of seconds greater than 0 and at most 3600."
        case .boardAbstract: "Open the board (the default)."
        case .boardExportDirHelp: "Where x writes briefs (else exports/ in the data directory)."
        case .kioskAbstract: "The read-only display for an operations room."
        case .kioskRotateHelp: "Seconds between page turns when the cases do not fit."
        case .kioskMaxMarkingHelp: "The most restrictive marking shown in full; cases above it show only as restricted."
        case .kioskReleasableHelp: "Show only cases and notes releasable to Mexico."
        case .kioskExitKeyHelp: "The one key that quits (e.g. ctrl-x, F10); without it the keyboard cannot quit."
        case .initAbstract: "Create a data directory with the agency registry."
        case .initSampleHelp: "Fill it with the fictional sample board."
        case .listAbstract: "List cases, contacts or agencies, optionally filtered."
        case .listKindHelp: "What to list: cases, contacts or agencies."
        case .listFilterHelp: "A query, as in the board's filter: 'tag:fentanyl lead:DEA overdue'."
        case .listJSONHelp: "One JSON document with the record field names of DESIGN.md."
        case .showAbstract: "Show one case in full."
        case .caseIDHelp: "The case id, e.g. MX-2026-0042."
        case .showJSONHelp: "The case record as JSON."
        case .briefAbstract: "Write a case brief in Markdown, plain text, HTML or JSON, in English or Spanish."
        case .briefDiscussion:
            "Several ids, or --filter, make one brief with a table of contents. --releasable leaves out every "
                + "note not releasable to Mexico and refuses a case that is not releasable at all. Without -o the "
                + "brief goes to standard output; a file is never written over unless --force, and never through "
                + "a symbolic link."
        case .briefCaseIDsHelp: "Case ids, e.g. MX-2026-0042."
        case .briefFilterHelp: "Every case this query matches (the language of `list --filter`), in one brief."
        case .briefFormatHelp: "md, txt, html or json (else from the -o file name, else md)."
        case .briefReleasableHelp: "For Mexican partners: only what is releasable to Mexico."
        case .briefOutputHelp: "Write the brief to this file instead of standard output (- is standard output)."
        case .briefForceHelp: "Replace the file if it exists (never a symbolic link)."
        case .importAbstract: "Import cases from JSON Lines (one case object a line); all or nothing."
        case .importFileHelp: "The file to import; - reads standard input."
        case .noteAbstract: "Append a note to a case."
        case .noteTextHelp: "The note's text; - reads it from standard input."
        case .noteReleasableHelp: "The note may be shown to Mexican partners."
        case .checkAbstract: "Validate a data directory: files, records, references."
        case .versionAbstract: "Print the version and the git commit it was built from (also --version, -V)."
        case .generateAbstract:
            "Make a FICTIONAL board of any size (for benchmarks and tests); the same seed gives the same board."
        case .generateDiscussion:
            "--data DIR makes a new data directory (registry, contacts, cases) through the store; --jsonl FILE "
                + "writes the same cases as JSON Lines, for enlace import or jq. A board for importing those lines "
                + "is made with --cases 0 and the same --seed and --contacts."
        case .generateCasesHelp: "How many cases."
        case .generateSeedHelp: "The seed; the same seed gives the same board."
        case .generateContactsHelp: "How many contacts (at most 9999)."
        case .generateJSONLHelp: "Also write the cases as JSON Lines to this file."
        case .directoryValue: "dir"
        case .languageValue: "lang"
        case .secondsValue: "seconds"
        case .markingValue: "marking"
        case .keyValue: "key"
        case .kindValue: "kind"
        case .queryValue: "query"
        case .caseIDValue: "case-id"
        case .formatValue: "format"
        case .fileValue: "file"
        case .textValue: "text"
        case .countValue: "count"
        case .seedValue: "seed"
        }
    }

    public var spanish: String {
        switch self {
        case .enlaceAbstract: "Un tablero en la terminal para coordinar casos entre oficiales de enlace."
        case .enlaceDiscussion:
            "Códigos de salida: 0 hecho; 1 uso incorrecto o identificador desconocido; 2 datos dañados o no "
                + "válidos; 3 conflicto o se agotó la espera del bloqueo; 4 no se puede escribir en el directorio de "
                + "datos; 5 se pidió un tablero nuevo en un directorio que no está vacío."
        case .seeHelp: "{message} (vea {command} --help)"
        case .dataHelp: "El directorio de datos (si no, $ENLACE_DATA; si no, $XDG_DATA_HOME/enlace)."
        case .langHelp:
            "Idioma: en o es (si no, el predeterminado del tablero; si no, LC_ALL, LC_MESSAGES o LANG)."
        case .lockTimeoutHelp:
            "Segundos que un guardado espera el de otro oficial antes de desistir con el código de salida 3."
        case .invalidLockTimeout: "--lock-timeout: el valor debe ser positivo; indica un número de segundos mayor que 0 y de 3600 como máximo."
        case .boardAbstract: "Abre el tablero (lo que se hace si no se indica subcomando)."
        case .boardExportDirHelp: "Dónde escribe x los informes (si no, exports/ en el directorio de datos)."
        case .kioskAbstract: "La pantalla de solo lectura para una sala de operaciones."
        case .kioskRotateHelp: "Segundos entre cambios de página cuando los casos no caben."
        case .kioskMaxMarkingHelp:
            "La marca más restrictiva que se muestra completa; los casos por encima se muestran solo como restringidos."
        case .kioskReleasableHelp: "Muestra solo los casos y las notas divulgables a México."
        case .kioskExitKeyHelp:
            "La única tecla que sale (p. ej. ctrl-x, F10); sin ella no se puede salir con el teclado."
        case .initAbstract: "Crea un directorio de datos con el registro de dependencias."
        case .initSampleHelp: "Lo llena con el tablero ficticio de ejemplo."
        case .listAbstract: "Lista casos, contactos o dependencias, con filtro opcional."
        case .listKindHelp: "Qué listar: cases (casos), contacts (contactos) o agencies (dependencias)."
        case .listFilterHelp: "Una consulta, como en el filtro del tablero: 'tag:fentanyl lead:DEA overdue'."
        case .listJSONHelp: "Un solo documento JSON con los nombres de campo de DESIGN.md."
        case .showAbstract: "Muestra un caso completo."
        case .caseIDHelp: "El identificador del caso, p. ej. MX-2026-0042."
        case .showJSONHelp: "El registro del caso en JSON."
        case .briefAbstract: "Escribe el informe de un caso en Markdown, texto, HTML o JSON, en inglés o en español."
        case .briefDiscussion:
            "Varios identificadores, o --filter, dan un solo informe con índice. --releasable omite toda nota "
                + "no divulgable a México y rechaza un caso que no es divulgable. Sin -o el informe va a la salida "
                + "estándar; nunca se sobrescribe un archivo sin --force, ni se escribe a través de un enlace "
                + "simbólico."
        case .briefCaseIDsHelp: "Identificadores de caso, p. ej. MX-2026-0042."
        case .briefFilterHelp:
            "Todos los casos que cumplen esta consulta (el lenguaje de `list --filter`), en un solo informe."
        case .briefFormatHelp: "md, txt, html o json (si no, según el nombre del archivo de -o; si no, md)."
        case .briefReleasableHelp: "Para las contrapartes mexicanas: solo lo divulgable a México."
        case .briefOutputHelp: "Escribe el informe en este archivo en vez de la salida estándar (- es la salida estándar)."
        case .briefForceHelp: "Reemplaza el archivo si ya existe (nunca un enlace simbólico)."
        case .importAbstract: "Importa casos de JSON Lines (un objeto de caso por línea); todos o ninguno."
        case .importFileHelp: "El archivo que se importa; - lee la entrada estándar."
        case .noteAbstract: "Agrega una nota a un caso."
        case .noteTextHelp: "El texto de la nota; - lo lee de la entrada estándar."
        case .noteReleasableHelp: "La nota puede mostrarse a las contrapartes mexicanas."
        case .checkAbstract: "Valida un directorio de datos: archivos, registros y referencias."
        case .versionAbstract: "Muestra la versión y la confirmación de git de la compilación (también --version, -V)."
        case .generateAbstract:
            "Crea un tablero FICTICIO de cualquier tamaño (para mediciones y pruebas); la misma semilla da el "
                + "mismo tablero."
        case .generateDiscussion:
            "--data DIRECTORIO crea un directorio de datos nuevo (registro, contactos, casos) a través del almacén; "
                + "--jsonl ARCHIVO escribe los mismos casos en JSON Lines, para enlace import o jq. El tablero "
                + "para importar esas líneas se crea con --cases 0 y los mismos --seed y --contacts."
        case .generateCasesHelp: "Cuántos casos."
        case .generateSeedHelp: "La semilla; la misma semilla da el mismo tablero."
        case .generateContactsHelp: "Cuántos contactos (9999 como máximo)."
        case .generateJSONLHelp: "Escribe además los casos en JSON Lines en este archivo."
        case .directoryValue: "directorio"
        case .languageValue: "idioma"
        case .secondsValue: "segundos"
        case .markingValue: "marca"
        case .keyValue: "tecla"
        case .kindValue: "tipo"
        case .queryValue: "consulta"
        case .caseIDValue: "id-caso"
        case .formatValue: "formato"
        case .fileValue: "archivo"
        case .textValue: "texto"
        case .countValue: "cantidad"
        case .seedValue: "semilla"
        }
    }
}
