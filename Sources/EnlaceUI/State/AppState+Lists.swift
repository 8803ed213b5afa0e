import EnlaceModel

/// Recomputing the derived lists. Each keeps the selected record selected when it is still
/// listed.
extension AppState {
    mutating func rebuildAllLists() {
        sortCases()
        for pane in Pane.allCases { applyFilter(in: pane, rebuild: true) }
    }

    /// Orders all cases for `caseSort`.
    mutating func sortCases() {
        sortedCases = CaseOrder.sorted(data.cases, by: caseSort)
    }

    /// Applies the pane's filter text. A query that does not parse sets the error and keeps
    /// the list it had (the last good result); when the list must be rebuilt anyway
    /// (`rebuild`: new data, new sort), it is rebuilt from the last good text.
    mutating func applyFilter(in pane: Pane, rebuild: Bool = false) {
        let previousID = selectedRecordID(in: pane)
        var text = filters[pane].text
        var query: Query
        do {
            query = try Query.parse(text, registry: data.registry)
            filters[pane].error = nil
        } catch {
            filters[pane].error = error
            guard rebuild else { return }
            text = filters[pane].appliedText
            query = (try? Query.parse(text, registry: data.registry)) ?? .all
        }
        let context = QueryContext(registry: data.registry, today: today, login: login.isEmpty ? nil : login)
        switch pane {
        case .cases:
            if let flags = caseSearch.matching(query, cases: data.cases, generation: dataGeneration, context: context) {
                lists.cases = GroupedList(items: sortedCases.filter { flags[$0] })
            } else {
                lists.cases = GroupedList(items: sortedCases)
            }
        case .agencies:
            let agencies = data.registry.agencies
            let matching = index.agencyOrder.filter { query.matches(agencies[$0], context) }
            lists.agencies = GroupedList(groups: [
                (GroupHeading.usAgencies, matching.filter { agencies[$0].country == .us }),
                (GroupHeading.mexicanAgencies, matching.filter { agencies[$0].country == .mx }),
            ])
        case .contacts:
            let contacts = data.contacts
            let matching = index.contactOrder.filter { query.matches(contacts[$0], context) }
            lists.contacts = GroupedList(groups: contactGroups(of: matching))
        case .log:
            let log = data.log
            lists.log = GroupedList(items: log.indices.filter { query.matches(log[$0], context) })
        }
        filters[pane].appliedText = text
        reselect(previousID, in: pane)
    }

    /// Takes new data, keeping each pane's selection on the same record where it still exists;
    /// `prepared`, the lookups and orders of exactly this data, spares working them out here.
    mutating func replaceData(_ newData: BoardData, prepared: PreparedLookups? = nil) {
        let selectedIDs = PerPane(
            cases: selectedRecordID(in: .cases), agencies: selectedRecordID(in: .agencies),
            contacts: selectedRecordID(in: .contacts), log: selectedRecordID(in: .log))
        data = newData
        // An index of skeletons would answer for no whole case; dropping it frees the skeletons.
        if isLoadingCases { caseSearch = CaseSearch() }
        caseSearch.adopt(prepared?.drift, dataGeneration: dataGeneration)
        isLoadingCases = false
        index = prepared?.index ?? BoardIndex(newData)
        // The old lists index the old arrays; nothing may read them from here on.
        lists = PerPane(repeating: GroupedList())
        if let order = prepared?.orders[caseSort] { sortedCases = order } else { sortCases() }
        for pane in Pane.allCases {
            applyFilter(in: pane, rebuild: true)
            reselect(selectedIDs[pane], in: pane)
        }
    }

    /// Contacts in groups by agency (registry order, then unknown codes) or by post (by name).
    func contactGroups(of matching: [Int]) -> [(heading: GroupHeading, items: [Int])] {
        let contacts = data.contacts
        switch contactGrouping {
        case .byAgency:
            var byAgency: [String: [Int]] = [:]
            for item in matching {
                let code = data.registry.currentCode(for: contacts[item].agency) ?? contacts[item].agency
                byAgency[code, default: []].append(item)
            }
            let registryCodes = index.agencyOrder.map { data.registry.agencies[$0].code }
            let unknown = byAgency.keys.filter { !registryCodes.contains($0) }.sorted()
            return (registryCodes + unknown).compactMap { code in
                byAgency[code].map { (GroupHeading.agency(code), $0) }
            }
        case .byPost:
            var byPost: [String: [Int]] = [:]
            for item in matching { byPost[contacts[item].post, default: []].append(item) }
            // Posts by name as a reader orders them, no post last.
            let posts = byPost.keys.map { (post: $0, key: ReadingOrderKey($0)) }.sorted { a, b in
                a.post.isEmpty != b.post.isEmpty ? !a.post.isEmpty : a.key < b.key
            }.map(\.post)
            return posts.map { post in
                (post.isEmpty ? GroupHeading.noPost : GroupHeading.post(post), byPost[post] ?? [])
            }
        }
    }

    /// Selects the record with `id` if the pane lists it; otherwise keeps the position in range.
    mutating func reselect(_ id: String?, in pane: Pane) {
        if let id, let position = position(of: id, in: pane) {
            positions[pane].selected = position
        } else {
            positions[pane].selected = max(0, min(positions[pane].selected, lists[pane].count - 1))
            positions[pane].linkCursor = 0
            positions[pane].detailScroll = 0
        }
        keepSelectionInView(in: pane)
    }

    /// Position in the pane's visible list of the record with `id`.
    func position(of id: String, in pane: Pane) -> Int? {
        let record: Int?
        switch pane {
        case .cases: record = index.caseByID[id]
        case .contacts: record = index.contactByID[id]
        case .log: record = index.logByID[id]
        case .agencies:
            let code = data.registry.currentCode(for: id)
            record = data.registry.agencies.firstIndex { $0.code == code }
        }
        guard let record else { return nil }
        return lists[pane].items.firstIndex(of: record)
    }

    /// Scrolls the list so that the selected item (and the heading of its group, when it is
    /// the first) is in view.
    mutating func keepSelectionInView(in pane: Pane) {
        let list = lists[pane]
        let rows = BoardLayout(size: size, isDetailZoomed: isDetailZoomed).listRows
        var position = positions[pane]
        guard rows > 0, list.items.indices.contains(position.selected) else {
            position.scroll = 0
            positions[pane] = position
            return
        }
        let row = list.row(ofItem: position.selected)
        let headingAbove = row > 0 && { if case .heading = list.row(row - 1) { return true } else { return false } }()
        let top = headingAbove ? row - 1 : row
        if top < position.scroll { position.scroll = top }
        if row >= position.scroll + rows { position.scroll = row - rows + 1 }
        position.scroll = max(0, min(position.scroll, max(0, list.rowCount - rows)))
        positions[pane] = position
    }
}
