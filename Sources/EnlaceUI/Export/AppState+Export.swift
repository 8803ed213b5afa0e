import EnlaceText

extension AppState {
    /// Applies an export action (issue 6, `x`): opens, answers and closes the prompt, and asks
    /// the run loop to write the brief. The kiosk never gets here: its keymap has no `x`.
    mutating func updateExport(_ action: Action) -> [Effect] {
        switch action {
        case .startExport:
            guard pane == .cases else {
                statusMessage = StatusMessage(.exportOnlyCases)
                return []
            }
            guard let id = selectedRecordID(in: .cases) else {
                statusMessage = StatusMessage(.nothingSelected)
                return []
            }
            exportPrompt = ExportPrompt(caseID: id, language: language)
        case .exportNextField: exportPrompt?.moveField(by: 1)
        case .exportPreviousField: exportPrompt?.moveField(by: -1)
        case .exportNextValue: exportPrompt?.changeValue(by: 1)
        case .exportPreviousValue: exportPrompt?.changeValue(by: -1)
        case .exportCancel: exportPrompt = nil
        case .exportConfirm:
            guard let prompt = exportPrompt else { return [] }
            exportPrompt = nil
            return [.export(prompt.request)]
        case .exportFinished(.written(let path)):
            statusMessage = StatusMessage(.exportWritten, [.init("path", path)])
        case .exportFinished(.failed(let reason)):
            statusMessage = StatusMessage(.exportFailed, [.init("reason", reason)], isError: true)
        default: break
        }
        return []
    }
}
