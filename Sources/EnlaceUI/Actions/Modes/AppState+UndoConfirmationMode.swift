import EnlaceModel
import EnlaceText

extension AppState {
    /// `u` on the board: takes the last change back at once when its record is the one
    /// selected in this pane; otherwise asks first, naming the record and the change, so that
    /// nothing out of sight changes without the officer knowing.
    mutating func askOrUndo() -> [Effect] {
        guard let entry = undoStack.last else { return undo() }
        if entry.pane == pane, selectedRecordID(in: pane) == entry.recordID { return undo() }
        isConfirmingUndo = true
        statusMessage = undoQuestion(entry)
        return []
    }

    /// The question before an undo: `y` takes the change back, any other key keeps it
    /// (Ctrl-C still quits).
    mutating func updateUndoConfirmation(_ intent: Intent) -> [Effect] {
        isConfirmingUndo = false
        switch intent {
        case .confirmUndo: return undo()
        case .quit: return updateAnywhere(intent)
        default:
            statusMessage = StatusMessage(.undoKept)
            return []
        }
    }

    /// "Undo MX-2026-0001's marking TLP:RED → TLP:GREEN? y/n": the record, the fields the undo
    /// puts back and, for a single field with a short value, what it is and what it becomes.
    func undoQuestion(_ entry: UndoEntry) -> StatusMessage {
        let id = entry.recordID
        switch entry {
        case .caseCreated, .contactCreated:
            return StatusMessage(.undoAskCreation, [.init("id", id)])
        case .caseChange(let before, let after):
            let fields = CaseField.changed(from: before, to: after.record)
            if fields.count == 1, let field = fields.first, let now = shortValue(field, of: after.record),
               let then = shortValue(field, of: before) {
                return StatusMessage(.undoAskValue, [
                    .init("id", id), .init("field", fieldWord(field.rawValue)), .init("now", now), .init("then", then),
                ])
            }
            return StatusMessage(.undoAskFields, [
                .init("id", id), .init("fields", fields.map { fieldWord($0.rawValue) }.joined(separator: ", ")),
            ])
        case .contactChange(let before, let after):
            let fields = ContactField.allCases.filter { !$0.isSame(before, after) }
            return StatusMessage(.undoAskFields, [
                .init("id", id), .init("fields", fields.map { fieldWord($0.rawValue) }.joined(separator: ", ")),
            ])
        }
    }

    /// A field as the forms name it, in lower case; the file's name where no form shows it.
    private func fieldWord(_ modelField: String) -> String {
        let label: UIPhrase? = switch modelField {
        case "notes": .fieldNote
        case "lastContact": .lastContact
        case "releasableToMexico": .fieldReleasable
        case "leadAgency": .fieldLead
        default: FormFieldID(rawValue: modelField)?.label
        }
        return label.map { $0(language).lowercased() } ?? modelField
    }

    /// The values a question can show whole: status, priority, marking.
    private func shortValue(_ field: CaseField, of record: Case) -> String? {
        switch field {
        case .status: record.status.phrase(language)
        case .priority: record.priority.phrase(language)
        case .marking: record.marking.rawValue
        default: nil
        }
    }
}
