import EnlaceText

extension AppState {
    /// A save met someone else's change to the same fields: pick mine or theirs per field,
    /// save what was picked, edit a merge of both (`e`), or keep theirs (Esc).
    mutating func updateConflict(_ intent: Intent) -> [Effect] {
        guard case .conflict(var prompt)? = editing else { return [] }
        switch intent {
        case .conflictPickMine, .editCursorLeft: prompt.pick(.mine)
        case .conflictPickTheirs, .editCursorRight: prompt.pick(.theirs)
        case .editNextField, .editNextPick, .moveDown: prompt.moveFocus(by: 1)
        case .editPreviousField, .editPreviousPick, .moveUp: prompt.moveFocus(by: -1)
        case .editAccept:
            guard prompt.isResolved else {
                statusMessage = StatusMessage(.pickEverySide, isError: true)
                return []
            }
            editing = nil
            return [prompt.resolvedSave]
        case .editRecord:
            // Neither value as it is: the form on their version, filled with the values picked
            // so far (mine where nothing is picked yet), to edit and save.
            editing = .form(mergedForm(prompt))
            return []
        case .editCancel:
            editing = nil
            statusMessage = if let user = prompt.theirUser {
                StatusMessage(.keptTheirs, [.init("user", user)])
            } else {
                StatusMessage(.keptTheirsContact, [.init("id", prompt.recordID)])
            }
            return []
        default: return updateAnywhere(intent)
        }
        editing = .conflict(prompt)
        return []
    }

    /// The form `e` opens from a conflict, on their version, focused on the first field in conflict.
    private func mergedForm(_ prompt: ConflictPrompt) -> EditForm {
        switch prompt.subject {
        case .case(_, let conflict):
            var form = form(for: .editCase(base: .answered(conflict.theirs)))
            form.fields = caseFields(conflict.candidate(prompt.picks))
            if let first = conflict.fields.first, let index = form.fields.firstIndex(where: { $0.id.modelField == first.rawValue }) {
                form.focus = index
            }
            return form
        case .contact(_, let conflict):
            var form = form(for: .editContact(base: conflict.theirs))
            form.fields = Self.contactFields(conflict.candidate(prompt.picks))
            if let first = conflict.fields.first?.formField, let index = form.fields.firstIndex(where: { $0.id == first }) {
                form.focus = index
            }
            return form
        }
    }
}
