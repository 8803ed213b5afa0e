/// What the data directory says when something goes wrong: one line naming the file, the
/// record and what to do. `{path}` and `{id}` are filled by the caller, already made safe.
public enum StorePhrase: String, CatalogSection {
    case notADataDirectory, missingFile, alreadyExists, notEmpty, damaged, damagedFile, newerSchema
    case conflict, conflictBy, lockTimeout, lockTimeoutUnknown, ioFailure
    case notFound, deleted, deletedUnknown, contactDeleted, contactInUse, duplicateID, invalidID, readOnly
    case notWritable
    case tornAuditLine, tornAuditLineAtEnd, strayTempKept
    case entityCase, entityContact
    // Where the audit log and the records disagree (`check`).
    case auditLastVersionUnlogged, auditVersionUnlogged, auditVersionsUnlogged, auditDuplicated, auditBeyondRecord
    case auditRecordMissing, auditDeletedButPresent
    // What is wrong in a damaged file.
    case reasonEmpty, reasonNotUTF8, reasonUnexpectedCharacter, reasonUnexpectedEnd, reasonTrailingContent
    case reasonDuplicateKey
    case reasonNestedTooDeeply, reasonTooLarge, reasonMissingField, reasonWrongType, reasonInvalidValue,
        reasonNotAWholeNumber
    case reasonIDDoesNotMatchFileName, reasonDuplicateID, reasonCannotRead, reasonUnreadable, reasonLineTooLong
    case reasonNotRegularFile, reasonNotRealDirectory
    // What a path is when it is not what Enlace expected.
    case kindRegularFile, kindSymbolicLink, kindDirectory, kindFIFO, kindDevice, kindSocket
    // What JSON expected there.
    case expectedValue, expectedQuotedKey, expectedColon, expectedCommaOrBrace, expectedCommaOrBracket
    case expectedDigit, expectedHexDigit, expectedEscape, expectedEscapedControl, expectedLiteral
    // The kinds of JSON value.
    case typeString, typeNumber, typeBoolean, typeArray, typeObject
    // The system call that failed.
    case operationOpen, operationRead, operationWrite, operationSync, operationRename, operationRemove
    case operationLock, operationList, operationCreateDirectory, operationStatus
    // Why it failed, for the usual reasons; others use the system's text.
    case errnoPermission, errnoReadOnlyFileSystem, errnoNoSpace, errnoQuota, errnoIO, errnoNotFound
    case errnoExists, errnoNotDirectory, errnoIsDirectory

    public var english: String {
        switch self {
        case .notADataDirectory: "{path} is not an Enlace data directory (it has no board.json): create one with `enlace init`, or give another with --data."
        case .missingFile: "{path} is missing: restore it from a copy of the data directory."
        case .alreadyExists: "{path} already exists: this directory holds a board already; use it, or choose another with --data."
        case .notEmpty: "{path} is not empty but has no board.json (it holds {found}), so no new board is made in it: if it is a board that lost its board.json, restore that from a copy (`enlace check --data {path}` says what is there); otherwise choose an empty or new directory with --data."
        case .damaged: "{path}:{line}:{column}: {reason}. The file was left as it is: fix it by hand or restore it from a copy."
        case .damagedFile: "{path}: {reason}."
        case .newerSchema: "{path} was written by a newer Enlace (schema {found}; this one reads up to {supported}): update Enlace to open this board."
        case .conflict: "{entity} {id} was changed by someone else since you opened it (now version {theirs}, you started from {mine}); nothing was saved: reload it and make your change again."
        case .conflictBy: "{entity} {id} was changed by {user} since you opened it (now version {theirs}, you started from {mine}); nothing was saved: reload it and make your change again."
        case .lockTimeout: "{path} is held by {login} (pid {pid}); nothing was saved: try again when their save ends."
        case .lockTimeoutUnknown: "{path} is held by another writer; nothing was saved: try again in a moment."
        case .ioFailure: "{path}: could not {operation}: {reason}. Nothing was changed."
        case .notFound: "No case or contact has the id {id}: `enlace list cases` shows the ids."
        case .deleted: "Case {id} was deleted by {user} on {at} (the undo of its creation): it is no longer on the board, its id is not given again, and its last version is kept in audit.jsonl."
        case .deletedUnknown: "Case {id} was deleted: it is no longer on the board, its id is not given again, and its last version is kept in cases/.{id}.json.deleted."
        case .contactDeleted: "Contact {id} was deleted by {user} on {at} (the undo of its creation): it is no longer on the board, its id is not given again, and its last version is kept in audit.jsonl."
        case .contactInUse: "Contact {id} is named by case {caseID} now; nothing was deleted: take it off that case first."
        case .duplicateID: "{id} exists already: choose another id."
        case .invalidID: "\"{id}\" cannot be an id: ids name files, so no '/', no leading '.', no control characters."
        case .readOnly: "{path} is open read-only (kiosk): nothing can be changed here."
        case .notWritable: "you may not write {path} ({reason}): ask its owner, or use --data with a directory of your own. Nothing was changed."
        case .tornAuditLine: "{path}:{line}: this audit line was cut short when a save was interrupted; it is kept as it is and does no harm."
        case .strayTempKept: "{path} looks like a temp file an interrupted save left, but it could not be removed ({reason}); it is left as it is and does no harm: remove it by hand."
        case .tornAuditLineAtEnd: "{path}: the last audit line was cut short when a save was interrupted; it is kept as it is and does no harm."
        case .entityCase: "Case"
        case .entityContact: "Contact"
        case .auditLastVersionUnlogged: "{path}: {entity} {id}: version {version} has no audit line. A crash between a save and its audit line leaves this; the change itself is saved."
        case .auditVersionUnlogged: "{path}: {entity} {id}: version {version} has no audit line: a line was removed, or the version was changed by hand."
        case .auditVersionsUnlogged: "{path}: {entity} {id}: versions {from} to {through} have no audit line: a line was removed, or the version was changed by hand."
        case .auditDuplicated: "{path}: {entity} {id}: version {version} is logged more than once (lines {lines})."
        case .auditBeyondRecord: "{path}: {entity} {id}: the audit log goes to version {logged}, but the record is at version {record}: it may have been restored from an older copy."
        case .auditRecordMissing: "{path}: {entity} {id}: the audit log has it up to version {logged}, but there is no such record and no deletion was logged."
        case .auditDeletedButPresent: "{path}: {entity} {id}: the audit log says it was deleted (version {version}), but it is there."
        case .reasonEmpty: "the file is empty"
        case .reasonNotUTF8: "these bytes are not UTF-8 text"
        case .reasonUnexpectedCharacter: "found {found} where {expected} should be"
        case .reasonUnexpectedEnd: "the file ends in the middle of a value"
        case .reasonTrailingContent: "something follows the end of the JSON value"
        case .reasonDuplicateKey: "the key \"{key}\" is given twice in one object, and programs disagree on which one counts; keep one"
        case .reasonNestedTooDeeply: "lists and objects nest deeper than {limit} levels"
        case .reasonTooLarge: "the file has {bytes} bytes, more than the {limit} Enlace reads"
        case .reasonMissingField: "the required field \"{field}\" is missing"
        case .reasonWrongType: "\"{field}\" should be {expected}"
        case .reasonInvalidValue: "\"{field}\" has a value that is not allowed ({detail})"
        case .reasonNotAWholeNumber:
            "\"{field}\" holds {number}, which is not a whole number from -9223372036854775808 to 9223372036854775807"
        case .reasonIDDoesNotMatchFileName: "the id \"{id}\" does not match the file name {fileName}"
        case .reasonDuplicateID: "the id \"{id}\" appears twice"
        case .reasonCannotRead: "the file cannot be read ({reason})"
        case .reasonUnreadable: "this is not what the file should hold ({detail})"
        case .reasonLineTooLong: "the line has {bytes} bytes, more than the {limit} Enlace reads"
        case .reasonNotRegularFile: "it is {kind}, not a regular file: Enlace neither reads nor writes through it; remove it, or put the real file in its place"
        case .reasonNotRealDirectory: "it is {kind}, not a directory: Enlace writes nothing through it; remove it, or put the real directory in its place"
        case .kindRegularFile: "a file"
        case .kindSymbolicLink: "a symbolic link"
        case .kindDirectory: "a directory"
        case .kindFIFO: "a named pipe (FIFO)"
        case .kindDevice: "a device"
        case .kindSocket: "a socket"
        case .expectedValue: "a value"
        case .expectedQuotedKey: "a key in double quotes"
        case .expectedColon: "':'"
        case .expectedCommaOrBrace: "',' or '}'"
        case .expectedCommaOrBracket: "',' or ']'"
        case .expectedDigit: "a digit"
        case .expectedHexDigit: "a hexadecimal digit"
        case .expectedEscape: "an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)"
        case .expectedEscapedControl: "a control character written as an escape"
        case .expectedLiteral: "'{word}'"
        case .typeString: "text in quotes"
        case .typeNumber: "a number"
        case .typeBoolean: "true or false"
        case .typeArray: "a list [...]"
        case .typeObject: "an object {...}"
        case .operationOpen: "open it"
        case .operationRead: "read it"
        case .operationWrite: "write it"
        case .operationSync: "flush it to disk"
        case .operationRename: "put it in place"
        case .operationRemove: "remove it"
        case .operationLock: "lock it"
        case .operationList: "list it"
        case .operationCreateDirectory: "create the directory"
        case .operationStatus: "examine it"
        case .errnoPermission: "permission denied"
        case .errnoReadOnlyFileSystem: "the file system is read-only"
        case .errnoNoSpace: "the disk is full"
        case .errnoQuota: "the disk quota is used up"
        case .errnoIO: "a disk error"
        case .errnoNotFound: "no such file or directory"
        case .errnoExists: "it exists already"
        case .errnoNotDirectory: "a part of the path is not a directory"
        case .errnoIsDirectory: "it is a directory"
        }
    }

    public var spanish: String {
        switch self {
        case .notADataDirectory: "{path} no es un directorio de datos de Enlace (no tiene board.json): cree uno con `enlace init` o indique otro con --data."
        case .missingFile: "Falta {path}: restáurelo desde una copia del directorio de datos."
        case .alreadyExists: "{path} ya existe: este directorio ya contiene un tablero; úselo o elija otro con --data."
        case .notEmpty: "{path} no está vacío pero no tiene board.json (contiene {found}), así que no se crea un tablero nuevo en él: si es un tablero que perdió su board.json, restáurelo desde una copia (`enlace check --data {path}` dice qué hay); si no, elija un directorio vacío o nuevo con --data."
        case .damaged: "{path}:{line}:{column}: {reason}. El archivo se dejó como estaba: corríjalo a mano o restáurelo desde una copia."
        case .damagedFile: "{path}: {reason}."
        case .newerSchema: "{path} fue escrito por una versión más reciente de Enlace (esquema {found}; esta lee hasta el {supported}): actualice Enlace para abrir este tablero."
        case .conflict: "Otra persona modificó {entity} {id} después de que usted lo abrió (ahora versión {theirs}, usted partió de la {mine}); no se guardó nada: vuelva a cargarlo y repita su cambio."
        case .conflictBy: "{user} modificó {entity} {id} después de que usted lo abrió (ahora versión {theirs}, usted partió de la {mine}); no se guardó nada: vuelva a cargarlo y repita su cambio."
        case .lockTimeout: "{login} (pid {pid}) tiene bloqueado {path}; no se guardó nada: inténtelo de nuevo cuando termine de guardar."
        case .lockTimeoutUnknown: "Otro proceso tiene bloqueado {path}; no se guardó nada: inténtelo de nuevo en un momento."
        case .ioFailure: "{path}: no se pudo {operation}: {reason}. No se modificó nada."
        case .notFound: "Ningún caso ni contacto tiene el identificador {id}: `enlace list cases` muestra los identificadores."
        case .deleted: "{user} eliminó el caso {id} el {at} (al deshacer su creación): ya no está en el tablero, su identificador no se vuelve a asignar y su última versión se conserva en audit.jsonl."
        case .deletedUnknown: "El caso {id} fue eliminado: ya no está en el tablero, su identificador no se vuelve a asignar y su última versión se conserva en cases/.{id}.json.deleted."
        case .contactDeleted: "{user} eliminó el contacto {id} el {at} (al deshacer su creación): ya no está en el tablero, su identificador no se vuelve a asignar y su última versión se conserva en audit.jsonl."
        case .contactInUse: "El caso {caseID} ya menciona al contacto {id}; no se eliminó nada: primero quítelo de ese caso."
        case .duplicateID: "{id} ya existe: elija otro identificador."
        case .invalidID: "\"{id}\" no puede ser un identificador: los identificadores nombran archivos, así que no se admiten '/', un '.' inicial ni caracteres de control."
        case .readOnly: "{path} está abierto en modo de solo lectura (kiosco): aquí no se puede modificar nada."
        case .notWritable: "no puede escribir en {path} ({reason}): pídaselo a quien lo administra, o use --data con un directorio propio. No se cambió nada."
        case .tornAuditLine: "{path}:{line}: esta línea de la bitácora quedó cortada cuando se interrumpió un guardado; se conserva como está y no causa daño."
        case .strayTempKept: "{path} parece un archivo temporal de un guardado interrumpido, pero no se pudo eliminar ({reason}); se deja como está y no causa daño: elimínelo a mano."
        case .tornAuditLineAtEnd: "{path}: la última línea de la bitácora quedó cortada cuando se interrumpió un guardado; se conserva como está y no causa daño."
        case .entityCase: "el caso"
        case .entityContact: "el contacto"
        case .auditLastVersionUnlogged: "{path}: {entity} {id}: la versión {version} no tiene línea en la bitácora. Esto ocurre si el programa se interrumpe entre un guardado y su línea de bitácora; el cambio sí está guardado."
        case .auditVersionUnlogged: "{path}: {entity} {id}: la versión {version} no tiene línea en la bitácora: se borró una línea o la versión se cambió a mano."
        case .auditVersionsUnlogged: "{path}: {entity} {id}: las versiones {from} a {through} no tienen línea en la bitácora: se borró una línea o la versión se cambió a mano."
        case .auditDuplicated: "{path}: {entity} {id}: la versión {version} figura más de una vez en la bitácora (líneas {lines})."
        case .auditBeyondRecord: "{path}: {entity} {id}: la bitácora llega a la versión {logged}, pero el registro está en la versión {record}: quizá se restauró desde una copia anterior."
        case .auditRecordMissing: "{path}: {entity} {id}: la bitácora lo tiene hasta la versión {logged}, pero no existe tal registro ni consta su eliminación."
        case .auditDeletedButPresent: "{path}: {entity} {id}: la bitácora dice que se eliminó (versión {version}), pero existe."
        case .reasonEmpty: "el archivo está vacío"
        case .reasonNotUTF8: "estos bytes no son texto UTF-8"
        case .reasonUnexpectedCharacter: "hay {found} donde debería haber {expected}"
        case .reasonUnexpectedEnd: "el archivo termina a la mitad de un valor"
        case .reasonTrailingContent: "hay algo después del final del valor JSON"
        case .reasonDuplicateKey: "la clave \"{key}\" aparece dos veces en un mismo objeto, y los programas no coinciden en cuál vale; deje una"
        case .reasonNestedTooDeeply: "las listas y los objetos se anidan más de {limit} niveles"
        case .reasonTooLarge: "el archivo tiene {bytes} bytes, más de los {limit} que lee Enlace"
        case .reasonMissingField: "falta el campo obligatorio \"{field}\""
        case .reasonWrongType: "\"{field}\" debería ser {expected}"
        case .reasonInvalidValue: "\"{field}\" tiene un valor no permitido ({detail})"
        case .reasonNotAWholeNumber:
            "\"{field}\" contiene {number}, que no es un número entero entre -9223372036854775808 y 9223372036854775807"
        case .reasonIDDoesNotMatchFileName: "el identificador \"{id}\" no coincide con el nombre del archivo {fileName}"
        case .reasonDuplicateID: "el identificador \"{id}\" aparece dos veces"
        case .reasonCannotRead: "no se puede leer el archivo ({reason})"
        case .reasonUnreadable: "esto no es lo que debe contener el archivo ({detail})"
        case .reasonLineTooLong: "la línea tiene {bytes} bytes, más de los {limit} que Enlace lee"
        case .reasonNotRegularFile: "es {kind}, no un archivo normal: Enlace no lee ni escribe a través de él; elimínelo o ponga el archivo real en su lugar"
        case .reasonNotRealDirectory: "es {kind}, no un directorio: Enlace no escribe nada a través de él; elimínelo o ponga el directorio real en su lugar"
        case .kindRegularFile: "un archivo"
        case .kindSymbolicLink: "un enlace simbólico"
        case .kindDirectory: "un directorio"
        case .kindFIFO: "una tubería con nombre (FIFO)"
        case .kindDevice: "un dispositivo"
        case .kindSocket: "un socket"
        case .expectedValue: "un valor"
        case .expectedQuotedKey: "una clave entre comillas dobles"
        case .expectedColon: "':'"
        case .expectedCommaOrBrace: "',' o '}'"
        case .expectedCommaOrBracket: "',' o ']'"
        case .expectedDigit: "un dígito"
        case .expectedHexDigit: "un dígito hexadecimal"
        case .expectedEscape: "una secuencia de escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)"
        case .expectedEscapedControl: "un carácter de control escrito como secuencia de escape"
        case .expectedLiteral: "'{word}'"
        case .typeString: "texto entre comillas"
        case .typeNumber: "un número"
        case .typeBoolean: "true o false"
        case .typeArray: "una lista [...]"
        case .typeObject: "un objeto {...}"
        case .operationOpen: "abrir"
        case .operationRead: "leer"
        case .operationWrite: "escribir"
        case .operationSync: "asentar en disco"
        case .operationRename: "colocar en su lugar"
        case .operationRemove: "eliminar"
        case .operationLock: "bloquear"
        case .operationList: "listar"
        case .operationCreateDirectory: "crear el directorio"
        case .operationStatus: "examinar"
        case .errnoPermission: "permiso denegado"
        case .errnoReadOnlyFileSystem: "el sistema de archivos es de solo lectura"
        case .errnoNoSpace: "el disco está lleno"
        case .errnoQuota: "se agotó la cuota de disco"
        case .errnoIO: "un error de disco"
        case .errnoNotFound: "no existe el archivo o directorio"
        case .errnoExists: "ya existe"
        case .errnoNotDirectory: "una parte de la ruta no es un directorio"
        case .errnoIsDirectory: "es un directorio"
        }
    }
}
