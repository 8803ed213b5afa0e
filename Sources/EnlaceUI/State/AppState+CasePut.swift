import EnlaceModel

extension AppState {
    /// Puts `saved` — what the store answered for this officer's save — on the board: in place
    /// of the case with its id (unless the board already has a later version), or after the
    /// last case. Working the whole board out again would cost time in the number of cases;
    /// here the lookups, the order and the search follow the one case, and the result is the
    /// same (tests hold it to `replaceData` of the changed data).
    mutating func put(_ saved: Case) {
        let position = index.caseByID[saved.id]
        if let position, data.cases[position].version > saved.version { return }
        // Skeletons are never saved over; if one is on the board, the whole cases come anyway.
        guard !isLoadingCases else {
            var newData = data
            if let position { newData.cases[position] = saved } else { newData.cases.append(saved) }
            replaceData(newData)
            return
        }
        let old = position.map { data.cases[$0] }
        let place = position ?? data.cases.count
        let selectedID = selectedRecordID(in: .cases)
        if position != nil { data.cases[place] = saved } else { data.cases.append(saved) }
        index.put(saved, at: place, replacing: old, registry: data.registry)
        CaseOrder.reposition(place, in: &sortedCases, cases: data.cases, by: caseSort)
        caseSearch.casePut(at: place, dataGeneration: dataGeneration)
        applyFilter(in: .cases, rebuild: true)
        reselect(selectedID, in: .cases)
        // As new data does (`replaceData`): the saved case's links and detail may have changed
        // under the link cursor and the detail's scroll, so every pane's start over.
        for pane in Pane.allCases {
            positions[pane].linkCursor = 0
            positions[pane].detailScroll = 0
        }
    }
}
