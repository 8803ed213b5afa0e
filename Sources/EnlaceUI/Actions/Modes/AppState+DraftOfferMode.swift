extension AppState {
    /// A draft a signal kept is offered: `r` reopens its form, any other key lets it go. Either
    /// way the kept file is removed, so it is offered once.
    mutating func updateDraftOffer(_ intent: Intent) -> [Effect] {
        switch intent {
        case .restoreDraft:
            if let draft = offeredDraft, let form = form(restoring: draft) { editing = .form(form) }
            offeredDraft = nil
            return [.removeDraft]
        case .dropDraft:
            offeredDraft = nil
            return [.removeDraft]
        default: return []
        }
    }
}
