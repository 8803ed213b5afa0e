import EnlaceModel
import EnlaceText

extension AppState {
    /// `S`, `p`, `m` on a case: the lettered menu of its statuses, priorities or markings.
    mutating func openQuickChange(_ field: QuickChange.Field, on base: WholeCase) -> [Effect] {
        isHelpShown = false
        quickChange = QuickChange(field, base: base)
        return []
    }

    /// A quick-change menu's keys: a letter saves the case with that value, through the
    /// same form and save as the one-field form (validation, "nothing changed", conflicts);
    /// Esc closes.
    mutating func updateQuickChange(_ intent: Intent) -> [Effect] {
        guard let quick = quickChange else { return [] }
        switch intent {
        case .quickChoose(let choice) where choice.field == quick.field:
            quickChange = nil
            var form = form(for: quick.purpose)
            form.choose(choice.formField, choice.rawValue)
            // Reopening a closed case asks why: the small form with its note field does.
            if case .status(let status) = choice, quick.base.status == .closed, status != .closed,
               let note = form.fields.firstIndex(where: { $0.id == .noteText }) {
                form.focus = note
                editing = .form(form)
                return []
            }
            let effects = save(&form)
            // A value the case may not have: the form shows why.
            if effects.isEmpty, !form.problems.isEmpty { editing = .form(form) }
            return effects
        case .quickChangeCancel:
            quickChange = nil
            return []
        default:
            return updateAnywhere(intent)
        }
    }
}
