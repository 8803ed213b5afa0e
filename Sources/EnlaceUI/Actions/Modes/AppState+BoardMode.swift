import EnlaceText

extension AppState {
    /// The board's own keys: moving, panes, links, the detail, filter, sort and grouping, help,
    /// and the keys that open an editor or the export prompt.
    mutating func updateBoard(_ intent: Intent) -> [Effect] {
        switch intent {
        case .moveDown: select(positions[pane].selected + 1)
        case .moveUp: select(positions[pane].selected - 1)
        case .pageDown: select(positions[pane].selected + pageSize)
        case .pageUp: select(positions[pane].selected - pageSize)
        case .moveToTop: select(0)
        case .moveToBottom: select(lists[pane].count - 1)

        case .nextPane: pane = pane.next
        case .previousPane: pane = pane.previous
        case .showPane(let target): pane = target

        case .nextLink: moveLinkCursor(by: 1)
        case .previousLink: moveLinkCursor(by: -1)
        case .followLink: followLink()
        case .back: goBack()

        case .scrollDetailDown: scrollDetail(by: 1)
        case .scrollDetailUp: scrollDetail(by: -1)
        case .toggleDetailZoom:
            isDetailZoomed.toggle()
            for pane in Pane.allCases { keepSelectionInView(in: pane) }

        case .startFilter:
            filters[pane].isEditing = true
            filters[pane].editor.moveToEnd()
        case .cycleSort: cycleSort()
        case .toggleContactGrouping: toggleContactGrouping()
        case .toggleMyCases: toggleMyCases()

        case .toggleHelp: openHelp(.keys)
        case .showDamagedFiles:
            guard !damagedCaseFiles.isEmpty else {
                statusMessage = StatusMessage(.noDamagedFiles)
                break
            }
            openHelp(.damagedFiles)
        case .startExport: startExport()

        case .newRecord, .editRecord, .addNote, .changeStatus, .changePriority, .changeMarking, .setNextAction,
             .undo, .showHistory, .contactReached:
            return openEditor(intent)
        default: return updateAnywhere(intent)
        }
        return []
    }

    private mutating func cycleSort() {
        guard pane == .cases else {
            statusMessage = StatusMessage(.sortOnlyCases)
            return
        }
        caseSort = caseSort.next
        sortCases()
        applyFilter(in: .cases, rebuild: true)
        statusMessage = StatusMessage(.sortedBy, [.init("order", caseSort.phrase(language))])
    }

    private mutating func toggleContactGrouping() {
        guard pane == .contacts else {
            statusMessage = StatusMessage(.groupingOnlyContacts)
            return
        }
        contactGrouping = contactGrouping.toggled
        applyFilter(in: .contacts, rebuild: true)
    }

    /// Adds `owner:me` to the cases filter, or takes it out: the filter line shows what is
    /// applied, and the officer can edit it like any other term.
    private mutating func toggleMyCases() {
        guard pane == .cases else {
            statusMessage = StatusMessage(.myCasesOnlyCases)
            return
        }
        let terms = filters[.cases].text.split(separator: " ").map(String.init)
        let kept = terms.filter { $0.lowercased() != Self.myCasesTerm }
        let text = (kept.count == terms.count ? terms + [Self.myCasesTerm] : kept).joined(separator: " ")
        filters[.cases].editor = LineEditor(text)
        applyFilter(in: .cases)
    }

    static let myCasesTerm = "owner:me"

    private mutating func openHelp(_ page: HelpPage) {
        isHelpShown = true
        helpPage = page
        helpScroll = 0
    }
}
