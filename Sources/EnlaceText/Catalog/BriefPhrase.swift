/// The words of case briefs (`enlace brief`, the board's export) and of their errors.
public enum BriefPhrase: String, CatalogSection {
    // The document
    case documentTitle, documentTitleSeveral, contents, generated, utc
    case contactReportTitle, contactReportState, contactReportNoOfficial, contactReportTotal, contactReportCount
    case contactReportDue, contactReportOverdue, contactReportFiled, contactReportNone, contactReportEmpty
    case textInOtherLanguage, mayBeOutdated
    // Facts of a case
    case status, priority, marking, opened, due, noDueDate, nextAction, notSet, post, owner, tags, noTags
    // Agencies
    case agencies, leadAgency, partnerAgencies, noPartnerAgencies, mexicanCounterparts, noCounterparts
    // Contacts
    case contacts, noContacts, contactName, contactAgency, contactRole, contactPhone, contactEmail
    // Summary, notes, links
    case summary, notes, noNotes, noteDate, noteAuthor, noteText, noteNotReleasable, linkedCases, noLinkedCases
    // Errors
    case errorNotReleasable, errorUnknownCase, errorNoCases, errorEncoding, errorExists, errorIsSymlink, errorNotRegularFile, errorIO
    case errorIDsAndFilter, errorNoIDsNorFilter

    public var english: String {
        switch self {
        case .documentTitle: "Case brief"
        case .contactReportTitle: "Contacts with Mexican officials, {month}"
        case .contactReportState: "3-day report: {state}"
        case .contactReportNoOfficial: "No Mexican official"
        case .contactReportTotal: "{count} contacts"
        case .contactReportCount: "{state} {count}"
        case .contactReportDue: "due"
        case .contactReportOverdue: "overdue"
        case .contactReportFiled: "filed"
        case .contactReportNone: "none owed"
        case .contactReportEmpty: "No contact was logged this month."
        case .documentTitleSeveral: "Case briefs: {count} cases"
        case .contents: "Contents"
        case .generated: "Generated {when} by {who}"
        case .utc: "UTC"
        case .textInOtherLanguage: "(text in Spanish)"
        case .mayBeOutdated: "(may be out of date)"
        case .status: "Status"
        case .priority: "Priority"
        case .marking: "Marking"
        case .opened: "Opened"
        case .due: "Due"
        case .noDueDate: "no due date"
        case .nextAction: "Next action"
        case .notSet: "not set"
        case .post: "Post"
        case .owner: "Owner"
        case .tags: "Tags"
        case .noTags: "none"
        case .agencies: "Agencies"
        case .leadAgency: "Lead agency"
        case .partnerAgencies: "Partner agencies"
        case .noPartnerAgencies: "none"
        case .mexicanCounterparts: "Mexican counterparts"
        case .noCounterparts: "none on record"
        case .contacts: "Liaison contacts"
        case .noContacts: "No liaison contacts on this case."
        case .contactName: "Name"
        case .contactAgency: "Agency"
        case .contactRole: "Role"
        case .contactPhone: "Phone"
        case .contactEmail: "Email"
        case .summary: "Summary"
        case .notes: "Timeline"
        case .noNotes: "No notes."
        case .noteDate: "Date"
        case .noteAuthor: "Author"
        case .noteText: "Note"
        case .noteNotReleasable: "NOT RELEASABLE TO MEXICO"
        case .linkedCases: "Linked cases"
        case .noLinkedCases: "No linked cases."
        case .errorNotReleasable:
            "not releasable to Mexico: {ids}. A releasable brief cannot include such a case: leave out --releasable, or leave out the case"
        case .errorUnknownCase: "no case {id} on this board: `enlace list cases` shows the ids"
        case .errorNoCases: "no case to brief: the ids or the filter chose none"
        case .errorEncoding: "cannot put the brief into JSON: {reason}"
        case .errorExists: "{path} already exists: add --force to replace it, or choose another file with -o"
        case .errorIsSymlink: "{path} is a symbolic link, and a brief is never written through one: choose another file"
        case .errorNotRegularFile: "{path} is not a regular file (a device, a pipe or a socket), and a brief replaces only a regular file, even with --force: choose another file"
        case .errorIO: "cannot write {path}: {reason}"
        case .errorIDsAndFilter: "give case ids or --filter, not both"
        case .errorNoIDsNorFilter: "give a case id (MX-2026-0042) or --filter QUERY"
        }
    }

    public var spanish: String {
        switch self {
        case .documentTitle: "Ficha del caso"
        case .contactReportTitle: "Contactos con funcionarios mexicanos, {month}"
        case .contactReportState: "informe de 3 días: {state}"
        case .contactReportNoOfficial: "Sin funcionario mexicano"
        case .contactReportTotal: "{count} contactos"
        case .contactReportCount: "{state} {count}"
        case .contactReportDue: "por vencer"
        case .contactReportOverdue: "vencidos"
        case .contactReportFiled: "presentados"
        case .contactReportNone: "sin informe"
        case .contactReportEmpty: "No se registró ningún contacto este mes."
        case .documentTitleSeveral: "Fichas de casos: {count} casos"
        case .contents: "Contenido"
        case .generated: "Generada el {when} por {who}"
        case .utc: "UTC"
        case .textInOtherLanguage: "(texto en inglés)"
        case .mayBeOutdated: "(puede estar desactualizado)"
        case .status: "Estado"
        case .priority: "Prioridad"
        case .marking: "Clasificación"
        case .opened: "Apertura"
        case .due: "Fecha límite"
        case .noDueDate: "sin fecha límite"
        case .nextAction: "Siguiente acción"
        case .notSet: "sin definir"
        case .post: "Sede"
        case .owner: "Responsable"
        case .tags: "Etiquetas"
        case .noTags: "ninguna"
        case .agencies: "Dependencias"
        case .leadAgency: "Dependencia líder"
        case .partnerAgencies: "Dependencias participantes"
        case .noPartnerAgencies: "ninguna"
        case .mexicanCounterparts: "Contrapartes mexicanas"
        case .noCounterparts: "ninguna registrada"
        case .contacts: "Contactos de enlace"
        case .noContacts: "Este caso no tiene contactos de enlace."
        case .contactName: "Nombre"
        case .contactAgency: "Dependencia"
        case .contactRole: "Cargo"
        case .contactPhone: "Teléfono"
        case .contactEmail: "Correo"
        case .summary: "Resumen"
        case .notes: "Cronología"
        case .noNotes: "Sin notas."
        case .noteDate: "Fecha"
        case .noteAuthor: "Autor"
        case .noteText: "Nota"
        case .noteNotReleasable: "NO DIVULGABLE A MÉXICO"
        case .linkedCases: "Casos vinculados"
        case .noLinkedCases: "Sin casos vinculados."
        case .errorNotReleasable:
            "no divulgable a México: {ids}. Una ficha divulgable no puede incluir un caso así: quite --releasable o deje fuera el caso"
        case .errorUnknownCase: "no hay ningún caso {id} en este tablero: `enlace list cases` muestra los identificadores"
        case .errorNoCases: "no hay casos para la ficha: los identificadores o el filtro no eligieron ninguno"
        case .errorEncoding: "no se puede convertir la ficha a JSON: {reason}"
        case .errorExists: "{path} ya existe: agregue --force para reemplazarlo o elija otro archivo con -o"
        case .errorIsSymlink: "{path} es un enlace simbólico y una ficha nunca se escribe a través de uno: elija otro archivo"
        case .errorNotRegularFile: "{path} no es un archivo normal (un dispositivo, una tubería o un socket) y una ficha solo reemplaza un archivo normal, aun con --force: elija otro archivo"
        case .errorIO: "no se puede escribir {path}: {reason}"
        case .errorIDsAndFilter: "indique identificadores de caso o --filter, no ambos"
        case .errorNoIDsNorFilter: "indique un identificador de caso (MX-2026-0042) o --filter CONSULTA"
        }
    }
}
