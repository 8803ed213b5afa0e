import EnlaceText

extension AppState {
    /// `x` on the board: opens the export prompt on the selected case, with the answers of
    /// the last export written this session, if any. The kiosk never gets
    /// here: its keymap has no `x`.
    mutating func startExport() {
        guard pane == .cases else {
            statusMessage = StatusMessage(.exportOnlyCases)
            return
        }
        guard let id = selectedRecordID(in: .cases) else {
            statusMessage = StatusMessage(.nothingSelected)
            return
        }
        exportPrompt = lastExportChoices.map { ExportPrompt(caseID: id, choices: $0) }
            ?? ExportPrompt(caseID: id, language: language)
    }

    /// The export prompt's keys: move between its questions, change an answer, write the
    /// brief (the run loop does, and answers `.exportFinished`) or close.
    mutating func updateExportPrompt(_ intent: Intent) -> [Effect] {
        switch intent {
        case .exportNextField: exportPrompt?.moveField(by: 1)
        case .exportPreviousField: exportPrompt?.moveField(by: -1)
        case .exportNextValue: exportPrompt?.changeValue(by: 1)
        case .exportPreviousValue: exportPrompt?.changeValue(by: -1)
        case .exportCancel: exportPrompt = nil
        case .exportConfirm:
            guard let prompt = exportPrompt else { return [] }
            exportPrompt = nil
            // Only a confirmed prompt is remembered: Esc means "not like that".
            lastExportChoices = prompt.choices
            return [.export(prompt.request)]
        default: return updateAnywhere(intent)
        }
        return []
    }
}
